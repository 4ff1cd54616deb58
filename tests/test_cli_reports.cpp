// The report documents through the real iitalent-cli: report --format pdf|html|csv with --out and
// --force, the report language, and report --all writing a batch in which one assessment is broken.
#include "TestSupport.h"

#include "AssessmentStore.h"

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
