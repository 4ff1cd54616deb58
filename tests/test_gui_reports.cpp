// The GUI's report export on the offscreen platform: the report tab's Export, Print and Print
// Preview (through Qt's real dialogs, closed by the test), the menu actions that follow the shown
// tab, and the batch export of selected assessments with its progress, cancel and summary.
#include "TestSupport.h"

#include "AssessmentListModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "PdfReport.h"
#include "QuestionnaireWidget.h"
#include "ReportExporter.h"
#include "ReportModels.h"
#include "ReportWidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <functional>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;
using iitalent::test::readFileBytes;

namespace {

struct Fixture : test::IsolatedSettings
{
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        LanguageManager::apply(Language::Chinese);
        window = std::make_unique<MainWindow>(nullptr, dir.filePath(QStringLiteral("a.sqlite")));
        window->setCatalog(bundledCatalog());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // A stored assessment of role 06 with every item rated; returns its id.
    QString assessment(Mode mode, const QString &name)
    {
        const Role &role = *bundledCatalog().role(QStringLiteral("06"));
        Assessment a = Assessment::create(role.code, mode, {name, QStringLiteral("培训中心"), {}, Stage::PreJob},
                                          mode == Mode::Assessor ? QStringLiteral("讲师") : QString());
        int i = 0;
        for (const Requirement &req : role.requirements)
            a.setRating(role, test::rating(req.id.toUtf8().constData(), (i++ * (mode == Mode::Self ? 3 : 2)) % 5));
        REQUIRE(window->store()->insert(a).ok());
        return a.id;
    }

    QAction *action(const char *name) const
    {
        auto *a = window->findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(a);
        return a;
    }
};

// Runs `check` on the next modal dialog of type T once it is shown, then lets `close` end it.
template <typename T>
void whenModal(std::function<void(T *)> check)
{
    QTimer::singleShot(0, qApp, [check] {
        for (int i = 0; i < 200; ++i) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                check(dialog);
                return;
            }
            QTest::qWait(20);
        }
        FAIL("no modal dialog was shown");
    });
}

void closeMessages(QWidget *root)
{
    for (QMessageBox *box : root->findChildren<QMessageBox *>(QStringLiteral("reportExportMessage")))
        delete box;
}

} // namespace

TEST_CASE("A report tab exports and prints its report; the menu follows the shown tab", "[gui][report]")
{
    Fixture f;
    const QString self = f.assessment(Mode::Self, QStringLiteral("赵六"));
    f.assessment(Mode::Assessor, QStringLiteral("赵六"));
    CHECK_FALSE(f.action("actionExportReport")->isEnabled());
    CHECK_FALSE(f.action("actionPrint")->isEnabled());

    ReportWidget *report = f.window->openReport(self);
    REQUIRE(report);
    CHECK(f.action("actionExportReport")->isEnabled());
    CHECK(f.action("actionPrint")->isEnabled());
    CHECK(f.action("actionPrintPreview")->isEnabled());
    for (const char *name : {"exportReportButton", "printButton", "previewButton"}) {
        auto *button = report->findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK(button->isVisible());
        CHECK(button->isEnabled());
    }
    // The summary on screen is the printed report's words, in the window's language.
    const report::ReportInput in = report->reportInput();
    CHECK(in.language == Language::Chinese);
    CHECK(report->summaryText().startsWith(QStringLiteral("赵六 达到工业互联网标识解析研发工程师 19 项要求中的")));
    CHECK(report->summaryText().contains(percentText(in.report.score.readiness)));
    CHECK(in.comparison.has_value());

    // Export writes what the CLI would; without the user's confirmation an existing file stays.
    const QString pdf = f.dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(report->exporter()->writeReport(in, report::Format::Pdf, pdf, false).ok());
    CHECK(readFileBytes(pdf).startsWith("%PDF-"));
    CHECK_FALSE(report->exporter()->writeReport(in, report::Format::Html, pdf, false).ok());
    CHECK(readFileBytes(pdf).startsWith("%PDF-"));

    // Printing goes through the same pages: to a PDF printer here.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setFullPage(true);
    const QString printed = f.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    auto pages = report::PdfReport(in).paint(printer);
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 4);
    CHECK(readFileBytes(printed).startsWith("%PDF-"));

    // Print Preview shows every page; the dialog is Qt's own.
    int previewPages = 0;
    whenModal<QDialog>([&](QDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(preview);
        QTest::qWait(50);
        previewPages = preview->pageCount();
        dialog->reject();
    });
    f.action("actionPrintPreview")->trigger();
    CHECK(previewPages == pages.value());

    // After switching the window to English, what is exported is English throughout.
    f.window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    CHECK(report->reportInput().language == Language::English);
    const QString html = QString::fromUtf8(report::renderReport(report->reportInput(), report::Format::Html).value());
    CHECK(html.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(html.contains(QStringLiteral("Readiness")));
    CHECK(html.contains(bundledCatalog().role(QStringLiteral("06"))->nameEn.toHtmlEscaped()));
    f.window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"))->trigger();

    // The menu follows the tab: nothing to export on the role browser.
    f.window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
    CHECK_FALSE(f.action("actionExportReport")->isEnabled());
}

TEST_CASE("Selected assessments are exported as reports with a progress dialog and a summary", "[gui][report][batch]")
{
    Fixture f;
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << f.assessment(i % 2 ? Mode::Assessor : Mode::Self, QStringLiteral("学员%1").arg(i));
    f.window->refreshAssessmentList();
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(f.window->findChild<QWidget *>(QStringLiteral("assessmentsTab")));
    auto *view = f.window->findChild<QTableView *>(QStringLiteral("assessmentView"));
    REQUIRE(view);
    view->selectAll();
    CHECK(view->selectionModel()->selectedRows().size() == 3);

    const QString out = f.dir.filePath(QStringLiteral("报告"));
    whenModal<BatchExportDialog>([&](BatchExportDialog *dialog) {
        dialog->setFolder(out);
        dialog->setFormat(report::Format::Html);
        dialog->accept();
    });
    auto *button = f.window->findChild<QPushButton *>(QStringLiteral("exportReportsButton"));
    REQUIRE(button);
    button->click();
    const QStringList files = QDir(out).entryList(QDir::Files);
    CHECK(files.size() == 3);
    for (const QString &id : ids)
        CHECK(files.filter(id.left(8)).size() == 1);
    for (const QString &name : files)
        CHECK(readFileBytes(QDir(out).filePath(name)).startsWith("<!DOCTYPE html>"));
    auto messages = f.window->findChildren<QMessageBox *>(QStringLiteral("reportExportMessage"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first()->text().contains(QStringLiteral("3")));
    closeMessages(f.window.get());

    // The same again: the files exist, and the user is asked; "No" keeps them and says so.
    whenModal<BatchExportDialog>([&](BatchExportDialog *dialog) {
        dialog->setFolder(out);
        dialog->setFormat(report::Format::Html);
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        dialog->accept();
    });
    button->click();
    messages = f.window->findChildren<QMessageBox *>(QStringLiteral("reportExportMessage"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first()->icon() == QMessageBox::Information);
    CHECK(messages.first()->text().contains(QStringLiteral("保留了 3 个")));
    closeMessages(f.window.get());
}

TEST_CASE("A batch can be cancelled from its progress dialog and says what it wrote", "[gui][report][batch]")
{
    Fixture f;
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids << f.assessment(Mode::Self, QStringLiteral("学员%1").arg(i));
    const std::vector<report::BatchItem> items =
        report::BatchExport::collect(bundledCatalog(), *f.window->store(), ids);
    report::BatchOptions options;
    options.outputDir = f.dir.filePath(QStringLiteral("out"));
    QDir().mkpath(options.outputDir);
    options.threads = 1;
    ReportExporter exporter(f.window.get(), [](const QString &message) { FAIL(message.toStdString()); });
    QTimer::singleShot(150, f.window.get(), [&] {
        auto *progress = f.window->findChild<QProgressDialog *>(QStringLiteral("reportExportProgress"));
        REQUIRE(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
    });
    const report::BatchResult result = exporter.runBatch(bundledCatalog(), items, options);
    CHECK(result.cancelled);
    CHECK(result.written.size() < 40);
    CHECK(static_cast<int>(QDir(options.outputDir).entryList(QDir::Files).size()) == result.written.size());
    auto messages = f.window->findChildren<QMessageBox *>(QStringLiteral("reportExportMessage"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first()->text().contains(QStringLiteral("已取消")));
    closeMessages(f.window.get());
}

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef))
            return true;
    }
    return false;
}

// Every text a page shows: labels, buttons, tabs, combo boxes, chart titles, axes and legends,
// and the cells and headers of its tables. The catalog's Chinese requirement texts are the
// standard's own words and are left out, as are `exempt` strings (people's names).
QStringList shownTexts(QWidget *page, const QStringList &exempt)
{
    QSet<QString> requirementTexts;
    for (const Role &r : bundledCatalog().roles())
        for (const Requirement &q : r.requirements)
            requirementTexts.insert(q.textZh);
    QStringList out;
    auto add = [&](const QString &where, QString text) {
        for (const QString &e : exempt)
            text.remove(e);
        if (hasChinese(text))
            for (const QString &standard : requirementTexts)
                text.remove(standard);
        out << where + QStringLiteral(": ") + text;
    };
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->isVisibleTo(page))
            add(l->objectName(), QTextDocumentFragment::fromHtml(l->text()).toPlainText());
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(page))
            add(b->objectName(), b->text());
    for (QTabWidget *t : page->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            add(t->objectName(), t->tabText(i));
    for (QComboBox *c : page->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            add(c->objectName(), c->itemText(i));
    for (QChartView *v : page->findChildren<QChartView *>()) {
        QChart *chart = v->chart();
        add(v->objectName(), chart->title());
        for (QAbstractAxis *axis : chart->axes()) {
            add(v->objectName(), axis->titleText());
            if (auto *cat = qobject_cast<QCategoryAxis *>(axis))
                for (const QString &label : cat->categoriesLabels())
                    add(v->objectName(), label);
        }
        for (QAbstractSeries *s : chart->series())
            add(v->objectName(), s->name());
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *m = view->model();
        if (!m)
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            add(view->objectName(), m->headerData(c, Qt::Horizontal).toString());
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                for (int c = 0; c < m->columnCount(parent); ++c)
                    add(view->objectName(), m->index(r, c, parent).data().toString());
                walk(m->index(r, 0, parent));
            }
        };
        walk(QModelIndex());
    }
    return out;
}

} // namespace

TEST_CASE("Switching language with a report and a questionnaire open leaves nothing in the old language", "[gui][i18n]")
{
    Fixture f;
    const QString name = QStringLiteral("Zhang Wei");
    const Role &role = *bundledCatalog().role(QStringLiteral("06"));
    Assessment self =
        Assessment::create(role.code, Mode::Self, {name, QStringLiteral("Plant 3"), {}, Stage::PreJob}, {});
    Assessment assessor = Assessment::create(
        role.code, Mode::Assessor, {name, QStringLiteral("Plant 3"), {}, Stage::PreJob}, QStringLiteral("Ms Wang"));
    int i = 0;
    for (const Requirement &req : role.requirements) {
        self.setRating(role, test::rating(req.id.toUtf8().constData(), (i * 3) % 5));
        assessor.setRating(role, test::rating(req.id.toUtf8().constData(), (i++ * 2) % 5));
    }
    REQUIRE(f.window->store()->insert(self).ok());
    REQUIRE(f.window->store()->insert(assessor).ok());
    QWidget *questionnaire = f.window->openQuestionnaire(assessor.id);
    ReportWidget *report = f.window->openReport(self.id);
    REQUIRE(questionnaire);
    REQUIRE(report);
    REQUIRE(report->hasComparison());
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    const QStringList exempt{name, QStringLiteral("Plant 3"), QStringLiteral("Ms Wang"), role.nameZh};

    // In Chinese the pages are Chinese (the check can see Chinese at all).
    QStringList chinese =
        shownTexts(report, exempt).filter(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
    CHECK(chinese.size() > 20);

    f.action("actionLanguageEnglish")->trigger();
    QTest::qWait(50); // the LanguageChange events go round the event loop
    for (QWidget *page : {static_cast<QWidget *>(report), questionnaire}) {
        QStringList left;
        for (const QString &t : shownTexts(page, exempt))
            if (hasChinese(t))
                left << t;
        INFO(page->metaObject()->className() << ":\n" << left.join(QLatin1Char('\n')).toStdString());
        CHECK(left.isEmpty());
    }
    for (int t = 0; t < tabs->count(); ++t) {
        INFO(tabs->tabText(t).toStdString());
        CHECK_FALSE(hasChinese(tabs->tabText(t)));
    }
    // The summary is plain text: "R&D" in a role's name is shown as it is, never as "R&amp;D".
    INFO(report->summaryText().toStdString());
    CHECK(report->summaryText().contains(role.nameEn));
    CHECK_FALSE(report->summaryText().contains(QStringLiteral("&amp;")));

    // And back: the English names are gone again.
    f.action("actionLanguageChinese")->trigger();
    QTest::qWait(50);
    auto *combo = report->findChild<QComboBox *>(QStringLiteral("dimensionCombo"));
    REQUIRE(combo);
    for (int d = 0; d < combo->count(); ++d)
        CHECK(hasChinese(combo->itemText(d)));
    CHECK(hasChinese(report->chartViews().first()->chart()->title()));
}

TEST_CASE("An unassessed dimension is drawn as missing in the compare radar, not at 0%", "[gui][report][compare]")
{
    Fixture f;
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("10"));
    const QStringList unassessed{catalog.dimensions().at(2).key, catalog.dimensions().at(3).key};
    Assessment self =
        Assessment::create(role.code, Mode::Self, {QStringLiteral("王明"), {}, {}, Stage::OnJob}, QString());
    Assessment assessor = Assessment::create(role.code, Mode::Assessor, {QStringLiteral("王明"), {}, {}, Stage::OnJob},
                                             QStringLiteral("讲师"));
    int answered = 0;
    for (const Requirement &req : role.requirements) {
        self.setRating(role, test::rating(req.id.toUtf8().constData(), 3));
        if (!unassessed.contains(req.dimension)) {
            assessor.setRating(role, test::rating(req.id.toUtf8().constData(), 2));
            ++answered;
        }
    }
    REQUIRE(f.window->store()->insert(self).ok());
    REQUIRE(f.window->store()->insert(assessor).ok());

    ReportWidget *report = f.window->openReport(self.id);
    REQUIRE(report);
    auto *tabs = report->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *compareTab = report->findChild<QWidget *>(QStringLiteral("compareTab"));
    REQUIRE(tabs);
    REQUIRE(compareTab);
    tabs->setCurrentWidget(compareTab);
    auto *view = report->findChild<QChartView *>(QStringLiteral("compareView"));
    REQUIRE(view);
    // No point of either side lies at the centre: the assessor's unassessed dimensions have none.
    // The assessor's side, named with its completeness ("… (5 of 17 items answered)"), has a point
    // for each assessed dimension only.
    // (in English "7 of 17 items answered", in Chinese "已答 7/17 项")
    const QString completeness = QStringLiteral("%1 of %2").arg(answered).arg(role.requirements.size());
    const QString completenessZh = QStringLiteral("%1/%2").arg(answered).arg(role.requirements.size());
    QList<double> assessorAngles;
    for (QAbstractSeries *s : view->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        REQUIRE(line);
        for (const QPointF &p : line->points()) {
            INFO(line->name().toStdString() << " at " << p.x());
            CHECK(p.y() > 0.0);
            if (line->name().contains(completeness) || line->name().contains(completenessZh))
                assessorAngles << p.x();
        }
    }
    CHECK(assessorAngles == QList<double>{0.0, 90.0});
    auto *label = report->findChild<QLabel *>(QStringLiteral("compareLabel"));
    REQUIRE(label);
    for (const QString &key : unassessed)
        CHECK(label->text().contains(catalog.dimension(key)->nameZh));
    CHECK(label->text().contains(QStringLiteral("%1").arg(role.requirements.size())));
    CHECK_FALSE(view->accessibleDescription().contains(QRegularExpression(QStringLiteral("(^|[^0-9.])0\\.0%"))));
    if (qEnvironmentVariableIsSet("IITALENT_GRAB"))
        view->grab().save(qEnvironmentVariable("IITALENT_GRAB"));
}

namespace {

// The fit table's cells of one role: its display text or tooltip.
QVariant fitCell(QTableView *table, const char *code, int column, int role = Qt::DisplayRole)
{
    QAbstractItemModel *m = table->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, RoleFitModel::CodeColumn).data().toString() == QLatin1String(code))
            return m->index(row, column).data(role);
    FAIL("no row for role " << code);
    return {};
}

} // namespace

TEST_CASE("The Role fit tab takes the person's latest answers from all their assessments of the mode", "[gui][fit]")
{
    // Issue 22's example (hand-computed in test_scoring): 王芳 #007 answered 6 items of role 10,
    // then all 16 of role 11; another 王芳 and the assessor's view of #007 do not count.
    Fixture f;
    const Role &r10 = *bundledCatalog().role(QStringLiteral("10"));
    const Role &r11 = *bundledCatalog().role(QStringLiteral("11"));
    const Subject wang{QStringLiteral("王芳"), {}, QStringLiteral("007"), Stage::OnJob};
    Assessment a10 = Assessment::create(r10.code, Mode::Self, wang, {});
    for (const auto &[id, level] : std::vector<std::pair<const char *, int>>{
             {"10.a.1", 3}, {"10.a.2", 2}, {"10.a.4", 4}, {"10.b.1", 4}, {"10.c.1", 1}, {"10.d.1", 2}})
        a10.setRating(r10, test::rating(id, level));
    a10.created = test::utc("2026-10-01T09:00:00Z");
    a10.updated = test::utc("2026-10-01T10:00:00Z");
    auto complete11 = [&](Mode mode, const Subject &subject, int level, const char *when) {
        Assessment a =
            Assessment::create(r11.code, mode, subject, mode == Mode::Assessor ? QStringLiteral("李") : QString());
        for (const Requirement &req : r11.requirements)
            a.setRating(r11, test::rating(req.id.toLatin1().constData(), level));
        a.created = test::utc(when);
        a.updated = a.created;
        return a;
    };
    const Assessment a11 = complete11(Mode::Self, wang, 2, "2026-11-01T10:00:00Z");
    const Assessment other = complete11(Mode::Self, {QStringLiteral("王芳"), {}, QStringLiteral("008"), Stage::OnJob},
                                        4, "2026-11-20T10:00:00Z");
    const Assessment assessor = complete11(Mode::Assessor, wang, 4, "2026-11-21T10:00:00Z");
    for (const Assessment *a : std::initializer_list<const Assessment *>{&a10, &a11, &other, &assessor})
        REQUIRE(f.window->store()->insert(*a).ok());

    ReportWidget *report = f.window->openReport(a10.id);
    REQUIRE(report);
    report->showTab(QStringLiteral("fitTab"));
    auto *table = report->findChild<QTableView *>(QStringLiteral("fitTable"));
    REQUIRE(table);
    // Role 11: every item answered (by the role-11 assessment), ranked first.
    CHECK(fitCell(table, "11", RoleFitModel::CoverageColumn).toString() == QStringLiteral("100.0% (16/16)"));
    CHECK(table->model()->index(0, RoleFitModel::CodeColumn).data().toString() == QStringLiteral("11"));
    // Role 10: 7 of 17 covered; the coverage's tooltip names the 10 unanswered items.
    CHECK(fitCell(table, "10", RoleFitModel::CoverageColumn).toString() == QStringLiteral("41.2% (7/17)"));
    const QString tip = fitCell(table, "10", RoleFitModel::CoverageColumn, Qt::ToolTipRole).toString();
    for (const char *id : {"10.a.3", "10.b.3", "10.c.2", "10.c.7", "10.d.2", "10.d.3"})
        CHECK(tip.contains(QLatin1String(id)));
    CHECK_FALSE(tip.contains(QStringLiteral("10.a.1")));
    // Assess next: role 10 itself, the only role with 20% to below 60% covered, 58.8% unanswered.
    auto *next = report->findChild<QLabel *>(QStringLiteral("fitNextLabel"));
    REQUIRE(next);
    CHECK(next->isVisible());
    CHECK(next->text().contains(QStringLiteral("10 ") + r10.nameZh));
    CHECK(next->text().contains(QStringLiteral("58.8%")));

    // Without a store (the kiosk's report) the fit is this assessment's alone, with no suggestion:
    // role 11 only as far as role 10's 4 answered shared items carry.
    ReportWidget kiosk(bundledCatalog(), a10, nullptr, Language::Chinese);
    auto *kioskTable = kiosk.findChild<QTableView *>(QStringLiteral("fitTable"));
    REQUIRE(kioskTable);
    CHECK(fitCell(kioskTable, "11", RoleFitModel::CoverageColumn).toString() == QStringLiteral("25.0% (4/16)"));
    auto *kioskNext = kiosk.findChild<QLabel *>(QStringLiteral("fitNextLabel"));
    REQUIRE(kioskNext);
    CHECK(kioskNext->isHidden());
}

TEST_CASE("Tab titles isolate a name of any script and tell the self and the assessor questionnaire apart",
          "[gui][report][names]")
{
    Fixture f;
    const QString name = QStringLiteral("王明 محمد العلي");
    const QString self = f.assessment(Mode::Self, name);
    const QString assessor = f.assessment(Mode::Assessor, name);
    auto *tabs = f.window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    auto titleOf = [&](QWidget *page) {
        REQUIRE(page);
        return tabs->tabText(tabs->indexOf(page));
    };
    const QString isolated = QChar(0x2068) + name + QChar(0x2069);
    const QString selfTitle = titleOf(f.window->openQuestionnaire(self));
    const QString assessorTitle = titleOf(f.window->openQuestionnaire(assessor));
    const QString reportTitle = titleOf(f.window->openReport(self));
    for (const QString &title : {selfTitle, assessorTitle, reportTitle}) {
        INFO(title.toStdString());
        CHECK(title.contains(isolated));
    }
    CHECK(selfTitle != assessorTitle);
    // The report's running header, which the PDF prints on every page, isolates the name too.
    ReportWidget *report = f.window->openReport(self);
    REQUIRE(report);
    CHECK(report::ReportText(report->reportInput()).runningHeader().startsWith(isolated + QStringLiteral(" · ")));
    // And the headers of the report and the questionnaire pages, where the name meets the role.
    auto *reportHeader = report->findChild<QLabel *>(QStringLiteral("headerLabel"));
    REQUIRE(reportHeader);
    CHECK(reportHeader->text().contains(isolated));
    QWidget *questionnaire = f.window->openQuestionnaire(self);
    REQUIRE(questionnaire);
    auto *questionnaireHeader = questionnaire->findChild<QLabel *>(QStringLiteral("headerLabel"));
    REQUIRE(questionnaireHeader);
    CHECK(questionnaireHeader->text().contains(isolated));
}
