// Issue 11's exact definitions (the hiring round's figures in core), against a small
// hand-computed round: an odd and an even panel, unanswered items, a consensus overriding a wide
// spread, a failed must-have ranking a strong candidate after a weaker one, a tie broken by name,
// and an assessor who rated twice (the latest counts).
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CohortJson.h"
#include "HiringRound.h"
#include "Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::utc;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

int serial = 0;

AssessmentSummary rated(const char *candidate, Mode mode, const char *assessor, const char *updated,
                        const std::vector<std::pair<const char *, int>> &levels, const char *role = "16")
{
    AssessmentSummary a;
    a.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(++serial, 12, 10, QLatin1Char('0'));
    a.role = QString::fromLatin1(role);
    a.mode = mode;
    a.subject.name = u(candidate);
    a.assessorName = u(assessor);
    a.created = utc("2026-11-01T09:00:00Z");
    a.updated = utc(updated);
    for (const auto &[req, level] : levels) {
        Rating r;
        r.requirement = QString::fromLatin1(req);
        r.level = level;
        a.levels.push_back(r);
    }
    a.answered = static_cast<int>(a.levels.size());
    return a;
}

// Every item of role 16 at its required level, except those listed (level -1: unanswered).
std::vector<std::pair<const char *, int>> required16(const std::vector<std::pair<const char *, int>> &except)
{
    static std::vector<QByteArray> keep;
    std::vector<std::pair<const char *, int>> out;
    for (const Requirement &req : bundledCatalog().role(QStringLiteral("16"))->requirements) {
        keep.push_back(req.id.toLatin1());
        int level = req.level;
        for (const auto &[id, l] : except)
            if (req.id == QLatin1String(id))
                level = l;
        if (level >= 0)
            out.emplace_back(keep.back().constData(), level);
    }
    return out;
}

// Every item of role 16 at one level.
std::vector<std::pair<const char *, int>> all16(int level)
{
    std::vector<std::pair<const char *, int>> out = required16({});
    for (auto &item : out)
        item.second = level;
    return out;
}

const RoundItem &itemOf(const RoundCandidate &c, const char *id)
{
    const auto it = std::find_if(c.items.begin(), c.items.end(),
                                 [&](const RoundItem &i) { return i.requirement == QLatin1String(id); });
    REQUIRE(it != c.items.end());
    return *it;
}

} // namespace

TEST_CASE("A hiring round's figures follow the exact definitions", "[round]")
{
    Cohort round;
    round.name = QStringLiteral("Data architect 2026");
    round.kind = CohortKind::Hiring;
    const std::vector<AssessmentSummary> members{
        // 甲: a panel of three (odd).
        rated("甲", Mode::Assessor, "A", "2026-11-02T10:00:00Z", {{"16.a.1", 1}, {"16.a.2", 4}, {"16.a.3", 3}}),
        rated("甲", Mode::Assessor, "B", "2026-11-02T10:00:00Z", {{"16.a.1", 3}, {"16.a.2", 0}}),
        rated("甲", Mode::Assessor, "C", "2026-11-02T10:00:00Z", {{"16.a.1", 2}}),
        rated("甲", Mode::Self, "", "2026-11-01T10:00:00Z", {{"16.a.1", 4}}),
        // 乙: a panel of two (even); A rated twice, the later counts. Strong, but 16.a.3 (a
        // must-have) is unanswered.
        rated("乙", Mode::Assessor, "A", "2026-11-02T10:00:00Z", required16({})),
        rated("乙", Mode::Assessor, "A", "2026-11-03T10:00:00Z", required16({{"16.a.3", -1}})),
        rated("乙", Mode::Assessor, "B", "2026-11-03T11:00:00Z", {{"16.a.1", 3}}),
        // 丙 and 丁: one assessor each, everything at 0: tied on every rule but the name.
        rated("丙", Mode::Assessor, "C", "2026-11-03T10:00:00Z", all16(0)),
        rated("丁", Mode::Assessor, "C", "2026-11-03T10:00:00Z", all16(0)),
        // A self-assessment only, and another role: no candidates.
        rated("戊", Mode::Self, "", "2026-11-03T10:00:00Z", {{"16.a.1", 4}}),
        rated("己", Mode::Assessor, "A", "2026-11-03T10:00:00Z", {{"34.a.1", 4}}, "34"),
    };
    RoundConsensus agreed;
    agreed.candidate.name = u("甲");
    agreed.requirement = QStringLiteral("16.a.2");
    agreed.level = 3;
    agreed.reason = u("项目经历已核实");
    RoundDecision decided;
    decided.candidate.name = u("甲");
    decided.decision = QStringLiteral("shortlist");

    auto built = RoundReport::build(bundledCatalog(), round, QStringLiteral("16"), {QStringLiteral("16.a.3")}, members,
                                    {agreed}, {decided});
    INFO(built.error());
    REQUIRE(built.ok());
    const RoundReport &r = built.value();
    REQUIRE(r.candidates.size() == 4);

    // Ranking: 甲 meets the must-have; 乙 is stronger but fails it; 丁 before 丙 by code point.
    CHECK(r.candidates[0].subject.name == u("甲"));
    CHECK(r.candidates[1].subject.name == u("乙"));
    CHECK(r.candidates[2].subject.name == u("丁"));
    CHECK(r.candidates[3].subject.name == u("丙"));
    for (int i = 0; i < 4; ++i)
        CHECK(r.candidates[static_cast<size_t>(i)].rank == i + 1);
    CHECK(r.candidates[1].score.readiness > r.candidates[0].score.readiness);
    CHECK(r.candidates[0].failedMustHaves.isEmpty());
    CHECK(r.candidates[1].failedMustHaves == QStringList{QStringLiteral("16.a.3")});

    const RoundCandidate &jia = r.candidates[0];
    CHECK(jia.panel == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK_FALSE(jia.selfAssessmentId.isEmpty());
    CHECK(jia.decision == QLatin1String("shortlist"));
    // 16.a.1: 1, 3, 2 -> lower median 2, spread 2, an open disagreement.
    const RoundItem &a1 = itemOf(jia, "16.a.1");
    CHECK(a1.combined == 2);
    CHECK(a1.source == RoundItem::Source::Median);
    CHECK(a1.spread == 2);
    CHECK(a1.disagreement);
    // 16.a.2: 4, 0 (C did not answer) -> would be 0 with spread 4, but the consensus says 3.
    const RoundItem &a2 = itemOf(jia, "16.a.2");
    CHECK(a2.combined == 3);
    CHECK(a2.source == RoundItem::Source::Consensus);
    CHECK(a2.spread == 4);
    CHECK_FALSE(a2.disagreement);
    CHECK(a2.consensusReason == u("项目经历已核实"));
    // 16.a.3: A alone -> single.
    const RoundItem &a3 = itemOf(jia, "16.a.3");
    CHECK(a3.combined == 3);
    CHECK(a3.source == RoundItem::Source::Single);
    CHECK(a3.spread == 0);
    // An item nobody rated: none.
    CHECK_FALSE(itemOf(jia, "16.d.1").combined);
    CHECK(itemOf(jia, "16.d.1").source == RoundItem::Source::None);
    CHECK(jia.openDisagreements == 1);
    // Gaps of two or more (none as 0): every unrated item with q >= 2, i.e. all but 16.b.3 (q 1)
    // and the three rated ones.
    CHECK(jia.gapsOfTwoOrMore == 16);

    // 乙: A's later assessment counts (16.a.3 unanswered); 16.a.1: 2 and 3 -> lower median 2.
    const RoundCandidate &yi = r.candidates[1];
    CHECK(yi.panel == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK_FALSE(itemOf(yi, "16.a.3").combined);
    CHECK(itemOf(yi, "16.a.1").combined == 2);
    CHECK(itemOf(yi, "16.a.1").spread == 1);

    // Agreement: 甲 16.a.1 gives 3 pairs (2, 1, 1 apart), 甲 16.a.2 one (4 apart), 乙 16.a.1 one
    // (1 apart): 5 pairs, none equal, 3 adjacent.
    CHECK(r.agreement.pairs == 5);
    CHECK(*r.agreement.exact == Approx(0.0));
    CHECK(*r.agreement.adjacent == Approx(0.6));
    // Calibration: A (1 - 2.5, 4 - 0, 2 - 3) -> 0.5; B (3 - 1.5, 0 - 4, 3 - 2) -> -0.5; C (2 - 2) -> 0.
    REQUIRE(r.assessors.size() == 3);
    CHECK(r.assessors[0].name == QLatin1String("A"));
    CHECK(*r.assessors[0].meanDifference == Approx(0.5));
    CHECK(r.assessors[0].items == 3);
    CHECK(*r.assessors[1].meanDifference == Approx(-0.5));
    CHECK(*r.assessors[2].meanDifference == Approx(0.0));
    CHECK(r.assessors[2].items == 1);

    const nlohmann::json j = nlohmann::json::parse(roundReportToJson(r).dump());
    CHECK(j["schema"] == "iitalent.round-report/1");
    CHECK(j["must_haves"] == nlohmann::json::array({"16.a.3"}));
    CHECK(j["candidates"][0]["subject"]["name"] == "甲");
    CHECK(j["candidates"][0]["decision"] == "shortlist");
    CHECK(j["candidates"][0]["items"][0]["ratings"]["B"] == 3);
    CHECK(j["candidates"][0]["items"][1]["source"] == "consensus");
    CHECK(j["candidates"][0]["items"][1]["consensus_reason"] == "项目经历已核实");
    CHECK(j["candidates"][0]["items"][2]["ratings"]["C"].is_null());
    CHECK(j["candidates"][1]["failed_must_haves"] == nlohmann::json::array({"16.a.3"}));
    CHECK(j["agreement"]["pairs"] == 5);
    CHECK(j["assessors"][1]["mean_difference"] == Approx(-0.5));
}

TEST_CASE("A round refuses a must-have of another role", "[round]")
{
    Cohort round;
    round.name = QStringLiteral("r");
    auto built = RoundReport::build(bundledCatalog(), round, QStringLiteral("16"), {QStringLiteral("34.a.1")}, {});
    CHECK_FALSE(built.ok());
    CHECK(built.error().contains(QStringLiteral("34.a.1")));
}

namespace {

using iitalent::test::CliRun;
using iitalent::test::runCli;

CliRun cli(const QString &db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args);
}

QString newAssessment(const QString &db, const QStringList &args)
{
    const CliRun r = cli(db, QStringList{QStringLiteral("new")} + args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("round commands: must-haves, other roles refused, consensus with its checks, decisions, forgetting",
          "[round][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("hr.sqlite"));
    const QString round = QStringLiteral("Architect 2026");
    // A must-have of another role is refused, and nothing is created.
    CliRun r = cli(db, {QStringLiteral("round"), QStringLiteral("create"), round, QStringLiteral("--role"),
                        QStringLiteral("16"), QStringLiteral("--must-have"), QStringLiteral("34.a.1")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("34.a.1 is not a requirement of role 16")));
    r = cli(db, {QStringLiteral("round"), QStringLiteral("create"), round, QStringLiteral("--role"),
                 QStringLiteral("16"), QStringLiteral("--must-have"), QStringLiteral("16.a.3"),
                 QStringLiteral("--must-have"), QStringLiteral("16.d.1")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QStringList wang{QStringLiteral("--role"),   QStringLiteral("16"),        QStringLiteral("--mode"),
                           QStringLiteral("assessor"), QStringLiteral("--subject"), u("王敏"),
                           QStringLiteral("--number"), QStringLiteral("E7"),        QStringLiteral("--assessor")};
    const QString byA = newAssessment(db, wang + QStringList{QStringLiteral("Interviewer A")});
    const QString byB = newAssessment(db, wang + QStringList{QStringLiteral("Interviewer B")});
    REQUIRE(cli(db, {QStringLiteral("rate"), byA, QStringLiteral("16.a.3"), QStringLiteral("1")}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("rate"), byB, QStringLiteral("16.a.3"), QStringLiteral("4")}).exitCode == 0);
    const QString other = newAssessment(db, {QStringLiteral("--role"), QStringLiteral("34"), QStringLiteral("--mode"),
                                             QStringLiteral("assessor"), QStringLiteral("--subject"), u("王敏"),
                                             QStringLiteral("--assessor"), QStringLiteral("Interviewer A")});
    r = cli(db, {QStringLiteral("round"), QStringLiteral("add"), round, byA, byB, other});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("it is an assessment of role 34; this round is for role 16")));
    CHECK(r.err.contains(QStringLiteral("2 added")));

    r = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round});
    REQUIRE(r.exitCode == 0);
    nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
    REQUIRE(j["candidates"].size() == 1);
    CHECK(j["must_haves"] == nlohmann::json::array({"16.a.3", "16.d.1"}));
    const auto item = [&](const nlohmann::json &report, const char *id) {
        for (const auto &i : report["candidates"][0]["items"])
            if (i["id"] == id)
                return i;
        return nlohmann::json();
    };
    CHECK(item(j, "16.a.3")["combined"] == 1); // 1 and 4: the lower median
    CHECK(item(j, "16.a.3")["disagreement"] == true);

    // Bad consensus input: a clear error each, nothing written.
    const QStringList base{QStringLiteral("round"), QStringLiteral("consensus"), round, QStringLiteral("--candidate"),
                           u("王敏")};
    r = cli(db, base + QStringList{QStringLiteral("16.a.3"), QStringLiteral("3")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("a consensus needs a reason")));
    r = cli(db, base + QStringList{QStringLiteral("16.a.3"), QStringLiteral("5"), QStringLiteral("--reason"),
                                   QStringLiteral("x")});
    CHECK(r.exitCode == 2);
    r = cli(db, base + QStringList{QStringLiteral("34.a.1"), QStringLiteral("3"), QStringLiteral("--reason"),
                                   QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("34.a.1 is not a requirement of role 16")));
    r = cli(db, {QStringLiteral("round"), QStringLiteral("consensus"), round, QStringLiteral("--candidate"), u("李四"),
                 QStringLiteral("16.a.3"), QStringLiteral("3"), QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is not a candidate of the round")));
    r = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round});
    j = nlohmann::json::parse(r.out.toStdString());
    CHECK(item(j, "16.a.3")["source"] == "median");

    // A consensus overrides the wide spread; withdrawn, the median is back.
    r = cli(db, base + QStringList{QStringLiteral("16.a.3"), QStringLiteral("3"), QStringLiteral("--reason"),
                                   u("项目答辩后一致认可")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli(db, {QStringLiteral("round"), QStringLiteral("decide"), round, QStringLiteral("--candidate"), u("王敏"),
                 QStringLiteral("shortlist"), QStringLiteral("--note"), QStringLiteral("strong")});
    REQUIRE(r.exitCode == 0);
    r = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round});
    j = nlohmann::json::parse(r.out.toStdString());
    CHECK(item(j, "16.a.3")["combined"] == 3);
    CHECK(item(j, "16.a.3")["source"] == "consensus");
    CHECK(item(j, "16.a.3")["disagreement"] == false);
    CHECK(item(j, "16.a.3")["consensus_reason"] == "项目答辩后一致认可");
    CHECK(item(j, "16.a.3")["ratings"]["Interviewer A"] == 1); // the ratings stay
    CHECK(j["candidates"][0]["decision"] == "shortlist");
    r = cli(db, base + QStringList{QStringLiteral("16.a.3"), QStringLiteral("--withdraw")});
    REQUIRE(r.exitCode == 0);
    r = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round});
    j = nlohmann::json::parse(r.out.toStdString());
    CHECK(item(j, "16.a.3")["source"] == "median");
    r = cli(db, {QStringLiteral("round"), QStringLiteral("decide"), round, QStringLiteral("--candidate"), u("王敏"),
                 QStringLiteral("maybe")});
    CHECK(r.exitCode == 1);

    // Forgetting the person removes what the round recorded about them too.
    REQUIRE(cli(db, base + QStringList{QStringLiteral("16.a.3"), QStringLiteral("3"), QStringLiteral("--reason"),
                                       QStringLiteral("again")})
                .exitCode == 0);
    r = cli(db, {QStringLiteral("forget-subject"), u("王敏"), QStringLiteral("--yes")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = iitalent::test::readFileBytes(db);
    SqliteDatabase raw;
    REQUIRE(raw.open(db, SqliteDatabase::Mode::ReadOnly).ok());
    auto q = raw.prepare(QStringLiteral("SELECT (SELECT count(*) FROM round_consensus) + "
                                        "(SELECT count(*) FROM round_decisions)"));
    REQUIRE(q.ok());
    REQUIRE(q->step());
    CHECK(q->integer(0) == 0);
    CHECK_FALSE(bytes.contains(u("项目答辩后一致认可").toUtf8()));
}

TEST_CASE("A version 3 store gets the round tables after a backup", "[round][migration]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("v3.sqlite"));
    {
        auto store = AssessmentStore::open(path);
        REQUIRE(store.ok());
        Cohort c;
        c.name = QStringLiteral("kept");
        REQUIRE(store->createCohort(c).ok());
    }
    {
        SqliteDatabase raw;
        REQUIRE(raw.open(path, SqliteDatabase::Mode::ReadWriteCreate).ok());
        REQUIRE(raw.exec(QStringLiteral("DROP TABLE round_audit; DROP TABLE round_scorecards; "
                                        "ALTER TABLE ratings DROP COLUMN not_assessed; DROP TABLE round_decisions; "
                                        "DROP TABLE round_consensus; "
                                        "DROP TABLE round_must_haves; PRAGMA user_version = 3;"))
                    .ok());
    }
    auto store = AssessmentStore::open(path);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    CHECK(store->migratedFrom() == 3);
    CHECK(QFileInfo(store->migrationBackup()).fileName().startsWith(QStringLiteral("v3.sqlite.v3-backup-")));
    auto c = store->cohort(QStringLiteral("kept"));
    REQUIRE(c.ok());
    CHECK(store->setMustHaves(c->id, {QStringLiteral("16.a.1")}).ok());
    CHECK(store->mustHaves(c->id).value() == QStringList{QStringLiteral("16.a.1")});
}

TEST_CASE("round report writes the hiring-meeting document as PDF, HTML and CSV", "[round][cli][report]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("hr.sqlite"));
    const QString round = QStringLiteral("Architect 2026");
    REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("create"), round, QStringLiteral("--role"),
                     QStringLiteral("16"), QStringLiteral("--must-have"), QStringLiteral("16.a.3"),
                     QStringLiteral("--date"), QStringLiteral("2026-11-20")})
                .exitCode == 0);
    const auto candidate = [&](const QString &name, const QString &assessor,
                               const std::vector<std::pair<QString, int>> &levels) {
        const QString id = newAssessment(db, {QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--mode"),
                                              QStringLiteral("assessor"), QStringLiteral("--subject"), name,
                                              QStringLiteral("--assessor"), assessor});
        for (const auto &[item, level] : levels)
            REQUIRE(cli(db, {QStringLiteral("rate"), id, item, QString::number(level)}).exitCode == 0);
        REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("add"), round, id}).exitCode == 0);
        return id;
    };
    // Bob is the strongest but fails the must-have 16.a.3; 陈静 meets it and is stronger than Alice.
    std::vector<std::pair<QString, int>> strong;
    for (const Requirement &req : bundledCatalog().role(QStringLiteral("16"))->requirements)
        strong.emplace_back(req.id, req.id == QLatin1String("16.a.3") ? 1 : 4);
    const QString bob = candidate(QStringLiteral("Bob Weakspot"), QStringLiteral("Interviewer A"), strong);
    REQUIRE(cli(db, {QStringLiteral("rate"), bob, QStringLiteral("16.a.2"), QStringLiteral("4"),
                     QStringLiteral("--evidence"), QStringLiteral("Bob's secret evidence")})
                .exitCode == 0);
    candidate(QStringLiteral("Alice Steady"), QStringLiteral("Interviewer A"), {{QStringLiteral("16.a.3"), 3}});
    candidate(QStringLiteral("Alice Steady"), QStringLiteral("Interviewer B"), {{QStringLiteral("16.a.3"), 4}});
    const QString chen = candidate(u("陈静"), QStringLiteral("Interviewer B"),
                                   {{QStringLiteral("16.a.3"), 3}, {QStringLiteral("16.a.1"), 2}});
    // The shortlisted candidate's scorecard prints the panel's evidence and her own view beside it.
    REQUIRE(cli(db, {QStringLiteral("rate"), chen, QStringLiteral("16.a.1"), QStringLiteral("2"),
                     QStringLiteral("--evidence"), QStringLiteral("Built the plant data lake"),
                     QStringLiteral("--note"), QStringLiteral("ask about scale")})
                .exitCode == 0);
    const QString self = newAssessment(db, {QStringLiteral("--role"), QStringLiteral("16"), QStringLiteral("--mode"),
                                            QStringLiteral("self"), QStringLiteral("--subject"), u("陈静")});
    REQUIRE(cli(db, {QStringLiteral("rate"), self, QStringLiteral("16.a.1"), QStringLiteral("4")}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("add"), round, self}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("decide"), round, QStringLiteral("--candidate"), u("陈静"),
                     QStringLiteral("shortlist")})
                .exitCode == 0);
    const QStringList ranked{u("陈静"), QStringLiteral("Alice Steady"), QStringLiteral("Bob Weakspot")};

    const auto report = [&](const QString &format, const QString &lang, const QString &out,
                            const QStringList &extra = {}) {
        const CliRun r =
            cli(db, QStringList{QStringLiteral("round"), QStringLiteral("report"), round, QStringLiteral("--format"),
                                format, QStringLiteral("--lang"), lang, QStringLiteral("--out"), out} +
                        extra);
        INFO(format.toStdString() << " " << lang.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QByteArray bytes = iitalent::test::readFileBytes(out);
        REQUIRE(bytes.size() > 100);
        return bytes;
    };
    const auto pdfText = [](const QString &path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-layout"), path, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardOutput());
    };

    // Before any decision, and by default, every candidate has a scorecard, with the panel's
    // scorecards (status, recommendation, comment) and evidence.
    const QString all = tmp.filePath(QStringLiteral("round-all.pdf"));
    CHECK(report(QStringLiteral("pdf"), QStringLiteral("en"), all).startsWith("%PDF"));
    const QString allText = pdfText(all);
    for (const QString &name : ranked)
        CHECK(allText.contains(QStringLiteral("Scorecard: ") + name));
    CHECK(allText.contains(QStringLiteral("Bob's secret evidence")));
    CHECK(allText.contains(QStringLiteral("The panel's scorecards")));
    CHECK(allText.contains(QStringLiteral("not submitted")));
    // The ranking CSV gives each panel member's recommendation (none submitted yet).
    const QString csvPath = tmp.filePath(QStringLiteral("ranking.csv"));
    const QString csvText = QString::fromUtf8(report(QStringLiteral("csv"), QStringLiteral("en"), csvPath));
    CHECK(csvText.contains(QStringLiteral("Panel's recommendations")));
    CHECK(csvText.contains(QStringLiteral("Interviewer A: not submitted")));
    // A document with people's data is its owner's only.
    CHECK((QFile::permissions(all) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                      QFileDevice::WriteOther)) == QFileDevice::Permissions());
    const CliRun wrong = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round,
                                  QStringLiteral("--scorecards"), QStringLiteral("maybe")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("not maybe")));
    // The PDF with the shortlisted candidates' scorecards only.
    const QString en = tmp.filePath(QStringLiteral("round-en.pdf"));
    CHECK(report(QStringLiteral("pdf"), QStringLiteral("en"), en,
                 {QStringLiteral("--scorecards"), QStringLiteral("shortlisted")})
              .startsWith("%PDF"));
    const QString text = pdfText(en);
    for (const QString &name : ranked)
        CHECK(text.contains(name));
    CHECK(text.contains(QStringLiteral("Readiness, highest first")));
    CHECK(text.contains(QStringLiteral("Candidates who meet every must-have come first")));
    CHECK(text.contains(QStringLiteral("Scorecard: ") + u("陈静")));
    CHECK_FALSE(text.contains(QStringLiteral("Scorecard: Bob")));
    CHECK(text.contains(QStringLiteral("Hiring meeting: Architect 2026")));
    CHECK(text.contains(QStringLiteral("Built the plant data lake")));
    CHECK(text.contains(QStringLiteral("ask about scale")));
    CHECK(text.contains(QStringLiteral("Self (not")));                   // a header that wraps in its column
    CHECK_FALSE(text.contains(QStringLiteral("Bob's secret evidence"))); // not shortlisted: no scorecard
    const QString zh = tmp.filePath(QStringLiteral("round-zh.pdf"));
    report(QStringLiteral("pdf"), QStringLiteral("zh"), zh);
    const QString zhText = pdfText(zh);
    for (const QString &name : ranked)
        CHECK(zhText.contains(name));
    CHECK(zhText.contains(u("准备度从高到低")));

    // The HTML: self-contained, the same content.
    const QString html = QString::fromUtf8(
        report(QStringLiteral("html"), QStringLiteral("en"), tmp.filePath(QStringLiteral("round.html"))));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("src=")));
    for (const QString &name : ranked)
        CHECK(html.contains(name));
    CHECK(html.contains(QStringLiteral("Readiness, highest first")));
    CHECK(html.contains(QStringLiteral("Built the plant data lake")));
    CHECK(html.contains(QStringLiteral("Self (not counted)")));

    // Candidates never see one another: a candidate's own report names neither the others nor the round.
    for (const char *format : {"text", "html", "json"}) {
        const CliRun own = cli(db, {QStringLiteral("report"), chen, QStringLiteral("--format"), QLatin1String(format)});
        INFO(format << ": " << own.err.toStdString());
        REQUIRE(own.exitCode == 0);
        CHECK(own.out.contains(u("陈静")));
        for (const char *other : {"Bob Weakspot", "Alice Steady", "Architect 2026", "Interviewer A"})
            CHECK_FALSE(own.out.contains(QLatin1String(other)));
    }

    // The CSV: the ranking, one row per candidate in rank order, after a BOM and a header.
    const QByteArray csv =
        report(QStringLiteral("csv"), QStringLiteral("en"), tmp.filePath(QStringLiteral("round.csv")));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + ranked.size());
    CHECK(lines.at(0).startsWith(QStringLiteral("Rank,Candidate,")));
    for (int i = 0; i < ranked.size(); ++i)
        CHECK(lines.at(i + 1).startsWith(QStringLiteral("%1,%2,").arg(i + 1).arg(ranked.at(i))));
    CHECK(lines.at(3).contains(QStringLiteral(",16.a.3,")));

    // On stdout the CSV keeps its BOM; a PDF without --out goes to a file named after the round.
    QProcess p;
    p.start(iitalent::test::cliPath(), {QStringLiteral("--db"), db, QStringLiteral("round"), QStringLiteral("report"),
                                        round, QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    const QByteArray out = p.readAllStandardOutput();
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    CHECK(out.count("\xEF\xBB\xBF") == 1);
    const CliRun pdf =
        iitalent::test::runCli({QStringLiteral("--db"), db, QStringLiteral("round"), QStringLiteral("report"), round,
                                QStringLiteral("--format"), QStringLiteral("pdf")},
                               {}, tmp.path());
    INFO(pdf.err.toStdString());
    CHECK(pdf.exitCode == 0);
    CHECK(QFileInfo::exists(tmp.filePath(QStringLiteral("Architect 2026.pdf"))));
    CHECK(cli(db, {QStringLiteral("round"), QStringLiteral("report"), round, QStringLiteral("--format"),
                   QStringLiteral("docx")})
              .exitCode == 2);
}

TEST_CASE("The ranking's rules break ties in turn", "[round]")
{
    Cohort round;
    round.name = QStringLiteral("ties");
    round.kind = CohortKind::Hiring;
    // Role 16's a-dimension: 16.a.1 q2, 16.a.2 q2, 16.a.3 q3. Each candidate is rated by one
    // interviewer on a few items; the rest are unanswered (0 in readiness and gaps).
    const std::vector<AssessmentSummary> members{
        // R1 and R2 tie on readiness (the same attained points) but R2 has one gap of two or more
        // fewer: R2 first.
        rated("R1", Mode::Assessor, "A", "2026-11-02T10:00:00Z", required16({{"16.a.1", 0}, {"16.a.2", 2}})),
        rated("R2", Mode::Assessor, "A", "2026-11-02T10:00:00Z", required16({{"16.a.1", 1}, {"16.a.2", 1}})),
        // G1 and G2 tie on readiness and gaps; G1 answered one more item (at 0 where q is 1, a gap
        // of one): more complete, first.
        rated("G2", Mode::Assessor, "A", "2026-11-02T10:00:00Z", all16(0)),
        rated("G1", Mode::Assessor, "A", "2026-11-02T10:00:00Z", {}),
    };
    // (G1 above has no ratings at all; G2 has all at 0: same readiness 0, same gaps; G2 is
    // complete, so G2 before G1.)
    auto built = RoundReport::build(bundledCatalog(), round, QStringLiteral("16"), {}, members);
    REQUIRE(built.ok());
    const auto &c = built->candidates;
    REQUIRE(c.size() == 4);
    const auto at = [&](int i) { return c[static_cast<size_t>(i)]; };
    // Readiness: R1 and R2 are strong, G1 and G2 at 0.
    CHECK(at(0).score.readiness == Approx(at(1).score.readiness));
    CHECK(at(0).subject.name == QLatin1String("R2"));
    CHECK(at(1).subject.name == QLatin1String("R1"));
    CHECK(at(0).gapsOfTwoOrMore < at(1).gapsOfTwoOrMore);
    CHECK(at(2).subject.name == QLatin1String("G2"));
    CHECK(at(3).subject.name == QLatin1String("G1"));
    CHECK(at(2).gapsOfTwoOrMore == at(3).gapsOfTwoOrMore);
    CHECK(at(2).score.completeness > at(3).score.completeness);
}

TEST_CASE("A person recorded under two spellings: the latest consensus counts, withdrawing takes both", "[round]")
{
    // 王芳 was first known without a number, then with one: two consensus records on 16.a.3.
    std::vector<AssessmentSummary> members{
        rated("王芳", Mode::Assessor, "A", "2026-11-02T10:00:00Z", all16(1)),
        rated("王芳", Mode::Assessor, "B", "2026-11-02T11:00:00Z", all16(3)),
    };
    members[1].subject.number = QStringLiteral("A01");
    Cohort round;
    round.id = 1;
    round.name = QStringLiteral("R");
    RoundConsensus older;
    older.candidate.name = u("王芳");
    older.requirement = QStringLiteral("16.a.3");
    older.level = 1;
    older.reason = QStringLiteral("first");
    older.recorded = utc("2026-11-03T09:00:00Z");
    RoundConsensus newer = older;
    newer.candidate.number = QStringLiteral("A01");
    newer.level = 4;
    newer.reason = QStringLiteral("after the second interview");
    newer.recorded = utc("2026-11-04T09:00:00Z");
    // In either order of storage, the newer one is the consensus.
    for (const auto &list : {std::vector<RoundConsensus>{older, newer}, std::vector<RoundConsensus>{newer, older}}) {
        auto r = RoundReport::build(bundledCatalog(), round, QStringLiteral("16"), {}, members, list);
        REQUIRE(r.ok());
        REQUIRE(r->candidates.size() == 1);
        const RoundItem &item = itemOf(r->candidates[0], "16.a.3");
        CHECK(item.source == RoundItem::Source::Consensus);
        CHECK(item.combined == std::optional<int>(4));
        CHECK(item.consensusReason == QLatin1String("after the second interview"));
    }

    // In a store: withdrawing removes the consensus under both spellings, so none is left.
    QTemporaryDir tmp;
    AssessmentStore store = AssessmentStore::open(tmp.filePath(QStringLiteral("r.sqlite"))).value();
    Cohort c;
    c.name = QStringLiteral("R");
    c.roles = QStringList{QStringLiteral("16")};
    const Cohort created = createRound(store, bundledCatalog(), c, {}).value();
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    Subject plain;
    plain.name = u("王芳");
    Assessment first = Assessment::create(QStringLiteral("16"), Mode::Assessor, plain, QStringLiteral("A"));
    first.setRating(role, Rating{QStringLiteral("16.a.3"), 1, QString(), QString()});
    REQUIRE(store.insert(first).ok());
    REQUIRE(store.addToCohort(created.id, {first.id}).ok());
    REQUIRE(store.setConsensus(created.id, older).ok());
    Subject numbered = plain;
    numbered.number = QStringLiteral("A01");
    Assessment second = Assessment::create(QStringLiteral("16"), Mode::Assessor, numbered, QStringLiteral("B"));
    second.setRating(role, Rating{QStringLiteral("16.a.3"), 3, QString(), QString()});
    REQUIRE(store.insert(second).ok());
    REQUIRE(store.addToCohort(created.id, {second.id}).ok());
    auto report = RoundReport::load(store, bundledCatalog(), QStringLiteral("R"));
    REQUIRE(report.ok());
    REQUIRE(recordConsensus(store, report.value(), newer).ok());
    CHECK(store.consensus(created.id).value().size() == 2);
    report = RoundReport::load(store, bundledCatalog(), QStringLiteral("R"));
    CHECK(itemOf(report->candidates[0], "16.a.3").combined == std::optional<int>(4));
    REQUIRE(withdrawConsensus(store, report.value(), numbered, QStringLiteral("16.a.3")).ok());
    CHECK(store.consensus(created.id).value().empty());
    CHECK_FALSE(withdrawConsensus(store, report.value(), numbered, QStringLiteral("16.a.3")).ok());
}

TEST_CASE("round create with a bad role or must-have writes nothing, not even a new store", "[round][cli]")
{
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("never.sqlite"));
    const auto run = [&](const QStringList &args) {
        return iitalent::test::runCli(QStringList{QStringLiteral("--db"), db} + args);
    };
    for (const QStringList &args :
         {QStringList{QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("R"), QStringLiteral("--role"),
                      QStringLiteral("99")},
          QStringList{QStringLiteral("round"), QStringLiteral("create"), QStringLiteral("R"), QStringLiteral("--role"),
                      QStringLiteral("16"), QStringLiteral("--must-have"), QStringLiteral("01.a.1")}}) {
        const auto r = run(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

// Issue 20 on a file store, through the command line: not assessed never counts, submit needs
// every item dealt with and a recommendation, submitted is read-only, reopening is recorded and a
// later change marked, a consensus recorded again says what it replaces, and the audit trail
// names who did each thing (the --as name and the operating-system user).
TEST_CASE("round submit, reopen, not assessed and the audit trail on a file store", "[round][cli][audit]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("hr.sqlite"));
    const QString round = u("2026 秋招");
    REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("create"), round, QStringLiteral("--role"),
                     QStringLiteral("16"), QStringLiteral("--as"), u("人事")})
                .exitCode == 0);
    const QStringList liu{QStringLiteral("--role"),    QStringLiteral("16"),        QStringLiteral("--mode"),
                          QStringLiteral("assessor"),  QStringLiteral("--subject"), u("刘婷"),
                          QStringLiteral("--assessor")};
    const QString byWang = newAssessment(db, liu + QStringList{u("王工")});
    const QString byLi = newAssessment(db, liu + QStringList{u("李工")});
    REQUIRE(cli(db, {QStringLiteral("round"), QStringLiteral("add"), round, byWang, byLi}).exitCode == 0);
    const std::vector<Requirement> &items = bundledCatalog().role(QStringLiteral("16"))->requirements;
    for (const Requirement &req : items) {
        REQUIRE(cli(db, {QStringLiteral("rate"), byWang, req.id, QStringLiteral("3")}).exitCode == 0);
        if (&req != &items.front())
            REQUIRE(cli(db, {QStringLiteral("rate"), byLi, req.id, QStringLiteral("1")}).exitCode == 0);
    }
    // li leaves the first item open: submitting is refused and says which.
    const QStringList submitLi{QStringLiteral("round"),
                               QStringLiteral("submit"),
                               round,
                               QStringLiteral("--candidate"),
                               u("刘婷"),
                               QStringLiteral("--as"),
                               u("李工"),
                               QStringLiteral("--recommend"),
                               QStringLiteral("no")};
    CliRun r = cli(db, submitLi);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(items.front().id));
    r = cli(db, {QStringLiteral("round"), QStringLiteral("submit"), round, QStringLiteral("--candidate"), u("刘婷"),
                 QStringLiteral("--recommend"), QStringLiteral("no")});
    CHECK(r.exitCode == 2); // whose scorecard: --as on a file store
    r = cli(db, {QStringLiteral("rate"), byLi, items.front().id, QStringLiteral("na")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("not assessed")));
    r = cli(db, submitLi + QStringList{QStringLiteral("--comment"), u("基础薄弱")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    r = cli(db, {QStringLiteral("round"), QStringLiteral("report"), round});
    REQUIRE(r.exitCode == 0);
    nlohmann::json j = nlohmann::json::parse(r.out.toStdString());
    const nlohmann::json &c = j["candidates"][0];
    // Not assessed never enters a figure: 王工's 3 is the single rating of the first item.
    CHECK(c["items"][0]["ratings"][u("李工").toStdString()] == "na");
    CHECK(c["items"][0]["combined"] == 3);
    CHECK(c["items"][0]["source"] == "single");
    CHECK(c["items"][1]["combined"] == 1); // 3 and 1: the lower median
    REQUIRE(c["panel_members"].size() == 2);
    for (const auto &m : c["panel_members"]) {
        const bool li = m["name"] == u("李工").toStdString();
        CHECK(m["submitted"] == li);
        CHECK(m["recommendation"] == (li ? nlohmann::json("no") : nlohmann::json(nullptr)));
        CHECK(m["comment"] == (li ? u("基础薄弱").toStdString() : std::string()));
        CHECK(m["changed_after_visible"] == false);
    }

    // Submitted is read-only until reopened; a change after reopening is marked.
    r = cli(db, {QStringLiteral("rate"), byLi, items[1].id, QStringLiteral("2")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("submitted")));
    r = cli(db, {QStringLiteral("round"), QStringLiteral("reopen"), round, QStringLiteral("--candidate"), u("刘婷"),
                 QStringLiteral("--as"), u("李工")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("rate"), byLi, items[1].id, QStringLiteral("2")}).exitCode == 0);
    j = nlohmann::json::parse(cli(db, {QStringLiteral("round"), QStringLiteral("report"), round}).out.toStdString());
    for (const auto &m : j["candidates"][0]["panel_members"])
        CHECK(m["changed_after_visible"] == (m["name"] == u("李工").toStdString()));

    // Changing only the recommendation after seeing the others is marked too.
    const QStringList asWang{QStringLiteral("--candidate"), u("刘婷"), QStringLiteral("--as"), u("王工")};
    REQUIRE(cli(db, QStringList{QStringLiteral("round"), QStringLiteral("submit"), round} + asWang +
                        QStringList{QStringLiteral("--recommend"), QStringLiteral("yes")})
                .exitCode == 0);
    REQUIRE(cli(db, QStringList{QStringLiteral("round"), QStringLiteral("reopen"), round} + asWang).exitCode == 0);
    REQUIRE(cli(db, QStringList{QStringLiteral("round"), QStringLiteral("submit"), round} + asWang +
                        QStringList{QStringLiteral("--recommend"), QStringLiteral("strong-no")})
                .exitCode == 0);
    j = nlohmann::json::parse(cli(db, {QStringLiteral("round"), QStringLiteral("report"), round}).out.toStdString());
    for (const auto &m : j["candidates"][0]["panel_members"])
        CHECK(m["changed_after_visible"] == true);

    // A consensus recorded again says what it replaces.
    const QStringList agree{QStringLiteral("round"),
                            QStringLiteral("consensus"),
                            round,
                            QStringLiteral("--candidate"),
                            u("刘婷"),
                            items[1].id};
    REQUIRE(cli(db, agree + QStringList{QStringLiteral("2"), QStringLiteral("--reason"), u("讨论"),
                                        QStringLiteral("--by"), u("主持人"), QStringLiteral("--as"), u("人事")})
                .exitCode == 0);
    r = cli(db, agree + QStringList{QStringLiteral("1"), QStringLiteral("--reason"), u("复议")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u("it replaces the consensus 2")));
    CHECK(r.out.contains(u("by 主持人: 讨论")));

    // The trail, oldest first, with who did it.
    r = cli(db, {QStringLiteral("round"), QStringLiteral("audit"), round, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const nlohmann::json trail = nlohmann::json::parse(r.out.toStdString());
    std::vector<std::string> kinds;
    for (const auto &e : trail)
        kinds.push_back(e["kind"]);
    for (const char *kind : {"join", "level", "submit", "reopen", "consensus"})
        CHECK(std::find(kinds.begin(), kinds.end(), kind) != kinds.end());
    CHECK(std::find(kinds.begin(), kinds.end(), "submit") < std::find(kinds.begin(), kinds.end(), "reopen"));
    for (const auto &e : trail) {
        CHECK_FALSE(e["os_user"].get<std::string>().empty());
        if (e["kind"] == "submit" || e["kind"] == "reopen") { // each by the interviewer, --as
            CHECK((e["panel_member"] == u("李工").toStdString() || e["panel_member"] == u("王工").toStdString()));
            CHECK(e["login"] == e["panel_member"]);
        }
        if (e["kind"] == "consensus" && e["old"] != "")
            CHECK(e["new"] == u("1: 复议").toStdString());
    }
    r = cli(db, {QStringLiteral("round"), QStringLiteral("audit"), round, QStringLiteral("--candidate"), u("刘婷")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u("reopen [李工]: no -> -")));

    // Deleting a panel member's assessment is recorded.
    REQUIRE(cli(db, {QStringLiteral("delete"), byWang}).exitCode == 0);
    r = cli(db, {QStringLiteral("round"), QStringLiteral("audit"), round});
    CHECK(r.out.contains(u("deleted [王工] ") + byWang));

    // Forgetting 刘婷 reaches her lines of the trail.
    r = cli(db, {QStringLiteral("forget-subject"), u("刘婷"), QStringLiteral("--yes")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli(db, {QStringLiteral("round"), QStringLiteral("audit"), round, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out.toStdString()).empty());
}

// Issue 20: the candidate's own report sets the panel's combined levels beside her view (the
// consensus, else the single rating, else the lower median) and names nobody; blind until
// submitted keeps the other panel members' assessments from whoever rates here.
TEST_CASE("A candidate's report shows the panel's combined levels; blind hides the others' assessments",
          "[round][report]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    auto opened = AssessmentStore::open(tmp.filePath(QStringLiteral("hr.sqlite")));
    REQUIRE(opened.ok());
    AssessmentStore store = std::move(opened).value();
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("16"));
    Cohort c;
    c.name = u("秋招");
    c.roles = {role.code};
    auto round = createRound(store, catalog, c, {});
    REQUIRE(round.ok());
    Subject liu;
    liu.name = u("刘婷");
    const QString a1 = role.requirements[0].id, a2 = role.requirements[1].id;
    auto panelist = [&](const char *name, int first, int second) {
        Assessment a = Assessment::create(role.code, Mode::Assessor, liu, u(name));
        a.setRating(role, Rating{a1, first, QString(), QString()});
        a.setRating(role, Rating{a2, second, QString(), QString()});
        REQUIRE(store.insert(a).ok());
        REQUIRE(store.addToCohort(round->id, {a.id}).ok());
        return a;
    };
    const Assessment wang = panelist("王工", 3, 4);
    const Assessment li = panelist("李工", 1, 4);
    Assessment self = Assessment::create(role.code, Mode::Self, liu, QString());
    self.setRating(role, Rating{a1, 4, QString(), QString()});
    REQUIRE(store.insert(self).ok());
    REQUIRE(store.addToCohort(round->id, {self.id}).ok());
    auto report = RoundReport::load(store, catalog, c.name);
    REQUIRE(report.ok());
    RoundConsensus agreed;
    agreed.candidate = liu;
    agreed.requirement = a2;
    agreed.level = 2;
    agreed.reason = u("面试讨论");
    REQUIRE(recordConsensus(store, report.value(), agreed).ok());

    auto others = store.assessmentsOf(liu, role.code);
    REQUIRE(others.ok());
    const auto view = reportCounterpart(store, catalog, self, others.value());
    REQUIRE(view);
    CHECK(view->mode == Mode::Assessor);
    CHECK(view->assessorName.isEmpty()); // names nobody
    CHECK(view->level(a1) == 1);         // 3 and 1: the lower median, not 王工's 3
    CHECK(view->level(a2) == 2);         // the consensus, not the ratings' 4
    CHECK(view->id != wang.id);
    CHECK(view->id != li.id);
    // An interviewer's own report still sets the candidate's view beside theirs.
    const auto besideWang = reportCounterpart(store, catalog, wang, others.value());
    REQUIRE(besideWang);
    CHECK(besideWang->id == self.id);

    // Blind: before submitting, 李工 is kept from 王工's assessment, never from her own; the
    // lead (nobody) from nothing; nobody chosen yet from every panel assessment.
    auto hidden = blindPanelAssessments(store, catalog, u("李工"));
    REQUIRE(hidden.ok());
    CHECK(hidden.value() == QStringList{wang.id});
    CHECK(blindPanelAssessments(store, catalog, QString())->isEmpty());
    CHECK(blindPanelAssessments(store, catalog, std::nullopt)->size() == 2);
    for (const Requirement &req : role.requirements)
        if (req.id != a1 && req.id != a2)
            REQUIRE(store.setRating(li.id, RatingChange::markNotAssessed(req.id), nowUtc()).ok());
    report = RoundReport::load(store, catalog, c.name);
    REQUIRE(submitScorecard(store, report.value(), liu, u("李工"), QStringLiteral("no"), QString()).ok());
    CHECK(blindPanelAssessments(store, catalog, u("李工"))->isEmpty());
}
