// Issue 10's bars for cohorts, on realistic synthetic classes (ClassGenerator):
//   - adding 10,000 exchange files to a cohort: under 20 s;
//   - the cohort report of 10,000 participants of one role: under 1 s, and no more than 1.5x the
//     time the sqlite3 shell takes for the equivalent aggregate query on the same file, measured
//     side by side in this run.
// [smoke] runs each body on a small class with checks; [!benchmark][cohort] measures.
#include <catch2/catch.hpp>

#include "BenchReport.h"
#include "ClassGenerator.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CohortCollect.h"
#include "CohortReport.h"
#include "EmbeddedCatalog.h"
#include "ExchangeFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <iostream>

using namespace iitalent;
using namespace iitalent::bench;

namespace {

QString benchDir()
{
    const QString dir = qEnvironmentVariable("IITALENT_BENCH_DIR");
    return dir.isEmpty() ? QDir::tempPath() : dir;
}

void writeFiles(const QString &dir, const std::vector<Assessment> &all)
{
    QDir().mkpath(dir);
    for (size_t i = 0; i < all.size(); ++i) {
        // A class's USB stick: one folder per laptop.
        const QString sub = QStringLiteral("%1/laptop%2").arg(dir).arg(i % 30, 2, 10, QLatin1Char('0'));
        QDir().mkpath(sub);
        QFile f(QStringLiteral("%1/%2.json").arg(sub).arg(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(ExchangeFile::serialize(all[i])) < 0)
            std::abort();
    }
}

// The same figures in SQL (per item: answered, met, gap points, mean rating over each
// participant's latest assessment), with the catalog attached for the required levels. SQL cannot
// merge a person without a number into a numbered namesake, so a participant here is one name,
// number and organisation exactly: on the generated class (everyone has a number) the same.
QString aggregateSql(const QString &catalogPath)
{
    return QStringLiteral(
               "ATTACH '%1' AS cat; "
               "WITH members AS (SELECT a.id, row_number() OVER (PARTITION BY a.subject_name, a.subject_number, "
               "a.subject_organisation ORDER BY a.updated DESC, a.created DESC, a.id DESC) AS rn "
               "FROM cohort_members m JOIN assessments a ON a.id = m.assessment "
               "WHERE m.cohort = (SELECT id FROM cohorts WHERE name = 'bench') AND a.role = '16' AND a.mode = 'self'), "
               "latest AS (SELECT id FROM members WHERE rn = 1) "
               "SELECT q.id, count(r.level), sum(coalesce(r.level, 0) >= q.level), "
               "sum(max(0, q.level - coalesce(r.level, 0))), avg(r.level) "
               "FROM latest l CROSS JOIN cat.requirements q "
               "LEFT JOIN ratings r ON r.assessment = l.id AND r.requirement = q.id "
               "WHERE q.role = '16' GROUP BY q.id ORDER BY q.dimension, q.number;")
        .arg(catalogPath);
}

QString writeCatalogFile(const QString &dir)
{
    // The catalog's bytes as a file for the shell to attach.
    const QString path = dir + QStringLiteral("/catalog.sqlite");
    QFile in(QStringLiteral(":/iitalent/catalog.sqlite"));
    QByteArray bytes;
    if (in.open(QIODevice::ReadOnly))
        bytes = in.readAll();
    QFile out(path);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace

TEST_CASE("smoke: a generated class is collected into a cohort and reported", "[smoke]")
{
    QTemporaryDir tmp(benchDir() + QStringLiteral("/iitalent-bench-XXXXXX"));
    REQUIRE(tmp.isValid());
    const std::vector<Assessment> all = generateClass(benchCatalog(), QStringLiteral("16"), 60);
    REQUIRE(all.size() == 62); // participants 1 and 31 have two rounds
    writeFiles(tmp.filePath(QStringLiteral("usb")), all);
    AssessmentStore store = AssessmentStore::open(tmp.filePath(QStringLiteral("s.sqlite"))).value();
    Cohort c;
    c.name = QStringLiteral("bench");
    const qint64 id = store.createCohort(c).value().id;
    const CohortCollect::Result r =
        CohortCollect::run(store, benchCatalog(), id, {tmp.filePath(QStringLiteral("usb"))}, false);
    CHECK(r.added == 62);
    CHECK(r.refused == 0);
    auto report = CohortReport::load(store, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self);
    REQUIRE(report.ok());
    CHECK(report->participants.size() == 60);
    CHECK_FALSE(report->priorities.isEmpty());
}

TEST_CASE("cohort: adding 10,000 exchange files, and the report of 10,000 against the sqlite3 shell",
          "[!benchmark][cohort]")
{
    QTemporaryDir tmp(benchDir() + QStringLiteral("/iitalent-bench-XXXXXX"));
    REQUIRE(tmp.isValid());
    constexpr int N = 10000;
    // 10,000 files (the class of 9,677 participants plus their first rounds is 10,000 exactly).
    std::vector<Assessment> all = generateClass(benchCatalog(), QStringLiteral("16"), 9677);
    all.resize(N);
    const QString usb = tmp.filePath(QStringLiteral("usb"));
    writeFiles(usb, all);

    {
        std::vector<double> ns;
        for (int run = 0; run < 2; ++run) {
            const QString path = tmp.filePath(QStringLiteral("add%1.sqlite").arg(run));
            AssessmentStore store = AssessmentStore::open(path).value();
            Cohort c;
            c.name = QStringLiteral("bench");
            const qint64 id = store.createCohort(c).value().id;
            const auto t0 = std::chrono::steady_clock::now();
            const CohortCollect::Result r = CohortCollect::run(store, benchCatalog(), id, {usb}, false);
            const auto t1 = std::chrono::steady_clock::now();
            REQUIRE(r.added == N);
            ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
        }
        record("cohort add: 10,000 exchange files (a folder of 30 laptops)", "per run", 20e6, ns);
    }

    const QString path = tmp.filePath(QStringLiteral("report.sqlite"));
    {
        AssessmentStore store = AssessmentStore::open(path).value();
        fillStore(store, all);
    }
    AssessmentStore store = AssessmentStore::open(path).value();
    const int participants = static_cast<int>(
        CohortReport::load(store, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self)
            ->participants.size());
    std::cout << "participants in the report: " << participants << '\n';
    const Figure ours =
        timeEach("cohort report: 10,000 participants (store to CohortReport)", "per report", 1e6, 10, [&] {
            return CohortReport::load(store, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self)
                ->participants.size();
        });
    BENCHMARK("CohortReport::load, 10,000 participants")
    {
        return CohortReport::load(store, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self)
            ->participants.size();
    };

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        WARN("sqlite3 is not installed (apt-get install sqlite3): the comparison is not measured");
        return;
    }
    const QString catalogFile = writeCatalogFile(tmp.path());
    REQUIRE_FALSE(catalogFile.isEmpty());
    const QString sql = aggregateSql(catalogFile);
    QByteArray lastOutput;
    const Figure theirs = timeEach("sqlite3 shell: the same aggregate query, same file", "per query", 0.0, 10, [&] {
        QProcess p;
        p.start(shell, {QStringLiteral("-readonly"), path, sql});
        p.waitForFinished(60000);
        lastOutput = p.readAllStandardOutput();
        return lastOutput.size();
    });
    CHECK(lastOutput.count('\n') == 20);
    const double ratio = ours.medianUs / theirs.medianUs;
    std::cout << "cohort report / sqlite3 shell (medians): " << ratio << " (bar 1.5)\n";
    CHECK(ratio <= 1.5);
}
