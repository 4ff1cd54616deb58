// Issue 10's GUI bar for the class heatmap of 10,000 participants (role 16, a realistic class
// from ClassGenerator) in the real main window: opening the Cohorts tab (store read, class view
// built, heatmap filled and painted) under 1 s; scrolling one page under 16 ms; the whole
// program under 400 MB (resident set, and its peak, from /proc/self/status).
#include "BenchReport.h"
#include "ClassGenerator.h"

#include "AssessmentStore.h"
#include "CohortsPage.h"
#include "EmbeddedCatalog.h"
#include "HiringRound.h"
#include "Language.h"
#include "MainWindow.h"
#include "RoundDocuments.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

using namespace iitalent;
using namespace iitalent::gui;

namespace {

// VmRSS and VmHWM of this process in MB.
std::pair<double, double> memoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    double rss = 0.0, peak = 0.0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toDouble() / 1024.0;
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                peak = parts[1].toDouble() / 1024.0;
        }
    }
    return {rss, peak};
}

// A main window whose store has one cohort "bench" with `participants` of role 16.
struct CohortWindow
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    CohortsPage *page = nullptr;
    QTabWidget *tabs = nullptr;

    explicit CohortWindow(int participants)
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        LanguageManager::apply(Language::Chinese);
        const QString db = dir.filePath(QStringLiteral("class.sqlite"));
        {
            AssessmentStore store = AssessmentStore::open(db).value();
            Cohort c;
            c.name = QStringLiteral("bench");
            c.roles = QStringList{QStringLiteral("16")};
            const qint64 id = store.createCohort(c).value().id;
            const std::vector<Assessment> all =
                bench::generateClass(bench::benchCatalog(), QStringLiteral("16"), participants);
            for (size_t i = 0; i < all.size(); i += 1000) {
                const std::vector<Assessment> batch(all.begin() + static_cast<long>(i),
                                                    all.begin() + static_cast<long>(std::min(all.size(), i + 1000)));
                REQUIRE(store.collectIntoCohort(id, batch, false).ok());
            }
        }
        window = std::make_unique<MainWindow>(nullptr, db);
        window->setCatalog(bench::benchCatalog());
        window->resize(1600, 1000);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        page = window->findChild<CohortsPage *>();
        tabs = window->findChild<QTabWidget *>(QStringLiteral("tabs"));
        REQUIRE(page);
        REQUIRE(tabs);
    }

    // What the instructor waits for on choosing the tab: the view read, built, filled and painted.
    void open()
    {
        tabs->setCurrentWidget(window->findChild<QWidget *>(QStringLiteral("cohortsTab")));
        page->activate();
        page->heatmapTable()->viewport()->repaint();
        QCoreApplication::processEvents();
    }
};

} // namespace

TEST_CASE("gui smoke: the heatmap of a generated class opens and scrolls", "[smoke]")
{
    CohortWindow w(200);
    w.open();
    REQUIRE(w.page->report());
    CHECK(w.page->report()->participants.size() == 200);
    QTableView *table = w.page->heatmapTable();
    CHECK(table->model()->rowCount() == 200);
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(bar->value() + bar->pageStep());
    CHECK(bar->value() > 0);
}

TEST_CASE("gui: the heatmap of 10,000 participants", "[!benchmark][gui][heatmap]")
{
    CohortWindow w(10000);
    const auto before = memoryMb();
    bench::timeEach("heatmap of 10,000: open the Cohorts tab (read, build, fill, paint)", "per opening", 1e6, 5,
                    [&] { w.open(); });
    REQUIRE(w.page->report());
    REQUIRE(w.page->report()->participants.size() == 10000);
    QTableView *table = w.page->heatmapTable();
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(0);
    bench::timeEach("heatmap of 10,000: scroll one page down and paint it", "per page", 16000.0, 200, [&] {
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
    });
    // Sideways too: the requirement columns.
    QScrollBar *across = table->horizontalScrollBar();
    bench::timeEach("heatmap of 10,000: scroll sideways and paint", "per step", 16000.0, 50, [&] {
        across->setValue(across->value() == across->maximum() ? 0 : across->maximum());
        table->viewport()->repaint();
    });
    // Sorting 10,000 rows by readiness, then by name.
    int column = 1;
    bench::timeEach("heatmap of 10,000: sort the rows (readiness / name, alternating)", "per sort", 0.0, 6, [&] {
        table->sortByColumn(column, Qt::DescendingOrder);
        table->viewport()->repaint();
        column = column == 1 ? 0 : 1;
    });
    const auto after = memoryMb();
    std::cout << "memory: " << before.first << " MB resident before opening, " << after.first
              << " MB after opening and scrolling (peak " << after.second << " MB); bar 400 MB\n";
    CHECK(after.second < 400.0);
}

TEST_CASE("round: the hiring-meeting PDF with 50 scorecards", "[!benchmark][round][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = bench::makeRound(bench::benchCatalog(), dir, 500);
    AssessmentStore store = AssessmentStore::open(path).value();
    auto report = RoundReport::load(store, bench::benchCatalog(), QStringLiteral("round"));
    REQUIRE(report.ok());
    // The panel shortlists the first 50 of the ranking.
    for (int i = 0; i < 50; ++i) {
        RoundDecision d;
        d.candidate = report->candidates[static_cast<size_t>(i)].subject;
        d.decision = QStringLiteral("shortlist");
        REQUIRE(store.setDecision(report->round.id, d).ok());
    }
    report = RoundReport::load(store, bench::benchCatalog(), QStringLiteral("round"));
    REQUIRE(report.ok());
    qsizetype bytes = 0;
    // As `round report --format pdf` makes it: the shortlisted candidates' evidence read, then laid out.
    bench::timeEach("hiring-meeting PDF: 500 candidates ranked, 50 scorecards with evidence", "per document", 5e6, 3,
                    [&] {
                        RoundReport withEvidence = report.value();
                        REQUIRE(loadScorecardRemarks(store, withEvidence).ok());
                        auto pdf = roundReportPdf(bench::benchCatalog(), withEvidence, Language::Chinese);
                        REQUIRE(pdf.ok());
                        bytes = pdf->size();
                    });
    std::cout << "PDF size: " << bytes / 1024 << " KB\n";
    CHECK(bytes > 0);
}
