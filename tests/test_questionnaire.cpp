// The questionnaire, the report and import in the real main window (offscreen): answered by
// keyboard, saved as it goes, reported with the same figures as the core, charts not blank.
#include "TestSupport.h"

#include "AssessmentListModel.h"
#include "AssessmentSession.h"
#include "AssessmentStore.h"
#include "ExchangeFile.h"
#include "FileHandOff.h"
#include "ImprovementPathView.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuestionnaireModel.h"
#include "QuestionnaireWidget.h"
#include "RepeatRound.h"
#include "ReportCharts.h"
#include "ReportModels.h"
#include "ReportWidget.h"
#include "RoleFit.h"
#include "Scoring.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;

namespace {

struct Fixture : test::IsolatedSettings
{
    Fixture() { LanguageManager::apply(Language::English); }
    QString db() const { return dir.filePath(QStringLiteral("assessments.sqlite")); }
};

Subject subject(const char *name, Stage stage = Stage::OnJob)
{
    Subject s;
    s.name = QString::fromUtf8(name);
    s.organisation = QStringLiteral("Plant 3");
    s.stage = stage;
    return s;
}

// Share of pixels that differ from the top-left pixel: 0 for a blank image.
double inkShare(const QImage &image)
{
    if (image.isNull())
        return 0.0;
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background ? 1 : 0;
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
}

} // namespace

TEST_CASE("A self-assessment answered by keyboard is saved item by item and reported", "[gui][questionnaire]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QuestionnaireWidget *q = window.createAssessment(QStringLiteral("01"), Mode::Self, subject("张三", Stage::PreJob));
    REQUIRE(q);
    const QString id = q->session()->assessment().id;
    auto *view = q->findChild<QTreeView *>(QStringLiteral("itemView"));
    REQUIRE(view);
    CHECK(q->currentRequirement() == QStringLiteral("01.a.1"));

    // Self mode hides the required level until the item is answered.
    const QModelIndex firstRequired = q->model()->indexOf(QStringLiteral("01.a.1"), QuestionnaireModel::RequiredColumn);
    CHECK(firstRequired.data().toString() == QStringLiteral("?"));

    // Type the first six answers: each digit rates the current item and moves on.
    view->setFocus();
    const QString keys = QStringLiteral("231402");
    for (const QChar c : keys)
        QTest::keyClick(view, c.toLatin1());
    CHECK(q->answeredCount() == 6);
    CHECK(q->currentRequirement() == QStringLiteral("01.b.3"));
    CHECK(firstRequired.data().toString() != QStringLiteral("?"));

    // Saved at once: a second connection to the same database sees every answer.
    {
        auto other = AssessmentStore::open(fx.db());
        REQUIRE(other.ok());
        auto saved = other->load(id);
        REQUIRE(saved.ok());
        const QStringList ids{QStringLiteral("01.a.1"), QStringLiteral("01.a.2"), QStringLiteral("01.a.3"),
                              QStringLiteral("01.a.4"), QStringLiteral("01.b.1"), QStringLiteral("01.b.2")};
        for (int i = 0; i < ids.size(); ++i) {
            INFO(ids[i].toStdString());
            REQUIRE(saved->level(ids[i]).has_value());
            CHECK(*saved->level(ids[i]) == keys.at(i).digitValue());
        }
    }

    // Progress: 4 of 4 in a), 2 of 6 in b), 6 of 18 overall.
    auto *overall = q->findChild<QProgressBar *>(QStringLiteral("overallProgress"));
    REQUIRE(overall);
    CHECK(overall->value() == 6);
    CHECK(overall->maximum() == 18);
    int barsChecked = 0;
    for (QProgressBar *bar : q->findChildren<QProgressBar *>()) {
        if (bar->property("dimension").toString() == QStringLiteral("a")) {
            CHECK(bar->value() == 4);
            ++barsChecked;
        } else if (bar->property("dimension").toString() == QStringLiteral("b")) {
            CHECK(bar->value() == 2);
            CHECK(bar->maximum() == 6);
            ++barsChecked;
        }
    }
    CHECK(barsChecked == 2);

    // N jumps to the next unanswered item; arrows move.
    view->setCurrentIndex(q->model()->indexOf(QStringLiteral("01.a.2")));
    QTest::keyClick(view, Qt::Key_N);
    CHECK(q->currentRequirement() == QStringLiteral("01.b.3"));
    QTest::keyClick(view, Qt::Key_Down);
    CHECK(q->currentRequirement() == QStringLiteral("01.b.4"));
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(q->currentRequirement() == QStringLiteral("01.b.2"));

    // The report shows the core's figures.
    ReportWidget *report = window.openReport(id);
    REQUIRE(report);
    auto stored = AssessmentStore::open(fx.db());
    REQUIRE(stored.ok());
    const Assessment a = stored->load(id).value();
    const Score expected = Scoring::score(bundledCatalog(), *bundledCatalog().role(QStringLiteral("01")), a);
    CHECK(report->report().score.readiness == Approx(expected.readiness));
    CHECK(report->report().score.answered == 6);
    CHECK(report->summaryText().contains(QStringLiteral("张三")));
    CHECK_FALSE(report->hasComparison());

    // Every chart renders something.
    const QList<QChartView *> charts = report->chartViews();
    REQUIRE(charts.size() >= 2);
    for (QChartView *chart : charts) {
        chart->resize(640, 480);
        const QImage image = chart->grab().toImage();
        INFO(chart->accessibleName().toStdString());
        CHECK(inkShare(image) > 0.02);
    }
    REQUIRE(report->pathView());
    report->pathView()->resize(1200, 800);
    CHECK(inkShare(report->pathView()->grab().toImage()) > 0.05);
}

TEST_CASE("Reopening an assessment continues at the first unanswered item", "[gui][questionnaire]")
{
    Fixture fx;
    QString id;
    {
        MainWindow window(nullptr, fx.db());
        window.setCatalog(bundledCatalog());
        QuestionnaireWidget *q = window.createAssessment(QStringLiteral("24"), Mode::Self, subject("李四"));
        REQUIRE(q);
        id = q->session()->assessment().id;
        REQUIRE(q->session()->setLevel(QStringLiteral("24.a.1"), 3).ok());
        REQUIRE(q->session()->setLevel(QStringLiteral("24.a.2"), 2).ok());
    }
    MainWindow again(nullptr, fx.db());
    again.setCatalog(bundledCatalog());
    QuestionnaireWidget *q = again.openQuestionnaire(id);
    REQUIRE(q);
    CHECK(q->answeredCount() == 2);
    CHECK(q->currentRequirement() == QStringLiteral("24.a.3"));
    // Opening it again shows the same page rather than a second copy.
    CHECK(again.openQuestionnaire(id) == q);
}

TEST_CASE("Assessor mode shows the required level and saves evidence and notes", "[gui][questionnaire]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    QuestionnaireWidget *q =
        window.createAssessment(QStringLiteral("01"), Mode::Assessor, subject("王五"), QStringLiteral("HR 孙"));
    REQUIRE(q);
    CHECK(q->model()->indexOf(QStringLiteral("01.a.1"), QuestionnaireModel::RequiredColumn).data().toString() !=
          QStringLiteral("?"));
    auto *evidence = q->findChild<QLineEdit *>(QStringLiteral("evidenceEdit"));
    auto *note = q->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    REQUIRE(evidence);
    REQUIRE(note);
    evidence->setText(QStringLiteral("面试：讲清了 OPC UA 的信息模型"));
    note->setText(QStringLiteral("<b>not html</b>"));
    Q_EMIT evidence->editingFinished();
    auto stored = AssessmentStore::open(fx.db());
    REQUIRE(stored.ok());
    const Assessment a = stored->load(q->session()->assessment().id).value();
    const Rating *r = a.rating(QStringLiteral("01.a.1"));
    REQUIRE(r);
    CHECK_FALSE(r->level.has_value());
    CHECK(r->evidence == QStringLiteral("面试：讲清了 OPC UA 的信息模型"));
    CHECK(r->note == QStringLiteral("<b>not html</b>"));
}

TEST_CASE("A self-assessment has evidence and notes in the window, and the limit is said, never applied in silence",
          "[gui][questionnaire][evidence]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QuestionnaireWidget *q = window.createAssessment(QStringLiteral("10"), Mode::Self, subject("赵六"));
    REQUIRE(q);
    const QString id = q->session()->assessment().id;
    auto *view = q->findChild<QTreeView *>(QStringLiteral("itemView"));
    auto *evidence = q->findChild<QLineEdit *>(QStringLiteral("evidenceEdit"));
    auto *note = q->findChild<QLineEdit *>(QStringLiteral("noteEdit"));
    auto *left = q->findChild<QLabel *>(QStringLiteral("evidenceLeftLabel"));
    auto *message = q->findChild<QLabel *>(QStringLiteral("textLimitLabel"));
    REQUIRE(view);
    REQUIRE(evidence);
    REQUIRE(note);
    // The same fields as in assessor mode, and the list's column of evidence.
    CHECK(evidence->isVisible());
    CHECK(note->isVisible());
    CHECK_FALSE(view->isColumnHidden(QuestionnaireModel::EvidenceColumn));
    REQUIRE(left);
    REQUIRE(message);
    CHECK(left->isVisible());
    CHECK(left->text() == QStringLiteral("4,000 of 4,000 characters left"));
    CHECK_FALSE(message->isVisible());

    // Digits typed into the evidence are text: they neither rate nor move to the next item.
    const QString item = q->currentRequirement();
    REQUIRE_FALSE(item.isEmpty());
    evidence->setFocus();
    const QString typed = QStringLiteral("OPC UA gateway, 2024, 3 plants");
    QTest::keyClicks(evidence, typed);
    CHECK(evidence->text() == typed);
    CHECK(q->currentRequirement() == item);
    CHECK(q->answeredCount() == 0);
    CHECK(left->text() == QStringLiteral("3,970 of 4,000 characters left"));
    QTest::keyClick(evidence, Qt::Key_Return); // editing finished: saved
    auto reopened = AssessmentStore::open(fx.db());
    REQUIRE(reopened.ok());
    auto storedText = [&]() -> QString {
        const auto a = reopened->load(id);
        REQUIRE(a.ok());
        const Rating *r = a->rating(item);
        return r ? r->evidence : QString();
    };
    CHECK(storedText() == typed);

    // A paste that would pass the limit is refused whole, with the reason, and nothing is cut.
    QApplication::clipboard()->setText(QString(5000, QLatin1Char('x')));
    REQUIRE(QApplication::clipboard()->text().size() == 5000);
    QTest::keyClick(evidence, Qt::Key_V, Qt::ControlModifier);
    CHECK(evidence->text() == typed);
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("Evidence has at most 4,000 characters; the text has 5,030"));
    CHECK(left->text() == QStringLiteral("3,970 of 4,000 characters left"));
    QTest::keyClick(evidence, Qt::Key_Return);
    CHECK(storedText() == typed);

    // One that fits is taken, and the counter says what is left.
    QApplication::clipboard()->setText(QString(800, QLatin1Char('y')));
    QTest::keyClick(evidence, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(evidence, Qt::Key_V, Qt::ControlModifier);
    CHECK(evidence->text() == QString(800, QLatin1Char('y')));
    CHECK_FALSE(message->isVisible());
    CHECK(left->text() == QStringLiteral("3,200 of 4,000 characters left"));
    QTest::keyClick(evidence, Qt::Key_Return);
    CHECK(storedText() == QString(800, QLatin1Char('y')));

    // The session and the store refuse too long a text as the command line does: the one rule.
    CHECK_FALSE(q->session()->setNotes(item, QString(4001, QLatin1Char('z')), QString()).ok());
    CHECK(storedText() == QString(800, QLatin1Char('y')));
    CHECK(checkRatingText(RatingText::Note, QString(4000, QLatin1Char('z'))).ok());
    CHECK(checkRatingText(RatingText::Note, QString(4001, QLatin1Char('z'))).error() ==
          QStringLiteral("A note has at most 4,000 characters; the text has 4,001"));
}

TEST_CASE("The report compares self against assessor and shows the history", "[gui][report]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    QuestionnaireWidget *self = window.createAssessment(QStringLiteral("01"), Mode::Self, subject("赵六"));
    QuestionnaireWidget *assessor =
        window.createAssessment(QStringLiteral("01"), Mode::Assessor, subject("赵六"), QStringLiteral("Li"));
    REQUIRE(self);
    REQUIRE(assessor);
    REQUIRE(self->session()->setLevel(QStringLiteral("01.a.1"), 4).ok());
    REQUIRE(assessor->session()->setLevel(QStringLiteral("01.a.1"), 1).ok());
    QuestionnaireWidget *later = window.createAssessment(QStringLiteral("01"), Mode::Self, subject("赵六"));
    REQUIRE(later);
    REQUIRE(later->session()->setLevel(QStringLiteral("01.a.1"), 2).ok());

    ReportWidget *report = window.openReport(later->session()->assessment().id);
    REQUIRE(report);
    CHECK(report->hasComparison());
    CHECK(report->historyCount() == 2); // the two self-assessments
    CHECK(report->chartViews().size() == 4);
}

TEST_CASE("Importing files: a broken one is refused whole, a good one is listed and no report opens", "[gui][import]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    Assessment a = Assessment::create(QStringLiteral("05"), Mode::Self, subject("周八"), QString());
    a.setRating(*bundledCatalog().role(QStringLiteral("05")), iitalent::test::rating("05.a.1", 2));
    const QString good = fx.dir.filePath(QStringLiteral("good.json"));
    REQUIRE(iitalent::test::writeFileBytes(good, ExchangeFile::serialize(a)));
    const QString bad = fx.dir.filePath(QStringLiteral("bad.json"));
    REQUIRE(iitalent::test::writeFileBytes(bad, "{\"schema\": \"iitalent.assessment/1\", \"role\": \"99\"}"));

    QSignalSpy errors(&window, &MainWindow::errorShown);
    const QStringList imported = window.importFiles({bad, good});
    CHECK(imported == QStringList{a.id});
    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString().contains(QStringLiteral("role")));
    closeMessageBoxes();
    // The list shows it; no report opens by itself after an import.
    CHECK(window.findChild<ReportWidget *>() == nullptr);
    CHECK(window.assessmentModel()->rowCount() == 1);

    // The same id again: replaced only when allowed.
    CHECK(window.importFiles({good}, true) == QStringList{a.id});
    CHECK(window.assessmentModel()->rowCount() == 1);
}

TEST_CASE("A file opened from the file manager is imported only after the person says so", "[gui][import]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    Assessment a = Assessment::create(QStringLiteral("05"), Mode::Self, subject("吴九"), QString());
    a.setRating(*bundledCatalog().role(QStringLiteral("05")), iitalent::test::rating("05.a.1", 3));
    const QString file = fx.dir.filePath(ExchangeFile::fileNameFor(a));
    REQUIRE(file.endsWith(QLatin1String(".iitalent.json")));
    REQUIRE(iitalent::test::writeFileBytes(file, ExchangeFile::serialize(a)));

    // The question names the file and the store; the person presses a button of it by keyboard.
    QString asked;
    const auto answerWith = [&](Qt::Key key) {
        QTimer::singleShot(50, [&asked, key] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // asked stays empty: the checks below fail
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            QTest::keyClick(box, key);
        });
    };
    answerWith(Qt::Key_Escape);
    CHECK(window.offerImport({file}).isEmpty());
    CHECK(window.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget()->objectName() ==
          QStringLiteral("rolesTab"));
    CHECK(asked.contains(QFileInfo(file).fileName()));
    CHECK(asked.contains(QDir::toNativeSeparators(fx.dir.path())));
    CHECK(asked.contains(QDir::toNativeSeparators(fx.db())));
    CHECK(window.assessmentModel()->rowCount() == 0);

    asked.clear();
    answerWith(Qt::Key_Return); // Import is the default button
    CHECK(window.offerImport({file}) == QStringList{a.id});
    CHECK_FALSE(asked.isEmpty());
    CHECK(window.assessmentModel()->rowCount() == 1);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);
    CHECK(tabs->currentWidget()->objectName() == QStringLiteral("assessmentsTab"));
}

TEST_CASE("A file opened while the window runs goes to that window, not to a second one", "[gui][import]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.takeOpenedFiles();
    CHECK(QFileInfo::exists(FileHandOff::serverName(window.storeIdentity())));
    Assessment a = Assessment::create(QStringLiteral("05"), Mode::Self, subject("郑十"), QString());
    const QString file = fx.dir.filePath(ExchangeFile::fileNameFor(a));
    REQUIRE(iitalent::test::writeFileBytes(file, ExchangeFile::serialize(a)));

    // The window answers its own questions: each import question is recorded and accepted.
    QStringList asked;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked << box->text() + QLatin1Char('\n') + box->informativeText();
            box->defaultButton()->click();
        }
    });

    // What the file manager does: start iitalent with the file, from the file's folder, with the
    // store written another way (relative, a doubled slash): the same store all the same.
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IITALENT_DB"));
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(fx.dir.path());
    // While another dialog is open, the files wait for it to close.
    QDialog busy(&window);
    QTimer::singleShot(0, [&] {
        second.start(QStringLiteral(IITALENT_GUI_PATH),
                     {QStringLiteral("--db"), QStringLiteral(".//assessments.sqlite"), QFileInfo(file).fileName()});
        QTimer::singleShot(1500, [&] {
            CHECK(QApplication::activeModalWidget() == &busy); // no question on top of it
            busy.reject();
            answer.start(20);
        });
    });
    busy.exec();
    // (It may have finished while the dialog was open.)
    REQUIRE((second.state() == QProcess::NotRunning || second.waitForFinished(20000)));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    for (int i = 0; i < 200 && window.assessmentModel()->rowCount() == 0; ++i)
        QTest::qWait(50);
    answer.stop();
    CHECK(window.assessmentModel()->rowCount() == 1);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QFileInfo(file).fileName()));

    // A second window on the same store leaves the first one listening.
    FileHandOff secondWindow;
    CHECK_FALSE(secondWindow.listen(window.storeIdentity()));
    CHECK(secondWindow.isListening() == false);
    // Another store is another window's: nobody takes its files.
    CHECK_FALSE(
        FileHandOff::handOver(AssessmentStore::identity(fx.dir.filePath(QStringLiteral("other.sqlite"))), {file}, 500));
}

TEST_CASE("Re-importing many stored assessments asks once when told \"Yes to All\"", "[gui][import]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    QStringList files;
    for (int i = 0; i < 25; ++i) {
        Assessment a = Assessment::create(QStringLiteral("05"), Mode::Self, subject("周八"), QString());
        const QString path = fx.dir.filePath(QStringLiteral("a%1.json").arg(i));
        REQUIRE(iitalent::test::writeFileBytes(path, ExchangeFile::serialize(a)));
        files << path;
    }
    REQUIRE(window.importFiles(files).size() == 25);
    int asked = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible() && box->button(QMessageBox::YesToAll)) {
                ++asked;
                box->button(QMessageBox::YesToAll)->click();
            }
        }
    });
    answer.start(20);
    CHECK(window.importFiles(files).size() == 25);
    answer.stop();
    CHECK(asked == 1);
    CHECK(window.assessmentModel()->rowCount() == 25);
}

TEST_CASE("Charts follow a dark palette", "[gui][report]")
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    Score score;
    for (const Dimension &d : bundledCatalog().dimensions())
        score.dimensions.push_back({d.key, 1, 1, 0, 3, 2, 2.0 / 3.0});
    std::unique_ptr<QChart> darkChart(ReportCharts::radar(bundledCatalog(), score, Language::English));
    CHECK(darkChart->theme() == QChart::ChartThemeDark);
    // Every line stands out from the dark plot: no dark grey or deep blue on it.
    for (QAbstractSeries *series : darkChart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        REQUIRE(line);
        INFO(line->name().toStdString());
        CHECK(line->pen().color().lightness() >= 140);
    }
    QApplication::setPalette(original);
    std::unique_ptr<QChart> lightChart(ReportCharts::radar(bundledCatalog(), score, Language::English));
    CHECK(lightChart->theme() == QChart::ChartThemeLight);
    for (QAbstractSeries *series : lightChart->series())
        CHECK(qobject_cast<QLineSeries *>(series)->pen().color().lightness() <= 120);
}

TEST_CASE("A level given in the window keeps evidence and notes another process wrote meanwhile",
          "[gui][questionnaire][trust]")
{
    Fixture fx;
    auto opened = AssessmentStore::open(fx.db());
    REQUIRE(opened.ok());
    AssessmentStore &store = opened.value();
    const Assessment created =
        Assessment::create(QStringLiteral("01"), Mode::Assessor, subject("李明"), QStringLiteral("Ms Wang"));
    REQUIRE(store.insert(created).ok());
    AssessmentSession session(bundledCatalog(), store, created);
    REQUIRE(session.setNotes(QStringLiteral("01.a.1"), QString(), QStringLiteral("first note")).ok());

    // Another process (the CLI, a second window) adds evidence and changes the note.
    const test::CliRun other =
        test::runCli({QStringLiteral("--db"), fx.db(), QStringLiteral("rate"), created.id, QStringLiteral("01.a.1"),
                      QStringLiteral("1"), QStringLiteral("--evidence"), QStringLiteral("plant audit"),
                      QStringLiteral("--note"), QStringLiteral("seen on site")});
    INFO(other.err);
    REQUIRE(other.exitCode == 0);

    // The window, which has not seen that, rates the level only.
    REQUIRE(session.setLevel(QStringLiteral("01.a.1"), 3).ok());
    auto stored = store.load(created.id);
    REQUIRE(stored.ok());
    const Rating *r = stored->rating(QStringLiteral("01.a.1"));
    REQUIRE(r);
    CHECK(r->level == 3);
    CHECK(r->evidence == QStringLiteral("plant audit"));
    CHECK(r->note == QStringLiteral("seen on site"));
    // ... and now shows what is stored.
    REQUIRE(session.assessment().rating(QStringLiteral("01.a.1")));
    CHECK(session.assessment().rating(QStringLiteral("01.a.1"))->evidence == QStringLiteral("plant audit"));

    // Editing the evidence in the window leaves the other process's note alone.
    REQUIRE(
        session.setNotes(QStringLiteral("01.a.1"), QStringLiteral("plant audit, 2026"), QStringLiteral("seen on site"))
            .ok());
    auto again = store.load(created.id);
    REQUIRE(again.ok());
    CHECK(again->rating(QStringLiteral("01.a.1"))->note == QStringLiteral("seen on site"));
    CHECK(again->rating(QStringLiteral("01.a.1"))->evidence == QStringLiteral("plant audit, 2026"));
}

TEST_CASE("The keys work the moment a questionnaire opens, is resumed or its tab is chosen",
          "[gui][questionnaire][keyboard]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    REQUIRE(tabs);

    // Opened: nothing is clicked, the keys go to the current item.
    QuestionnaireWidget *q = window.createAssessment(QStringLiteral("01"), Mode::Self, subject("张三"));
    REQUIRE(q);
    const QString id = q->session()->assessment().id;
    auto *view = q->findChild<QTreeView *>(QStringLiteral("itemView"));
    QTest::qWait(20);
    CHECK(QApplication::focusWidget() == view);
    QTest::keyClick(QApplication::focusWidget(), '3');
    CHECK(q->answeredCount() == 1);
    CHECK(q->currentRequirement() == QStringLiteral("01.a.2"));

    // Another tab has the focus; choosing the questionnaire's tab again gives it back.
    tabs->setCurrentIndex(0);
    QTest::qWait(20);
    tabs->setCurrentWidget(q);
    QTest::qWait(20);
    CHECK(QApplication::focusWidget() == view);

    // Resumed after its tab was closed: a new page, and the keys work at once.
    tabs->setCurrentIndex(0);
    QTest::qWait(20);
    q->close();
    tabs->removeTab(tabs->indexOf(q));
    q->deleteLater();
    QTest::qWait(20);
    QuestionnaireWidget *resumed = window.openQuestionnaire(id);
    REQUIRE(resumed);
    QTest::qWait(20);
    CHECK(resumed->currentRequirement() == QStringLiteral("01.a.2"));
    CHECK(QApplication::focusWidget() == resumed->findChild<QTreeView *>(QStringLiteral("itemView")));
    QTest::keyClick(QApplication::focusWidget(), '2');
    CHECK(resumed->answeredCount() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
    QTest::keyClick(QApplication::focusWidget(), '1');
    CHECK(resumed->answeredCount() == 3);

    // The evidence and note fields say how to rate from them.
    auto *evidence = resumed->findChild<QLineEdit *>(QStringLiteral("evidenceEdit"));
    REQUIRE(evidence);
    CHECK(evidence->placeholderText().contains(QStringLiteral("Alt+0")));
}

TEST_CASE("The questionnaire and report models pass QAbstractItemModelTester through ratings and a language switch",
          "[gui][models]")
{
    Fixture fx;
    auto opened = AssessmentStore::open(fx.db());
    REQUIRE(opened.ok());
    const Assessment created = Assessment::create(QStringLiteral("18"), Mode::Self, subject("李明"), QString());
    REQUIRE(opened->insert(created).ok());
    AssessmentSession session(bundledCatalog(), opened.value(), created);
    QuestionnaireModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Role &role = *bundledCatalog().role(QStringLiteral("18"));
    int i = 0;
    for (const Requirement &req : role.requirements)
        REQUIRE(session.setLevel(req.id, i++ % 5).ok());
    model.setLanguage(Language::Chinese);
    model.setShowRequired(true);
    model.setLanguage(Language::English);
    CHECK(model.rowCount() == 4);

    const Report report = Report::build(bundledCatalog(), session.assessment());
    ReportItemModel items(bundledCatalog(), report, Language::Chinese);
    QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    items.setLanguage(Language::English);
    CHECK(items.rowCount() == static_cast<int>(role.requirements.size()));
    RoleFitModel fit(bundledCatalog(), RoleFit::rank(bundledCatalog(), session.assessment()), Language::Chinese);
    QAbstractItemModelTester fitTester(&fit, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fit.setLanguage(Language::English);
    CHECK(fit.rowCount() == 41);
}

namespace {

// Waits (up to a deadline, not as a measure of speed) until `done` holds.
template <typename Predicate>
bool waitUntil(Predicate done, int ms = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace

TEST_CASE("Self-assess for a person with an unfinished round offers to continue it", "[gui][questionnaire][repeat]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    const Role &role = *bundledCatalog().role(QStringLiteral("10"));
    QuestionnaireWidget *first = window.createAssessment(QStringLiteral("10"), Mode::Self, subject("张三"));
    REQUIRE(first);
    const QString firstId = first->session()->assessment().id;
    for (int i = 0; i < 3; ++i)
        REQUIRE(first->session()->setLevel(role.requirements[static_cast<size_t>(i)].id, 2).ok());
    // Someone else's round and the same person's assessor round are not his self-assessment.
    REQUIRE(window.createAssessment(QStringLiteral("10"), Mode::Self, subject("李四")));

    QString asked;
    QTimer::singleShot(50, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("repeatRoundBox"))
            return;
        asked = box->text();
        box->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
    });
    QuestionnaireWidget *again = window.startAssessmentFor(QStringLiteral("10"), Mode::Self, subject("张三"));
    REQUIRE(again);
    CHECK(again->session()->assessment().id == firstId);
    CHECK(asked.contains(QStringLiteral("张三")));
    CHECK(asked.contains(QStringLiteral("unfinished self-assessment of role 10")));
    CHECK(asked.contains(QStringLiteral("(3 of %1 answered)").arg(role.requirements.size())));
    auto all = window.store()->assessmentsOf(subject("张三"), QStringLiteral("10"));
    REQUIRE(all.ok());
    CHECK(all->size() == 1); // no second, empty one

    // Cancel starts nothing.
    QTimer::singleShot(50, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::keyClick(box, Qt::Key_Escape);
    });
    CHECK(window.startAssessmentFor(QStringLiteral("10"), Mode::Self, subject("张三")) == nullptr);
    CHECK(window.store()->assessmentsOf(subject("张三"), QStringLiteral("10"))->size() == 1);
}

TEST_CASE("A new round starts from last time's answers, marked until changed", "[gui][questionnaire][repeat]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    const Role &role = *bundledCatalog().role(QStringLiteral("10"));
    QuestionnaireWidget *first = window.createAssessment(QStringLiteral("10"), Mode::Self, subject("王明"));
    REQUIRE(first);
    for (const Requirement &r : role.requirements)
        REQUIRE(first->session()->setLevel(r.id, 3).ok());
    const QString a1 = role.requirements[0].id;
    const QString a2 = role.requirements[1].id;
    REQUIRE(first->session()->setNotes(a1, QStringLiteral("MES rollout"), QString()).ok());
    const QString firstId = first->session()->assessment().id;

    QString asked;
    QTimer::singleShot(50, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("repeatRoundBox"))
            return;
        asked = box->text();
        box->findChild<QPushButton *>(QStringLiteral("fromLastTimeButton"))->click();
    });
    QuestionnaireWidget *second = window.startAssessmentFor(QStringLiteral("10"), Mode::Self, subject("王明"));
    REQUIRE(second);
    CHECK(asked.contains(QStringLiteral("王明")));
    const Assessment &round = second->session()->assessment();
    CHECK(round.id != firstId);
    CHECK(round.answeredCount() == static_cast<int>(role.requirements.size()));
    CHECK(round.rating(a1)->evidence == QStringLiteral("MES rollout"));

    QuestionnaireModel *model = second->model();
    const QModelIndex rating1 = model->indexOf(a1, QuestionnaireModel::RatingColumn);
    const QModelIndex rating2 = model->indexOf(a2, QuestionnaireModel::RatingColumn);
    CHECK(model->data(rating1, QuestionnaireModel::FromLastTimeRole).toBool());
    CHECK(model->data(rating1).toString().contains(QStringLiteral("from last time")));
    CHECK(model->data(rating1, Qt::FontRole).value<QFont>().italic());
    second->setCurrentRequirement(a1);
    auto *required = second->findChild<QLabel *>(QStringLiteral("requiredLabel"));
    REQUIRE(required);
    CHECK(required->text().contains(QStringLiteral("from last time")));

    // Changed: the mark goes from that item only, and stays gone when the round is opened again.
    REQUIRE(second->session()->setLevel(a1, 4).ok());
    CHECK_FALSE(model->data(rating1, QuestionnaireModel::FromLastTimeRole).toBool());
    CHECK_FALSE(model->data(rating1).toString().contains(QStringLiteral("from last time")));
    second->setCurrentRequirement(a1);
    CHECK_FALSE(required->text().contains(QStringLiteral("from last time")));
    CHECK(model->data(rating2, QuestionnaireModel::FromLastTimeRole).toBool());
    auto stored = window.store()->load(round.id);
    REQUIRE(stored.ok());
    auto carried = RepeatRound::carriedOver(*window.store(), stored.value());
    REQUIRE(carried.ok());
    CHECK(carried->count(a1) == 0);
    CHECK(carried->count(a2) == 1);
    CHECK(carried->size() == role.requirements.size() - 1);
    // The first round is untouched.
    CHECK(window.store()->load(firstId)->level(a1) == 3);
}

TEST_CASE("An open questionnaire shows a rating another process gave, and keeps evidence being typed",
          "[gui][questionnaire][live]")
{
    Fixture fx;
    MainWindow window(nullptr, fx.db());
    window.setCatalog(bundledCatalog());
    window.show();
    QuestionnaireWidget *q =
        window.createAssessment(QStringLiteral("01"), Mode::Assessor, subject("赵六"), QStringLiteral("Ms Wang"));
    REQUIRE(q);
    const QString id = q->session()->assessment().id;
    QuestionnaireModel *model = q->model();
    const QString a1 = QStringLiteral("01.a.1");
    const QString a2 = QStringLiteral("01.a.2");

    // Another process (iitalent-cli on the same file) rates an item of the open assessment.
    const test::CliRun rated =
        test::runCli({QStringLiteral("--db"), fx.db(), QStringLiteral("rate"), id, a2, QStringLiteral("3")});
    INFO(rated.err);
    REQUIRE(rated.exitCode == 0);
    CHECK(waitUntil([&] { return model->data(model->indexOf(a2), QuestionnaireModel::LevelRole) == QVariant(3); }));
    CHECK(q->session()->assessment().level(a2) == 3);

    // Evidence being typed for the current item stays while other items follow the store.
    q->setCurrentRequirement(a1);
    auto *evidence = q->findChild<QLineEdit *>(QStringLiteral("evidenceEdit"));
    REQUIRE(evidence);
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("site visit"));
    REQUIRE(q->editingRequirement() == a1);
    const test::CliRun other =
        test::runCli({QStringLiteral("--db"), fx.db(), QStringLiteral("rate"), id, a1, QStringLiteral("2"),
                      QStringLiteral("--evidence"), QStringLiteral("from the other window")});
    REQUIRE(other.exitCode == 0);
    REQUIRE(
        test::runCli({QStringLiteral("--db"), fx.db(), QStringLiteral("rate"), id, a2, QStringLiteral("1")}).exitCode ==
        0);
    CHECK(waitUntil([&] { return model->data(model->indexOf(a2), QuestionnaireModel::LevelRole) == QVariant(1); }));
    CHECK(evidence->text() == QStringLiteral("site visit"));
    CHECK(q->currentRequirement() == a1);

    // Given: the typed evidence is stored, with the other process's level.
    QTest::keyClick(evidence, Qt::Key_Return);
    auto stored = window.store()->load(id);
    REQUIRE(stored.ok());
    CHECK(stored->rating(a1)->evidence == QStringLiteral("site visit"));
    CHECK(stored->level(a1) == 2);
    CHECK(q->session()->assessment().level(a1) == 2);
}
