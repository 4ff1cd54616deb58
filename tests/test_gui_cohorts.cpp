// The Cohorts page (issue 10) offscreen against a real store: the heatmap shows the core's
// figures, anonymising hides every name, Enter opens a participant's report (never on the
// projector), and dropping a folder collects its files with the conflict resolved in place.
#include "TestSupport.h"

#include "AssessmentListModel.h"
#include "AssessmentStore.h"
#include "AssessmentsPage.h"
#include "CohortCompareDialog.h"
#include "CohortHeatmapModel.h"
#include "CohortReport.h"
#include "CohortsPage.h"
#include "ExchangeFile.h"
#include "HeatmapView.h"
#include "HiringRound.h"
#include "Language.h"
#include "MainWindow.h"
#include "NewCohortDialog.h"
#include "ParticipantKeyDialog.h"
#include "ReportExport.h"
#include "Scoring.h"
#include "SlideView.h"
#include "WorkshopPlanView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QWheelEvent>

#include <cmath>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;

namespace {

struct CohortFixture : test::IsolatedSettings
{
    CohortFixture()
    {
        LanguageManager::apply(Language::English);
        store.emplace(AssessmentStore::open(dir.filePath(QStringLiteral("c.sqlite"))).value());
        const Role &role = *bundledCatalog().role(QStringLiteral("16"));
        Cohort c;
        c.name = QStringLiteral("Workshop A");
        c.roles = QStringList{QStringLiteral("16")};
        cohort = store->createCohort(c).value().id;
        std::vector<Assessment> all;
        for (int i = 0; i < 12; ++i) {
            Subject s;
            s.name = QStringLiteral("Learner %1").arg(QChar(QLatin1Char('A' + i)));
            s.number = QStringLiteral("N%1").arg(100 + i);
            s.organisation = QStringLiteral("Plant %1").arg(i % 3);
            Assessment a = Assessment::create(role.code, Mode::Self, s, QString());
            for (size_t k = 0; k < role.requirements.size(); ++k)
                if ((i + static_cast<int>(k)) % 7 != 0) // some unanswered
                    a.setRating(role,
                                Rating{role.requirements[k].id, static_cast<int>((i + k) % 5), QString(), QString()});
            all.push_back(a);
        }
        REQUIRE(store->collectIntoCohort(cohort, all, false).ok());
        ids.clear();
        for (const Assessment &a : all)
            ids << a.id;
        page.setStoreProvider([this] { return &*store; });
        page.setCatalog(&bundledCatalog());
        page.setLanguage(Language::English);
        page.resize(1400, 900);
        page.show();
        page.activate();
        QCoreApplication::processEvents();
    }
    ~CohortFixture() { page.setCatalog(nullptr); }

    std::optional<AssessmentStore> store;
    qint64 cohort = 0;
    QStringList ids;
    CohortsPage page;
};

} // namespace

TEST_CASE("The heatmap shows the core's figures, sorts, and hides names when anonymised", "[gui][cohort]")
{
    CohortFixture f;
    REQUIRE(f.page.currentCohortName() == QLatin1String("Workshop A"));
    REQUIRE(f.page.report());
    const CohortReport &report = *f.page.report();
    CohortHeatmapModel *model = f.page.heatmapModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 12);
    auto expected =
        CohortReport::load(*f.store, bundledCatalog(), QStringLiteral("Workshop A"), QStringLiteral("16"), Mode::Self);
    REQUIRE(expected.ok());
    // Every requirement cell is the core's rating against the required level.
    for (int row = 0; row < model->rowCount(); ++row) {
        const CohortParticipant &p = expected->participants[static_cast<size_t>(row)];
        CHECK(model->index(row, 0).data(CohortHeatmapModel::AssessmentIdRole).toString() == p.assessmentId);
        for (size_t i = 0; i < expected->items.size(); ++i) {
            const int col = model->columnOfItem(static_cast<int>(i));
            const QModelIndex cell = model->index(row, col);
            const auto state =
                static_cast<CohortHeatmapModel::CellState>(cell.data(CohortHeatmapModel::StateRole).toInt());
            CHECK(state == CohortHeatmapModel::stateOf(p.levels[i], expected->items[i].required));
            CHECK(cell.data(CohortHeatmapModel::LevelRole).toInt() == p.levels[i].value_or(-1));
        }
    }
    // The summary row: each item's met count.
    for (size_t i = 0; i < report.items.size(); ++i)
        CHECK(
            model->headerData(model->columnOfItem(static_cast<int>(i)), Qt::Horizontal, CohortHeatmapModel::FooterRole)
                .toString() == QString::number(expected->items[i].met));

    // Sorted by readiness, descending: the view's first row is the most ready.
    QTableView *table = f.page.heatmapTable();
    table->sortByColumn(CohortHeatmapModel::ReadinessColumn, Qt::DescendingOrder);
    const QAbstractItemModel *view = table->model();
    for (int row = 1; row < view->rowCount(); ++row)
        CHECK(
            view->index(row - 1, CohortHeatmapModel::ReadinessColumn).data(CohortHeatmapModel::ShareRole).toDouble() >=
            view->index(row, CohortHeatmapModel::ReadinessColumn).data(CohortHeatmapModel::ShareRole).toDouble());

    // Anonymised: P-numbers, and no name, number or organisation anywhere in the model.
    f.page.setAnonymised(true);
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown << model->headerData(row, Qt::Vertical).toString();
        for (int col = 0; col < model->columnCount(); ++col)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                shown << model->index(row, col).data(role).toString();
    }
    const QString all = shown.join(QLatin1Char('\n'));
    for (const CohortParticipant &p : report.participants)
        CHECK(all.contains(p.code));
    CHECK_FALSE(all.contains(QStringLiteral("Learner")));
    CHECK_FALSE(all.contains(QStringLiteral("N10")));
    CHECK_FALSE(all.contains(QStringLiteral("Plant")));
}

TEST_CASE("Enter on a row opens the participant's report, but never in projector mode", "[gui][cohort]")
{
    CohortFixture f;
    QSignalSpy spy(&f.page, &CohortsPage::reportRequested);
    QTableView *table = f.page.heatmapTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 3));
    const QString id = table->model()->index(2, 3).data(CohortHeatmapModel::AssessmentIdRole).toString();
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toString() == id);

    f.page.setProjectorMode(true);
    CHECK(f.page.isAnonymised());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 3));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(spy.size() == 1);
    f.page.setProjectorMode(false);
}

TEST_CASE("Dropping a folder collects its files; a conflict is resolved with the newer copy", "[gui][cohort]")
{
    CohortFixture f;
    const QString usb = f.dir.filePath(QStringLiteral("usb"));
    REQUIRE(QDir().mkpath(usb + QStringLiteral("/laptop1")));
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    Subject s;
    s.name = QStringLiteral("Newcomer");
    Assessment fresh = Assessment::create(role.code, Mode::Self, s, QString());
    fresh.setRating(role, Rating{role.requirements[0].id, 3, QString(), QString()});
    REQUIRE(test::writeFileBytes(usb + QStringLiteral("/laptop1/new.json"), ExchangeFile::serialize(fresh)));
    Assessment changed = f.store->load(f.ids.first()).value();
    changed.updated = changed.updated.addSecs(3600);
    changed.setRating(role, Rating{role.requirements[0].id, 4, QString(), QString()});
    REQUIRE(test::writeFileBytes(usb + QStringLiteral("/changed.json"), ExchangeFile::serialize(changed)));
    REQUIRE(test::writeFileBytes(usb + QStringLiteral("/broken.json"), "{ not json"));

    QStringList texts;
    bool replaced = false;
    // The summary box (not modal): note it, then choose "Replace with the newer".
    QTimer::singleShot(100, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            texts << box->text() + QLatin1Char('\n') + box->detailedText();
            for (QAbstractButton *b : box->buttons())
                if (b->text().contains(QStringLiteral("Newer"), Qt::CaseInsensitive)) {
                    b->click();
                    replaced = true;
                    break;
                }
        }
    });
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(usb)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.page, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.page, &drop);
    QTest::qWait(600);
    REQUIRE_FALSE(texts.isEmpty());
    INFO(texts.join(QStringLiteral("\n---\n")).toStdString());
    CHECK(texts.first().contains(QStringLiteral("broken.json")));
    CHECK(replaced);
    // The newcomer is in, the broken file is not, and the conflict kept the newer copy.
    CHECK(f.page.report()->participants.size() == 13);
    CHECK(f.store->load(f.ids.first()).value().level(role.requirements[0].id) == 4);
    // Close whatever summary is still open.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox *>(w))
            w->close();
}

TEST_CASE("Before and after: the start of a course is compared with its end by default", "[gui][cohort]")
{
    CohortFixture f;
    // The end of the course: eight of the twelve come back, each better by one level everywhere.
    Cohort end;
    end.name = QStringLiteral("Workshop A end");
    end.date = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const qint64 endId = f.store->createCohort(end).value().id;
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    std::vector<Assessment> later;
    for (int i = 0; i < 8; ++i) {
        Assessment a = f.store->load(f.ids.at(i)).value();
        Assessment b = Assessment::create(role.code, Mode::Self, a.subject, QString());
        for (const Requirement &r : role.requirements)
            b.setRating(role, Rating{r.id, std::min(4, a.level(r.id).value_or(0) + 1), QString(), QString()});
        later.push_back(b);
    }
    REQUIRE(f.store->collectIntoCohort(endId, later, false).ok());
    // An unrelated cohort made the same day must not be taken for the end.
    Cohort other;
    other.name = QStringLiteral("Team Z");
    other.date = end.date;
    REQUIRE(f.store->createCohort(other).ok());
    f.page.reload();
    f.page.selectCohort(QStringLiteral("Workshop A"));
    QCoreApplication::processEvents();

    CohortCompareDialog *dialog = f.page.compareCohorts();
    REQUIRE(dialog);
    CHECK(dialog->beforeName() == QLatin1String("Workshop A"));
    CHECK(dialog->afterName() == QLatin1String("Workshop A end"));
    REQUIRE(dialog->change());
    const CohortChange &c = *dialog->change();
    CHECK(c.matched.size() == 8);
    CHECK(c.onlyBefore.size() == 4);
    CHECK(c.onlyAfter.empty());
    REQUIRE(c.meanDelta);
    CHECK(*c.meanDelta > 0.0);
    // The same figures as the core computes.
    auto before =
        CohortReport::load(*f.store, bundledCatalog(), QStringLiteral("Workshop A"), QStringLiteral("16"), Mode::Self);
    auto after = CohortReport::load(*f.store, bundledCatalog(), QStringLiteral("Workshop A end"), QStringLiteral("16"),
                                    Mode::Self);
    const CohortChange expected = CohortChange::build(before.value(), after.value());
    CHECK(*c.meanDelta == Approx(*expected.meanDelta));
    dialog->swapCohorts();
    CHECK(dialog->beforeName() == QLatin1String("Workshop A end"));
    dialog->close();
}

TEST_CASE("Hiring rounds are not on the Cohorts page, whose class view would show a panel's levels",
          "[gui][cohort][round]")
{
    CohortFixture f;
    Cohort round;
    round.name = QStringLiteral("Round H");
    round.roles = {QStringLiteral("16")};
    REQUIRE(createRound(*f.store, bundledCatalog(), round, {}).ok());
    f.page.reload();
    CHECK(f.page.selectCohort(QStringLiteral("Workshop A")));
    CHECK_FALSE(f.page.selectCohort(QStringLiteral("Round H")));
    // Nor does New… make one: that is the Hiring Rounds tab's.
    NewCohortDialog dialog(bundledCatalog(), Language::English, {});
    bool kinds = false;
    for (const QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->findData(QStringLiteral("workshop")) < 0)
            continue;
        kinds = true;
        CHECK(box->findData(QStringLiteral("team")) >= 0);
        CHECK(box->findData(QStringLiteral("hiring")) < 0);
    }
    CHECK(kinds);
}

namespace {

// A class of `people` on role `code`, every item answered, in a store of its own, shown on a page.
struct ClassFixture : test::IsolatedSettings
{
    ClassFixture(int people, const QString &code)
    {
        LanguageManager::apply(Language::English);
        store.emplace(AssessmentStore::open(dir.filePath(QStringLiteral("class.sqlite"))).value());
        const Role &role = *bundledCatalog().role(code);
        Cohort c;
        c.name = QStringLiteral("Workshop %1 x %2").arg(people).arg(code);
        c.roles = QStringList{code};
        cohort = store->createCohort(c).value().id;
        std::vector<Assessment> all;
        for (int i = 0; i < people; ++i) {
            Subject s;
            s.name = QStringLiteral("Participant number %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            Assessment a = Assessment::create(role.code, Mode::Self, s, QString());
            for (size_t k = 0; k < role.requirements.size(); ++k)
                a.setRating(role, Rating{role.requirements[k].id, static_cast<int>((i + k) % 5), QString(), QString()});
            all.push_back(a);
        }
        REQUIRE(store->collectIntoCohort(cohort, all, false).ok());
        page.setStoreProvider([this] { return &*store; });
        page.setCatalog(&bundledCatalog());
        page.setLanguage(Language::English);
    }
    ~ClassFixture() { page.setCatalog(nullptr); }

    std::optional<AssessmentStore> store;
    qint64 cohort = 0;
    CohortsPage page;
};

// Whether every row and every shown column of the heatmap lies inside its viewport.
bool wholeClassShown(QTableView *table)
{
    const QRect viewport = table->viewport()->rect();
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (!table->isColumnHidden(c) && !viewport.contains(table->visualRect(m->index(r, c))))
                return false;
    return true;
}

// Waits (up to a deadline, not as a measure of speed) until `done` holds.
template <typename Predicate>
bool waitFor(Predicate done, int ms = 5000)
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

TEST_CASE("Projector mode fits the whole class to the screen; Ctrl+Minus zooms out and Ctrl+0 fits again",
          "[gui][cohort][projector]")
{
    // Role 16 has 20 items: 30 people × 20 items at 1920×1080, as in the workshop of issue 21.
    REQUIRE(bundledCatalog().role(QStringLiteral("16"))->requirements.size() == 20);
    ClassFixture f(30, QStringLiteral("16"));
    f.page.resize(1920, 1080);
    f.page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.page));
    f.page.activate();
    REQUIRE(f.page.report());
    REQUIRE(f.page.report()->participants.size() == 30);
    QTableView *table = f.page.heatmapTable();
    auto *view = qobject_cast<HeatmapView *>(table->parentWidget());
    REQUIRE(view);
    const int instructorType = view->typePixelSize();

    f.page.setProjectorMode(true);
    CHECK(view->fitsToView());
    REQUIRE(table->model()->rowCount() == 30);
    REQUIRE(table->model()->columnCount() - static_cast<int>(f.page.report()->dimensions.size()) - 2 == 20);
    CHECK(waitFor([&] { return wholeClassShown(table); }));
    // Readable from the back of the room: larger than the instructor's own type, not the minimum.
    const int fitted = view->typePixelSize();
    INFO("fitted type: " << fitted << " px; the instructor's: " << instructorType << " px");
    CHECK(fitted > instructorType);
    CHECK(fitted >= HeatmapView::kMinFitPixels);

    // Ctrl+Minus makes the type smaller, Ctrl+Plus larger (the rows then scroll), Ctrl+0 fits again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(view->zoomSteps() == -1);
    CHECK(view->typePixelSize() < fitted);
    QTest::keyClick(table, Qt::Key_0, Qt::ControlModifier);
    CHECK(view->zoomSteps() == 0);
    CHECK(view->typePixelSize() == fitted);
    QTest::keyClick(table, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(view->zoomSteps() == 1);
    CHECK(view->typePixelSize() > fitted);
    CHECK(waitFor([&] { return !wholeClassShown(table); }));
    // Ctrl+wheel zooms as well.
    QWheelEvent wheelDown(QPointF(50, 50), table->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(table->viewport(), &wheelDown);
    CHECK(view->zoomSteps() == 0);
    QTest::keyClick(table, Qt::Key_0, Qt::ControlModifier);
    CHECK(waitFor([&] { return wholeClassShown(table); }));

    // Back at the instructor's desk, the type is the page's again, and the list of cohorts is back.
    auto *list = f.page.findChild<QTreeWidget *>();
    REQUIRE(list);
    f.page.setProjectorMode(false);
    CHECK_FALSE(view->fitsToView());
    CHECK(waitFor([&] { return view->typePixelSize() == instructorType; }));
    CHECK(waitFor([&] { return list->isVisible() && list->width() > 200; }));
    INFO("list width " << list->width());
    CHECK(view->width() < 1920 - 200);
}

TEST_CASE("Projector mode fits a class of 60 on the largest role to the screen", "[gui][cohort][projector]")
{
    // 60 people × 22 items (role 18, the catalog's largest) at 1920×1080.
    ClassFixture f(60, QStringLiteral("18"));
    f.page.resize(1920, 1080);
    f.page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.page));
    f.page.activate();
    f.page.setProjectorMode(true);
    QTableView *table = f.page.heatmapTable();
    auto *view = qobject_cast<HeatmapView *>(table->parentWidget());
    REQUIRE(view);
    REQUIRE(table->model()->rowCount() == 60);
    CHECK(waitFor([&] { return wholeClassShown(table); }));
    INFO("fitted type: " << view->typePixelSize() << " px");
    // The class view has the whole width: the list of cohorts is hidden, and its room with it.
    CHECK(view->width() > 1920 * 9 / 10);
    CHECK(view->typePixelSize() >= HeatmapView::kMinFitPixels);
    f.page.setProjectorMode(false);
}

TEST_CASE("The plan tab shows what this workshop can teach first and the mentor's part apart", "[gui][cohort]")
{
    CohortFixture f;
    // Every 工程实践 item at 0 for everyone: the class's biggest gaps.
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    std::vector<Assessment> again;
    for (const QString &id : f.ids) {
        Assessment a = f.store->load(id).value();
        for (const Requirement &r : role.requirements)
            if (r.dimension == QLatin1String("d"))
                a.setRating(role, Rating{r.id, 0, QString(), QString()});
        a.updated = a.updated.addSecs(60);
        REQUIRE(f.store->replace(a).ok());
    }
    f.page.reload();
    f.page.selectCohort(QStringLiteral("Workshop A"));
    QCoreApplication::processEvents();
    REQUIRE(f.page.report());
    const CohortReport &report = *f.page.report();
    REQUIRE(report.plan.size() > 5);
    REQUIRE(report.plan.front().dimension == QLatin1String("d"));

    auto *view = f.page.findChild<WorkshopPlanView *>();
    REQUIRE(view);
    // The default: a training centre.
    CHECK(view->offer().effective() == WorkshopOffer::trainingCentre());
    QCheckBox *education = view->providerBox(QStringLiteral("education"));
    QCheckBox *enterprise = view->providerBox(QStringLiteral("enterprise"));
    REQUIRE(education);
    REQUIRE(enterprise);
    CHECK(education->isChecked());
    CHECK_FALSE(enterprise->isChecked());

    const WorkshopSplit split = WorkshopSplit::build(bundledCatalog(), report.stage, report.plan, WorkshopOffer());
    QTableWidget *here = view->table();
    QTableWidget *elsewhere = view->elsewhereTable();
    REQUIRE(here->rowCount() == static_cast<int>(split.teachableHere.size()));
    REQUIRE(elsewhere->rowCount() == static_cast<int>(split.elsewhere.size()));
    REQUIRE(here->rowCount() > 0);
    // The first row taught here is no 工程实践 item; every 工程实践 item is in the other table, with
    // its reason from Appendix A.
    CHECK_FALSE(here->item(0, 1)->text().startsWith(QStringLiteral("16.d.")));
    for (int row = 0; row < here->rowCount(); ++row)
        CHECK_FALSE(here->item(row, 1)->text().startsWith(QStringLiteral("16.d.")));
    int mentored = 0;
    for (int row = 0; row < elsewhere->rowCount(); ++row)
        if (elsewhere->item(row, 1)->text().startsWith(QStringLiteral("16.d."))) {
            ++mentored;
            CHECK(elsewhere->item(row, 6)->text().contains(QStringLiteral("mentoring")));
            CHECK(elsewhere->item(row, 6)->text().contains(QStringLiteral("A.2 b) 3)")));
        }
    CHECK(mentored == 5);

    // An enterprise's workshop can mentor: the 工程实践 items come first; the choice is kept, and
    // the export follows the tab.
    enterprise->setChecked(true);
    education->setChecked(false);
    CHECK(here->item(0, 1)->text().startsWith(QStringLiteral("16.d.")));
    WorkshopPlanView another;
    another.setCatalog(&bundledCatalog());
    CHECK(another.offer().providers == QStringList{QStringLiteral("enterprise")});
    const QString json = f.dir.filePath(QStringLiteral("plan.json"));
    REQUIRE(f.page.writeView(json, report::Format::Json, true).ok());
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("\"enterprise\""));
    CHECK(bytes.contains("\"teachable_here\""));
}

namespace {

// Answers the next message box with the button `answer` once it shows, keeping its text.
void answerNextMessageBox(QString *text, QMessageBox::StandardButton answer)
{
    QTimer::singleShot(0, [text, answer] {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->button(answer)->click();
                return;
            }
            QTest::qWait(10);
        }
    });
}

} // namespace

TEST_CASE("Remove from Cohort takes the selected participant out after naming them; the assessment is kept",
          "[gui][cohort]")
{
    CohortFixture f;
    QTableView *table = f.page.heatmapTable();
    QAction *remove = f.page.removeMemberAction();
    REQUIRE(remove);
    auto *button = f.page.findChild<QPushButton *>(QStringLiteral("cohortRemoveMemberButton"));
    REQUIRE(button);
    CHECK_FALSE(remove->isEnabled()); // no row chosen yet
    // The heatmap's context menu offers it.
    CHECK(table->contextMenuPolicy() == Qt::ActionsContextMenu);
    CHECK(table->actions().contains(remove));

    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 4));
    const QString id = table->model()->index(3, 4).data(CohortHeatmapModel::AssessmentIdRole).toString();
    REQUIRE_FALSE(id.isEmpty());
    const Assessment chosen = f.store->load(id).value();
    CHECK(remove->isEnabled());
    CHECK(button->isEnabled());

    // Delete asks, naming the person (with their number) and the cohort; No keeps everything.
    QString question;
    answerNextMessageBox(&question, QMessageBox::No);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(question.contains(chosen.subject.name));
    CHECK(question.contains(chosen.subject.number));
    CHECK(question.contains(QStringLiteral("Workshop A")));
    CHECK(question.contains(QStringLiteral("kept")));
    CHECK(f.store->cohortMembers(f.cohort).value().size() == 12);
    CHECK(f.page.heatmapModel()->rowCount() == 12);

    // Yes takes the assessment out of the cohort; it stays stored, and the view follows.
    // Back from the question: offscreen, no window manager makes the page active again.
    f.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.page));
    table->setFocus();
    CHECK(table->currentIndex().data(CohortHeatmapModel::AssessmentIdRole).toString() == id);
    question.clear();
    answerNextMessageBox(&question, QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(question.contains(chosen.subject.name));
    const auto members = f.store->cohortMembers(f.cohort).value();
    CHECK(members.size() == 11);
    CHECK(std::none_of(members.begin(), members.end(), [&](const AssessmentSummary &m) { return m.id == id; }));
    CHECK(f.store->load(id).ok());
    CHECK(f.page.heatmapModel()->rowCount() == 11);
    CHECK(f.page.currentCohortName() == QLatin1String("Workshop A"));

    // Anonymised or on the projector the question would show a name: not offered.
    table->setCurrentIndex(table->model()->index(0, 4));
    CHECK(remove->isEnabled());
    f.page.setAnonymised(true);
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(button->isEnabled());
    CHECK_FALSE(f.page.removeCurrentMember());
    f.page.setAnonymised(false);
    table->setCurrentIndex(table->model()->index(0, 4));
    CHECK(remove->isEnabled());
    f.page.setProjectorMode(true);
    table->setCurrentIndex(table->model()->index(0, 4));
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(f.page.removeCurrentMember());
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(f.store->cohortMembers(f.cohort).value().size() == 11);
    f.page.setProjectorMode(false);
}

// Issue 21 items 7-9 in the window.
namespace {

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

// The change as the window printed it before issue 21: from the two percentages as printed.
qint64 printedTenths(double before, double after)
{
    const auto tenths = [](double share) { return qRound64(std::round(share * 1000.0)); };
    return tenths(after) - tenths(before);
}

} // namespace

TEST_CASE("Anonymised rows follow the codes, and the CSV and HTML keep the window's sort", "[gui][cohort][privacy]")
{
    CohortFixture f;
    CohortHeatmapModel *model = f.page.heatmapModel();
    QTableView *table = f.page.heatmapTable();
    // Unsorted (participant number order), anonymised: the rows follow the codes, which do not
    // follow the joining order.
    f.page.setAnonymised(true);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList codes, joined;
    for (int row = 0; row < model->rowCount(); ++row) {
        codes << model->headerData(row, Qt::Vertical).toString();
        joined << model->index(row, 0).data(CohortHeatmapModel::AssessmentIdRole).toString();
    }
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    CHECK(codes == sorted);
    CHECK(joined != f.ids);
    // The key, for the instructor: the same codes in the same order, each with its person.
    {
        ParticipantKeyDialog key(*f.page.report());
        auto *keyTable = key.findChild<QTableWidget *>();
        REQUIRE(keyTable);
        CHECK(columnTexts(keyTable->model(), 0) == codes);
        for (int row = 0; row < keyTable->rowCount(); ++row) {
            const CohortParticipant *p = model->participantAt(row);
            REQUIRE(p);
            CHECK(keyTable->item(row, 1)->text() == p->subject.name);
            CHECK(keyTable->item(row, 3)->text() == p->subject.number);
        }
    }

    // Sorted by readiness, ascending: the documents list the rows in the same order.
    table->sortByColumn(CohortHeatmapModel::ReadinessColumn, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const QStringList viewCodes = columnTexts(table->model(), CohortHeatmapModel::LabelColumn);
    REQUIRE(viewCodes.size() == 12);
    REQUIRE(viewCodes != sorted); // the sort changed the order (else the check below proves nothing)
    const QString csvPath = f.dir.filePath(QStringLiteral("view.csv"));
    REQUIRE(f.page.writeView(csvPath, report::Format::Csv, false).ok());
    const QStringList lines =
        QString::fromUtf8(test::readFileBytes(csvPath)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // One header and one row per participant, nothing else, in the window's order.
    REQUIRE(lines.size() == 13);
    for (int i = 0; i < 12; ++i)
        CHECK(lines.at(i + 1).section(QLatin1Char(','), 0, 0) == viewCodes.at(i));
    CHECK(QFileInfo::exists(f.dir.filePath(QStringLiteral("view-items.csv"))));
    const QString htmlPath = f.dir.filePath(QStringLiteral("view.html"));
    REQUIRE(f.page.writeView(htmlPath, report::Format::Html, false).ok());
    const QString html = QString::fromUtf8(test::readFileBytes(htmlPath));
    qsizetype at = 0;
    for (const QString &code : viewCodes) {
        const qsizetype next = html.indexOf(QStringLiteral("<td class=\"n\">%1</td>").arg(code), at);
        CHECK(next > at);
        at = std::max(at, next);
    }
}

TEST_CASE("Before and after in the window: namesakes' numbers, and changes from exact values", "[gui][cohort]")
{
    CohortFixture f;
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    // A namesake of Learner A joins the start; the end has both Learners A and eight others, each
    // better by one level everywhere. The namesake goes from k items at 1 to m items at 4, chosen
    // so that the percentages as printed would give another change than the exact one.
    Subject namesake;
    namesake.name = QStringLiteral("Learner A");
    namesake.number = QStringLiteral("N999");
    auto firstAt = [&](size_t k, int level) {
        Assessment a = Assessment::create(role.code, Mode::Self, namesake, QString());
        for (size_t i = 0; i < role.requirements.size(); ++i)
            a.setRating(role, Rating{role.requirements[i].id, i < k ? level : 0, QString(), QString()});
        return a;
    };
    std::optional<Assessment> twinAfter;
    Assessment twin = firstAt(0, 0);
    for (size_t k = 0; k < role.requirements.size() && !twinAfter; ++k)
        for (size_t m = k + 1; m <= role.requirements.size() && !twinAfter; ++m) {
            const double b = Scoring::score(bundledCatalog(), role, firstAt(k, 1)).readiness;
            const double a = Scoring::score(bundledCatalog(), role, firstAt(m, 4)).readiness;
            if (printedTenths(b, a) != pointChangeTenths(a - b)) {
                twin = firstAt(k, 1);
                twinAfter = firstAt(m, 4);
            }
        }
    REQUIRE(twinAfter);
    REQUIRE(f.store->collectIntoCohort(f.cohort, {twin}, false).ok());
    Cohort end;
    end.name = QStringLiteral("Workshop A end");
    end.date = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const qint64 endId = f.store->createCohort(end).value().id;
    std::vector<Assessment> later;
    for (int i = 0; i < 8; ++i) {
        Assessment a = f.store->load(f.ids.at(i)).value();
        Assessment b = Assessment::create(role.code, Mode::Self, a.subject, QString());
        for (const Requirement &r : role.requirements)
            b.setRating(role, Rating{r.id, std::min(4, a.level(r.id).value_or(0) + 1), QString(), QString()});
        later.push_back(b);
    }
    later.push_back(*twinAfter);
    REQUIRE(f.store->collectIntoCohort(endId, later, false).ok());
    f.page.reload();
    REQUIRE(f.page.selectCohort(QStringLiteral("Workshop A")));
    QCoreApplication::processEvents();

    // The heatmap names both Learners A with their numbers.
    const QStringList heatLabels = columnTexts(f.page.heatmapModel(), CohortHeatmapModel::LabelColumn);
    CHECK(heatLabels.contains(QStringLiteral("Learner A (N100)")));
    CHECK(heatLabels.contains(QStringLiteral("Learner A (N999)")));
    CHECK(heatLabels.contains(QStringLiteral("Learner B")));

    for (const Language language : {Language::English, Language::Chinese}) {
        CohortCompareDialog dialog(*f.store, bundledCatalog(), f.store->cohorts().value(),
                                   QStringLiteral("Workshop A end"), QStringLiteral("16"), Mode::Self, false, language);
        REQUIRE(dialog.change());
        const CohortChange &c = *dialog.change();
        REQUIRE(c.matched.size() == 9);
        auto *people = dialog.findChild<QTableWidget *>(QStringLiteral("compareParticipantTable"));
        auto *dimensions = dialog.findChild<QTableWidget *>(QStringLiteral("compareDimensionTable"));
        REQUIRE(people);
        REQUIRE(dimensions);
        REQUIRE(people->rowCount() == 9);
        const QStringList names = columnTexts(people->model(), 0);
        CHECK(names.contains(QStringLiteral("Learner A (N100)")));
        CHECK(names.contains(QStringLiteral("Learner A (N999)")));
        // Every change is the exact one rounded once, with the unit of the language.
        int differ = 0;
        for (int row = 0; row < people->rowCount(); ++row) {
            const CohortChange::Participant &m = c.matched[static_cast<size_t>(row)];
            CHECK(people->item(row, 0)->text() == m.label(false));
            const QString shown = people->item(row, 3)->text();
            CHECK(shown == pointChangeText(m.delta, language));
            CHECK(shown.endsWith(language == Language::Chinese ? QStringLiteral("个百分点") : QStringLiteral(" pt")));
            if (printedTenths(m.before, m.after) != pointChangeTenths(m.delta))
                ++differ;
        }
        REQUIRE(c.meanDelta);
        CHECK(dimensions->item(0, 3)->text() == pointChangeText(*c.meanDelta, language));
        for (size_t d = 0; d < c.dimensions.size(); ++d) {
            REQUIRE(c.dimensions[d].meanDelta);
            CHECK(dimensions->item(static_cast<int>(d) + 1, 3)->text() ==
                  pointChangeText(*c.dimensions[d].meanDelta, language));
        }
        // The class shows at least one figure that the printed percentages would have put otherwise.
        INFO("rows whose printed percentages differ from the exact change: " << differ);
        CHECK(differ > 0);
    }
}

TEST_CASE("The cohort list elides long names in the middle, where cohorts of one course differ", "[gui][cohort]")
{
    CohortFixture f;
    auto *list = f.page.findChild<QTreeWidget *>();
    REQUIRE(list);
    CHECK(list->textElideMode() == Qt::ElideMiddle);
}

TEST_CASE("Each tab of the class view and before/after are saved as 16:9 slides, anonymised in projector mode",
          "[gui][cohort][slides]")
{
    CohortFixture f;
    auto *plan = f.page.findChild<WorkshopPlanView *>();
    REQUIRE(plan);
    auto *tabs = qobject_cast<QTabWidget *>(plan->parentWidget()->parentWidget());
    REQUIRE(tabs);
    auto *button = f.page.findChild<QPushButton *>(QStringLiteral("cohortSlideButton"));
    REQUIRE(button);
    CHECK(button->isEnabled());

    // Not anonymised: the heatmap slide names the people.
    const QString named = f.dir.filePath(QStringLiteral("named.svg"));
    tabs->setCurrentIndex(0);
    REQUIRE(f.page.writeSlide(named, true).ok());
    QFile namedFile(named);
    REQUIRE(namedFile.open(QIODevice::ReadOnly));
    CHECK(namedFile.readAll().contains("Learner A"));

    // Projector mode: every tab's slide, PNG at 1920 × 1080 and SVG 16:9, without a name.
    f.page.setProjectorMode(true);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        INFO("tab " << tab);
        const QString png = f.dir.filePath(QStringLiteral("slide%1.png").arg(tab));
        const QString svg = f.dir.filePath(QStringLiteral("slide%1.svg").arg(tab));
        REQUIRE(f.page.writeSlide(png, true).ok());
        REQUIRE(f.page.writeSlide(svg, true).ok());
        const QImage image(png);
        CHECK(image.size() == QSize(1920, 1080));
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.contains("viewBox=\"0 0 1920 1080\""));
        CHECK_FALSE(bytes.contains("Learner"));
        CHECK_FALSE(bytes.contains("Plant"));
    }
    f.page.setProjectorMode(false);

    // Before and after, as a chart.
    Cohort end;
    end.name = QStringLiteral("Workshop A end");
    end.date = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const qint64 endId = f.store->createCohort(end).value().id;
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    std::vector<Assessment> later;
    for (int i = 0; i < 6; ++i) {
        Assessment a = f.store->load(f.ids.at(i)).value();
        Assessment b = Assessment::create(role.code, Mode::Self, a.subject, QString());
        for (const Requirement &r : role.requirements)
            b.setRating(role, Rating{r.id, std::min(4, a.level(r.id).value_or(0) + 1), QString(), QString()});
        later.push_back(b);
    }
    REQUIRE(f.store->collectIntoCohort(endId, later, false).ok());
    f.page.reload();
    f.page.selectCohort(QStringLiteral("Workshop A"));
    f.page.setAnonymised(true);
    QCoreApplication::processEvents();
    CohortCompareDialog *dialog = f.page.compareCohorts();
    REQUIRE(dialog);
    REQUIRE(dialog->change());
    auto *slideButton = dialog->findChild<QPushButton *>(QStringLiteral("compareSlideButton"));
    REQUIRE(slideButton);
    CHECK(slideButton->isEnabled());
    const QString png = f.dir.filePath(QStringLiteral("before-after.png"));
    const QString svg = f.dir.filePath(QStringLiteral("before-after.svg"));
    REQUIRE(dialog->writeSlide(png, true).ok());
    REQUIRE(dialog->writeSlide(svg, true).ok());
    CHECK(QImage(png).size() == QSize(1920, 1080));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("viewBox=\"0 0 1920 1080\""));
    CHECK_FALSE(bytes.contains("Learner"));
    // The dialog shows it as a chart too, drawn by the same code, at 16:9.
    auto *chart = dialog->findChild<SlideView *>(QStringLiteral("compareChart"));
    REQUIRE(chart);
    CHECK(chart->hasSlide());
    auto *compareTabs = dialog->findChild<QTabWidget *>(QStringLiteral("compareTabs"));
    REQUIRE(compareTabs);
    compareTabs->setCurrentWidget(chart);
    chart->resize(960, 700);
    const QRectF slide = chart->slideRect();
    CHECK(slide.width() / slide.height() == Approx(16.0 / 9.0));
    const QImage shown = chart->grab().toImage();
    const QRgb corner = shown.pixel(int(slide.left()) + 20, int(slide.top()) + 2); // the accent band
    CHECK(corner != shown.pixel(int(slide.left()) + 20, int(slide.top()) + 200));
    dialog->close();
}

TEST_CASE("The window follows what another process adds to the shown cohort on the same store file",
          "[gui][cohort][live]")
{
    test::IsolatedSettings settings;
    LanguageManager::apply(Language::English);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("room.sqlite"));
    {
        AssessmentStore store = AssessmentStore::open(path).value();
        const Role &role = *bundledCatalog().role(QStringLiteral("16"));
        Cohort c;
        c.name = QStringLiteral("Workshop L");
        c.roles = QStringList{QStringLiteral("16")};
        const qint64 cohort = store.createCohort(c).value().id;
        std::vector<Assessment> all;
        for (int i = 0; i < 2; ++i) {
            Subject s;
            s.name = QStringLiteral("Early Learner %1").arg(i + 1);
            Assessment a = Assessment::create(role.code, Mode::Self, s, QString());
            a.setRating(role, Rating{role.requirements[0].id, 2, QString(), QString()});
            all.push_back(a);
        }
        REQUIRE(store.collectIntoCohort(cohort, all, false).ok());
    }
    MainWindow window(nullptr, path);
    window.setCatalog(bundledCatalog());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *page = window.findChild<CohortsPage *>(QStringLiteral("cohortsPage"));
    REQUIRE(tabs);
    REQUIRE(page);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("cohortsTab")));
    QCoreApplication::processEvents();
    REQUIRE(page->currentCohortName() == QLatin1String("Workshop L"));
    REQUIRE(page->heatmapModel()->rowCount() == 2);

    // Another process on the same file, as the kiosk or a script: iitalent-cli adds a participant.
    const test::CliRun created =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("new"), QStringLiteral("--role"),
                      QStringLiteral("16"), QStringLiteral("--mode"), QStringLiteral("self"),
                      QStringLiteral("--subject"), QStringLiteral("Late Learner")});
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    const test::CliRun added = test::runCli({QStringLiteral("--db"), path, QStringLiteral("cohort"),
                                             QStringLiteral("add"), QStringLiteral("Workshop L"), id});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    // The heatmap shows the new row without another tab being chosen (a deadline, not a speed).
    const auto shows = [&] {
        CohortHeatmapModel *m = page->heatmapModel();
        for (int row = 0; m && row < m->rowCount(); ++row)
            if (m->index(row, 0).data(CohortHeatmapModel::AssessmentIdRole).toString() == id)
                return true;
        return false;
    };
    CHECK(waitFor(shows, 3000));
    CHECK(page->heatmapModel()->rowCount() == 3);
    CHECK(tabs->currentWidget() == window.findChild<QWidget *>(QStringLiteral("cohortsTab")));

    // And a removal by another process too.
    const test::CliRun removed = test::runCli({QStringLiteral("--db"), path, QStringLiteral("cohort"),
                                               QStringLiteral("remove"), QStringLiteral("Workshop L"), id});
    REQUIRE(removed.exitCode == 0);
    CHECK(waitFor([&] { return !shows(); }, 3000));
    CHECK(page->heatmapModel()->rowCount() == 2);

    // The Assessments tab follows as well: a questionnaire started elsewhere appears in its list.
    auto *assessments = window.findChild<AssessmentsPage *>(QStringLiteral("assessmentsPage"));
    REQUIRE(assessments);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("assessmentsTab")));
    QCoreApplication::processEvents();
    const int listed = assessments->model()->rowCount();
    REQUIRE(listed == 3);
    const test::CliRun another =
        test::runCli({QStringLiteral("--db"), path, QStringLiteral("new"), QStringLiteral("--role"),
                      QStringLiteral("16"), QStringLiteral("--mode"), QStringLiteral("self"),
                      QStringLiteral("--subject"), QStringLiteral("Kiosk Learner")});
    REQUIRE(another.exitCode == 0);
    CHECK(waitFor([&] { return assessments->model()->rowCount() == listed + 1; }, 3000));
}
