// The real iitalent-cli, run as a process: exit statuses (0 ok, 1 failure, 2 usage), what goes to
// stdout and stderr, the JSON shapes of issue 2, --out/--force, and --catalog with bad and custom
// catalog files (a custom one compiled with the real iitalent-catalogc).
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using iitalent::test::CliRun;
using iitalent::test::copyDirectory;
using iitalent::test::runCli;
using json = nlohmann::json;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Parses a command's stdout as JSON; fails the test (not the process) when it is not JSON.
json parseJson(const QString &text)
{
    const std::string s = text.toStdString();
    json j = json::parse(s, nullptr, false);
    INFO("output: " << text.left(400));
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

// Role codes listed by `roles` in its text form: lines "  01  name …".
QStringList codesIn(const QString &text)
{
    static const QRegularExpression row(QStringLiteral("^  (\\d{2})  "), QRegularExpression::MultilineOption);
    QStringList codes;
    for (auto it = row.globalMatch(text); it.hasNext();)
        codes << it.next().captured(1);
    return codes;
}

QStringList allCodes()
{
    QStringList codes;
    for (int i = 1; i <= 41; ++i)
        codes << QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
    return codes;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool hasKeys(const json &object, std::initializer_list<const char *> keys)
{
    if (!object.is_object())
        return false;
    for (const char *k : keys)
        if (!object.contains(k))
            return false;
    return true;
}

// Compiles a catalog source folder with the real iitalent-catalogc.
void compileCatalog(const QString &sourceDir, const QString &output)
{
    QProcess p;
    p.start(QStringLiteral(IITALENT_CATALOGC_PATH), {sourceDir, output});
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    INFO("catalogc stderr: " << QString::fromUtf8(p.readAllStandardError()));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    REQUIRE(QFileInfo::exists(output));
}

} // namespace

TEST_CASE("cli: roles lists the 41 roles", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("roles")});
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(codesIn(run.out) == allCodes());
    CHECK(run.out.contains(u("工业互联网网络架构工程师")));
    CHECK(run.out.contains(u("工业互联网运营工程师")));
    CHECK(run.out.contains(QStringLiteral("(network)")));
    CHECK(run.out.contains(QStringLiteral("(operations)")));
}

TEST_CASE("cli: roles --direction lists only that direction", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("roles"), QStringLiteral("--direction"), QStringLiteral("security")});
    INFO("stderr: " << run.err);
    CHECK(run.exitCode == 0);
    CHECK(codesIn(run.out) == QStringList({QStringLiteral("24"), QStringLiteral("25"), QStringLiteral("26"),
                                           QStringLiteral("27"), QStringLiteral("28")}));
    CHECK_FALSE(run.out.contains(QStringLiteral("(network)")));

    const CliRun eq = runCli({QStringLiteral("roles"), QStringLiteral("--direction=operations")});
    CHECK(eq.exitCode == 0);
    CHECK(codesIn(eq.out) == QStringList({QStringLiteral("40"), QStringLiteral("41")}));
}

TEST_CASE("cli: roles --direction with an unknown id fails", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("roles"), QStringLiteral("--direction"), QStringLiteral("nope")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("nope")));
    CHECK(run.err.contains(QStringLiteral("direction")));
    // It helps by naming the directions there are.
    CHECK(run.err.contains(QStringLiteral("security")));
}

TEST_CASE("cli: roles --json is JSON with every direction and role", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("roles"), QStringLiteral("--json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const json j = parseJson(run.out);
    REQUIRE(j.contains("directions"));
    REQUIRE(j["directions"].is_array());
    CHECK(j["directions"].size() == 8);
    QStringList codes;
    const std::vector<std::string> ids{"network",  "identifier", "platform",    "bigdata",
                                       "security", "edge",       "application", "operations"};
    size_t i = 0;
    for (const json &d : j["directions"]) {
        REQUIRE(i < ids.size());
        CHECK(d["id"] == ids[i++]);
        for (const json &r : d["roles"]) {
            codes << QString::fromStdString(r["code"].get<std::string>());
            CHECK(r["direction"] == d["id"]);
            CHECK(r["name_zh"].is_string());
            CHECK(r["section"].is_string());
        }
    }
    CHECK(codes == allCodes());
    const CliRun filtered = runCli(
        {QStringLiteral("roles"), QStringLiteral("--direction"), QStringLiteral("edge"), QStringLiteral("--json")});
    REQUIRE(filtered.exitCode == 0);
    const json f = parseJson(filtered.out);
    REQUIRE(f["directions"].size() == 1);
    CHECK(f["directions"][0]["id"] == "edge");
    CHECK(f["directions"][0]["roles"].size() == 5);
}

TEST_CASE("cli: role 01 --json has the role and its 18 requirements", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("role"), QStringLiteral("01"), QStringLiteral("--json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const json j = parseJson(run.out);
    CHECK(j["code"] == "01");
    CHECK(j["section"] == "5.1.1");
    CHECK(j["direction"] == "network");
    CHECK(j["name_zh"] == "工业互联网网络架构工程师");
    REQUIRE(j["requirements"].is_array());
    CHECK(j["requirements"].size() == 18);
    int n = 0;
    for (const json &q : j["requirements"]) {
        INFO("requirement " << q.dump());
        CHECK(hasKeys(q, {"id", "dimension", "text_zh", "level", "level_word", "competency"}));
        CHECK(q["id"].get<std::string>().rfind("01." + q["dimension"].get<std::string>() + ".", 0) == 0);
        CHECK(q["level"].is_number_integer());
        CHECK(q["level"].get<int>() >= 1);
        CHECK(q["level"].get<int>() <= 4);
        CHECK(q["level_word"].is_string());
        CHECK(q["text_zh"].is_string());
        CHECK(q["competency"].is_string());
        ++n;
    }
    CHECK(n == 18);
    CHECK(j["requirements"][0]["id"] == "01.a.1");
    CHECK(j["requirements"][0]["text_zh"] == "熟悉工业互联网体系架构及其发展趋势；");
    CHECK(j["requirements"][0]["level"] == 2);
    CHECK(j["requirements"][0]["level_word"] == "熟悉");

    // The text form shows the same role with levels; a one-digit code works too.
    const CliRun text = runCli({QStringLiteral("role"), QStringLiteral("1")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u("工业互联网网络架构工程师")));
    CHECK(text.out.contains(QStringLiteral("01.d.3")));
    CHECK(text.out.contains(u("[2 熟悉]")));
}

TEST_CASE("cli: role 99 fails with nothing on stdout", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("role"), QStringLiteral("99")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("99")));

    const CliRun none = runCli({QStringLiteral("role")});
    CHECK(none.exitCode == 2);
    CHECK(none.out.isEmpty());
}

TEST_CASE("cli: search \"OPC UA\" --json finds roles 01 and 02 with levels", "[cli]")
{
    const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("OPC UA"), QStringLiteral("--json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const json j = parseJson(run.out);
    REQUIRE(j["roles"].is_array());
    QSet<QString> codes;
    bool found01b5 = false;
    for (const json &r : j["roles"]) {
        codes.insert(QString::fromStdString(r["code"].get<std::string>()));
        for (const json &m : r["matches"]) {
            INFO("match " << m.dump());
            CHECK(m["level"].is_number_integer());
            CHECK(m["text_zh"].get<std::string>().find("OPC UA") != std::string::npos);
            if (m["id"] == "01.b.5") {
                found01b5 = true;
                CHECK(m["level"] == 2);
                CHECK(m["level_word"] == "熟悉");
            }
        }
    }
    CHECK(codes.contains(QStringLiteral("01")));
    CHECK(codes.contains(QStringLiteral("02")));
    CHECK(found01b5);

    const CliRun text = runCli({QStringLiteral("search"), QStringLiteral("OPC UA")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("01.b.5")));

    const CliRun empty = runCli({QStringLiteral("search")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.out.isEmpty());
}

TEST_CASE("cli: catalog export --format json has the shape of issue 2", "[cli]")
{
    const CliRun run = runCli(
        {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO("stderr: " << run.err);
    REQUIRE(run.exitCode == 0);
    const json j = parseJson(run.out);
    CHECK(j["schema"] == "iitalent.catalog/1");

    REQUIRE(j["directions"].is_array());
    CHECK(j["directions"].size() == 8);
    for (const json &d : j["directions"]) {
        INFO("direction " << d.dump());
        CHECK(hasKeys(d, {"id", "name_zh", "name_en"}));
        CHECK(d["id"].is_string());
        CHECK(d["name_zh"].is_string());
        CHECK(d["name_en"].is_string());
    }
    CHECK(j["directions"][0] == json({{"id", "network"}, {"name_zh", "网络"}, {"name_en", "Network"}}));

    REQUIRE(j["dimensions"].is_array());
    CHECK(j["dimensions"].size() == 4);
    const char *keys[] = {"a", "b", "c", "d"};
    for (size_t i = 0; i < j["dimensions"].size() && i < 4; ++i) {
        const json &d = j["dimensions"][i];
        INFO("dimension " << d.dump().substr(0, 200));
        CHECK(hasKeys(d, {"key", "name_zh", "name_en", "elements"}));
        CHECK(d["key"] == keys[i]);
        CHECK(d["elements"].is_array());
        CHECK_FALSE(d["elements"].empty());
    }
    CHECK(j["dimensions"][0]["name_zh"] == "综合能力");

    REQUIRE(j["roles"].is_array());
    REQUIRE(j["roles"].size() == 41);
    int total = 0;
    QStringList codes;
    for (const json &r : j["roles"]) {
        INFO("role " << r["code"].dump());
        CHECK(hasKeys(r,
                      {"code", "section", "direction", "name_zh", "name_en", "aliases_zh", "duty_zh", "requirements"}));
        codes << QString::fromStdString(r["code"].get<std::string>());
        CHECK(r["section"].is_string());
        CHECK(r["direction"].is_string());
        CHECK(r["name_zh"].is_string());
        CHECK(r["name_en"].is_string());
        CHECK(r["aliases_zh"].is_array());
        CHECK(r["duty_zh"].is_string());
        REQUIRE(r["requirements"].is_array());
        for (const json &q : r["requirements"]) {
            ++total;
            CHECK(hasKeys(q, {"id", "dimension", "text_zh", "level", "level_word", "competency"}));
            CHECK(q["level"].is_number_integer());
            // level_word is the word, or null for the one item of the standard that has none.
            if (q["id"] == "15.b.5")
                CHECK(q["level_word"].is_null());
            else
                CHECK(q["level_word"].is_string());
            // text_zh is the item as printed: no leading ——, line breaks joined.
            const std::string text = q["text_zh"].get<std::string>();
            CHECK(text.rfind("——", 0) != 0);
            CHECK(text.find('\n') == std::string::npos);
        }
    }
    CHECK(codes == allCodes());
    CHECK(total == 641);
    CHECK(j["roles"][10]["name_zh"] == "工业互联网平台研发工程师");
    CHECK(j["roles"][10]["aliases_zh"] == json::array({"工业互联网平台开发工程师"}));
    CHECK(j["roles"][0]["aliases_zh"] == json::array());

    REQUIRE(j["improvement"].is_object());
    CHECK(j["improvement"]["contents"].size() == 4);
    CHECK(j["improvement"]["stages"].size() == 2);
    CHECK(j["improvement"]["providers"].size() == 3);

    // Without --format the format is JSON too; another format is a usage error.
    const CliRun plain = runCli({QStringLiteral("catalog"), QStringLiteral("export")});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out == run.out);
    const CliRun xml = runCli(
        {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(xml.exitCode == 2);
    CHECK(xml.out.isEmpty());
}

TEST_CASE("cli: catalog export --out writes the file and replaces it only with --force", "[cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString file = tmp.filePath(QStringLiteral("catalog.json"));
    const QStringList exportArgs{QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("json")};
    const CliRun printed = runCli(exportArgs);
    REQUIRE(printed.exitCode == 0);

    const CliRun wrote = runCli(exportArgs + QStringList{QStringLiteral("--out"), file});
    INFO("stderr: " << wrote.err);
    REQUIRE(wrote.exitCode == 0);
    CHECK(QString::fromUtf8(readBytes(file)) == printed.out);
    CHECK(parseJson(QString::fromUtf8(readBytes(file))) == parseJson(printed.out));

    // An existing file is kept without --force.
    REQUIRE(writeBytes(file, "keep me"));
    const CliRun refused = runCli(exportArgs + QStringList{QStringLiteral("--out"), file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK(readBytes(file) == QByteArray("keep me"));

    const CliRun forced = runCli(exportArgs + QStringList{QStringLiteral("--out"), file, QStringLiteral("--force")});
    INFO("stderr: " << forced.err);
    CHECK(forced.exitCode == 0);
    CHECK(QString::fromUtf8(readBytes(file)) == printed.out);

    // A folder that does not exist: a failure, not a crash.
    const CliRun nowhere =
        runCli(exportArgs + QStringList{QStringLiteral("--out"), tmp.filePath(QStringLiteral("no/such/dir/c.json"))});
    CHECK(nowhere.exitCode == 1);
    CHECK_FALSE(nowhere.err.isEmpty());
}

TEST_CASE("cli: a bad --catalog fails with a message about the catalog", "[cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());

    const CliRun missing = runCli({QStringLiteral("--catalog"), QStringLiteral("/bad/file"), QStringLiteral("roles")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("catalog")));
    CHECK(missing.err.contains(QStringLiteral("/bad/file")));

    const QString garbage = tmp.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes += static_cast<char>((i * 37 + 11) % 256);
    REQUIRE(writeBytes(garbage, bytes));
    const CliRun bad = runCli({QStringLiteral("--catalog"), garbage, QStringLiteral("roles")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("catalog")));
    CHECK(bad.err.contains(garbage));

    const QString empty = tmp.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(writeBytes(empty, QByteArray()));
    const CliRun emptyRun = runCli({QStringLiteral("--catalog=") + empty, QStringLiteral("roles")});
    CHECK(emptyRun.exitCode == 1);
    CHECK(emptyRun.out.isEmpty());
    CHECK(emptyRun.err.contains(QStringLiteral("catalog")));
}

TEST_CASE("cli: --catalog loads a custom catalog compiled with iitalent-catalogc", "[cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString src = tmp.filePath(QStringLiteral("source"));
    REQUIRE(copyDirectory(QStringLiteral(IITALENT_CATALOG_SOURCE_DIR), src));
    const QString rolePath = src + QStringLiteral("/roles/01.json");
    const QByteArray original = readBytes(rolePath);
    json role = json::parse(original.constData(), original.constData() + original.size());
    REQUIRE(role["name_zh"] == "工业互联网网络架构工程师");
    role["name_zh"] = "自定义网络架构岗位";
    const std::string dumped = role.dump(2);
    REQUIRE(writeBytes(rolePath, QByteArray(dumped.data(), static_cast<int>(dumped.size()))));

    const QString catalog = tmp.filePath(QStringLiteral("custom.sqlite"));
    compileCatalog(src, catalog);

    const CliRun roleRun = runCli(
        {QStringLiteral("--catalog"), catalog, QStringLiteral("role"), QStringLiteral("01"), QStringLiteral("--json")});
    INFO("stderr: " << roleRun.err);
    REQUIRE(roleRun.exitCode == 0);
    CHECK(parseJson(roleRun.out)["name_zh"] == "自定义网络架构岗位");

    const CliRun roles = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("roles")});
    CHECK(roles.exitCode == 0);
    CHECK(roles.out.contains(u("自定义网络架构岗位")));
    CHECK_FALSE(roles.out.contains(u("工业互联网网络架构工程师")));

    // Without --catalog the built-in catalog is used.
    const CliRun builtIn = runCli({QStringLiteral("roles")});
    CHECK(builtIn.out.contains(u("工业互联网网络架构工程师")));
    CHECK_FALSE(builtIn.out.contains(u("自定义网络架构岗位")));
}

TEST_CASE("cli: usage errors and help", "[cli]")
{
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));

    const CliRun nothing = runCli({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.out.isEmpty());

    const CliRun badOption = runCli({QStringLiteral("roles"), QStringLiteral("--bogus")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.out.isEmpty());

    const CliRun noPath = runCli({QStringLiteral("--catalog")});
    CHECK(noPath.exitCode == 2);
    CHECK(noPath.out.isEmpty());
    CHECK(noPath.err.contains(QStringLiteral("--catalog needs a PATH")));

    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("usage")));
    CHECK(help.out.contains(QStringLiteral("roles")));
    CHECK(help.out.contains(QStringLiteral("catalog export")));
    CHECK(help.err.isEmpty());
}

TEST_CASE("cli: every command of the top-level help answers --help and -h with its own usage", "[cli]")
{
    const CliRun help = runCli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    // The commands of the help: "  WORD ..." at the start of an entry, or after " | " (cohort list |
    // cohort show ...), with a lowercase second word when it is a subcommand (cohort add, team init).
    static const QRegularExpression entry(QStringLiteral("(?:^  | \\| )([a-z][a-z-]+)(?: ([a-z][a-z-]+))?"),
                                          QRegularExpression::MultilineOption);
    QList<QStringList> commands;
    for (auto it = entry.globalMatch(help.out); it.hasNext();) {
        const auto m = it.next();
        QStringList words{m.captured(1)};
        if (!m.captured(2).isEmpty())
            words << m.captured(2);
        if (!commands.contains(words))
            commands << words;
    }
    INFO("commands found: " << commands.size());
    REQUIRE(commands.size() >= 30);
    REQUIRE(commands.contains(QStringList{QStringLiteral("new")}));
    REQUIRE(commands.contains(QStringList{QStringLiteral("cohort"), QStringLiteral("show")}));
    REQUIRE(commands.contains(QStringList{QStringLiteral("round"), QStringLiteral("submit")}));
    for (const QStringList &words : std::as_const(commands)) {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun run = runCli(words + QStringList{flag});
            INFO("iitalent-cli " << words.join(QLatin1Char(' ')) << " " << flag << "\nstdout: " << run.out
                                 << "\nstderr: " << run.err);
            CHECK(run.exitCode == 0);
            CHECK(run.err.isEmpty());
            CHECK(run.out.startsWith(QStringLiteral("usage: iitalent-cli")));
            CHECK(run.out.contains(words.join(QLatin1Char(' '))));
        }
    }

    // Only that command's usage, not the whole help; `help COMMAND` says the same.
    const CliRun newHelp = runCli({QStringLiteral("new"), QStringLiteral("--help")});
    CHECK(newHelp.out.contains(QStringLiteral("--subject NAME")));
    CHECK_FALSE(newHelp.out.contains(QStringLiteral("cohort create")));
    CHECK(runCli({QStringLiteral("help"), QStringLiteral("new")}).out == newHelp.out);
    const CliRun cohortAdd = runCli({QStringLiteral("cohort"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(cohortAdd.out.contains(QStringLiteral("cohort add NAME")));
    CHECK_FALSE(cohortAdd.out.contains(QStringLiteral("cohort remove")));
    // The whole cohort family when no subcommand is named.
    const CliRun cohort = runCli({QStringLiteral("cohort"), QStringLiteral("--help")});
    CHECK(cohort.exitCode == 0);
    CHECK(cohort.out.contains(QStringLiteral("cohort remove")));
    CHECK(cohort.out.contains(QStringLiteral("cohort compare")));
    // An unknown command's help is a usage error.
    CHECK(runCli({QStringLiteral("frobnicate"), QStringLiteral("--help")}).exitCode == 2);
}
