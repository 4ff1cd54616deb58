// The report documents through the real iitalent-cli: report --format pdf|html|csv with --out and
// --force, the report language, and report --all writing a batch in which one assessment is broken.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "Catalog.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace iitalent;
using iitalent::test::CliRun;
using iitalent::test::readFileBytes;
using iitalent::test::runCli;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("assessments.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }
    CliRun run(QStringList args) const
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
    // A new assessment of role 06 with a few ratings; returns its id.
    QString create(const QString &subject, const QString &mode) const
    {
        QStringList args{QStringLiteral("new"),
                         QStringLiteral("--role"),
                         QStringLiteral("06"),
                         QStringLiteral("--mode"),
                         mode,
                         QStringLiteral("--subject"),
                         subject,
                         QStringLiteral("--organisation"),
                         QStringLiteral("=SUM(1)")};
        if (mode == QLatin1String("assessor"))
            args << QStringLiteral("--assessor") << QStringLiteral("李评估");
        const CliRun r = run(args);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const QString id = r.out.trimmed();
        int level = mode == QLatin1String("self") ? 4 : 1;
        for (const char *item : {"06.a.1", "06.b.1", "06.c.1", "06.d.1"}) {
            const CliRun rated = run({QStringLiteral("rate"), id, QString::fromLatin1(item), QString::number(level),
                                      QStringLiteral("--evidence"), QStringLiteral("<b>看过</b>")});
            REQUIRE(rated.exitCode == 0);
        }
        return id;
    }
};

} // namespace

TEST_CASE("cli: report --format pdf writes a file and keeps it unless --force", "[cli][report]")
{
    Workspace ws;
    const QString id = ws.create(QStringLiteral("张三"), QStringLiteral("self"));
    const QString pdf = ws.file(QStringLiteral("张三.pdf"));
    const CliRun first = ws.run({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--out"), pdf});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.isEmpty());
    CHECK(first.err == QStringLiteral("wrote %1\n").arg(pdf));
    const QByteArray bytes = readFileBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));

    const CliRun again = ws.run({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--out"), pdf});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("exists; add --force to replace it")));
    CHECK(readFileBytes(pdf) == bytes);

    const CliRun forced = ws.run({QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("--out"), pdf, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(readFileBytes(pdf).startsWith("%PDF-"));

    // Without --out a PDF goes to a file named after the person, role and date, here.
    const QString here = ws.file(QStringLiteral("here"));
    REQUIRE(QDir().mkpath(here));
    const CliRun named = runCli({QStringLiteral("--db"), ws.db(), QStringLiteral("report"), id.left(8),
                                 QStringLiteral("--format"), QStringLiteral("pdf")},
                                {}, here);
    INFO(named.err);
    CHECK(named.exitCode == 0);
    const QStringList files = QDir(here).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.first().startsWith(QStringLiteral("张三_06_")));
    CHECK(files.first().endsWith(id.left(8) + QStringLiteral(".pdf")));
    CHECK(named.err.contains(files.first()));
}

TEST_CASE("cli: report --format html and csv, in Chinese by default and English on request", "[cli][report]")
{
    Workspace ws;
    const QString self = ws.create(QStringLiteral("<i>李四</i>"), QStringLiteral("self"));
    ws.create(QStringLiteral("<i>李四</i>"), QStringLiteral("assessor"));

    // Chinese unless the system is English or --lang says otherwise.
    qputenv("LC_ALL", "C.UTF-8");
    const CliRun zh = ws.run({QStringLiteral("report"), self, QStringLiteral("--format"), QStringLiteral("html")});
    qunsetenv("LC_ALL");
    INFO(zh.err);
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(zh.out.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    CHECK(zh.out.contains(QStringLiteral("&lt;i&gt;李四&lt;/i&gt;")));
    CHECK_FALSE(zh.out.contains(QStringLiteral("<i>李四")));
    CHECK(zh.out.contains(QStringLiteral("&lt;b&gt;看过&lt;/b&gt;")));
    CHECK(zh.out.contains(QStringLiteral("自评与评估人对比"))); // the assessor's assessment is found and compared

    const CliRun en = ws.run({QStringLiteral("report"), self, QStringLiteral("--format"), QStringLiteral("html"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(QStringLiteral("<html lang=\"en\">")));
    CHECK(en.out.contains(QStringLiteral("Self against assessor")));

    const QString csvPath = ws.file(QStringLiteral("r.csv"));
    const CliRun csv = ws.run({QStringLiteral("report"), self, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"), csvPath, QStringLiteral("--lang"), QStringLiteral("zh")});
    REQUIRE(csv.exitCode == 0);
    const QByteArray bytes = readFileBytes(csvPath);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral(",'=SUM(1),")));
    CHECK(bytes.count("\r\n") == 21); // header, the summary row and 19 requirements of role 06

    // An exchange file works as well as a stored id.
    const QString exported = ws.file(QStringLiteral("a.json"));
    REQUIRE(ws.run({QStringLiteral("export"), self, QStringLiteral("--out"), exported}).exitCode == 0);
    const CliRun fromFile = ws.run({QStringLiteral("report"), exported, QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out"), ws.file(QStringLiteral("f.pdf"))});
    CHECK(fromFile.exitCode == 0);
    CHECK(readFileBytes(ws.file(QStringLiteral("f.pdf"))).startsWith("%PDF-"));
}

TEST_CASE("cli: report options are checked", "[cli][report]")
{
    Workspace ws;
    const QString id = ws.create(QStringLiteral("王五"), QStringLiteral("self"));
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const std::vector<Case> cases{
        {{id, QStringLiteral("--format"), QStringLiteral("xml")}, "--format is pdf, html, csv, json or text"},
        {{id, QStringLiteral("--lang"), QStringLiteral("fr")}, "--lang is zh or en"},
        {{id, QStringLiteral("--role"), QStringLiteral("06")}, "--role goes with --all"},
        {{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("pdf")}, "needs --out-dir"},
        {{QStringLiteral("--all"), QStringLiteral("--out-dir"), ws.file(QStringLiteral("o")),
          QStringLiteral("--format"), QStringLiteral("text")},
         "--format for --all is pdf, html, csv or json"},
        {{QStringLiteral("--all"), QStringLiteral("--out-dir"), ws.file(QStringLiteral("o")), QStringLiteral("--jobs"),
          QStringLiteral("0")},
         "--jobs is a number"},
    };
    for (const Case &c : cases) {
        const CliRun r = ws.run(QStringList{QStringLiteral("report")} + c.args);
        INFO(c.args.join(QLatin1Char(' ')) << " -> " << r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromUtf8(c.message)));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("cli: report --all writes one file per assessment and lists the broken one", "[cli][report][batch]")
{
    Workspace ws;
    const QString a = ws.create(QStringLiteral("学员/一"), QStringLiteral("self"));
    const QString b = ws.create(QStringLiteral("学员/一"), QStringLiteral("assessor"));
    const QString c = ws.create(QStringLiteral("学员二"), QStringLiteral("self"));
    QString broken;
    {
        // An assessment of a role this catalog does not have, as an older or foreign catalog may leave.
        auto store = AssessmentStore::open(ws.db());
        REQUIRE(store.ok());
        Assessment old =
            Assessment::create(QStringLiteral("99"), Mode::Self, {QStringLiteral("旧"), {}, {}, Stage::OnJob}, {});
        REQUIRE(store->insert(old).ok());
        broken = old.id;
    }
    const QString out = ws.file(QStringLiteral("reports"));
    const CliRun r = ws.run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--format"),
                             QStringLiteral("pdf"), QStringLiteral("--out-dir"), out});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("wrote 3 of 4 reports to %1; 1 of 4 reports were not written").arg(out)));
    CHECK(r.err.contains(broken));
    CHECK(r.err.contains(QStringLiteral("role 99 is not in this catalog")));
    CHECK(r.out.isEmpty());
    const QStringList files = QDir(out).entryList(QDir::Files);
    CHECK(files.size() == 3);
    for (const QString &name : files)
        CHECK(readFileBytes(QDir(out).filePath(name)).startsWith("%PDF-"));
    for (const QString &id : {a, b, c})
        CHECK(files.filter(id.left(8)).size() == 1);
    CHECK(files.filter(QStringLiteral("学员_一_06_")).size() == 2); // the slash in the name is replaced

    // Filters: a subject, a role; existing files are kept without --force.
    const CliRun subject = ws.run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--subject"),
                                   QStringLiteral("学员二"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--out-dir"), out});
    CHECK(subject.exitCode == 0);
    const QStringList written = subject.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(written.size() == 1);
    CHECK(QFileInfo(written.first()).dir().absolutePath() == QDir(out).absolutePath());
    CHECK(written.first().endsWith(QStringLiteral(".csv")));
    CHECK(written.first().contains(c.left(8)));
    const CliRun role =
        ws.run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--role"), QStringLiteral("06"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), out});
    CHECK(role.exitCode == 1);
    CHECK(role.err.contains(QStringLiteral("wrote 0 of 3 reports")));
    CHECK(role.err.contains(QStringLiteral("already exists")));
    const CliRun forced =
        ws.run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--role"), QStringLiteral("06"),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), out,
                QStringLiteral("--force"), QStringLiteral("--jobs"), QStringLiteral("1")});
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3);
}

TEST_CASE("cli: fit ranks the roles from all of a person's latest answers in the report's mode", "[cli][fit]")
{
    // Issue 22's example (hand-computed in test_scoring's "Role fit for a person ..."): 王芳 #007
    // answered 6 items of role 10 in October and all 16 of role 11 in November.
    Workspace ws;
    const Catalog &catalog = iitalent::test::bundledCatalog();
    const Role &r10 = *catalog.role(QStringLiteral("10"));
    const Role &r11 = *catalog.role(QStringLiteral("11"));
    const Subject wang{QStringLiteral("王芳"), {}, QStringLiteral("007"), Stage::OnJob};
    Assessment a10 = Assessment::create(r10.code, Mode::Self, wang, {});
    for (const auto &[id, level] : std::vector<std::pair<const char *, int>>{
             {"10.a.1", 3}, {"10.a.2", 2}, {"10.a.4", 4}, {"10.b.1", 4}, {"10.c.1", 1}, {"10.d.1", 2}})
        a10.setRating(r10, iitalent::test::rating(id, level));
    a10.created = iitalent::test::utc("2026-10-01T09:00:00Z");
    a10.updated = iitalent::test::utc("2026-10-01T10:00:00Z");
    auto complete11 = [&](Mode mode, const Subject &subject, const std::vector<int> &levels, const char *when) {
        Assessment a =
            Assessment::create(r11.code, mode, subject, mode == Mode::Assessor ? QStringLiteral("李") : QString());
        for (size_t i = 0; i < r11.requirements.size(); ++i)
            a.setRating(r11, iitalent::test::rating(r11.requirements[i].id.toLatin1().constData(), levels[i]));
        a.created = iitalent::test::utc(when);
        a.updated = a.created;
        return a;
    };
    const Assessment a11 =
        complete11(Mode::Self, wang, {2, 1, 3, 2, 2, 2, 1, 3, 2, 1, 2, 0, 3, 3, 2, 3}, "2026-11-01T10:00:00Z");
    // Neither counts for a self report of #007: another 王芳, and #007 seen by an assessor.
    const Assessment other = complete11(Mode::Self, {QStringLiteral("王芳"), {}, QStringLiteral("008"), Stage::OnJob},
                                        std::vector<int>(16, 4), "2026-11-20T10:00:00Z");
    const Assessment assessor = complete11(Mode::Assessor, wang, std::vector<int>(16, 4), "2026-11-21T10:00:00Z");
    {
        auto store = AssessmentStore::open(ws.db());
        REQUIRE(store.ok());
        for (const Assessment *a : std::initializer_list<const Assessment *>{&a10, &a11, &other, &assessor})
            REQUIRE(store->insert(*a).ok());
    }

    const CliRun j = ws.run({QStringLiteral("fit"), a10.id, QStringLiteral("--json")});
    INFO(j.err);
    REQUIRE(j.exitCode == 0);
    const nlohmann::json f = nlohmann::json::parse(j.out.toStdString());
    CHECK(f["from_assessments"] == nlohmann::json({a10.id.toStdString(), a11.id.toStdString()}));
    const auto roleOf = [&f](const char *code) {
        for (const auto &r : f["roles"])
            if (r["role"] == code)
                return r;
        FAIL("no role " << code);
        return nlohmann::json();
    };
    const nlohmann::json e11 = roleOf("11");
    CHECK(e11["covered"] == 16);
    CHECK(e11["coverage"].get<double>() == Approx(1.0));
    CHECK(e11["readiness"].get<double>() == Approx((0.8 + 5.0 / 7.0 + 7.0 / 9.0 + 5.0 / 6.0) / 4.0));
    CHECK(e11["unanswered"].empty());
    CHECK(f["roles"][0]["role"] == "11");
    const nlohmann::json e10 = roleOf("10");
    CHECK(e10["covered"] == 7);
    CHECK(e10["unanswered"] == nlohmann::json({"10.a.3", "10.b.3", "10.c.2", "10.c.3", "10.c.4", "10.c.5", "10.c.6",
                                               "10.c.7", "10.d.2", "10.d.3"}));
    CHECK(f["assess_next"]["role"] == "10");

    // The text names the suggestion and the rule; --verbose lists the unanswered items.
    const CliRun t = ws.run({QStringLiteral("fit"), a10.id.left(8), QStringLiteral("--verbose")});
    INFO(t.err);
    REQUIRE(t.exitCode == 0);
    CHECK(t.out.contains(QStringLiteral("from the latest answers of 2 self-assessment(s)")));
    CHECK(t.out.contains(QStringLiteral("  1  11    78.1%  100.0% (16/16)  工业互联网平台研发工程师")));
    CHECK(t.out.contains(QStringLiteral("unanswered: 10.a.3, 10.b.3, 10.c.2, 10.c.3, 10.c.4, 10.c.5, 10.c.6, 10.c.7, "
                                        "10.d.2, 10.d.3\n")));
    CHECK(t.out.contains(QStringLiteral("Assess next: 10 工业互联网平台架构工程师 — readiness 74.7% on the items known "
                                        "so far, but 58.8% of its items are unanswered (the highest readiness among "
                                        "the roles with 20.0% to below 60.0% of their items covered)")));
    CHECK_FALSE(ws.run({QStringLiteral("fit"), a10.id}).out.contains(QStringLiteral("unanswered: ")));

    // The assessor's report: assessor assessments only.
    const nlohmann::json fa =
        nlohmann::json::parse(ws.run({QStringLiteral("fit"), assessor.id, QStringLiteral("--json")}).out.toStdString());
    CHECK(fa["from_assessments"] == nlohmann::json({assessor.id.toStdString()}));

    // An exchange file is that file alone: role 11 as far as role 10's answers carry (4 of 16).
    const QString file = ws.file(QStringLiteral("a10.iitalent.json"));
    REQUIRE(ws.run({QStringLiteral("export"), a10.id, QStringLiteral("--out"), file}).exitCode == 0);
    const CliRun fromFile = ws.run({QStringLiteral("fit"), file, QStringLiteral("--json")});
    INFO(fromFile.err);
    REQUIRE(fromFile.exitCode == 0);
    const nlohmann::json ff = nlohmann::json::parse(fromFile.out.toStdString());
    CHECK(ff["from_assessments"] == nlohmann::json({a10.id.toStdString()}));
    for (const auto &r : ff["roles"])
        if (r["role"] == "11")
            CHECK(r["covered"] == 4);
}
