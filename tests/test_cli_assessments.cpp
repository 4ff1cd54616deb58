// The assessment commands of the real iitalent-cli, each against a store in a temporary folder:
// new, rate, list, export, import, delete, forget-subject, report, compare, history, fit.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "ExchangeFile.h"
#include "RepeatRound.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::CliRun;
using iitalent::test::runCli;

namespace {

using json = nlohmann::json;

json parseJson(const QString &text)
{
    const std::string s = text.toStdString();
    return json::parse(s);
}

// A store in a temporary folder and a shortcut to run commands against it.
struct Workspace
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("assessments.sqlite")); }
    QString file(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
    CliRun run(QStringList args) const
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    QString create(const QStringList &extra) const
    {
        CliRun r = run(QStringList{QStringLiteral("new")} + extra);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const QString id = r.out.trimmed();
        REQUIRE(id.size() == 36);
        return id;
    }
};

QStringList selfArgs(const char *subject, const char *role = "01")
{
    return {QStringLiteral("--role"), QString::fromUtf8(role),     QStringLiteral("--mode"),
            QStringLiteral("self"),   QStringLiteral("--subject"), QString::fromUtf8(subject)};
}

} // namespace

TEST_CASE("cli: new, rate and report give the issue's figures", "[cli][assessments]")
{
    Workspace ws;
    REQUIRE(ws.dir.isValid());
    const QString id = ws.create(selfArgs("张三") + QStringList{QStringLiteral("--stage"), QStringLiteral("pre-job")});
    CHECK(QFile::exists(ws.db()));

    // Role 01 a): 01.a.1 熟悉(2), 01.a.2 了解(1), 01.a.3 具备(3), 01.a.4 具备(3).
    for (const auto &[req, level] : std::vector<std::pair<const char *, const char *>>{
             {"01.a.1", "2"}, {"01.a.2", "0"}, {"01.a.3", "4"}, {"01.a.4", "1"}}) {
        const CliRun r =
            ws.run({QStringLiteral("rate"), id.left(8), QString::fromLatin1(req), QString::fromLatin1(level)});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    const CliRun report = ws.run({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(report.err);
    REQUIRE(report.exitCode == 0);
    const json j = parseJson(report.out);
    CHECK(j["schema"] == "iitalent.report/1");
    CHECK(j["assessment"] == id.toStdString());
    CHECK(j["role"] == "01");
    CHECK(j["mode"] == "self");
    // a: required 2+1+3+3 = 9, attained min(2,2)+min(0,1)+min(4,3)+min(1,3) = 2+0+3+1 = 6.
    const json &a = j["dimensions"][0];
    CHECK(a["key"] == "a");
    CHECK(a["items"] == 4);
    CHECK(a["answered"] == 4);
    CHECK(a["met"] == 2);
    CHECK(a["required_points"] == 9);
    CHECK(a["attained_points"] == 6);
    CHECK(a["attainment"].get<double>() == Approx(6.0 / 9.0));
    // b, c, d unanswered: attainment 0, so readiness = (6/9) / 4; completeness 4 / 18.
    CHECK(j["readiness"].get<double>() == Approx(6.0 / 9.0 / 4.0));
    CHECK(j["completeness"].get<double>() == Approx(4.0 / 18.0));
    // Gaps: largest first, then catalog order; 01.a.2 (gap 1) and 01.a.4 (gap 2) are among them.
    const json &gaps = j["gaps"];
    REQUIRE(gaps.size() == 18 - 2);
    CHECK(gaps[0]["gap"] == 3);
    for (size_t i = 1; i < gaps.size(); ++i)
        CHECK(gaps[i - 1]["gap"].get<int>() >= gaps[i]["gap"].get<int>());
    CHECK(gaps.back()["id"] == "01.a.2");
    // One plan step per gap, pre-job methods only.
    REQUIRE(j["plan"].size() == gaps.size());
    for (const json &step : j["plan"]) {
        CHECK(step["stage"] == "pre-job");
        CHECK_FALSE(step["methods"].empty());
    }

    const CliRun text = ws.run({QStringLiteral("report"), id});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Readiness")));
    CHECK(text.out.contains(QStringLiteral("16.7%"))); // (6/9)/4 = 16.67 %
}

TEST_CASE("cli: rate refuses what does not fit and prints nothing on stdout", "[cli][assessments]")
{
    Workspace ws;
    const QString id = ws.create(selfArgs("王五"));
    const CliRun outOfRange = ws.run({QStringLiteral("rate"), id, QStringLiteral("01.a.1"), QStringLiteral("7")});
    CHECK(outOfRange.exitCode == 2);
    CHECK(outOfRange.out.isEmpty());
    CHECK(outOfRange.err.contains(QStringLiteral("0..4")));

    const CliRun otherRole = ws.run({QStringLiteral("rate"), id, QStringLiteral("02.a.1"), QStringLiteral("3")});
    CHECK(otherRole.exitCode == 1);
    CHECK(otherRole.out.isEmpty());
    CHECK(otherRole.err.contains(QStringLiteral("belongs to role 02")));

    const CliRun unknown = ws.run({QStringLiteral("rate"), QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                   QStringLiteral("01.a.1"), QStringLiteral("3")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.out.isEmpty());

    // Too long evidence is refused with the same words as the window's, and nothing is written.
    const CliRun tooLong = ws.run({QStringLiteral("rate"), id, QStringLiteral("01.a.1"), QStringLiteral("3"),
                                   QStringLiteral("--evidence"), QString(5000, QLatin1Char('x'))});
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.out.isEmpty());
    CHECK(tooLong.err.contains(QStringLiteral("Evidence has at most 4,000 characters; the text has 5,000")));

    // Clearing a level keeps the evidence given earlier.
    REQUIRE(ws.run({QStringLiteral("rate"), id, QStringLiteral("01.b.2"), QStringLiteral("3"),
                    QStringLiteral("--evidence"), QStringLiteral("CCNA 证书")})
                .exitCode == 0);
    REQUIRE(ws.run({QStringLiteral("rate"), id, QStringLiteral("01.b.2"), QStringLiteral("none")}).exitCode == 0);
    const CliRun exported = ws.run({QStringLiteral("export"), id});
    REQUIRE(exported.exitCode == 0);
    const json e = parseJson(exported.out);
    REQUIRE(e["ratings"].size() == 1);
    CHECK(e["ratings"][0]["level"].is_null());
    CHECK(e["ratings"][0]["evidence"] == "CCNA 证书");
}

TEST_CASE("cli: new checks its options", "[cli][assessments]")
{
    Workspace ws;
    CHECK(ws.run({QStringLiteral("new"), QStringLiteral("--role"), QStringLiteral("01")}).exitCode == 2);
    const CliRun badRole = ws.run(QStringList{QStringLiteral("new")} + selfArgs("甲", "99"));
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.out.isEmpty());
    const CliRun noAssessor =
        ws.run({QStringLiteral("new"), QStringLiteral("--role"), QStringLiteral("01"), QStringLiteral("--mode"),
                QStringLiteral("assessor"), QStringLiteral("--subject"), QStringLiteral("甲")});
    CHECK(noAssessor.exitCode == 2);
    CHECK(noAssessor.err.contains(QStringLiteral("--assessor")));
    const CliRun badStage = ws.run(QStringList{QStringLiteral("new")} + selfArgs("甲") +
                                   QStringList{QStringLiteral("--stage"), QStringLiteral("retired")});
    CHECK(badStage.exitCode == 2);
    const CliRun list = ws.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(parseJson(list.out)["assessments"].empty());
}

TEST_CASE("cli: new --from-last starts a round from the person's last answers", "[cli][assessments][repeat]")
{
    Workspace ws;
    const QString first = ws.create(selfArgs("张三"));
    for (const auto &[req, level] :
         std::vector<std::pair<const char *, const char *>>{{"01.a.1", "3"}, {"01.a.2", "1"}})
        REQUIRE(
            ws.run({QStringLiteral("rate"), first, QString::fromLatin1(req), QString::fromLatin1(level)}).exitCode ==
            0);
    REQUIRE(ws.run({QStringLiteral("rate"), first, QStringLiteral("01.a.1"), QStringLiteral("3"),
                    QStringLiteral("--evidence"), QStringLiteral("MES rollout 2026")})
                .exitCode == 0);
    ws.create(selfArgs("李四")); // another person's round is never the last one

    // No earlier assessor round of 张三: nothing to start from.
    const CliRun noAssessor =
        ws.run({QStringLiteral("new"), QStringLiteral("--role"), QStringLiteral("01"), QStringLiteral("--mode"),
                QStringLiteral("assessor"), QStringLiteral("--subject"), QStringLiteral("张三"),
                QStringLiteral("--assessor"), QStringLiteral("王老师"), QStringLiteral("--from-last")});
    CHECK(noAssessor.exitCode == 1);
    CHECK(noAssessor.out.isEmpty());

    const QString second = ws.create(selfArgs("张三") + QStringList{QStringLiteral("--from-last")});
    CHECK(second != first);
    auto opened = AssessmentStore::open(ws.db());
    REQUIRE(opened);
    AssessmentStore *store = &opened.value();
    auto round = store->load(second);
    REQUIRE(round);
    CHECK(round->level(QStringLiteral("01.a.1")) == 3);
    CHECK(round->level(QStringLiteral("01.a.2")) == 1);
    CHECK(round->rating(QStringLiteral("01.a.1"))->evidence == QStringLiteral("MES rollout 2026"));
    CHECK(round->answeredCount() == 2); // real answers of the new round: its report counts them
    auto carried = RepeatRound::carriedOver(*store, round.value());
    REQUIRE(carried);
    CHECK(carried.value() == std::set<QString>{QStringLiteral("01.a.1"), QStringLiteral("01.a.2")});

    // Changed in the new round: no longer from last time; the first round keeps its answer.
    REQUIRE(ws.run({QStringLiteral("rate"), second, QStringLiteral("01.a.1"), QStringLiteral("4")}).exitCode == 0);
    round = store->load(second);
    REQUIRE(round);
    carried = RepeatRound::carriedOver(*store, round.value());
    REQUIRE(carried);
    CHECK(carried.value() == std::set<QString>{QStringLiteral("01.a.2")});
    CHECK(store->load(first)->level(QStringLiteral("01.a.1")) == 3);

    // --from ID names the round; another person's round is refused.
    const QString third = ws.create(selfArgs("张三") + QStringList{QStringLiteral("--from"), first});
    CHECK(store->load(third)->level(QStringLiteral("01.a.1")) == 3);
    const CliRun wrongPerson =
        ws.run(QStringList{QStringLiteral("new")} + selfArgs("王五") + QStringList{QStringLiteral("--from"), first});
    CHECK(wrongPerson.exitCode == 1);
    CHECK(wrongPerson.err.contains(first));
}

TEST_CASE("cli: export, import and --replace; a bad file imports nothing", "[cli][assessments]")
{
    Workspace ws;
    const QString id =
        ws.create(selfArgs("赵六") + QStringList{QStringLiteral("--organisation"), QStringLiteral("某厂")});
    REQUIRE(ws.run({QStringLiteral("rate"), id, QStringLiteral("01.c.1"), QStringLiteral("2"), QStringLiteral("--note"),
                    QStringLiteral("line one\nline \"two\"")})
                .exitCode == 0);
    const QString out = ws.file("a.json");
    REQUIRE(ws.run({QStringLiteral("export"), id, QStringLiteral("--out"), out}).exitCode == 0);
    const QByteArray first = iitalent::test::readFileBytes(out);
    REQUIRE_FALSE(first.isEmpty());
    // Not overwritten without --force.
    const CliRun again = ws.run({QStringLiteral("export"), id, QStringLiteral("--out"), out});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("--force")));

    // Into a second store, then out again: the same bytes.
    Workspace other;
    const CliRun imported = other.run({QStringLiteral("import"), out});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1 imported, 0 refused")));
    const CliRun reexported = other.run({QStringLiteral("export"), id});
    REQUIRE(reexported.exitCode == 0);
    CHECK(reexported.out.toUtf8() == first);

    // The same id again needs --replace.
    const CliRun duplicate = other.run({QStringLiteral("import"), out});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.out.isEmpty());
    CHECK(duplicate.err.contains(QStringLiteral("--replace")));
    CHECK(other.run({QStringLiteral("import"), out, QStringLiteral("--replace")}).exitCode == 0);

    // A file with a problem: refused with where the problem is; a good file beside it still comes in.
    json bad = json::parse(first.toStdString());
    bad["id"] = "11111111-2222-3333-4444-555555555555";
    bad["ratings"][0]["level"] = 7;
    const QString badPath = ws.file("bad.json");
    REQUIRE(iitalent::test::writeFileBytes(badPath, QByteArray::fromStdString(bad.dump())));
    Workspace third;
    const CliRun mixed = third.run({QStringLiteral("import"), badPath, out});
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.out.isEmpty());
    CHECK(mixed.err.contains(QStringLiteral("ratings[0].level: 7 is outside 0..4")));
    CHECK(mixed.err.contains(QStringLiteral("1 imported, 1 refused")));
    const json list = parseJson(third.run({QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(list["assessments"].size() == 1);
    CHECK(list["assessments"][0]["id"] == id.toStdString());
}

TEST_CASE("cli: compare puts self against assessor and flags differences of 2 or more", "[cli][assessments]")
{
    Workspace ws;
    const QString self = ws.create(selfArgs("钱七", "24"));
    const QString assessor = ws.create({QStringLiteral("--role"), QStringLiteral("24"), QStringLiteral("--mode"),
                                        QStringLiteral("assessor"), QStringLiteral("--subject"), QStringLiteral("钱七"),
                                        QStringLiteral("--assessor"), QStringLiteral("HR 孙")});
    REQUIRE(ws.run({QStringLiteral("rate"), self, QStringLiteral("24.a.1"), QStringLiteral("4")}).exitCode == 0);
    REQUIRE(ws.run({QStringLiteral("rate"), assessor, QStringLiteral("24.a.1"), QStringLiteral("1")}).exitCode == 0);
    REQUIRE(ws.run({QStringLiteral("rate"), self, QStringLiteral("24.a.2"), QStringLiteral("2")}).exitCode == 0);
    REQUIRE(ws.run({QStringLiteral("rate"), assessor, QStringLiteral("24.a.2"), QStringLiteral("3")}).exitCode == 0);

    // Assessor given first: self still comes first.
    const CliRun r = ws.run({QStringLiteral("compare"), assessor, self, QStringLiteral("--json")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const json j = parseJson(r.out);
    CHECK(j["first"]["assessment"] == self.toStdString());
    CHECK(j["second"]["assessment"] == assessor.toStdString());
    CHECK(j["items"][0]["id"] == "24.a.1");
    CHECK(j["items"][0]["first"] == 4);
    CHECK(j["items"][0]["second"] == 1);
    CHECK(j["items"][0]["difference"] == 3);
    CHECK(j["items"][0]["flag"] == "over-estimation");
    CHECK(j["items"][1]["difference"] == -1);
    CHECK(j["items"][1]["flag"].is_null());
    CHECK(j["flagged"] == 1);

    const QString other = ws.create(selfArgs("钱七", "25"));
    const CliRun differentRoles = ws.run({QStringLiteral("compare"), self, other});
    CHECK(differentRoles.exitCode == 1);
    CHECK(differentRoles.out.isEmpty());
    CHECK(differentRoles.err.contains(QStringLiteral("different roles")));
}

TEST_CASE("cli: history, fit, delete and forget-subject", "[cli][assessments]")
{
    Workspace ws;
    const QString first = ws.create(selfArgs("周八"));
    REQUIRE(ws.run({QStringLiteral("rate"), first, QStringLiteral("01.a.1"), QStringLiteral("1")}).exitCode == 0);
    const QString second = ws.create(selfArgs("周八"));
    REQUIRE(ws.run({QStringLiteral("rate"), second, QStringLiteral("01.a.1"), QStringLiteral("2")}).exitCode == 0);
    const QString someoneElse = ws.create(selfArgs("吴九"));

    const CliRun history = ws.run({QStringLiteral("history"), QStringLiteral("周八"), QStringLiteral("--json")});
    INFO(history.err);
    REQUIRE(history.exitCode == 0);
    const json h = parseJson(history.out);
    REQUIRE(h["assessments"].size() == 2);
    CHECK(h["assessments"][0]["change"].is_null());
    const json &change = h["assessments"][1]["change"];
    CHECK(change["readiness"].get<double>() > 0.0);
    REQUIRE(change["ratings"].size() == 1);
    CHECK(change["ratings"][0]["id"] == "01.a.1");
    CHECK(change["ratings"][0]["before"] == 1);
    CHECK(change["ratings"][0]["after"] == 2);

    const CliRun fit = ws.run({QStringLiteral("fit"), second, QStringLiteral("--json")});
    REQUIRE(fit.exitCode == 0);
    const json f = parseJson(fit.out);
    CHECK(f["roles"].size() == 41);
    CHECK(f["roles"][0].contains("coverage"));

    CHECK(ws.run({QStringLiteral("delete"), first}).exitCode == 0);
    CHECK(ws.run({QStringLiteral("delete"), first}).exitCode == 1);

    // Without a terminal to ask on, nothing is removed without --yes; what would go is listed.
    const CliRun unasked = ws.run({QStringLiteral("forget-subject"), QStringLiteral("周八")});
    CHECK(unasked.exitCode == 2);
    CHECK(unasked.err.contains(QStringLiteral("--yes")));
    CHECK(unasked.err.contains(second.left(8)));
    CHECK(parseJson(ws.run({QStringLiteral("list"), QStringLiteral("--json")}).out)["assessments"].size() == 2);
    const CliRun forget = ws.run({QStringLiteral("forget-subject"), QStringLiteral("周八"), QStringLiteral("--yes")});
    INFO(forget.err);
    CHECK(forget.exitCode == 0);
    CHECK(forget.out.contains(QStringLiteral("Removed 1 assessment(s)")));
    const json list = parseJson(ws.run({QStringLiteral("list"), QStringLiteral("--json")}).out);
    REQUIRE(list["assessments"].size() == 1);
    CHECK(list["assessments"][0]["id"] == someoneElse.toStdString());
    const CliRun none = ws.run({QStringLiteral("history"), QStringLiteral("周八")});
    CHECK(none.exitCode == 1);
    CHECK(none.out.isEmpty());
}

TEST_CASE("cli: report reads an exchange file without storing it", "[cli][assessments]")
{
    Workspace ws;
    const QString id = ws.create(selfArgs("郑十", "41"));
    REQUIRE(ws.run({QStringLiteral("rate"), id, QStringLiteral("41.a.1"), QStringLiteral("3")}).exitCode == 0);
    const QString file = ws.file("x.json");
    REQUIRE(ws.run({QStringLiteral("export"), id, QStringLiteral("--out"), file}).exitCode == 0);
    Workspace empty;
    const CliRun r = empty.run({QStringLiteral("report"), file, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(parseJson(r.out)["role"] == "41");
    CHECK(parseJson(empty.run({QStringLiteral("list"), QStringLiteral("--json")}).out)["assessments"].empty());

    const QString broken = ws.file("broken.json");
    REQUIRE(iitalent::test::writeFileBytes(broken, "{\"schema\": \"iitalent.assessment/1\""));
    const CliRun bad = ws.run({QStringLiteral("report"), broken});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("cli: a database of a newer iitalent is refused", "[cli][assessments]")
{
    Workspace ws;
    ws.create(selfArgs("甲"));
    {
        SqliteDatabase db;
        REQUIRE(db.open(ws.db(), SqliteDatabase::Mode::ReadWriteCreate).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA user_version = 99;")).ok());
    }
    const CliRun r = ws.run({QStringLiteral("list")});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("newer iitalent")));
}
