// Issue 12's bars for the team store, each measured on SQLite and PostgreSQL side by side in one
// run:
//   - 50 client processes rating at once (iitalent-bench-rater): p95 commit under 20 ms on a
//     local PostgreSQL server, and no acknowledged rating lost;
//   - the cohort report of 10,000 participants from PostgreSQL: under 1 s.
// The server: IITALENT_BENCH_PG, else IITALENT_TEST_PG (a superuser's address; each run makes and
// drops a database of its own). `scripts/test-postgres.sh start --durable` starts a throwaway one
// that commits to disk as a real one does. Without a server the PostgreSQL half is not measured.
#include <catch2/catch.hpp>

#include "BenchReport.h"
#include "ClassGenerator.h"

#include "AssessmentStore.h"
#include "CohortReport.h"
#include "EmbeddedCatalog.h"
#include "StorePostgres.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>

using namespace iitalent;
using namespace iitalent::bench;

namespace {

QString server()
{
    const QString bench = qEnvironmentVariable("IITALENT_BENCH_PG");
    return bench.isEmpty() ? qEnvironmentVariable("IITALENT_TEST_PG") : bench;
}

// Raw SQL as the server's superuser on database `db`.
bool superuserExec(const QString &db, const QString &sql)
{
    auto a = TeamStoreAddress::parse(server());
    if (!a)
        return false;
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        c.setHostName(a->host);
        c.setPort(a->port);
        c.setUserName(a->user);
        c.setPassword(a->password);
        c.setDatabaseName(db);
        ok = c.open() && QSqlQuery(c).exec(sql);
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

// A new team store on the server, dropped when this goes.
struct TeamDatabase
{
    TeamDatabase()
    {
        name = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        REQUIRE(superuserExec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)));
        auto a = TeamStoreAddress::parse(server()).value();
        a.database = name;
        address = a.withPassword();
        auto init = initTeamStore(address);
        INFO(init.error().toStdString());
        REQUIRE(init.ok());
    }
    ~TeamDatabase()
    {
        superuserExec(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
    QString name;
    QString address;
};

struct RaterRun
{
    std::vector<double> commitNs; // one per acknowledged rating
    int acknowledged = 0;
    int lost = 0;
    double wallSeconds = 0;
};

// `clients` rater processes on one store, let go together; then every acknowledged rating is
// looked up in the store.
RaterRun runRaters(const QString &location, int clients, int each, int paceMs = 0)
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    std::vector<std::unique_ptr<QProcess>> raters;
    for (int k = 0; k < clients; ++k) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(IITALENT_BENCH_RATER_PATH),
                 {location, QString::number(k + 1), QString::number(each), tmp.filePath(QStringLiteral("r%1").arg(k)),
                  tmp.filePath(QStringLiteral("go")), QString::number(paceMs)});
        REQUIRE(p->waitForStarted());
        raters.push_back(std::move(p));
    }
    for (int k = 0; k < clients; ++k)
        while (!QFile::exists(tmp.filePath(QStringLiteral("r%1").arg(k)))) {
            REQUIRE(raters[static_cast<size_t>(k)]->state() != QProcess::NotRunning);
            QThread::msleep(1);
        }
    const auto t0 = std::chrono::steady_clock::now();
    QFile go(tmp.filePath(QStringLiteral("go")));
    REQUIRE(go.open(QIODevice::WriteOnly));
    go.close();
    RaterRun run;
    QHash<QString, QHash<QString, int>> expected;
    for (auto &p : raters) {
        REQUIRE(p->waitForFinished(600000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
        for (const QByteArray &line : p->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 5 || f[0] != "ok")
                continue;
            ++run.acknowledged;
            expected[QString::fromLatin1(f[1])][QString::fromLatin1(f[2])] = f[3].toInt();
            run.commitNs.push_back(f[4].toDouble() * 1000.0);
        }
    }
    run.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    AssessmentStore store = AssessmentStore::open(location).value();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        auto a = store.load(it.key());
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            if (!a || a->level(r.key()) != r.value())
                ++run.lost;
    }
    return run;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(std::min<double>(v.size() - 1, p * static_cast<double>(v.size())))];
}

void report(const std::string &engine, const std::string &load, const RaterRun &run, int clients, double barUs)
{
    const double p95 = percentile(run.commitNs, 0.95) / 1e6;
    std::cout << engine << " (" << load << "): " << clients << " raters, " << run.acknowledged
              << " commits acknowledged, " << run.lost << " lost; commit p50 " << percentile(run.commitNs, 0.5) / 1e6
              << " ms, p95 " << p95 << " ms, p99 " << percentile(run.commitNs, 0.99) / 1e6 << " ms, max "
              << percentile(run.commitNs, 1.0) / 1e6 << " ms; " << run.acknowledged / run.wallSeconds << " commits/s\n";
    record(engine + ": one rating committed, 50 raters at once, " + load, "per commit", barUs, run.commitNs);
}

} // namespace

TEST_CASE("smoke: raters on both engines lose nothing, and a cohort report reads from each", "[smoke]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString file = tmp.filePath(QStringLiteral("team.sqlite"));
    AssessmentStore::open(file).value();
    RaterRun sqlite = runRaters(file, 3, 5, 2);
    CHECK(sqlite.acknowledged == 15);
    CHECK(sqlite.lost == 0);
    if (server().isEmpty())
        return;
    TeamDatabase db;
    RaterRun pg = runRaters(db.address, 3, 5);
    CHECK(pg.acknowledged == 15);
    CHECK(pg.lost == 0);
    AssessmentStore store = AssessmentStore::open(db.address).value();
    fillStore(store, generateClass(benchCatalog(), QStringLiteral("16"), 20));
    auto r = CohortReport::load(store, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self);
    REQUIRE(r.ok());
    CHECK(r->participants.size() == 20);
}

TEST_CASE("team: 50 raters at once and the cohort report of 10,000, SQLite and PostgreSQL side by side",
          "[!benchmark][team]")
{
    constexpr int clients = 50;
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/iitalent-bench-XXXXXX"));
    REQUIRE(tmp.isValid());
    const QString file = tmp.filePath(QStringLiteral("team.sqlite"));
    AssessmentStore::open(file).value();
    // The bar's load: 50 raters each starting a rating every second, 50 commits a second in all.
    // A class of 50 people gives a few a second (a person reads an item before rating it), so
    // this is ten times a real class. Then two stress loads without a bar, to show where each
    // engine queues on this machine: a rating every 100 ms each (500 a second), and no pause at
    // all (latency is then the queue: 50 raters / commits per second).
    struct Load
    {
        const char *name;
        int paceMs;
        int each;
        double barUs;
    };
    const Load loads[] = {{"a rating every second each", 1000, 20, 20000.0},
                          {"a rating every 100 ms each", 100, 40, 0.0},
                          {"no pause", 0, 40, 0.0}};
    for (const Load &load : loads) {
        const RaterRun run = runRaters(file, clients, load.each, load.paceMs);
        report("SQLite", load.name, run, clients, 0.0);
        CHECK(run.lost == 0);
    }
    std::unique_ptr<TeamDatabase> db;
    if (server().isEmpty()) {
        WARN("no PostgreSQL server (IITALENT_BENCH_PG or IITALENT_TEST_PG): its half is not measured");
    } else {
        db = std::make_unique<TeamDatabase>();
        for (const Load &load : loads) {
            const RaterRun run = runRaters(db->address, clients, load.each, load.paceMs);
            report("PostgreSQL", load.name, run, clients, load.barUs);
            CHECK(run.lost == 0);
            if (load.barUs > 0)
                CHECK(percentile(run.commitNs, 0.95) < load.barUs * 1000);
        }
    }

    // The class of 10,000 in each store, then its report.
    std::vector<Assessment> all = generateClass(benchCatalog(), QStringLiteral("16"), 9677);
    all.resize(10000);
    const QString classFile = tmp.filePath(QStringLiteral("class.sqlite"));
    {
        AssessmentStore store = AssessmentStore::open(classFile).value();
        fillStore(store, all);
    }
    AssessmentStore local = AssessmentStore::open(classFile).value();
    const Figure fromFile = timeEach("cohort report: 10,000 participants from SQLite", "per report", 1e6, 10, [&] {
        return CohortReport::load(local, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self)
            ->participants.size();
    });
    if (!db)
        return;
    {
        AssessmentStore team = AssessmentStore::open(db->address).value();
        const auto t0 = std::chrono::steady_clock::now();
        fillStore(team, all);
        std::cout << "filling the team store with 10,000 assessments took "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s\n";
    }
    AssessmentStore team = AssessmentStore::open(db->address).value();
    const Figure fromServer =
        timeEach("cohort report: 10,000 participants from PostgreSQL", "per report", 1e6, 10, [&] {
            return CohortReport::load(team, benchCatalog(), QStringLiteral("bench"), QStringLiteral("16"), Mode::Self)
                ->participants.size();
        });
    CHECK(fromServer.medianUs < 1e6);
    std::cout << "cohort report PostgreSQL / SQLite (medians): " << fromServer.medianUs / fromFile.medianUs << '\n';
}
