// The team store on a real PostgreSQL server (scripts/test.sh starts one): team init, the roles
// and what the server lets each do (tried with raw SQL, as psql would), clear sentences for bad
// addresses and servers, store copy between engines, and several processes rating at once.
// Without a server (a plain ctest run) it prints SKIPPED; in scripts/test.sh it fails instead.
#include "EngineSupport.h"
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "HiringRound.h"
#include "StoreCopy.h"
#include "StorePostgres.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace iitalent;
using namespace iitalent::test;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const Role &role(const char *code)
{
    const Role *r = bundledCatalog().role(QString::fromLatin1(code));
    REQUIRE(r);
    return *r;
}

AssessmentStore openAt(const QString &address)
{
    auto store = AssessmentStore::open(address);
    INFO("open " << address.toStdString() << ": " << store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

Assessment person(const char *name, const char *roleCode = "01", Mode mode = Mode::Self)
{
    Subject s;
    s.name = u(name);
    return Assessment::create(QString::fromLatin1(roleCode), mode, s, mode == Mode::Assessor ? u("面试官") : QString());
}

// The message of a raw statement that must fail, or a note that it did not.
QString refusal(const QString &address, const QString &sql)
{
    QString error;
    postgresQuery(address, sql, &error);
    return error.isEmpty() ? QStringLiteral("(it was allowed)") : error;
}

// A TCP port on 127.0.0.1 where something that is not PostgreSQL answers: it writes an HTTP error
// to whoever connects and hangs up.
class NotPostgres
{
public:
    NotPostgres()
    {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        REQUIRE(::bind(m_socket, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(m_socket, 4) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(m_socket, reinterpret_cast<sockaddr *>(&addr), &len) == 0);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int client = ::accept(m_socket, nullptr, nullptr);
                if (client < 0)
                    return;
                char buffer[256];
                (void)::recv(client, buffer, sizeof buffer, 0);
                const char reply[] = "HTTP/1.0 400 Bad Request\r\n\r\n";
                (void)::send(client, reply, sizeof reply - 1, MSG_NOSIGNAL);
                ::close(client);
            }
        });
    }
    ~NotPostgres()
    {
        m_stop = true;
        ::shutdown(m_socket, SHUT_RDWR);
        ::close(m_socket);
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

TEST_CASE("team init sets up a store and its roles once; again it changes nothing", "[team]")
{
    if (!postgresTestServerOrSkip())
        return;
    ScratchDatabase db;
    auto first = initTeamStore(db.address());
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(first->createdSchema);
    for (const char *r : {"iitalent_admin", "iitalent_assessor", "iitalent_participant"})
        CHECK(
            postgresQuery(db.address(),
                          QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(QLatin1String(r))) ==
            u("1"));
    CHECK(postgresQuery(db.address(), QStringLiteral("SELECT max(version) FROM iitalent_schema_version")) ==
          QString::number(AssessmentStore::SchemaVersion));
    // Row-level security is on for every table of people's data.
    CHECK(postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('assessments', "
                                                     "'ratings', 'cohorts', 'cohort_members', 'round_consensus', "
                                                     "'round_decisions') AND relrowsecurity")) == u("6"));

    auto again = initTeamStore(db.address());
    REQUIRE(again.ok());
    CHECK_FALSE(again->createdSchema);
    CHECK(again->createdRoles.isEmpty());

    AssessmentStore store = openAt(db.address());
    CHECK(store.isTeamStore());
    CHECK_FALSE(store.path().contains(u("iitalent-test-"))); // the password is not shown
    auto listed = store.list();
    REQUIRE(listed.ok());
    CHECK(listed->empty());

    // On the command line, with the next step named.
    ScratchDatabase other;
    const CliRun run = runCli({QStringLiteral("team"), QStringLiteral("init"), other.address()});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u("set up the team store")));
    CHECK(run.out.contains(u("team add-user")));
}

TEST_CASE("A bad address, server, password or database gets one clear sentence", "[team]")
{
    if (!postgresTestServerOrSkip())
        return;
    ScratchDatabase db;
    auto expectRefused = [](const QString &address, const QString &words) {
        auto store = AssessmentStore::open(address);
        INFO(address.toStdString() << " -> " << store.error().toStdString());
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().contains(words));
        return store.error();
    };
    expectRefused(QStringLiteral("postgresql://a@127.0.0.1:99999/x"), u("is not a port"));
    expectRefused(QStringLiteral("postgresql://a@127.0.0.1/x?colour=red"), u("does not know the option colour"));
    expectRefused(QStringLiteral("postgresql://a@127.0.0.1/x?sslmode=sometimes"), u("sslmode is one of"));
    // Port 1: nothing listens there.
    const QString unreachable = expectRefused(QStringLiteral("postgresql://a@127.0.0.1:1/x"), u("cannot be reached"));
    CHECK(unreachable.contains(u("postgresql://a@127.0.0.1:1/x")));
    const QString wrong = expectRefused(postgresAddress(db.name(), QStringLiteral("iitalent_test"), u("wrong")),
                                        u("refused the password"));
    CHECK_FALSE(wrong.contains(u(":wrong@"))); // the password is never repeated
    expectRefused(postgresAddress(QStringLiteral("no_such_database")), u("no database of that name"));
    // sslmode is honoured: the test server speaks no TLS, so "require" cannot be met.
    expectRefused(postgresAddress(db.name()) + QStringLiteral("?sslmode=require"), u("securely"));
    {
        NotPostgres other;
        expectRefused(QStringLiteral("postgresql://a@127.0.0.1:%1/x?sslmode=disable").arg(other.port()),
                      u("is not a PostgreSQL server"));
    }
    // A database without a store: team init is named; nothing is created by opening.
    expectRefused(db.address(), u("team init"));
    CHECK(postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) ==
          u("0"));
    // A database of another program: refused and untouched.
    ScratchDatabase foreign;
    postgresQuery(foreign.address(), QStringLiteral("CREATE TABLE invoices(id int); INSERT INTO invoices VALUES (7)"));
    expectRefused(foreign.address(), u("not an iitalent store"));
    auto init = initTeamStore(foreign.address());
    REQUIRE_FALSE(init.ok());
    CHECK(init.error().contains(u("other tables")));
    CHECK(postgresQuery(foreign.address(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                                          "'public'")) == u("1"));
    // A store of a newer iitalent: refused untouched.
    REQUIRE(initTeamStore(db.address()).ok());
    const QString versions =
        postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM iitalent_schema_version"));
    postgresQuery(db.address(), QStringLiteral("INSERT INTO iitalent_schema_version VALUES (99, 'later')"));
    expectRefused(db.address(), u("newer iitalent"));
    CHECK(postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM iitalent_schema_version")) ==
          QString::number(versions.toInt() + 1));

    // No password anywhere: the command line says where to give one, or asks on a terminal.
    ScratchDatabase prompted;
    REQUIRE(initTeamStore(prompted.address()).ok());
    const QString noPassword = postgresAddress(prompted.name(), QStringLiteral("iitalent_test"));
    CHECK(teamStoreNeedsPassword(noPassword));
    CHECK_FALSE(teamStoreNeedsPassword(db.address()));
    CHECK_FALSE(teamStoreNeedsPassword(QStringLiteral("postgresql://a@127.0.0.1:1/x")));
    {
        const CliRun piped =
            runCli({QStringLiteral("--db"), noPassword, QStringLiteral("cohort"), QStringLiteral("list")});
        CHECK(piped.exitCode == 1);
        CHECK(piped.err.contains(u("asks for a password")));
        // On a terminal (script(1) gives it one) it asks without echo, and goes on with the answer.
        QProcess terminal;
        terminal.start(QStringLiteral("script"),
                       {QStringLiteral("-qec"), QStringLiteral("%1 --db %2 cohort list").arg(cliPath(), noPassword),
                        QStringLiteral("/dev/null")});
        REQUIRE(terminal.waitForStarted());
        QByteArray shown;
        while (!shown.contains("password for") && terminal.waitForReadyRead(20000))
            shown += terminal.readAll();
        REQUIRE(shown.contains("password for"));
        terminal.write(TeamStoreAddress::parse(db.address())->password.toUtf8() + "\n");
        REQUIRE(terminal.waitForFinished(30000));
        shown += terminal.readAll();
        INFO(shown.toStdString());
        CHECK(terminal.exitCode() == 0);
        CHECK(shown.contains("no cohorts yet"));
    }

    // The command line says the same and exits 1.
    const CliRun run =
        runCli({QStringLiteral("--db"), QStringLiteral("postgresql://a@127.0.0.1:1/x"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(u("cannot be reached")));
}

TEST_CASE("Each team role may do only what it is given, and the server enforces it", "[team][roles]")
{
    if (!postgresTestServerOrSkip())
        return;
    ScratchDatabase db;
    REQUIRE(initTeamStore(db.address()).ok());
    const QString password = QStringLiteral("pw-%1").arg(QCoreApplication::applicationPid());
    const QString suffix = db.name().mid(2, 6); // logins are the server's: one set per test database
    auto login = [&](const char *base) { return QString::fromLatin1(base) + QLatin1Char('_') + suffix; };
    const QString hr = login("hr"), ann = login("ann"), bob = login("bob"), pat = login("pat"), quinn = login("quinn");
    {
        const Status added = addTeamUser(db.address(), hr, TeamRole::Admin, password);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }
    REQUIRE(addTeamUser(db.address(), ann, TeamRole::Assessor, password).ok());
    REQUIRE(addTeamUser(db.address(), bob, TeamRole::Assessor, password).ok());
    REQUIRE(addTeamUser(db.address(), pat, TeamRole::Participant, password).ok());
    // The command line adds one too, the password given on stdin.
    {
        const CliRun run =
            runCli({QStringLiteral("--db"), db.address(), QStringLiteral("team"), QStringLiteral("add-user"), quinn,
                    QStringLiteral("--role"), QStringLiteral("participant")},
                   (password + QLatin1Char('\n')).toUtf8());
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(u("iitalent_participant")));
    }
    // No plain password reaches the server: it keeps a SCRAM verifier.
    CHECK(postgresQuery(db.address(),
                        QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '%1'").arg(pat)) ==
          u("SCRAM-SHA-256$"));
    auto as = [&](const QString &who) { return postgresAddress(db.name(), who, password); };

    // The participant rates their own assessment in the store, as kiosk mode does.
    AssessmentStore patStore = openAt(as(pat));
    Assessment patA = person("帕特");
    REQUIRE(patStore.insert(patA).ok());
    REQUIRE(patStore.setRating(patA.id, rating("01.a.1", 3, u("证据")), nowUtc()).ok());
    auto patOwn = patStore.load(patA.id);
    REQUIRE(patOwn.ok());
    CHECK(patOwn->level(QStringLiteral("01.a.1")) == 3);

    SECTION("another participant sees and changes nothing of it")
    {
        AssessmentStore quinnStore = openAt(as(quinn));
        auto listed = quinnStore.list();
        REQUIRE(listed.ok());
        CHECK(listed->empty());
        CHECK_FALSE(quinnStore.load(patA.id).ok());
        CHECK_FALSE(quinnStore.setRating(patA.id, rating("01.a.1", 0), nowUtc()).ok());
        CHECK(postgresQuery(as(quinn), QStringLiteral("SELECT count(*) FROM ratings")) == u("0"));
        CHECK(postgresQuery(as(quinn), QStringLiteral("UPDATE ratings SET level = 0 RETURNING 1")).isEmpty());
        CHECK(refusal(as(quinn), QStringLiteral("DELETE FROM assessments")).contains(u("permission denied")));
        CHECK(refusal(as(quinn), QStringLiteral("INSERT INTO ratings(assessment, requirement, level) VALUES ('%1', "
                                                "'01.a.2', 4)")
                                     .arg(patA.id))
                  .contains(u("row-level security")));
        CHECK(refusal(as(quinn), QStringLiteral("INSERT INTO assessments(id, role, mode, subject_name, subject_stage, "
                                                "created, updated, owner) VALUES ('x', '01', 'self', 'Q', 'on-job', "
                                                "'', '', '%1')")
                                     .arg(pat))
                  .contains(u("row-level security")));
        CHECK(refusal(as(quinn), QStringLiteral("UPDATE assessments SET owner = '%1'").arg(quinn))
                  .contains(u("permission denied")));
        // Nor may a participant make a cohort; the store says why in words.
        Cohort c;
        c.name = QStringLiteral("mine");
        auto made = quinnStore.createCohort(c);
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().contains(u("permission was denied")));
        // pat's rating is as it was.
        CHECK(postgresQuery(db.address(),
                            QStringLiteral("SELECT level FROM ratings WHERE assessment = '%1'").arg(patA.id)) ==
              u("3"));
    }
    SECTION("an assessor reads the rounds an admin granted them, and nothing else")
    {
        AssessmentStore hrStore = openAt(as(hr));
        Cohort round;
        round.name = u("2026 秋招");
        round.kind = CohortKind::Hiring;
        round.roles = {QStringLiteral("01")};
        auto made = hrStore.createCohort(round);
        INFO(made.error().toStdString());
        REQUIRE(made.ok());
        REQUIRE(hrStore.addToCohort(made->id, {patA.id}).ok());
        CHECK(hrStore.list()->size() == 1); // the admin sees everyone's

        AssessmentStore annStore = openAt(as(ann));
        CHECK(annStore.cohorts()->empty());
        Assessment annA = person("帕特", "01", Mode::Assessor);
        REQUIRE(annStore.insert(annA).ok());
        // Not granted yet: her assessment cannot join the round.
        CHECK_FALSE(annStore.addToCohort(made->id, {annA.id}).ok());

        const CliRun grant = runCli({QStringLiteral("--db"), as(hr), QStringLiteral("team"), QStringLiteral("grant"),
                                     ann, QStringLiteral("--cohort"), round.name});
        INFO(grant.err.toStdString());
        REQUIRE(grant.exitCode == 0);
        auto seen = annStore.cohorts();
        REQUIRE(seen.ok());
        REQUIRE(seen->size() == 1);
        CHECK(seen->front().name == round.name);
        auto joined = annStore.addToCohort(made->id, {annA.id});
        INFO(joined.error().toStdString());
        REQUIRE(joined.ok());
        auto members = annStore.cohortMembers(made->id);
        REQUIRE(members.ok());
        CHECK(members->size() == 2);
        auto patSeen = annStore.load(patA.id);
        REQUIRE(patSeen.ok());
        CHECK(patSeen->level(QStringLiteral("01.a.1")) == 3);
        // Reading is not changing.
        CHECK_FALSE(annStore.setRating(patA.id, rating("01.a.1", 0), nowUtc()).ok());
        CHECK(refusal(as(ann), QStringLiteral("INSERT INTO round_decisions(cohort, candidate_name, decision, decided) "
                                              "VALUES (%1, 'x', 'shortlist', '')")
                                   .arg(made->id))
                  .contains(u("permission denied")));
        RoundDecision d;
        d.candidate.name = u("帕特");
        d.decision = QStringLiteral("shortlist");
        CHECK_FALSE(annStore.setDecision(made->id, d).ok());
        CHECK(hrStore.setDecision(made->id, d).ok());

        // Another assessor, not granted, sees none of it.
        AssessmentStore bobStore = openAt(as(bob));
        CHECK(bobStore.cohorts()->empty());
        CHECK(bobStore.list()->empty());
        CHECK(postgresQuery(as(bob), QStringLiteral("SELECT count(*) FROM round_decisions")) == u("0"));
        // And the participant still sees only their own.
        CHECK(patStore.list()->size() == 1);
    }
    // The logins belong to the server: remove them with the test's database.
    for (const QString &who : {hr, ann, bob, pat, quinn})
        postgresQuery(postgresAddress(QStringLiteral("postgres")),
                      QStringLiteral("DROP OWNED BY %1 CASCADE; DROP ROLE IF EXISTS %1").arg(who));
}

TEST_CASE("store copy moves everything between engines, all or nothing, and again copies only what is new",
          "[team][copy]")
{
    if (!postgresTestServerOrSkip())
        return;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString file = tmp.filePath(QStringLiteral("laptop.sqlite"));
    std::vector<Assessment> made;
    {
        AssessmentStore local = openAt(file);
        for (const char *name : {"张三", "李四", "王五"}) {
            Assessment a = person(name, "16", Mode::Assessor);
            a.setRating(role("16"), rating("16.a.1", 3, u("证据 'quoted' \\ ?"), u("备注")));
            a.setRating(role("16"), rating("16.b.1", 2));
            REQUIRE(local.insert(a).ok());
            made.push_back(a);
        }
        Cohort round;
        round.name = u("秋招");
        round.kind = CohortKind::Hiring;
        round.roles = {QStringLiteral("16")};
        auto r = local.createCohort(round);
        REQUIRE(r.ok());
        REQUIRE(local.addToCohort(r->id, {made[0].id, made[1].id}).ok());
        REQUIRE(local.setMustHaves(r->id, {QStringLiteral("16.a.1")}).ok());
        RoundConsensus c;
        c.candidate.name = u("张三");
        c.requirement = QStringLiteral("16.b.1");
        c.level = 3;
        c.reason = u("面试中演示");
        c.recordedBy = u("主持人");
        REQUIRE(local.setConsensus(r->id, c).ok());
        RoundDecision d;
        d.candidate.name = u("张三");
        d.decision = QStringLiteral("shortlist");
        d.note = u("进入终面");
        REQUIRE(local.setDecision(r->id, d).ok());
        // A panel member's submitted scorecard, with an item marked not assessed.
        REQUIRE(local.setRating(made[0].id, RatingChange::markNotAssessed(QStringLiteral("16.c.1")), nowUtc()).ok());
        made[0] = local.load(made[0].id).value();
        REQUIRE(local.setScorecard(r->id, made[0].id, true, QStringLiteral("yes"), u("稳")).ok());
    }
    ScratchDatabase db;
    REQUIRE(initTeamStore(db.address()).ok());

    const CliRun first = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                 QStringLiteral("--to"), db.address()});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u("assessments: 3 new, 0 updated, 0 already there")));
    CHECK(first.out.contains(u("ratings: 7"))); // with the item marked not assessed
    CHECK(first.out.contains(u("cohorts and rounds: 1 new, 2 memberships added")));
    CHECK(first.out.contains(u("round records: 4")));
    CHECK_FALSE(first.out.contains(u("iitalent-test-"))); // no password printed

    const CliRun again = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                 QStringLiteral("--to"), db.address()});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(u("assessments: 0 new, 0 updated, 3 already there")));
    CHECK(again.out.contains(u("cohorts and rounds: 0 new, 0 memberships added")));
    CHECK(again.out.contains(u("round records: 0")));

    // Back into a new file, as a backup: the same content.
    const QString backup = tmp.filePath(QStringLiteral("backup.sqlite"));
    const CliRun back = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), db.address(),
                                QStringLiteral("--to"), backup});
    INFO(back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    AssessmentStore restored = openAt(backup);
    for (const Assessment &a : made) {
        auto loaded = restored.load(a.id);
        REQUIRE(loaded.ok());
        checkSameAssessment(loaded.value(), a);
    }
    auto round = restored.cohort(u("秋招"));
    REQUIRE(round.ok());
    CHECK(round->kind == CohortKind::Hiring);
    CHECK(round->roles == QStringList{QStringLiteral("16")});
    CHECK(round->members == 2);
    CHECK(restored.mustHaves(round->id).value() == QStringList{QStringLiteral("16.a.1")});
    auto consensus = restored.consensus(round->id);
    REQUIRE(consensus.ok());
    REQUIRE(consensus->size() == 1);
    CHECK(consensus->front().reason == u("面试中演示"));
    CHECK(consensus->front().recordedBy == u("主持人"));
    auto cards = restored.scorecards(round->id);
    REQUIRE(cards.ok());
    REQUIRE(cards->size() == 1);
    CHECK(cards->front().assessment == made[0].id);
    CHECK(cards->front().isSubmitted());
    CHECK(cards->front().recommendation == QStringLiteral("yes"));
    CHECK(cards->front().comment == u("稳"));
    CHECK(restored.load(made[0].id)->rating(QStringLiteral("16.c.1"))->notAssessed);
    auto decisions = restored.decisions(round->id);
    REQUIRE(decisions.ok());
    REQUIRE(decisions->size() == 1);
    CHECK(decisions->front().note == u("进入终面"));

    SECTION("a newer rating on one side replaces the older copy; the older never replaces the newer")
    {
        {
            AssessmentStore team = openAt(db.address());
            REQUIRE(team.setRating(made[2].id, rating("16.a.1", 4), nowUtc().addSecs(60)).ok());
        }
        const CliRun update = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"),
                                      db.address(), QStringLiteral("--to"), file});
        REQUIRE(update.exitCode == 0);
        CHECK(update.out.contains(u("assessments: 0 new, 1 updated, 2 already there")));
        CHECK(openAt(file).load(made[2].id)->level(QStringLiteral("16.a.1")) == 4);
        const CliRun reverse = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                       QStringLiteral("--to"), db.address()});
        CHECK(reverse.out.contains(u("assessments: 0 new, 0 updated, 3 already there")));
    }
    SECTION("all or nothing: a conflict half-way leaves the target as it was")
    {
        ScratchDatabase clash;
        REQUIRE(initTeamStore(clash.address()).ok());
        {
            AssessmentStore target = openAt(clash.address());
            Cohort workshop;
            workshop.name = u("秋招"); // the same name, another kind
            REQUIRE(target.createCohort(workshop).ok());
        }
        const CliRun failed = runCli({QStringLiteral("store"), QStringLiteral("copy"), QStringLiteral("--from"), file,
                                      QStringLiteral("--to"), clash.address()});
        CHECK(failed.exitCode == 1);
        CHECK(failed.err.contains(u("another kind")));
        CHECK(failed.err.contains(u("Nothing was copied")));
        CHECK(postgresQuery(clash.address(), QStringLiteral("SELECT count(*) FROM assessments")) == u("0"));
        CHECK(postgresQuery(clash.address(), QStringLiteral("SELECT count(*) FROM ratings")) == u("0"));
    }
}

TEST_CASE("Several processes rating on one team store at once lose no acknowledged rating", "[team][concurrency]")
{
    if (!postgresTestServerOrSkip())
        return;
    ScratchDatabase db;
    REQUIRE(initTeamStore(db.address()).ok());
    constexpr int writers = 6;
    constexpr int count = 60;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int k = 0; k < writers; ++k) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(IITALENT_STORE_WRITER_PATH),
                 {db.address(), QString::number(k + 1), QString::number(count),
                  tmp.filePath(QStringLiteral("ready-%1").arg(k + 1)), tmp.filePath(QStringLiteral("go"))});
        REQUIRE(p->waitForStarted());
        processes.push_back(std::move(p));
    }
    for (int k = 0; k < writers; ++k)
        while (!QFile::exists(tmp.filePath(QStringLiteral("ready-%1").arg(k + 1)))) {
            REQUIRE(processes[static_cast<size_t>(k)]->state() != QProcess::NotRunning);
            QThread::msleep(1);
        }
    REQUIRE(writeFileBytes(tmp.filePath(QStringLiteral("go")), "go"));
    AssessmentStore store = openAt(db.address());
    int acknowledged = 0;
    for (int k = 0; k < writers; ++k) {
        QProcess &p = *processes[static_cast<size_t>(k)];
        REQUIRE(p.waitForFinished(300000)); // a hang guard, not a timing
        const QByteArray err = p.readAllStandardError();
        INFO("writer " << k + 1 << ": " << err.toStdString());
        CHECK(p.exitCode() == 0);
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4 || f[0] != "ok")
                continue;
            ++acknowledged;
            auto a = store.load(QString::fromLatin1(f[1]));
            REQUIRE(a.ok());
            CHECK(a->level(QString::fromLatin1(f[2])) == f[3].toInt());
        }
    }
    CHECK(acknowledged == writers * count);
    CHECK(postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM ratings")) ==
          QString::number(writers * count));
}

// Issue 20: a hiring panel on a team store, tried as each login would with raw SQL (psql): the
// interviewer is the login, blind until submitted is the server's, and the audit trail is
// append-only.
TEST_CASE("A hiring panel on a team store: the login is the interviewer, blind until submitted, an audit trail",
          "[team][round]")
{
    if (!postgresTestServerOrSkip())
        return;
    ScratchDatabase db;
    REQUIRE(initTeamStore(db.address()).ok());
    const QString password = QStringLiteral("pw-%1").arg(QCoreApplication::applicationPid());
    const QString suffix = db.name().mid(2, 6);
    auto login = [&](const char *base) { return QString::fromLatin1(base) + QLatin1Char('_') + suffix; };
    const QString hr = login("hr"), wang = login("wang"), li = login("li"), kiosk = login("kiosk"),
                  late = login("late");
    REQUIRE(addTeamUser(db.address(), hr, TeamRole::Admin, password, u("人事")).ok());
    REQUIRE(addTeamUser(db.address(), wang, TeamRole::Assessor, password, u("王工")).ok());
    REQUIRE(addTeamUser(db.address(), li, TeamRole::Assessor, password, u("李工")).ok());
    REQUIRE(addTeamUser(db.address(), kiosk, TeamRole::Participant, password).ok());
    auto as = [&](const QString &who) { return postgresAddress(db.name(), who, password); };

    // An admin login adds a user through the owner's function; an assessor cannot.
    REQUIRE(addTeamUser(as(hr), late, TeamRole::Assessor, password, u("迟工")).ok());
    CHECK(postgresQuery(db.address(),
                        QStringLiteral("SELECT display_name FROM team_users WHERE login = '%1'").arg(late)) ==
          u("迟工"));
    CHECK_FALSE(addTeamUser(as(wang), login("sneak"), TeamRole::Admin, password).ok());

    AssessmentStore hrStore = openAt(as(hr));
    Cohort round;
    round.name = u("2026 秋招 网络工程师");
    round.roles = {QStringLiteral("16")};
    auto made = createRound(hrStore, bundledCatalog(), round, {});
    REQUIRE(made.ok());
    const qint64 roundId = made->id;
    for (const QString &who : {wang, li})
        REQUIRE(grantTeamCohort(db.address(), who, round.name).ok());

    // Each interviewer rates 黄磊; the name they write is not what the server keeps.
    auto rateAll = [&](AssessmentStore &store, const QString &id, int level) {
        for (const Requirement &req : role("16").requirements)
            REQUIRE(store.setRating(id, rating(req.id.toLatin1().constData(), level, u("证据 %1").arg(level)), nowUtc())
                        .ok());
    };
    AssessmentStore wangStore = openAt(as(wang));
    AssessmentStore liStore = openAt(as(li));
    Assessment byWang = person("黄磊", "16", Mode::Assessor);
    byWang.assessorName = u("李工"); // impersonation: the server writes the login's name
    REQUIRE(wangStore.insert(byWang).ok());
    CHECK(wangStore.load(byWang.id)->assessorName == u("王工"));
    REQUIRE(wangStore.addToCohort(roundId, {byWang.id}).ok());
    rateAll(wangStore, byWang.id, 3);
    CHECK(postgresQuery(as(wang), QStringLiteral("UPDATE assessments SET assessor_name = '李工' WHERE id = '%1' "
                                                 "RETURNING assessor_name")
                                      .arg(byWang.id)) == u("王工"));

    Assessment byLi = person("黄磊", "16", Mode::Assessor);
    byLi.assessorName.clear();
    REQUIRE(liStore.insert(byLi).ok());
    REQUIRE(liStore.addToCohort(roundId, {byLi.id}).ok());
    const Requirement &first = role("16").requirements.front();
    REQUIRE(liStore.setRating(byLi.id, rating(first.id.toLatin1().constData(), 1), nowUtc()).ok());

    // A kiosk seat (participant) makes self-assessments only, and never joins a hiring round.
    AssessmentStore kioskStore = openAt(as(kiosk));
    Assessment forged = person("黄磊", "16", Mode::Assessor);
    auto refusedForge = kioskStore.insert(forged);
    REQUIRE_FALSE(refusedForge.ok());
    CHECK(refusedForge.error().contains(u("self-assessments only")));
    Assessment own = person("黄磊", "16", Mode::Self);
    REQUIRE(kioskStore.insert(own).ok());
    CHECK_FALSE(kioskStore.addToCohort(roundId, {own.id}).ok());
    CHECK(refusal(as(kiosk), QStringLiteral("INSERT INTO cohort_members(cohort, assessment, added) VALUES (%1, '%2', "
                                            "'now')")
                                 .arg(roundId)
                                 .arg(own.id))
              .contains(u("row-level security")));

    SECTION("blind until submitted: the server hands an interviewer none of the others' scorecards")
    {
        RoundConsensus c;
        c.candidate.name = u("黄磊");
        c.requirement = first.id;
        c.level = 2;
        c.reason = u("面试讨论");
        c.recordedBy = u("主持人");
        REQUIRE(hrStore.setConsensus(roundId, c).ok());
        // Before li submits: psql as li sees none of 王工's ratings, rows or consensus.
        const QString wangsRatings =
            QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(byWang.id);
        CHECK(postgresQuery(as(li), wangsRatings) == u("0"));
        CHECK(postgresQuery(as(li), QStringLiteral("SELECT count(*) FROM assessments WHERE mode = 'assessor'")) ==
              u("1"));
        CHECK(postgresQuery(as(li), QStringLiteral("SELECT count(*) FROM round_consensus")) == u("0"));
        auto seen = RoundReport::load(liStore, bundledCatalog(), round.name);
        REQUIRE(seen.ok());
        REQUIRE(seen->candidates.size() == 1);
        CHECK(seen->candidates.front().panel == QStringList{u("李工")});
        // Submitting needs every item rated or marked not assessed.
        auto refused = submitScorecard(liStore, seen.value(), seen->candidates.front().subject, u("李工"),
                                       QStringLiteral("yes"), u("稳"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QString::number(role("16").requirements.size() - 1)));
        for (size_t i = 1; i < role("16").requirements.size(); ++i)
            REQUIRE(liStore.setRating(byLi.id, RatingChange::markNotAssessed(role("16").requirements[i].id), nowUtc())
                        .ok());
        seen = RoundReport::load(liStore, bundledCatalog(), round.name);
        REQUIRE(submitScorecard(liStore, seen.value(), seen->candidates.front().subject, u("李工"),
                                QStringLiteral("no"), u("基础不足"))
                    .ok());
        // Now li sees the panel: 王工's ratings and the consensus.
        CHECK(postgresQuery(as(li), wangsRatings) == QString::number(role("16").requirements.size()));
        CHECK(postgresQuery(as(li), QStringLiteral("SELECT count(*) FROM round_consensus")) == u("1"));
        seen = RoundReport::load(liStore, bundledCatalog(), round.name);
        REQUIRE(seen.ok());
        CHECK(seen->candidates.front().panel.size() == 2);
        // But 王工, who has not submitted, still sees nothing of li's.
        CHECK(postgresQuery(as(wang),
                            QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(byLi.id)) ==
              u("0"));
        CHECK(postgresQuery(as(wang), QStringLiteral("SELECT count(*) FROM round_scorecards")) == u("0"));

        // Submitted is read-only, raw SQL included; reopening is recorded and a later change marked.
        CHECK(refusal(as(li), QStringLiteral("UPDATE ratings SET level = 4 WHERE assessment = '%1'").arg(byLi.id))
                  .contains(u("submitted")));
        const auto refusedRating = liStore.setRating(byLi.id, rating(first.id.toLatin1().constData(), 4), nowUtc());
        REQUIRE_FALSE(refusedRating.ok());
        CHECK(refusedRating.error().contains(u("this scorecard is submitted: reopen it to change it")));
        CHECK_FALSE(refusedRating.error().contains(u("CONTEXT"))); // one sentence, not the server's stack
        CHECK(refusal(as(li), QStringLiteral("UPDATE round_scorecards SET changed_after_visible = 0"))
                  .contains(u("permission denied")));
        // Ways round the blind, tried as 王工 with psql: a scorecard of an assessment outside the
        // round, renaming a candidate, moving a submitted rating away; all refused.
        Assessment scratch = person("黄磊", "16", Mode::Assessor);
        REQUIRE(wangStore.insert(scratch).ok());
        CHECK(refusal(as(wang), QStringLiteral("INSERT INTO round_scorecards(cohort, assessment, submitted, "
                                               "recommendation) VALUES (%1, '%2', 'x', 'yes')")
                                    .arg(roundId)
                                    .arg(scratch.id))
                  .contains(u("an assessment of the round")));
        CHECK(postgresQuery(as(wang),
                            QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(byLi.id)) ==
              u("0"));
        CHECK(
            refusal(as(li), QStringLiteral("UPDATE assessments SET subject_name = '刘婷' WHERE id = '%1'").arg(byLi.id))
                .contains(u("keeps its candidate")));
        Assessment liScratch = person("黄磊", "16", Mode::Assessor);
        REQUIRE(liStore.insert(liScratch).ok());
        CHECK(refusal(as(li), QStringLiteral("UPDATE ratings SET assessment = '%1' WHERE assessment = '%2'")
                                  .arg(liScratch.id, byLi.id))
                  .contains(u("permission denied")));
        // The server's clock says when a scorecard was submitted, whatever the laptop sends.
        CHECK(postgresQuery(db.address(), QStringLiteral("SELECT submitted FROM round_scorecards WHERE assessment = "
                                                         "'%1'")
                                              .arg(byLi.id))
                  .startsWith(QStringLiteral("20")));
        REQUIRE(reopenScorecard(liStore, seen.value(), seen->candidates.front().subject, u("李工")).ok());
        REQUIRE(liStore.setRating(byLi.id, rating(first.id.toLatin1().constData(), 2), nowUtc()).ok());
        seen = RoundReport::load(hrStore, bundledCatalog(), round.name);
        REQUIRE(seen.ok());
        const RoundCandidate &huang = seen->candidates.front();
        const int k = static_cast<int>(huang.panel.indexOf(u("李工")));
        REQUIRE(k >= 0);
        CHECK_FALSE(huang.scorecards.at(size_t(k)).isSubmitted());
        CHECK(huang.scorecards.at(size_t(k)).changedAfterVisible);
        CHECK(huang.scorecards.at(size_t(k)).recommendation == QStringLiteral("no"));
        // Not assessed never enters a figure: li's items marked so leave 王工's level as the single one.
        CHECK(huang.items.at(1).source == RoundItem::Source::Single);
        CHECK(huang.items.at(1).combined == 3);
        CHECK(huang.items.at(1).notAssessed.at(size_t(k)));

        // The trail: who changed what, readable by admins only, append-only for everyone.
        auto trail = hrStore.audit(roundId);
        REQUIRE(trail.ok());
        QStringList kinds;
        for (const RoundAuditEntry &e : trail.value())
            kinds << e.kind;
        for (const char *kind : {"join", "level", "evidence", "consensus", "submit", "reopen"})
            CHECK(kinds.contains(QString::fromLatin1(kind)));
        const auto reopened = std::find_if(trail->begin(), trail->end(),
                                           [](const RoundAuditEntry &e) { return e.kind == QLatin1String("reopen"); });
        REQUIRE(reopened != trail->end());
        CHECK(reopened->login == li);
        CHECK(reopened->panelMember == u("李工"));
        const auto relevel = std::find_if(trail->rbegin(), trail->rend(),
                                          [](const RoundAuditEntry &e) { return e.kind == QLatin1String("level"); });
        CHECK(relevel->oldValue == u("1"));
        CHECK(relevel->newValue == u("2"));
        CHECK(refusal(as(li), QStringLiteral("SELECT count(*) FROM round_audit")).contains(u("permission denied")));
        CHECK(refusal(as(hr), QStringLiteral("DELETE FROM round_audit")).contains(u("permission denied")));
        CHECK(refusal(as(hr), QStringLiteral("UPDATE round_audit SET login = 'x'")).contains(u("permission denied")));
        CHECK(refusal(db.address(), QStringLiteral("DELETE FROM round_audit")).contains(u("append-only")));
        CHECK(refusal(as(wang), QStringLiteral("SELECT iitalent_forget_audit('黄磊', '', '')"))
                  .contains(u("permission denied")));

        // Forgetting 黄磊 reaches the trail, and nobody else's lines.
        RoundDecision d;
        d.candidate.name = u("黄磊");
        d.decision = QStringLiteral("hold");
        REQUIRE(hrStore.setDecision(roundId, d).ok());
        auto forgotten = hrStore.forgetPerson(d.candidate);
        INFO(forgotten.error().toStdString());
        REQUIRE(forgotten.ok());
        CHECK(postgresQuery(db.address(), QStringLiteral("SELECT count(*) FROM round_audit WHERE candidate_name = "
                                                         "'黄磊'")) == u("0"));
    }
    // A store an older iitalent made is upgraded by its owner only: a login is told who can.
    postgresQuery(
        db.address(),
        QStringLiteral("DELETE FROM iitalent_schema_version WHERE version = %1").arg(AssessmentStore::SchemaVersion));
    auto older = AssessmentStore::open(as(wang));
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().contains(u("only its owner may do")));
    CHECK(older.error().contains(u("team init")));
    for (const QString &who : {hr, wang, li, kiosk, late})
        postgresQuery(postgresAddress(QStringLiteral("postgres")),
                      QStringLiteral("DROP OWNED BY %1 CASCADE; DROP ROLE IF EXISTS %1").arg(who));
}
