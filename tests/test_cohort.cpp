// Issue 10: cohorts in the store, the class view's figures against hand-computed cohorts,
// collecting answers (identical and conflicting copies, broken files in a folder), before and
// after, forget-subject across cohorts, the v2 -> v3 migration, and anonymised exports.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CohortCollect.h"
#include "CohortJson.h"
#include "CohortReport.h"
#include "ExchangeFile.h"
#include "FileOutput.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <QTemporaryDir>
#include <functional>

#include <nlohmann/json.hpp>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::CliRun;
using iitalent::test::rating;
using iitalent::test::readFileBytes;
using iitalent::test::runCli;
using iitalent::test::utc;
using iitalent::test::writeFileBytes;

namespace {

using json = nlohmann::json;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

AssessmentStore openStore(const QString &path)
{
    auto s = AssessmentStore::open(path);
    INFO(s.error());
    REQUIRE(s.ok());
    return std::move(s).value();
}

Subject person(const char *name, const char *number = "", Stage stage = Stage::OnJob)
{
    Subject s;
    s.name = u(name);
    s.number = QString::fromUtf8(number);
    s.stage = stage;
    return s;
}

// An assessment of `role` with the given levels (requirement -> level); others unanswered.
Assessment assessment(const char *id, const char *role, Mode mode, const Subject &subject, const char *updated,
                      const std::vector<std::pair<const char *, int>> &levels)
{
    Assessment a;
    a.id = QString::fromLatin1(id);
    a.role = QString::fromLatin1(role);
    a.mode = mode;
    a.subject = subject;
    if (mode == Mode::Assessor)
        a.assessorName = u("考官");
    a.created = utc("2026-10-01T09:00:00Z");
    a.updated = utc(updated);
    const Role *r = bundledCatalog().role(a.role);
    REQUIRE(r);
    for (const auto &[req, level] : levels)
        a.setRating(*r, rating(req, level));
    return a;
}

// Every requirement of a role at one level, except those listed (set to their own level, or
// left out when the level is -1).
std::vector<std::pair<const char *, int>> allAt(const char *role, int level,
                                                const std::vector<std::pair<const char *, int>> &except = {})
{
    static std::vector<QByteArray> keep; // the ids' bytes live as long as the test
    std::vector<std::pair<const char *, int>> out;
    for (const Requirement &req : bundledCatalog().role(QString::fromLatin1(role))->requirements) {
        keep.push_back(req.id.toLatin1());
        const char *id = keep.back().constData();
        int l = level < 0 ? req.level : level;
        bool skip = false;
        for (const auto &[e, el] : except)
            if (req.id == QLatin1String(e)) {
                skip = el < 0;
                l = el;
            }
        if (!skip)
            out.emplace_back(id, l);
    }
    return out;
}

const CohortItem &item(const CohortReport &r, const char *id)
{
    const int i = r.itemIndex(QString::fromLatin1(id));
    REQUIRE(i >= 0);
    return r.items[static_cast<size_t>(i)];
}

// The hand-computed class of role 16 (self): 王芳 #001 (two assessments: the later counts; her
// 34 and a 16 assessor assessment are members but do not count), 李雷 (one item answered), and a
// namesake 王芳 #002 (everything at 4).
struct Class16
{
    QTemporaryDir dir;
    QString path;
    qint64 cohort = 0;

    Class16()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("class.sqlite"));
        AssessmentStore store = openStore(path);
        Cohort c;
        c.name = u("工业互联网 2026 春");
        c.roles = QStringList{QStringLiteral("16")};
        auto created = store.createCohort(c);
        REQUIRE(created.ok());
        cohort = created->id;
        const Subject wang1 = person("王芳", "001");
        std::vector<Assessment> all{
            assessment("aaaaaaaa-0000-4000-8000-000000000001", "16", Mode::Self, wang1, "2026-10-01T10:00:00Z",
                       allAt("16", 0)),
            // The later one: every item at its required level, but 16.d.1 at 2 and 16.b.3 unanswered.
            assessment("aaaaaaaa-0000-4000-8000-000000000002", "16", Mode::Self, wang1, "2026-10-02T10:00:00Z",
                       allAt("16", -1, {{"16.d.1", 2}, {"16.b.3", -1}})),
            assessment("aaaaaaaa-0000-4000-8000-000000000003", "16", Mode::Self, person("李雷"), "2026-10-01T11:00:00Z",
                       {{"16.a.1", 1}}),
            assessment("aaaaaaaa-0000-4000-8000-000000000004", "16", Mode::Self, person("王芳", "002"),
                       "2026-10-01T12:00:00Z", allAt("16", 4)),
            assessment("aaaaaaaa-0000-4000-8000-000000000005", "34", Mode::Self, wang1, "2026-10-03T10:00:00Z",
                       allAt("34", 1)),
            assessment("aaaaaaaa-0000-4000-8000-000000000006", "16", Mode::Assessor, person("李雷"),
                       "2026-10-04T10:00:00Z", allAt("16", 4)),
        };
        QStringList ids;
        for (const Assessment &a : all) {
            REQUIRE(store.insert(a).ok());
            ids << a.id;
        }
        auto added = store.addToCohort(cohort, ids);
        REQUIRE(added.ok());
        CHECK(added->added == 6);
    }
};

} // namespace

TEST_CASE("A cohort's figures match a hand-computed class", "[cohort]")
{
    Class16 cls;
    AssessmentStore store = openStore(cls.path);
    auto r = CohortReport::load(store, bundledCatalog(), u("工业互联网 2026 春"), QStringLiteral("16"), Mode::Self);
    INFO(r.error());
    REQUIRE(r.ok());
    const CohortReport &report = r.value();
    // Three participants, in joining order; 王芳 #001 counts with her later assessment.
    REQUIRE(report.participants.size() == 3);
    CHECK(report.participants[0].assessmentId == QLatin1String("aaaaaaaa-0000-4000-8000-000000000002"));
    CHECK(report.participants[1].subject.name == u("李雷"));
    CHECK(report.participants[2].subject.number == QLatin1String("002"));
    // Codes are unique (issue 21: no longer P01, P02, P03 in joining order).
    CHECK(report.participants[0].code != report.participants[2].code);
    CHECK(report.participants[0].code != report.participants[1].code);

    // 16.a.1 (q 2): 2, 1, 4.
    const CohortItem &a1 = item(report, "16.a.1");
    CHECK(a1.answered == 3);
    CHECK(a1.met == 2);
    CHECK(a1.gapPoints == 1);
    CHECK(a1.meanGap == Approx(1.0 / 3.0));
    REQUIRE(a1.meanRating);
    CHECK(*a1.meanRating == Approx(7.0 / 3.0));
    // 16.b.3 (q 1): unanswered, unanswered, 4.
    const CohortItem &b3 = item(report, "16.b.3");
    CHECK(b3.answered == 1);
    CHECK(b3.met == 1);
    CHECK(b3.gapPoints == 2);
    CHECK(*b3.meanRating == Approx(4.0));
    // 16.d.1 (q 4): 2, unanswered, 4.
    const CohortItem &d1 = item(report, "16.d.1");
    CHECK(d1.answered == 2);
    CHECK(d1.met == 1);
    CHECK(d1.gapPoints == 6);
    CHECK(d1.meanGap == Approx(2.0));
    CHECK(*d1.meanRating == Approx(3.0));
    // 16.a.3 (q 3): 3, unanswered, 4.
    const CohortItem &a3 = item(report, "16.a.3");
    CHECK(a3.answered == 2);
    CHECK(a3.met == 2);
    CHECK(a3.gapPoints == 3);
    CHECK(*a3.meanRating == Approx(3.5));

    // Readiness: 王芳 #001 (1 + 5/6 + 1 + 15/17) / 4, 李雷 (1/17) / 4, 王芳 #002 1.
    const double wang = (1.0 + 5.0 / 6.0 + 1.0 + 15.0 / 17.0) / 4.0;
    const double li = (1.0 / 17.0) / 4.0;
    CHECK(report.participants[0].score.readiness == Approx(wang));
    CHECK(report.participants[1].score.readiness == Approx(li));
    REQUIRE(report.readinessMean);
    CHECK(*report.readinessMean == Approx((wang + li + 1.0) / 3.0));
    CHECK(*report.readinessMedian == Approx(wang));
    CHECK(report.histogram == std::array<int, 5>{1, 0, 0, 0, 2});
    REQUIRE(report.dimensions.size() == 4);
    CHECK(report.dimensions[0].meanAttainment == Approx((1.0 + 1.0 / 17.0 + 1.0) / 3.0));
    CHECK(report.dimensions[1].meanAttainment == Approx((5.0 / 6.0 + 0.0 + 1.0) / 3.0));
    CHECK(report.dimensions[3].meanAttainment == Approx((15.0 / 17.0 + 0.0 + 1.0) / 3.0));

    // Priorities: gap points down, then met up (16.b.3 has 2 points and 1 met: before the other
    // 2-point items), then catalog order.
    const QStringList want{
        QStringLiteral("16.d.1"), QStringLiteral("16.d.3"), QStringLiteral("16.a.3"), QStringLiteral("16.a.6"),
        QStringLiteral("16.a.7"), QStringLiteral("16.b.1"), QStringLiteral("16.c.1"), QStringLiteral("16.c.2"),
        QStringLiteral("16.c.3"), QStringLiteral("16.c.5"), QStringLiteral("16.d.2"), QStringLiteral("16.d.4"),
        QStringLiteral("16.d.5"), QStringLiteral("16.b.3"), QStringLiteral("16.a.2"), QStringLiteral("16.a.4"),
        QStringLiteral("16.a.5"), QStringLiteral("16.b.2"), QStringLiteral("16.c.4"), QStringLiteral("16.a.1")};
    CHECK(report.priorities == want);
    // The workshop plan: on-job (all three are), the methods that suit each dimension, as the
    // personal plan maps them.
    CHECK(report.stage == Stage::OnJob);
    REQUIRE(report.plan.size() == 20);
    CHECK(report.plan[0].requirement == QLatin1String("16.d.1"));
    CHECK_FALSE(report.plan[0].methods.isEmpty());
    CHECK_FALSE(report.plan[0].providers.isEmpty());
    const ImprovementStage *onJob = bundledCatalog().improvement().stage(QStringLiteral("on-job"));
    REQUIRE(onJob);
    for (const QString &m : report.plan[0].methods) {
        const auto it = std::find_if(onJob->methods.begin(), onJob->methods.end(),
                                     [&](const ImprovementMethod &x) { return x.id == m; });
        REQUIRE(it != onJob->methods.end());
        CHECK(it->dimensions.contains(QStringLiteral("d")));
    }

    // The JSON carries exactly these figures.
    const json j = json::parse(cohortReportToJson(report).dump());
    CHECK(j["schema"] == "iitalent.cohort-report/1");
    CHECK(j["participants"] == 3);
    CHECK(j["readiness"]["histogram"] == json::array({1, 0, 0, 0, 2}));
    CHECK(j["items"][0]["id"] == "16.a.1");
    CHECK(j["items"][0]["gap_points"] == 1);
    CHECK(j["priorities"][0] == "16.d.1");
    CHECK(j["people"][1]["name"] == "李雷");
    CHECK(j["people"].size() == 3);

    // The assessor view of the same cohort has one participant (李雷's assessor assessment).
    auto assessor =
        CohortReport::load(store, bundledCatalog(), u("工业互联网 2026 春"), QStringLiteral("16"), Mode::Assessor);
    REQUIRE(assessor.ok());
    REQUIRE(assessor->participants.size() == 1);
    CHECK(assessor->participants[0].score.readiness == Approx(1.0));
}

TEST_CASE("An empty cohort view has no readiness and no priorities", "[cohort]")
{
    Class16 cls;
    AssessmentStore store = openStore(cls.path);
    auto r = CohortReport::load(store, bundledCatalog(), u("工业互联网 2026 春"), QStringLiteral("01"), Mode::Self);
    REQUIRE(r.ok());
    CHECK(r->participants.empty());
    CHECK_FALSE(r->readinessMean);
    CHECK(r->priorities.isEmpty());
    const json j = json::parse(cohortReportToJson(r.value()).dump());
    CHECK(j["readiness"]["mean"].is_null());
    CHECK(j["items"][0]["mean_rating"].is_null());
}

TEST_CASE("Deleting a cohort keeps its assessments; forgetting a person removes them from every cohort",
          "[cohort][store]")
{
    Class16 cls;
    AssessmentStore store = openStore(cls.path);
    Cohort second;
    second.name = QStringLiteral("second");
    auto c2 = store.createCohort(second);
    REQUIRE(c2.ok());
    REQUIRE(store.addToCohort(c2->id, {QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003")}).ok());
    CHECK(store.cohortsOf(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003")).value().size() == 2);

    // A name is unique.
    CHECK_FALSE(store.createCohort(second).ok());

    REQUIRE(store.deleteCohort(QStringLiteral("second")).ok());
    CHECK(store.contains(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003")));
    CHECK(store.list().value().size() == 6);
    CHECK_FALSE(store.deleteCohort(QStringLiteral("second")).ok());

    // A replaced assessment stays in its cohort.
    Assessment li = store.load(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003")).value();
    li.updated = utc("2026-10-05T10:00:00Z");
    REQUIRE(store.replace(li).ok());
    CHECK(store.cohortsOf(li.id).value() == QStringList{u("工业互联网 2026 春")});

    auto forgotten = store.forgetPerson(person("王芳", "001"));
    REQUIRE(forgotten.ok());
    CHECK(forgotten->removed == 3);
    auto members = store.cohortMembers(cls.cohort);
    REQUIRE(members.ok());
    CHECK(members->size() == 3);
    for (const AssessmentSummary &m : members.value())
        CHECK_FALSE((m.subject.name == u("王芳") && m.subject.number == QLatin1String("001")));
}

TEST_CASE("A version 2 store is upgraded to cohorts after a backup", "[cohort][migration]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("v2.sqlite"));
    {
        AssessmentStore store = openStore(path);
        REQUIRE(store
                    .insert(assessment("bbbbbbbb-0000-4000-8000-000000000001", "16", Mode::Self, person("张三"),
                                       "2026-10-01T10:00:00Z", {{"16.a.1", 2}}))
                    .ok());
    }
    {
        // Version 2 is the current version without the cohorts and the rounds.
        SqliteDatabase raw;
        REQUIRE(raw.open(path, SqliteDatabase::Mode::ReadWriteCreate).ok());
        REQUIRE(raw.exec(QStringLiteral("DROP TABLE round_audit; DROP TABLE round_scorecards; "
                                        "ALTER TABLE ratings DROP COLUMN not_assessed; DROP TABLE round_decisions; "
                                        "DROP TABLE round_consensus; "
                                        "DROP TABLE round_must_haves; DROP TABLE cohort_members; "
                                        "DROP TABLE cohort_roles; DROP TABLE cohorts; PRAGMA user_version = 2;"))
                    .ok());
    }
    AssessmentStore store = openStore(path);
    CHECK(store.migratedFrom() == 2);
    CHECK(QFileInfo(store.migrationBackup()).fileName().startsWith(QStringLiteral("v2.sqlite.v2-backup-")));
    CHECK(store.contains(QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001")));
    Cohort c;
    c.name = QStringLiteral("after upgrade");
    auto created = store.createCohort(c);
    REQUIRE(created.ok());
    CHECK(store.addToCohort(created->id, {QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001")}).ok());
    CHECK(store.cohorts().value().front().members == 1);
}

TEST_CASE("Before and after: matched participants, those who missed a round, and the deltas", "[cohort]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    AssessmentStore store = openStore(tmp.filePath(QStringLiteral("course.sqlite")));
    Cohort start, end;
    start.name = QStringLiteral("start");
    end.name = QStringLiteral("end");
    const qint64 s = store.createCohort(start).value().id;
    const qint64 e = store.createCohort(end).value().id;
    // 甲 and 乙 come to both; 丙 only to the start, 丁 only to the end.
    const std::vector<Assessment> before{
        assessment("cccccccc-0000-4000-8000-000000000001", "16", Mode::Self, person("甲"), "2026-09-01T10:00:00Z",
                   allAt("16", 0)),
        assessment("cccccccc-0000-4000-8000-000000000002", "16", Mode::Self, person("乙"), "2026-09-01T10:00:00Z",
                   allAt("16", 1)),
        assessment("cccccccc-0000-4000-8000-000000000003", "16", Mode::Self, person("丙"), "2026-09-01T10:00:00Z",
                   allAt("16", 2)),
    };
    const std::vector<Assessment> after{
        assessment("cccccccc-0000-4000-8000-000000000011", "16", Mode::Self, person("乙"), "2026-12-01T10:00:00Z",
                   allAt("16", 4)),
        assessment("cccccccc-0000-4000-8000-000000000012", "16", Mode::Self, person("甲"), "2026-12-01T10:00:00Z",
                   allAt("16", -1)),
        assessment("cccccccc-0000-4000-8000-000000000013", "16", Mode::Self, person("丁"), "2026-12-01T10:00:00Z",
                   allAt("16", 3)),
    };
    QStringList b, a;
    for (const Assessment &x : before) {
        REQUIRE(store.insert(x).ok());
        b << x.id;
    }
    for (const Assessment &x : after) {
        REQUIRE(store.insert(x).ok());
        a << x.id;
    }
    REQUIRE(store.addToCohort(s, b).ok());
    REQUIRE(store.addToCohort(e, a).ok());
    auto rb = CohortReport::load(store, bundledCatalog(), QStringLiteral("start"), QStringLiteral("16"), Mode::Self);
    auto ra = CohortReport::load(store, bundledCatalog(), QStringLiteral("end"), QStringLiteral("16"), Mode::Self);
    REQUIRE(rb.ok());
    REQUIRE(ra.ok());
    const CohortChange c = CohortChange::build(rb.value(), ra.value());
    REQUIRE(c.matched.size() == 2);
    CHECK(c.matched[0].subject.name == u("乙")); // the after cohort's order
    CHECK(c.matched[1].subject.name == u("甲"));
    CHECK(c.matched[1].before == Approx(0.0));
    CHECK(c.matched[1].after == Approx(1.0));
    CHECK(c.matched[1].delta == Approx(1.0));
    // 乙: every item at 1 before (attainment per dimension = items / required points), all met after.
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    double readiness1 = 0.0;
    for (const QString &key : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}) {
        int items = 0, required = 0;
        for (const Requirement &req : role.requirements)
            if (req.dimension == key) {
                ++items;
                required += req.level;
            }
        readiness1 += double(items) / required / 4.0;
    }
    CHECK(c.matched[0].before == Approx(readiness1));
    CHECK(c.matched[0].delta == Approx(1.0 - readiness1));
    REQUIRE(c.meanDelta);
    CHECK(*c.meanDelta == Approx((1.0 + 1.0 - readiness1) / 2.0));
    REQUIRE(c.onlyBefore.size() == 1);
    CHECK(c.onlyBefore[0].subject.name == u("丙"));
    REQUIRE(c.onlyAfter.size() == 1);
    CHECK(c.onlyAfter[0].subject.name == u("丁"));
    // 16.b.3 (q 1): met by 乙 before (level 1), by both after.
    const auto b3 = std::find_if(c.items.begin(), c.items.end(),
                                 [](const CohortChange::Item &i) { return i.requirement == QLatin1String("16.b.3"); });
    REQUIRE(b3 != c.items.end());
    CHECK(b3->metBefore == 1);
    CHECK(b3->metAfter == 2);
    const json j = json::parse(cohortChangeToJson(c).dump());
    CHECK(j["schema"] == "iitalent.cohort-compare/1");
    CHECK(j["matched"] == 2);
    CHECK(j["only_before"] == json::array({"丙"}));
    CHECK(j["only_after"] == json::array({"丁"}));
    CHECK(j["dimensions"].size() == 4);
    CHECK(j["participants"].size() == 2);
}

namespace {

CliRun cli(const QString &db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args);
}

void writeExchange(const QString &path, const Assessment &a)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    REQUIRE(writeFileBytes(path, ExchangeFile::serialize(a)));
}

} // namespace

TEST_CASE("cohort add: a folder with new, identical, conflicting and broken files", "[cohort][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("store.sqlite"));
    const Assessment stored = assessment("dddddddd-0000-4000-8000-000000000001", "16", Mode::Self, person("赵敏", "7"),
                                         "2026-10-01T10:00:00Z", {{"16.a.1", 2}});
    {
        AssessmentStore store = openStore(db);
        REQUIRE(store.insert(stored).ok());
    }
    const QString dir = tmp.filePath(QStringLiteral("usb"));
    const Assessment fresh = assessment("dddddddd-0000-4000-8000-000000000002", "16", Mode::Self, person("钱伟"),
                                        "2026-10-01T11:00:00Z", {{"16.a.2", 3}});
    writeExchange(dir + QStringLiteral("/a-new.json"), fresh);
    writeExchange(dir + QStringLiteral("/laptop2/c-same.json"), stored);
    Assessment changed = stored;
    changed.updated = utc("2026-10-02T10:00:00Z");
    changed.setRating(*bundledCatalog().role(QStringLiteral("16")), rating("16.a.1", 4));
    writeExchange(dir + QStringLiteral("/b-changed.json"), changed);
    REQUIRE(writeFileBytes(dir + QStringLiteral("/broken.json"), "{\"schema\": \"iitalent.assessment/1\", "));
    REQUIRE(writeFileBytes(dir + QStringLiteral("/readme.txt"), "not an exchange file"));

    REQUIRE(cli(db, {QStringLiteral("cohort"), QStringLiteral("create"), QStringLiteral("class A"),
                     QStringLiteral("--role"), QStringLiteral("16")})
                .exitCode == 0);
    const CliRun first = cli(db, {QStringLiteral("cohort"), QStringLiteral("add"), QStringLiteral("class A"), dir});
    INFO(first.err);
    CHECK(first.exitCode == 1); // a refused file and an unresolved conflict
    CHECK(first.out.isEmpty());
    CHECK(first.err.contains(QStringLiteral("2 added (1 newly stored), 0 already present, 1 conflict(s), 1 refused")));
    CHECK(first.err.contains(QStringLiteral("refused %1/broken.json").arg(dir)));
    CHECK(first.err.contains(QStringLiteral("stored updated 2026-10-01T10:00:00Z, file updated 2026-10-02T10:00:00Z")));
    CHECK_FALSE(first.err.contains(QStringLiteral("readme.txt")));
    {
        AssessmentStore store = openStore(db);
        CHECK(store.load(stored.id).value().level(QStringLiteral("16.a.1")) == 2); // left as it was
        CHECK(store.cohortMembers(store.cohort(QStringLiteral("class A")).value().id).value().size() == 2);
    }

    // --replace keeps the newer: the file's.
    const CliRun second = cli(db, {QStringLiteral("cohort"), QStringLiteral("add"), QStringLiteral("class A"),
                                   dir + QStringLiteral("/b-changed.json"), QStringLiteral("--replace")});
    INFO(second.err);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("0 added (0 newly stored), 1 already present, 1 conflict(s), 0 refused")));
    CHECK(second.out.contains(QStringLiteral("kept the file's, which is newer")));
    {
        AssessmentStore store = openStore(db);
        CHECK(store.load(stored.id).value().level(QStringLiteral("16.a.1")) == 4);
    }
    // An older copy does not replace the newer one, even with --replace.
    const CliRun third = cli(db, {QStringLiteral("cohort"), QStringLiteral("add"), QStringLiteral("class A"),
                                  dir + QStringLiteral("/laptop2/c-same.json"), QStringLiteral("--replace")});
    CHECK(third.exitCode == 0);
    CHECK(third.out.contains(QStringLiteral("kept the stored one")));
    {
        AssessmentStore store = openStore(db);
        CHECK(store.load(stored.id).value().level(QStringLiteral("16.a.1")) == 4);
    }

    // By id (a unique start of one), and an unknown argument is refused by name.
    Assessment other = assessment("eeeeeeee-0000-4000-8000-000000000001", "16", Mode::Self, person("孙丽"),
                                  "2026-10-01T10:00:00Z", {});
    {
        AssessmentStore store = openStore(db);
        REQUIRE(store.insert(other).ok());
    }
    const CliRun byId = cli(db, {QStringLiteral("cohort"), QStringLiteral("add"), QStringLiteral("class A"),
                                 QStringLiteral("eeeeeeee"), QStringLiteral("no-such-thing")});
    CHECK(byId.exitCode == 1);
    CHECK(byId.err.contains(QStringLiteral("1 added (0 newly stored), 0 already present, 0 conflict(s), 1 refused")));
    CHECK(byId.err.contains(QStringLiteral("no-such-thing")));

    const CliRun shown = cli(
        db, {QStringLiteral("cohort"), QStringLiteral("show"), QStringLiteral("class A"), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    const json j = json::parse(shown.out.toStdString());
    CHECK(j["members"] == 3);
    CHECK(j["roles"] == json::array({"16"}));

    // Removing and deleting keep the assessments.
    CHECK(cli(db, {QStringLiteral("cohort"), QStringLiteral("remove"), QStringLiteral("class A"), other.id}).exitCode ==
          0);
    CHECK(cli(db, {QStringLiteral("cohort"), QStringLiteral("delete"), QStringLiteral("class A")}).exitCode == 0);
    const CliRun listed = cli(db, {QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(json::parse(listed.out.toStdString())["assessments"].size() == 3);
}

TEST_CASE("An anonymised cohort export carries no names, organisations, numbers, evidence or notes",
          "[cohort][cli][privacy]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("store.sqlite"));
    const QStringList secrets{u("欧阳秘密"),
                              QStringLiteral("Zyxwvut Qrst"),
                              QStringLiteral("SECRETORG"),
                              u("绝密机构"),
                              QStringLiteral("N-77314"),
                              QStringLiteral("EVIDENCETOKEN"),
                              QStringLiteral("NOTETOKEN")};
    {
        AssessmentStore store = openStore(db);
        Cohort c;
        c.name = QStringLiteral("privacy");
        c.note = QStringLiteral("NOTETOKEN of the class");
        const qint64 id = store.createCohort(c).value().id;
        Subject one = person("欧阳秘密", "N-77314");
        one.organisation = QStringLiteral("SECRETORG");
        Subject two;
        two.name = QStringLiteral("Zyxwvut Qrst");
        two.organisation = u("绝密机构");
        Assessment a = assessment("ffffffff-0000-4000-8000-000000000001", "16", Mode::Self, one, "2026-10-01T10:00:00Z",
                                  allAt("16", 2));
        a.setRating(*bundledCatalog().role(QStringLiteral("16")),
                    rating("16.a.1", 1, QStringLiteral("EVIDENCETOKEN"), QStringLiteral("NOTETOKEN")));
        Assessment b = assessment("ffffffff-0000-4000-8000-000000000002", "16", Mode::Self, two, "2026-10-01T10:00:00Z",
                                  allAt("16", 3));
        REQUIRE(store.insert(a).ok());
        REQUIRE(store.insert(b).ok());
        REQUIRE(store.addToCohort(id, {a.id, b.id}).ok());
    }
    // Named, the JSON has the names (so the check below can fail).
    const CliRun named = cli(db, {QStringLiteral("cohort"), QStringLiteral("report"), QStringLiteral("privacy"),
                                  QStringLiteral("--role"), QStringLiteral("16")});
    REQUIRE(named.exitCode == 0);
    CHECK(named.out.contains(u("欧阳秘密")));

    for (const QString &format :
         {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf")}) {
        for (const QString &lang : {QStringLiteral("zh"), QStringLiteral("en")}) {
            const QString out = tmp.filePath(QStringLiteral("anon-%1.%2").arg(lang, format));
            const CliRun r =
                cli(db, {QStringLiteral("cohort"), QStringLiteral("report"), QStringLiteral("privacy"),
                         QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--format"), format,
                         QStringLiteral("--anonymize"), QStringLiteral("--lang"), lang, QStringLiteral("--out"), out});
            INFO(format.toStdString() << " " << lang.toStdString() << ": " << r.err);
            REQUIRE(r.exitCode == 0);
            const QByteArray bytes = readFileBytes(out);
            REQUIRE(bytes.size() > 100);
            QByteArray text = bytes;
            if (format == QLatin1String("pdf")) {
                // The PDF's text as a reader sees it, and its metadata.
                QProcess p;
                p.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
                REQUIRE(p.waitForFinished(60000));
                text += p.readAllStandardOutput();
                QProcess info;
                info.start(QStringLiteral("pdfinfo"), {out});
                REQUIRE(info.waitForFinished(60000));
                text += info.readAllStandardOutput();
                CHECK(QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("P\\d{3}"))));
            } else {
                // Both participants, by their codes.
                CHECK(QString::fromUtf8(text).count(QRegularExpression(QStringLiteral("\\bP\\d{3}\\b"))) >= 2);
            }
            for (const QString &secret : secrets) {
                INFO("secret " << secret.toStdString());
                CHECK_FALSE(text.contains(secret.toUtf8()));
                CHECK_FALSE(bytes.contains(secret.toUtf8()));
                // Nor in UTF-16 (a PDF's metadata may be written so).
                QByteArray utf16;
                for (QChar ch : secret) {
                    utf16.append(static_cast<char>(ch.unicode() >> 8));
                    utf16.append(static_cast<char>(ch.unicode() & 0xff));
                }
                CHECK_FALSE(bytes.contains(utf16));
            }
        }
    }
}

TEST_CASE("A cohort CSV written to stdout keeps its byte order mark (for Excel and WPS)", "[cohort][cli]")
{
    Class16 cls;
    QProcess p;
    p.start(iitalent::test::cliPath(),
            {QStringLiteral("--db"), cls.path, QStringLiteral("cohort"), QStringLiteral("report"),
             u("工业互联网 2026 春"), QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    const QByteArray out = p.readAllStandardOutput();
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    CHECK(out.count("\xEF\xBB\xBF") == 1);
    CHECK(out.contains(u("李雷").toUtf8()));
}

TEST_CASE("A class document's suggested file name keeps the cohort's name and the role apart", "[cohort]")
{
    // "智能制造班 2026-12" of role 16 was "智能制造班 2026-12-16": a date.
    const QString one = groupDocumentFileName({u("智能制造班 2026-12")}, QStringLiteral("16"));
    CHECK(one == u("智能制造班 2026-12 (role 16)"));
    CHECK_FALSE(one.contains(QStringLiteral("2026-12-16")));
    const QString two = groupDocumentFileName({u("智能制造班 2026-06"), u("智能制造班 2026-12")}, QStringLiteral("16"));
    CHECK(two == u("智能制造班 2026-06 → 智能制造班 2026-12 (role 16)"));
    // Unsafe characters are replaced, and a long name is cut before the role, never the role.
    const QString unsafe =
        groupDocumentFileName({QStringLiteral("a/b:c") + QString(200, QLatin1Char('x'))}, QStringLiteral("01"));
    CHECK_FALSE(unsafe.contains(QLatin1Char('/')));
    CHECK_FALSE(unsafe.contains(QLatin1Char(':')));
    CHECK(unsafe.endsWith(QStringLiteral(" (role 01)")));
}

namespace {

// Issue 21 item 11: a class of role 16 (on the job) whose biggest gaps are its five 工程实践
// items (d: rated 0 against required levels of 3-4), with smaller gaps in a few other items.
struct EngineeringClass
{
    QTemporaryDir dir;
    QString path;

    EngineeringClass()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("workshop.sqlite"));
        AssessmentStore store = openStore(path);
        Cohort c;
        c.name = u("智能制造班");
        c.roles = QStringList{QStringLiteral("16")};
        auto created = store.createCohort(c);
        REQUIRE(created.ok());
        const Role &role = *bundledCatalog().role(QStringLiteral("16"));
        std::vector<Assessment> all;
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            Assessment a = Assessment::create(role.code, Mode::Self,
                                              person(QStringLiteral("学员%1").arg(i).toUtf8().constData()), QString());
            for (const Requirement &req : role.requirements) {
                int level = req.level;
                if (req.dimension == QLatin1String("d"))
                    level = 0; // the biggest gaps of all
                else if (req.id == QLatin1String("16.c.2") || req.id == QLatin1String("16.b.1") ||
                         req.id == QLatin1String("16.a.6"))
                    level = std::max(0, req.level - 1);
                a.setRating(role, rating(req.id.toLatin1().constData(), level));
            }
            REQUIRE(store.insert(a).ok());
            ids << a.id;
        }
        REQUIRE(store.addToCohort(created->id, ids).ok());
    }
};

} // namespace

TEST_CASE("Teach first: the plan puts what a training centre can teach before what needs a mentor",
          "[cohort][workshop]")
{
    const Catalog &catalog = bundledCatalog();
    // What an instructor types names a provider of A.3.
    CHECK(workshopProviderId(catalog, u("培训机构")) == QLatin1String("education"));
    CHECK(workshopProviderId(catalog, u("院校")) == QLatin1String("education"));
    CHECK(workshopProviderId(catalog, u("企业")) == QLatin1String("enterprise"));
    CHECK(workshopProviderId(catalog, QStringLiteral("Individuals")) == QLatin1String("individual"));
    CHECK(workshopProviderId(catalog, u("月球")).isEmpty());
    CHECK(workshopMethodId(catalog, u("项目实践或导师辅导")) == QLatin1String("project-mentoring"));
    CHECK(WorkshopOffer().effective() == WorkshopOffer::trainingCentre());

    EngineeringClass cls;
    AssessmentStore store = openStore(cls.path);
    auto r = CohortReport::load(store, catalog, u("智能制造班"), QStringLiteral("16"), Mode::Self);
    INFO(r.error());
    REQUIRE(r.ok());
    REQUIRE(r->stage == Stage::OnJob);
    // The class priorities as before: the five 工程实践 items first.
    REQUIRE(r->plan.size() == 8);
    for (size_t i = 0; i < 5; ++i) {
        CHECK(r->plan[i].dimension == QLatin1String("d"));
        CHECK(r->plan[i].methods == QStringList{QStringLiteral("project-mentoring")});
    }

    // The default offer (nothing chosen) is a training centre, and so is --provider 培训机构.
    for (const WorkshopOffer &offer : {WorkshopOffer(), WorkshopOffer{{QStringLiteral("education")}, {}}}) {
        r->planWorkshop(catalog, offer);
        const WorkshopSplit &split = r->workshop;
        REQUIRE_FALSE(split.teachableHere.empty());
        const WorkshopStep &first = r->plan[static_cast<size_t>(split.teachableHere.front().step)];
        CHECK(first.dimension != QLatin1String("d"));
        CHECK_FALSE(split.teachableHere.front().methodsHere.contains(QStringLiteral("project-mentoring")));
        CHECK(split.teachableHere.front().rank == 1);
        CHECK(split.teachableHere.size() + split.elsewhere.size() == r->plan.size());
        // Every taught-here step is delivered by a method of a training centre.
        for (const WorkshopPlacement &p : split.teachableHere)
            CHECK(p.methodsHere.contains(QStringLiteral("external-training")));
        // The five 工程实践 items are apart, in the class's order, each with its reason.
        REQUIRE(split.elsewhere.size() >= 5);
        for (size_t i = 0; i < 5; ++i) {
            const WorkshopPlacement &p = split.elsewhere[i];
            CHECK(r->plan[static_cast<size_t>(p.step)].dimension == QLatin1String("d"));
            CHECK(p.neededMethods == QStringList{QStringLiteral("project-mentoring")});
            CHECK(p.neededProviders.contains(QStringLiteral("enterprise")));
            const QString zh = workshopReasonText(catalog, p, Language::Chinese);
            CHECK(zh.contains(u("项目实践或导师辅导")));
            CHECK(zh.contains(QStringLiteral("A.2 b) 3)")));
            CHECK(zh.contains(u("企业培养")));
            CHECK(workshopReasonText(catalog, p, Language::English).contains(QStringLiteral("mentoring")));
        }
    }

    // An enterprise's own programme can mentor: then the 工程实践 items are taught first.
    r->planWorkshop(catalog, WorkshopOffer{{QStringLiteral("enterprise")}, {}});
    REQUIRE_FALSE(r->workshop.teachableHere.empty());
    CHECK(r->plan[static_cast<size_t>(r->workshop.teachableHere.front().step)].dimension == QLatin1String("d"));
    // By method: only external training.
    r->planWorkshop(catalog, WorkshopOffer{{}, {QStringLiteral("external-training")}});
    for (const WorkshopPlacement &p : r->workshop.teachableHere)
        CHECK(p.methodsHere == QStringList{QStringLiteral("external-training")});

    // The JSON carries the split with the reasons' methods and providers.
    r->planWorkshop(catalog, WorkshopOffer());
    const json j = json::parse(cohortReportToJson(r.value()).dump());
    CHECK(j["workshop"]["offer"]["providers"] == json::array({"education"}));
    CHECK(j["workshop"]["offer"]["default"] == true);
    REQUIRE(j["workshop"]["teachable_here"].size() == r->workshop.teachableHere.size());
    CHECK(j["workshop"]["teachable_here"][0]["id"] != "16.d.1");
    REQUIRE(j["workshop"]["elsewhere"].size() >= 5);
    CHECK(j["workshop"]["elsewhere"][0]["needs_methods"] == json::array({"project-mentoring"}));

    // The CLI: cohort plan --provider 培训机构 lists the teachable first, the mentor's part apart.
    const CliRun run = cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("plan"), u("智能制造班"),
                                      QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--provider"),
                                      u("培训机构"), QStringLiteral("--top"), QStringLiteral("2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const qsizetype here = run.out.indexOf(QStringLiteral("teachable here (2 of"));
    const qsizetype apart = run.out.indexOf(QStringLiteral("needs the workplace or a mentor"));
    REQUIRE(here >= 0);
    REQUIRE(apart > here);
    CHECK_FALSE(run.out.mid(here, apart - here).contains(QStringLiteral("16.d.")));
    CHECK(run.out.mid(apart).contains(QStringLiteral("16.d.1")));
    CHECK(run.out.mid(apart).contains(u("项目实践或导师辅导")));
    const CliRun bad =
        cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("plan"), u("智能制造班"), QStringLiteral("--role"),
                       QStringLiteral("16"), QStringLiteral("--provider"), u("月球")});
    CHECK(bad.exitCode == 2);
}

// Issue 21 items 7-9: anonymous codes, changes from exact values, the class CSV as a table.
namespace {

// A class of `n` people 学员01.. joining `name` in that order, each with `levelOf(i)` on every item of
// role 16; returns their assessment ids in joining order.
QStringList joinClass(AssessmentStore &store, const QString &name, const std::vector<Subject> &people,
                      const std::function<int(int)> &levelOf, const char *updated)
{
    Cohort c;
    c.name = name;
    const qint64 id = store.createCohort(c).value().id;
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    QStringList ids;
    for (size_t i = 0; i < people.size(); ++i) {
        Assessment a = Assessment::create(QStringLiteral("16"), Mode::Self, people[i], QString());
        a.updated = utc(updated);
        for (const Requirement &req : role.requirements)
            a.setRating(role, Rating{req.id, levelOf(static_cast<int>(i)), QString(), QString()});
        REQUIRE(store.insert(a).ok());
        // One at a time: the joining order is the order of the seats.
        REQUIRE(store.addToCohort(id, {a.id}).ok());
        ids << a.id;
    }
    return ids;
}

std::vector<Subject> learners(int n)
{
    std::vector<Subject> out;
    for (int i = 1; i <= n; ++i)
        out.push_back(person(QStringLiteral("学员%1").arg(i, 2, 10, QLatin1Char('0')).toUtf8().constData()));
    return out;
}

const CohortParticipant *participantOf(const CohortReport &r, const QString &assessmentId)
{
    for (const CohortParticipant &p : r.participants)
        if (p.assessmentId == assessmentId)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Participant codes do not follow joining order, and a person keeps theirs before and after",
          "[cohort][privacy]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    AssessmentStore store = openStore(tmp.filePath(QStringLiteral("codes.sqlite")));
    std::vector<Subject> people = learners(30);
    // Two namesakes, told apart by their numbers.
    people.push_back(person("张伟", "001"));
    people.push_back(person("张伟", "002"));
    const QStringList startIds = joinClass(
        store, QStringLiteral("start"), people, [](int i) { return i % 3; }, "2026-09-01T10:00:00Z");
    // The end: 25 come back in another order (the last to join first), with 25 newcomers (so that
    // the two cohorts together are more than the 50 people that three digits are for).
    std::vector<Subject> back;
    for (int i = 24; i >= 0; --i)
        back.push_back(people[static_cast<size_t>(i)]);
    back.push_back(people[31]); // 张伟 002 only
    for (int i = 1; i <= 25; ++i)
        back.push_back(person(QStringLiteral("新人%1").arg(i).toUtf8().constData()));
    joinClass(
        store, QStringLiteral("end"), back, [](int i) { return 1 + i % 3; }, "2026-12-01T10:00:00Z");

    auto start = CohortReport::load(store, bundledCatalog(), QStringLiteral("start"), QStringLiteral("16"), Mode::Self);
    auto end = CohortReport::load(store, bundledCatalog(), QStringLiteral("end"), QStringLiteral("16"), Mode::Self);
    REQUIRE(start.ok());
    REQUIRE(end.ok());
    REQUIRE(start->participants.size() == 32);

    // Codes: P and three digits, unique, and not in the order people joined (the seat order).
    const QRegularExpression shape(QStringLiteral("^P\\d{3}$"));
    QStringList codes;
    for (const CohortParticipant &p : start->participants) {
        CHECK(shape.match(p.code).hasMatch());
        codes << p.code;
    }
    CHECK(codes.removeDuplicates() == 0);
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    CHECK(codes != sorted);
    CHECK_FALSE(codes.contains(QStringLiteral("P01")));
    // The same view loaded again has the same codes.
    auto again = CohortReport::load(store, bundledCatalog(), QStringLiteral("start"), QStringLiteral("16"), Mode::Self);
    for (size_t i = 0; i < again->participants.size(); ++i)
        CHECK(again->participants[i].code == start->participants[i].code);

    // Before and after: each person in both has one code in both, the start's; codes stay unique.
    const CohortChange c = CohortChange::build(start.value(), end.value());
    REQUIRE(c.matched.size() == 26);
    for (const CohortChange::Participant &m : c.matched) {
        const CohortParticipant *b = participantOf(c.before, m.beforeId);
        const CohortParticipant *a = participantOf(c.after, m.afterId);
        REQUIRE(b);
        REQUIRE(a);
        CHECK(m.code == b->code);
        CHECK(a->code == b->code);
        // ... and the code the start's own class view gives them.
        CHECK(participantOf(start.value(), m.beforeId)->code == b->code);
    }
    for (const CohortReport *r : {&c.before, &c.after}) {
        QStringList all;
        for (const CohortParticipant &p : r->participants)
            all << p.code;
        CHECK(all.removeDuplicates() == 0);
    }

    // Anonymised, the rows follow the codes, not the joining order.
    CohortReport anonymous = start.value();
    anonymous.anonymise();
    for (size_t i = 1; i < anonymous.participants.size(); ++i)
        CHECK(anonymous.participants[i - 1].code < anonymous.participants[i].code);
    CohortChange anonymousChange = c;
    anonymousChange.anonymise();
    for (size_t i = 1; i < anonymousChange.matched.size(); ++i)
        CHECK(anonymousChange.matched[i - 1].code < anonymousChange.matched[i].code);
    for (const CohortChange::Participant &m : anonymousChange.matched)
        CHECK(m.label(true) == m.code);

    // Namesakes show their numbers wherever people are listed; others their names alone.
    QStringList labels;
    for (const CohortParticipant &p : start->participants)
        labels << p.label(false);
    CHECK(labels.contains(u("张伟 (001)")));
    CHECK(labels.contains(u("张伟 (002)")));
    CHECK(labels.contains(u("学员01")));
    QStringList changeLabels;
    for (const CohortChange::Participant &m : c.matched)
        changeLabels << m.label(false);
    for (const CohortChange::Absent &x : c.onlyBefore)
        changeLabels << x.label(false);
    CHECK(changeLabels.contains(u("张伟 (001)"))); // only before
    CHECK(changeLabels.contains(u("张伟 (002)"))); // in both
    // The JSON's lists of those in only one cohort name them so too.
    const json j = json::parse(cohortChangeToJson(c).dump());
    CHECK(j["only_before"].dump().find(u("张伟 (001)").toStdString()) != std::string::npos);
}

TEST_CASE("Participant codes stay unique among namesakes and colliding hashes", "[cohort][privacy]")
{
    std::vector<Subject> people;
    for (int i = 0; i < 300; ++i)
        people.push_back(person("王芳", QByteArray::number(i).constData()));
    for (int i = 0; i < 300; ++i)
        people.push_back(person(QStringLiteral("人%1").arg(i).toUtf8().constData()));
    const QByteArray key("key");
    QStringList codes = participantCodes(people, key);
    REQUIRE(codes.size() == 600);
    CHECK(codes.first().size() == 5); // P and 4 digits: ten codes per person or more
    CHECK(codes.removeDuplicates() == 0);
    // Another key, other codes.
    CHECK(participantCodes(people, QByteArray("other")) != participantCodes(people, key));
    // Nobody's code changes when others join after them (here 400 after the first 200, namesakes
    // of the first 200 among them).
    const std::vector<Subject> early(people.begin(), people.begin() + 200);
    CHECK(participantCodes(early, key) == participantCodes(people, key).mid(0, 200));
    // The first 40 keep the codes of a view of their own when 60 others join them.
    const std::vector<Subject> forty(people.begin() + 300, people.begin() + 340);
    std::vector<Subject> more = forty;
    more.insert(more.end(), people.begin(), people.begin() + 60);
    const QStringList alone = participantCodes(forty, key);
    const QStringList together = participantCodes(more, key, forty.size());
    CHECK(together.mid(0, 40) == alone);
    QStringList unique = together;
    CHECK(unique.removeDuplicates() == 0);
}

namespace {

// The change as the faces printed it before issue 21: from the two percentages as printed.
qint64 printedTenths(double before, double after)
{
    const auto tenths = [](double share) { return qRound64(std::round(share * 1000.0)); };
    return tenths(after) - tenths(before);
}

} // namespace

TEST_CASE("A change is worked out from exact values and rounded once, the same on every face", "[cohort]")
{
    // 2/17 is 11.76 points: 11.8, whether from 1/17 → 3/17 (5.9% → 17.6%) or 3/17 → 5/17 (17.6% → 29.4%).
    CHECK(pointChangeNumber(3.0 / 17 - 1.0 / 17) == QLatin1String("11.8"));
    CHECK(pointChangeNumber(5.0 / 17 - 3.0 / 17) == QLatin1String("11.8"));
    CHECK(pointChangeText(3.0 / 17 - 1.0 / 17, Language::English) == QLatin1String("+11.8 pt"));
    CHECK(pointChangeText(-2.0 / 17, Language::English) == QLatin1String("-11.8 pt"));
    CHECK(pointChangeText(3.0 / 17 - 1.0 / 17, Language::Chinese) == u("+11.8个百分点"));
    CHECK(pointChangeText(0.0, Language::English) == QLatin1String("+0.0 pt"));
    // 0.28667 is +28.7, never +28.6; a half (1/80 = 1.25 points) goes away from zero.
    CHECK(pointChangeTenths(0.28667) == 287);
    CHECK(pointChangeTenths(43.0 / 150) == 287);
    CHECK(pointChangeTenths(1.0 / 80) == 13);
    CHECK(pointChangeTenths(-1.0 / 80) == -13);
    CHECK(pointChangeTenths(0.7 - 0.5875) == 113); // 11.25 points in binary

    // A real before and after in which the printed percentages would give another figure: one
    // person whose readiness goes from k items met to m items met.
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("16"));
    auto levels = [&](size_t k, int level) {
        Assessment a = Assessment::create(QStringLiteral("16"), Mode::Self, person("甲"), QString());
        for (size_t i = 0; i < role.requirements.size(); ++i)
            a.setRating(role, Rating{role.requirements[i].id, i < k ? level : 0, QString(), QString()});
        return a;
    };
    std::optional<std::pair<size_t, size_t>> found;
    for (size_t k = 0; k < role.requirements.size() && !found; ++k)
        for (size_t m = k + 1; m <= role.requirements.size() && !found; ++m) {
            const double b = Scoring::score(catalog, role, levels(k, 1)).readiness;
            const double a = Scoring::score(catalog, role, levels(m, 4)).readiness;
            if (printedTenths(b, a) != pointChangeTenths(a - b))
                found.emplace(k, m);
        }
    REQUIRE(found);
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("exact.sqlite"));
    double exact = 0.0;
    {
        AssessmentStore store = openStore(db);
        Cohort b, e;
        b.name = QStringLiteral("before");
        e.name = QStringLiteral("after");
        const qint64 bi = store.createCohort(b).value().id;
        const qint64 ei = store.createCohort(e).value().id;
        Assessment x = levels(found->first, 1);
        Assessment y = levels(found->second, 4);
        y.updated = x.updated.addDays(30);
        REQUIRE(store.insert(x).ok());
        REQUIRE(store.insert(y).ok());
        REQUIRE(store.addToCohort(bi, {x.id}).ok());
        REQUIRE(store.addToCohort(ei, {y.id}).ok());
        exact = Scoring::score(catalog, role, y).readiness - Scoring::score(catalog, role, x).readiness;
    }
    const QString number = pointChangeNumber(exact);
    INFO("exact change " << exact << " -> " << number.toStdString());
    const QStringList compare{QStringLiteral("cohort"), QStringLiteral("compare"), QStringLiteral("before"),
                              QStringLiteral("after"),  QStringLiteral("--role"),  QStringLiteral("16")};
    // JSON: the exact change, which rounds to the figure shown.
    const CliRun j = cli(db, compare);
    REQUIRE(j.exitCode == 0);
    const json change = json::parse(j.out.toStdString());
    const double delta = change["participants"][0]["delta"].get<double>();
    CHECK(delta == Approx(exact).epsilon(1e-12));
    CHECK(pointChangeNumber(delta) == number);
    CHECK(pointChangeNumber(change["mean_delta"].get<double>()) == number);
    // CSV: the same plain number, in the participant's row and nowhere another.
    const CliRun csv = cli(db, compare + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                     QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList header = lines[0].split(QLatin1Char(','));
    const QStringList row = lines[1].split(QLatin1Char(','));
    const int changeColumn = static_cast<int>(header.indexOf(QStringLiteral("Change (points)")));
    REQUIRE(changeColumn >= 0);
    CHECK(row.at(changeColumn) == number);
    // HTML, in English and Chinese: the signed figure with its unit.
    for (const auto &[lang, unit] :
         {std::pair{QStringLiteral("en"), QStringLiteral(" pt")}, std::pair{QStringLiteral("zh"), u("个百分点")}}) {
        const CliRun html = cli(db, compare + QStringList{QStringLiteral("--format"), QStringLiteral("html"),
                                                          QStringLiteral("--lang"), lang});
        REQUIRE(html.exitCode == 0);
        // The participant's row of the table: name, before, after, change.
        const QString text = (exact < 0 ? QString() : QStringLiteral("+")) + number + unit;
        const QRegularExpression cell(
            QStringLiteral("<td class=\"text\">%1</td><td>[0-9.]+%</td><td>[0-9.]+%</td><td>([^<]*)</td>")
                .arg(u("甲")));
        const QRegularExpressionMatch m = cell.match(html.out);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1) == text);
    }
}

TEST_CASE("The class CSV has one row per participant; required levels and met counts are a second table",
          "[cohort][cli]")
{
    Class16 cls;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString path = out.filePath(QStringLiteral("class.csv"));
    const CliRun r = cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("report"), u("工业互联网 2026 春"),
                                    QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("--out"), path});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString people = QString::fromUtf8(readFileBytes(path));
    const QStringList lines = people.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // A header and the three participants: no row of required levels or met counts among them.
    REQUIRE(lines.size() == 4);
    CHECK_FALSE(people.contains(QStringLiteral("Required level")));
    CHECK_FALSE(people.contains(QStringLiteral("Met (of")));
    const int columns = static_cast<int>(lines[0].count(QLatin1Char(',')));
    for (const QString &line : lines.mid(1)) {
        CHECK(line.count(QLatin1Char(',')) == columns);
        CHECK(line.startsWith(QLatin1Char('P')));
    }
    // The second table beside it: one row per requirement with its required level and met count.
    const QString itemsPath = out.filePath(QStringLiteral("class-items.csv"));
    REQUIRE(QFileInfo::exists(itemsPath));
    const QByteArray itemBytes = readFileBytes(itemsPath);
    CHECK(itemBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList items = QString::fromUtf8(itemBytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    REQUIRE(items.size() == static_cast<int>(role.requirements.size()) + 1);
    CHECK(items[0].contains(QStringLiteral("Required level")));
    CHECK(items[0].contains(QStringLiteral("Met")));
    // 16.a.1 (q 2): met by two of three.
    bool a1 = false;
    for (const QString &line : items)
        if (line.startsWith(QStringLiteral("16.a.1,"))) {
            a1 = true;
            const QStringList cells = line.split(QLatin1Char(','));
            CHECK(cells.at(2) == QLatin1String("2")); // required
            CHECK(cells.at(3) == QLatin1String("3")); // participants
            CHECK(cells.at(5) == QLatin1String("2")); // met
        }
    CHECK(a1);
}

TEST_CASE("cohort slides writes each class view as a 16:9 PNG and SVG, anonymised on request", "[cohort][cli][slides]")
{
    EngineeringClass cls;
    const QString out = cls.dir.filePath(QStringLiteral("slides"));
    const CliRun run = cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("slides"), u("智能制造班"),
                                      QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--before"),
                                      u("智能制造班"), QStringLiteral("--anonymize"), QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    for (const char *name : {"heatmap", "distribution", "plan", "before-after"}) {
        INFO(name);
        const QByteArray png = readFileBytes(QDir(out).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
        REQUIRE(png.size() > 24);
        CHECK(png.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        auto be32 = [&](int at) {
            return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
                   (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
        };
        CHECK(be32(16) == 1920u);
        CHECK(be32(20) == 1080u);
        const QByteArray svg = readFileBytes(QDir(out).filePath(QString::fromLatin1(name) + QStringLiteral(".svg")));
        CHECK(svg.contains("viewBox=\"0 0 1920 1080\""));
        CHECK_FALSE(svg.contains(u("学员").toUtf8()));
    }
    // Written files are not replaced without --force.
    const CliRun again = cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("slides"), u("智能制造班"),
                                        QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--out"), out});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));
}

TEST_CASE("A dimension's change is the exact one in the CSV, the HTML, the PDF and the JSON", "[cohort]")
{
    // One person whose attainment in one dimension goes from k to m of its items, chosen so that
    // the percentages as printed would give another change (as 1/17 → 3/17 does: 5.9% → 17.6%).
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("16"));
    auto levels = [&](const QString &dimension, int k, int level) {
        Assessment a = Assessment::create(QStringLiteral("16"), Mode::Self, person("乙"), QString());
        int seen = 0;
        for (const Requirement &req : role.requirements)
            a.setRating(role,
                        Rating{req.id, req.dimension == dimension && seen++ < k ? level : 0, QString(), QString()});
        return a;
    };
    struct Found
    {
        size_t dimension;
        int k, m;
    };
    std::optional<Found> found;
    for (size_t d = 0; d < catalog.dimensions().size() && !found; ++d) {
        const QString key = catalog.dimensions()[d].key;
        const int items = static_cast<int>(std::count_if(role.requirements.begin(), role.requirements.end(),
                                                         [&](const Requirement &r) { return r.dimension == key; }));
        for (int k = 0; k < items && !found; ++k)
            for (int m = k + 1; m <= items && !found; ++m) {
                const double b = Scoring::score(catalog, role, levels(key, k, 1)).dimensions[d].attainment;
                const double a = Scoring::score(catalog, role, levels(key, m, 4)).dimensions[d].attainment;
                if (printedTenths(b, a) != pointChangeTenths(a - b))
                    found = Found{d, k, m};
            }
    }
    REQUIRE(found);
    const QString key = catalog.dimensions()[found->dimension].key;
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("dimension.sqlite"));
    double exact = 0.0;
    {
        AssessmentStore store = openStore(db);
        Cohort b, e;
        b.name = QStringLiteral("before");
        e.name = QStringLiteral("after");
        const qint64 bi = store.createCohort(b).value().id;
        const qint64 ei = store.createCohort(e).value().id;
        Assessment x = levels(key, found->k, 1);
        Assessment y = levels(key, found->m, 4);
        y.updated = x.updated.addDays(30);
        REQUIRE(store.insert(x).ok());
        REQUIRE(store.insert(y).ok());
        REQUIRE(store.addToCohort(bi, {x.id}).ok());
        REQUIRE(store.addToCohort(ei, {y.id}).ok());
        exact = Scoring::score(catalog, role, y).dimensions[found->dimension].attainment -
                Scoring::score(catalog, role, x).dimensions[found->dimension].attainment;
    }
    const QString number = pointChangeNumber(exact);
    const QString text = pointChangeText(exact, Language::English);
    INFO("dimension " << key.toStdString() << ": exact change " << exact << " -> " << number.toStdString());
    const QStringList compare{QStringLiteral("cohort"), QStringLiteral("compare"), QStringLiteral("before"),
                              QStringLiteral("after"),  QStringLiteral("--role"),  QStringLiteral("16"),
                              QStringLiteral("--lang"), QStringLiteral("en")};
    // JSON: the exact mean change of the dimension, which rounds to the figure shown.
    const CliRun j = cli(db, compare);
    REQUIRE(j.exitCode == 0);
    const json change = json::parse(j.out.toStdString());
    const double delta = change["dimensions"][found->dimension]["mean_delta"].get<double>();
    CHECK(delta == Approx(exact).epsilon(1e-12));
    CHECK(pointChangeNumber(delta) == number);
    // CSV: the participant's change in that dimension.
    const CliRun csv = cli(db, compare + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    const QStringList header = lines[0].split(QLatin1Char(','));
    const int column = static_cast<int>(
        header.indexOf(QStringLiteral("Change (points): %1").arg(catalog.dimension(key)->name(Language::English))));
    REQUIRE(column >= 0);
    CHECK(lines[1].split(QLatin1Char(',')).at(column) == number);
    // HTML: the dimension's row of the table, before, after and the change.
    const CliRun html = cli(db, compare + QStringList{QStringLiteral("--format"), QStringLiteral("html")});
    REQUIRE(html.exitCode == 0);
    const QRegularExpression row(
        QStringLiteral("<td class=\"text\">%1</td><td>[0-9.]+%</td><td>[0-9.]+%</td><td>([^<]*)</td>")
            .arg(QRegularExpression::escape(catalog.dimension(key)->heading(Language::English).toHtmlEscaped())));
    const QRegularExpressionMatch m = row.match(html.out);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1) == text);
    // PDF: the same figure in the text a reader sees.
    const QString pdf = tmp.filePath(QStringLiteral("change.pdf"));
    const CliRun written =
        cli(db, compare + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    REQUIRE(written.exitCode == 0);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).contains(text));
}

TEST_CASE("cohort report --provider splits the JSON's plan for that workshop", "[cohort][cli][workshop]")
{
    EngineeringClass cls;
    const CliRun run =
        cli(cls.path, {QStringLiteral("cohort"), QStringLiteral("report"), u("智能制造班"), QStringLiteral("--role"),
                       QStringLiteral("16"), QStringLiteral("--provider"), u("企业")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const json j = json::parse(run.out.toStdString());
    CHECK(j["workshop"]["offer"]["providers"] == json::array({"enterprise"}));
    CHECK(j["workshop"]["offer"]["default"] == false);
    REQUIRE_FALSE(j["workshop"]["teachable_here"].empty());
    // An enterprise mentors: the 工程实践 items are taught first.
    CHECK(j["workshop"]["teachable_here"][0]["id"].get<std::string>().rfind("16.d.", 0) == 0);
    CHECK(j["workshop"]["teachable_here"][0]["methods_here"] == json::array({"project-mentoring"}));
}
