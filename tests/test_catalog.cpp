// The bundled catalog (compiled from data/catalog at build time and embedded in the program), the
// catalog source → SQLite → Catalog round trip, custom catalogs, and damaged catalog files, each of
// which must give a clear error that names the file instead of a crash.
#include "TestSupport.h"

#include "Catalog.h"
#include "CatalogExport.h"
#include "CatalogSource.h"
#include "CatalogWriter.h"
#include "Levels.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <map>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::copyDirectory;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

// The catalog file embedded in the program, as bytes.
QByteArray embeddedCatalogBytes()
{
    return readBytes(QStringLiteral(":/iitalent/catalog.sqlite"));
}

// Writes a valid catalog file (the embedded one) to `path` and checks that it loads.
void writeValidCatalog(const QString &path)
{
    const QByteArray bytes = embeddedCatalogBytes();
    REQUIRE(bytes.size() > 4096);
    REQUIRE(writeBytes(path, bytes));
    auto loaded = Catalog::load(path);
    INFO(loaded.error());
    REQUIRE(loaded.ok());
}

// Runs SQL on a catalog file opened read-write, as a user with the sqlite3 tool could.
void execOn(const QString &path, const QString &sql)
{
    SqliteDatabase db;
    Status opened = db.open(path, SqliteDatabase::Mode::ReadWriteCreate);
    INFO(opened.error());
    REQUIRE(opened.ok());
    Status done = db.exec(sql);
    INFO(done.error());
    REQUIRE(done.ok());
}

// A load that must fail with a message naming the file; returns the message.
QString expectLoadFailure(const QString &path)
{
    Result<Catalog> loaded = Catalog::load(path);
    INFO("path: " << path);
    REQUIRE_FALSE(loaded.ok());
    INFO("error: " << loaded.error());
    CHECK(loaded.error().contains(path));
    CHECK(loaded.error().size() > path.size() + 10);
    return loaded.error();
}

std::string dump(const Catalog &c)
{
    return catalogToJson(c).dump(1);
}

nlohmann::ordered_json readJsonFile(const QString &path)
{
    const QByteArray bytes = readBytes(path);
    return nlohmann::ordered_json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

bool writeJsonFile(const QString &path, const nlohmann::ordered_json &j)
{
    const std::string s = j.dump(2);
    return writeBytes(path, QByteArray(s.data(), static_cast<int>(s.size())));
}

} // namespace

TEST_CASE("The bundled catalog has the 8 directions with their roles", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    const std::vector<std::pair<const char *, const char *>> expected{
        {"network", "网络"},  {"identifier", "标识"}, {"platform", "平台"},    {"bigdata", "工业大数据"},
        {"security", "安全"}, {"edge", "边缘"},       {"application", "应用"}, {"operations", "运营"},
    };
    const int counts[] = {4, 5, 6, 8, 5, 5, 6, 2};
    REQUIRE(c.directions().size() == 8);
    for (size_t i = 0; i < expected.size(); ++i) {
        const Direction &d = c.directions()[i];
        INFO("direction " << i << " " << d.id);
        CHECK(d.id == u(expected[i].first));
        CHECK(d.nameZh == u(expected[i].second));
        CHECK_FALSE(d.nameEn.isEmpty());
        CHECK(c.direction(d.id) == &d);
        CHECK(static_cast<int>(c.rolesOf(d.id).size()) == counts[i]);
    }
    CHECK(c.direction(QStringLiteral("nope")) == nullptr);
    CHECK(c.rolesOf(QStringLiteral("nope")).empty());
}

TEST_CASE("The bundled catalog has 41 roles coded 01..41 with sections 5.1.1..5.8.2", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    REQUIRE(c.roles().size() == 41);
    const int counts[] = {4, 5, 6, 8, 5, 5, 6, 2};
    int index = 0;
    for (int dir = 0; dir < 8; ++dir) {
        for (int k = 1; k <= counts[dir]; ++k, ++index) {
            const Role &r = c.roles()[static_cast<size_t>(index)];
            const QString code = QStringLiteral("%1").arg(index + 1, 2, 10, QLatin1Char('0'));
            INFO("role " << code);
            CHECK(r.code == code);
            CHECK(r.section == QStringLiteral("5.%1.%2").arg(dir + 1).arg(k));
            CHECK(r.direction == c.directions()[static_cast<size_t>(dir)].id);
            CHECK_FALSE(r.nameZh.isEmpty());
            CHECK_FALSE(r.nameEn.isEmpty());
            CHECK_FALSE(r.dutyZh.isEmpty());
            CHECK(c.role(code) == &r);
            CHECK(c.rolesOf(r.direction)[static_cast<size_t>(k - 1)] == &r);
        }
    }
    CHECK(c.roles().front().section == u("5.1.1"));
    CHECK(c.roles().back().section == u("5.8.2"));
    CHECK(c.role(QStringLiteral("99")) == nullptr);
    CHECK(c.role(QStringLiteral("1")) == nullptr);
}

TEST_CASE("Role names follow the standard's section titles", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    const Role *r11 = c.role(QStringLiteral("11"));
    REQUIRE(r11);
    CHECK(r11->nameZh == u("工业互联网平台研发工程师"));
    CHECK(r11->aliasesZh == QStringList{u("工业互联网平台开发工程师")});

    const Role *r14 = c.role(QStringLiteral("14"));
    REQUIRE(r14);
    CHECK(r14->nameZh.contains(u("工业APP")));
    CHECK_FALSE(r14->nameZh.contains(QLatin1Char(' ')));
    const Role *r15 = c.role(QStringLiteral("15"));
    REQUIRE(r15);
    CHECK(r15->nameZh.contains(u("工业APP")));
    CHECK_FALSE(r15->nameZh.contains(QLatin1Char(' ')));

    const Role *r01 = c.role(QStringLiteral("01"));
    REQUIRE(r01);
    CHECK(r01->nameZh == u("工业互联网网络架构工程师"));
    CHECK(r01->aliasesZh.isEmpty());
    const Role *r41 = c.role(QStringLiteral("41"));
    REQUIRE(r41);
    CHECK(r41->nameZh == u("工业互联网运营工程师"));

    QSet<QString> names;
    for (const Role &r : c.roles())
        names.insert(r.nameZh);
    CHECK(names.size() == 41);
}

TEST_CASE("The bundled catalog has 641 requirements with well-formed ids", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    CHECK(c.requirementCount() == 641);
    std::map<QString, int> perDimension;
    int total = 0;
    const QRegularExpression idPattern(QStringLiteral("^(\\d{2})\\.([a-d])\\.(\\d+)$"));
    for (const Role &r : c.roles()) {
        std::map<QString, int> numberIn;
        QString lastDim;
        for (const Requirement &q : r.requirements) {
            INFO("requirement " << q.id);
            ++total;
            ++perDimension[q.dimension];
            const auto m = idPattern.match(q.id);
            REQUIRE(m.hasMatch());
            CHECK(m.captured(1) == r.code);
            CHECK(m.captured(2) == q.dimension);
            CHECK(m.captured(3).toInt() == q.number);
            CHECK(q.role == r.code);
            // Numbered 1, 2, 3, … within each dimension, dimensions in order a b c d.
            CHECK(q.number == ++numberIn[q.dimension]);
            CHECK(q.dimension >= lastDim);
            lastDim = q.dimension;
            CHECK(c.requirement(q.id) == &q);
            CHECK_FALSE(q.textZh.isEmpty());
            CHECK_FALSE(q.textZh.startsWith(u("——")));
            CHECK_FALSE(q.textZh.contains(QLatin1Char('\n')));
            CHECK(q.textZh == q.textZh.trimmed());
        }
    }
    CHECK(total == 641);
    CHECK(perDimension[QStringLiteral("a")] == 188);
    CHECK(perDimension[QStringLiteral("b")] == 155);
    CHECK(perDimension[QStringLiteral("c")] == 187);
    CHECK(perDimension[QStringLiteral("d")] == 111);
    CHECK(perDimension.size() == 4);

    const Requirement *first = c.requirement(QStringLiteral("01.a.1"));
    REQUIRE(first);
    CHECK(first->textZh == u("熟悉工业互联网体系架构及其发展趋势；"));
    CHECK(first->role == u("01"));
    CHECK(first->dimension == u("a"));
    CHECK(first->number == 1);
    const Requirement *last = c.requirement(QStringLiteral("41.d.3"));
    REQUIRE(last);
    CHECK(last == &c.roles().back().requirements.back());
    CHECK(c.requirement(QStringLiteral("01.a.99")) == nullptr);
    CHECK(c.requirement(QStringLiteral("01.e.1")) == nullptr);
    CHECK(c.requirement(QString()) == nullptr);
    // Role 01 has 4 + 6 + 5 + 3 items.
    CHECK(c.role(QStringLiteral("01"))->requirements.size() == 18);
}

TEST_CASE("The four dimensions carry the elements of Table 2", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    struct Dim
    {
        const char *key;
        const char *name;
        std::vector<const char *> elements;
    };
    const std::vector<Dim> expected{
        {"a", "综合能力", {"软能力"}},
        {"b", "专业知识", {"基础知识", "专业知识"}},
        {"c", "技术技能", {"基本技能", "专业技能"}},
        {"d", "工程实践", {"经验"}},
    };
    REQUIRE(c.dimensions().size() == 4);
    for (size_t i = 0; i < expected.size(); ++i) {
        const Dimension &d = c.dimensions()[i];
        INFO("dimension " << d.key);
        CHECK(d.key == u(expected[i].key));
        CHECK(d.nameZh == u(expected[i].name));
        CHECK_FALSE(d.nameEn.isEmpty());
        CHECK(c.dimension(d.key) == &d);
        REQUIRE(d.elements.size() == expected[i].elements.size());
        for (size_t j = 0; j < d.elements.size(); ++j) {
            const Element &e = d.elements[j];
            INFO("element " << e.nameZh);
            CHECK(e.nameZh == u(expected[i].elements[j]));
            CHECK_FALSE(e.nameEn.isEmpty());
            CHECK(e.descriptionZh.startsWith(u("指相应岗位人才")));
            CHECK_FALSE(e.descriptionEn.isEmpty());
        }
    }
    CHECK(c.dimension(QStringLiteral("e")) == nullptr);
}

TEST_CASE("Every stored level is the level rule's and identical statements share a competency", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    QHash<QString, QString> competencyOfStatement;
    QSet<QString> usedCompetencies;
    for (const Role &r : c.roles()) {
        for (const Requirement &q : r.requirements) {
            INFO("requirement " << q.id << ": " << q.textZh);
            const LevelMatch m = LevelRule::classify(q.textZh);
            CHECK(q.level == m.level);
            CHECK(q.levelWord == m.word);
            CHECK(q.level >= Level::Aware);
            CHECK(q.level <= Level::Expert);

            const Competency *comp = c.competency(q.competency);
            REQUIRE(comp != nullptr);
            const QString statement = LevelRule::statement(q.textZh);
            CHECK(comp->statementZh == statement);
            const auto it = competencyOfStatement.constFind(statement);
            if (it == competencyOfStatement.cend())
                competencyOfStatement.insert(statement, q.competency);
            else
                CHECK(*it == q.competency);
            usedCompetencies.insert(q.competency);
        }
    }
    const int n = static_cast<int>(c.competencies().size());
    CHECK(n >= 480);
    CHECK(n <= 530);
    // One competency per distinct statement, none unused.
    CHECK(competencyOfStatement.size() == n);
    CHECK(usedCompetencies.size() == n);
    QSet<QString> statements;
    for (const Competency &comp : c.competencies())
        statements.insert(comp.statementZh);
    CHECK(statements.size() == n);

    const Requirement *a = c.requirement(QStringLiteral("01.a.1"));
    const Requirement *b = c.requirement(QStringLiteral("11.a.1"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->textZh == u("熟悉工业互联网体系架构及其发展趋势；"));
    CHECK(b->textZh == a->textZh);
    CHECK(a->competency == b->competency);
    CHECK(c.competency(a->competency)->statementZh == u("工业互联网体系架构及其发展趋势"));
    // Different statements, different competencies.
    CHECK(c.requirement(QStringLiteral("01.a.2"))->competency != a->competency);
    CHECK(c.competency(QStringLiteral("no-such-competency")) == nullptr);
}

TEST_CASE("Appendix A is in the catalog", "[catalog]")
{
    const Improvement &imp = bundledCatalog().improvement();
    CHECK(imp.titleZh == u("工业互联网岗位能力提升"));
    CHECK_FALSE(imp.figureCaptionZh.isEmpty());
    REQUIRE(imp.contents.size() == 4);
    const char *keys[] = {"a", "b", "c", "d"};
    for (size_t i = 0; i < 4; ++i) {
        INFO("content " << i);
        CHECK(imp.contents[i].dimension == u(keys[i]));
        CHECK_FALSE(imp.contents[i].textZh.isEmpty());
        CHECK_FALSE(imp.contents[i].nameEn.isEmpty());
    }
    REQUIRE(imp.stages.size() == 2);
    CHECK(imp.stages[0].id == u("pre-job"));
    CHECK(imp.stages[0].nameZh == u("岗前提升"));
    CHECK(imp.stages[1].id == u("on-job"));
    CHECK(imp.stages[1].nameZh == u("在岗提升"));
    for (const ImprovementStage &s : imp.stages) {
        INFO("stage " << s.id);
        CHECK(s.methods.size() == 3);
        for (const ImprovementMethod &m : s.methods) {
            CHECK_FALSE(m.id.isEmpty());
            CHECK_FALSE(m.nameZh.isEmpty());
            CHECK_FALSE(m.textZh.isEmpty());
        }
    }
    REQUIRE(imp.providers.size() == 3);
    CHECK(imp.providers[0].nameZh.contains(u("教育")));
    CHECK(imp.providers[1].nameZh.contains(u("企业")));
    CHECK(imp.providers[2].nameZh.contains(u("个人")));
    for (const ImprovementProvider &p : imp.providers) {
        INFO("provider " << p.id);
        CHECK_FALSE(p.id.isEmpty());
        CHECK_FALSE(p.textZh.isEmpty());
    }
}

TEST_CASE("Search finds which roles require a term", "[catalog]")
{
    const Catalog &c = bundledCatalog();
    const std::vector<SearchHit> hits = c.search(QStringLiteral("OPC UA"));
    REQUIRE_FALSE(hits.empty());
    const SearchHit *hit01 = nullptr;
    for (const SearchHit &h : hits) {
        REQUIRE(h.role != nullptr);
        INFO("role " << h.role->code);
        CHECK((h.nameMatched || !h.requirements.empty()));
        for (const Requirement *q : h.requirements) {
            CHECK(q->role == h.role->code);
            CHECK(q->textZh.contains(QStringLiteral("OPC UA"), Qt::CaseInsensitive));
        }
        if (h.role->code == QLatin1String("01"))
            hit01 = &h;
    }
    REQUIRE(hit01 != nullptr);
    CHECK_FALSE(hit01->nameMatched);
    bool has01b5 = false;
    for (const Requirement *q : hit01->requirements)
        has01b5 = has01b5 || q->id == QLatin1String("01.b.5");
    CHECK(has01b5);
    // Every role that mentions OPC UA is found.
    int mentioning = 0;
    for (const Role &r : c.roles())
        for (const Requirement &q : r.requirements)
            if (q.textZh.contains(QStringLiteral("OPC UA"))) {
                ++mentioning;
                break;
            }
    CHECK(static_cast<int>(hits.size()) == mentioning);

    // Case-insensitive, and by name or alias.
    CHECK(c.search(QStringLiteral("opc ua")).size() == hits.size());
    const auto byAlias = c.search(u("工业互联网平台开发工程师"));
    REQUIRE(byAlias.size() == 1);
    CHECK(byAlias[0].role->code == u("11"));
    CHECK(byAlias[0].nameMatched);
    CHECK(c.search(QString()).empty());
    CHECK(c.search(QStringLiteral("   ")).empty());
    CHECK(c.search(QStringLiteral("zzqx-not-in-the-standard")).empty());
}

TEST_CASE("Catalog source → SQLite → Catalog gives the bundled catalog", "[catalog][roundtrip]")
{
    auto source = CatalogSource::read(QStringLiteral(IITALENT_CATALOG_SOURCE_DIR));
    INFO(source.error());
    REQUIRE(source.ok());
    CHECK(source->roles().size() == 41);
    CHECK(dump(source.value()) == dump(bundledCatalog()));

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("sub/catalog.sqlite"));
    Status written = CatalogWriter::write(source.value(), path);
    INFO(written.error());
    REQUIRE(written.ok());
    CHECK(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));

    const QByteArray before = readBytes(path);
    auto loaded = Catalog::load(path);
    INFO(loaded.error());
    REQUIRE(loaded.ok());
    CHECK(loaded->origin() == path);
    CHECK(loaded->requirementCount() == 641);
    CHECK(loaded->competencies().size() == bundledCatalog().competencies().size());
    CHECK(dump(loaded.value()) == dump(bundledCatalog()));
    // Loading is read-only: the file is left as it was.
    CHECK(readBytes(path) == before);

    // Writing again over an existing file replaces it.
    Status again = CatalogWriter::write(bundledCatalog(), path);
    INFO(again.error());
    REQUIRE(again.ok());
    auto reloaded = Catalog::load(path);
    REQUIRE(reloaded.ok());
    CHECK(dump(reloaded.value()) == dump(bundledCatalog()));

    // The same bytes load from memory too.
    auto fromBytes = Catalog::loadFromBytes(readBytes(path), QStringLiteral("memory copy"));
    INFO(fromBytes.error());
    REQUIRE(fromBytes.ok());
    CHECK(fromBytes->origin() == u("memory copy"));
    CHECK(dump(fromBytes.value()) == dump(bundledCatalog()));
}

TEST_CASE("A catalog file on a read-only file system path still loads", "[catalog]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("catalog.sqlite"));
    writeValidCatalog(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto loaded = Catalog::load(path);
    INFO(loaded.error());
    CHECK(loaded.ok());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A missing catalog file gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("no-such-catalog.sqlite"));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("does not exist")));
    // Opening read-only must not create the file.
    CHECK_FALSE(QFileInfo::exists(path));

    // A folder is not a catalog file either.
    const QString folderError = expectLoadFailure(tmp.path());
    CHECK(folderError.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("A text file given as a catalog gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("notes.txt"));
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "This is a text file, not an iitalent catalog. 这不是目录文件。\n";
    REQUIRE(writeBytes(path, text));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("not a usable iitalent catalog")));
    CHECK(readBytes(path) == text);
}

TEST_CASE("An empty file given as a catalog gives a clear error", "[catalog][damaged]")
{
    // SQLite opens a 0-byte file as an empty database: the loader must still refuse it.
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(writeBytes(path, QByteArray()));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("not an iitalent catalog")));
    CHECK(QFileInfo(path).size() == 0);
}

TEST_CASE("A truncated catalog gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("truncated.sqlite"));
    writeValidCatalog(path);
    const QByteArray bytes = readBytes(path);
    REQUIRE(writeBytes(path, bytes.left(bytes.size() / 2)));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("not a usable iitalent catalog")));
    CHECK(error.contains(QStringLiteral("damaged")));
    // One readable sentence, not SQLite's page-by-page report.
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    CHECK(error.size() < 400);

    auto fromBytes = Catalog::loadFromBytes(bytes.left(bytes.size() / 2), QStringLiteral("half a catalog"));
    REQUIRE_FALSE(fromBytes.ok());
    CHECK(fromBytes.error().contains(QStringLiteral("half a catalog")));
}

TEST_CASE("A catalog with bytes overwritten in the middle gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("overwritten.sqlite"));
    writeValidCatalog(path);
    QByteArray bytes = readBytes(path);
    const int offset = bytes.size() / 2;
    REQUIRE(offset + 4096 <= bytes.size());
    bytes.replace(offset, 4096, QByteArray(4096, '\xFF'));
    REQUIRE(writeBytes(path, bytes));
    // 4 KiB always covers the start of a page (pages are at most 4 KiB here), so its header is
    // destroyed and quick_check notices: the load fails rather than showing damaged data.
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("not a usable iitalent catalog")));
    CHECK(error.contains(QStringLiteral("damaged")));
    // One readable sentence, not SQLite's page-by-page report.
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    CHECK(error.size() < 400);

    auto fromBytes = Catalog::loadFromBytes(bytes, QStringLiteral("overwritten copy"));
    REQUIRE_FALSE(fromBytes.ok());
    CHECK(fromBytes.error().contains(QStringLiteral("overwritten copy")));
}

TEST_CASE("An SQLite database that is not a catalog gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("other.sqlite"));
    execOn(path, QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);"
                                "INSERT INTO notes(text) VALUES ('hello');"));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("not an iitalent catalog")));

    // Tables named like a catalog's but no application id: still refused.
    const QString lookalike = tmp.filePath(QStringLiteral("lookalike.sqlite"));
    writeValidCatalog(lookalike);
    execOn(lookalike, QStringLiteral("PRAGMA application_id = 0;"));
    CHECK(expectLoadFailure(lookalike).contains(QStringLiteral("not an iitalent catalog")));
}

TEST_CASE("A catalog of another schema version gives a clear error", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("v99.sqlite"));
    writeValidCatalog(path);
    execOn(path, QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version';"));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("schema version")));
    CHECK(error.contains(QStringLiteral("99")));

    const QString none = tmp.filePath(QStringLiteral("noversion.sqlite"));
    writeValidCatalog(none);
    execOn(none, QStringLiteral("DELETE FROM meta WHERE key = 'schema_version';"));
    CHECK(expectLoadFailure(none).contains(QStringLiteral("schema version")));

    const QString noTable = tmp.filePath(QStringLiteral("nometa.sqlite"));
    writeValidCatalog(noTable);
    execOn(noTable, QStringLiteral("DROP TABLE meta;"));
    CHECK(expectLoadFailure(noTable).contains(QStringLiteral("meta")));
}

TEST_CASE("A catalog with an impossible level names the requirement", "[catalog][damaged]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("level7.sqlite"));
    writeValidCatalog(path);
    // The schema's CHECK constraint would refuse the update; a hand-edited file need not have it.
    execOn(path, QStringLiteral("PRAGMA ignore_check_constraints = ON;"
                                "UPDATE requirements SET level = 7 WHERE id = '01.a.1';"));
    const QString error = expectLoadFailure(path);
    CHECK(error.contains(QStringLiteral("01.a.1")));
    CHECK(error.contains(QStringLiteral("7")));

    // A level that wraps to 1 when narrowed to 32 bits is still refused (issue 9).
    const QString wide = tmp.filePath(QStringLiteral("wide.sqlite"));
    writeValidCatalog(wide);
    execOn(wide, QStringLiteral("PRAGMA ignore_check_constraints = ON;"
                                "UPDATE requirements SET level = 4294967297 WHERE id = '01.a.2';"));
    const QString wideError = expectLoadFailure(wide);
    CHECK(wideError.contains(QStringLiteral("01.a.2")));
    CHECK(wideError.contains(QStringLiteral("4294967297")));

    // A role code longer than an exchange file may name is refused when the catalog opens.
    const QString longCode = tmp.filePath(QStringLiteral("long-code.sqlite"));
    writeValidCatalog(longCode);
    execOn(longCode, QStringLiteral("PRAGMA foreign_keys = OFF;"
                                    "UPDATE roles SET code = '41-a-code-of-22-chars' WHERE code = '41';"
                                    "UPDATE role_aliases SET role = '41-a-code-of-22-chars' WHERE role = '41';"
                                    "UPDATE requirements SET role = '41-a-code-of-22-chars', "
                                    "id = '41-a-code-of-22-chars' || substr(id, 3) WHERE role = '41';"));
    const QString longError = expectLoadFailure(longCode);
    CHECK(longError.contains(QStringLiteral("41-a-code-of-22-chars")));
    CHECK(longError.contains(QStringLiteral("20 characters")));

    const QString orphan = tmp.filePath(QStringLiteral("orphan.sqlite"));
    writeValidCatalog(orphan);
    execOn(orphan, QStringLiteral("UPDATE requirements SET competency = 'c999999' WHERE id = '02.b.1';"));
    CHECK(expectLoadFailure(orphan).contains(QStringLiteral("02.b.1")));
}

TEST_CASE("Garbage bytes do not load as a catalog", "[catalog][damaged]")
{
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage += static_cast<char>((i * 131 + 7) % 251);
    auto loaded = Catalog::loadFromBytes(garbage, QStringLiteral("garbage label"));
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().contains(QStringLiteral("garbage label")));

    auto empty = Catalog::loadFromBytes(QByteArray(), QStringLiteral("empty label"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("empty label")));

    // An SQLite header followed by garbage.
    QByteArray header = embeddedCatalogBytes().left(100) + garbage;
    auto headed = Catalog::loadFromBytes(header, QStringLiteral("header label"));
    REQUIRE_FALSE(headed.ok());
    CHECK(headed.error().contains(QStringLiteral("header label")));
}

TEST_CASE("A custom catalog may state a requirement's level", "[catalog][custom]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString src = tmp.filePath(QStringLiteral("catalog"));
    REQUIRE(copyDirectory(QStringLiteral(IITALENT_CATALOG_SOURCE_DIR), src));
    const QString rolePath = src + QStringLiteral("/roles/01.json");
    nlohmann::ordered_json role = readJsonFile(rolePath);
    const std::string text = role["requirements"]["a"][0].get<std::string>();
    REQUIRE(QString::fromStdString(text) == u("熟悉工业互联网体系架构及其发展趋势；"));
    role["requirements"]["a"][0] = {{"text_zh", text}, {"level", 4}, {"level_word", "精通"}};
    REQUIRE(writeJsonFile(rolePath, role));

    auto source = CatalogSource::read(src);
    INFO(source.error());
    REQUIRE(source.ok());
    const QString path = tmp.filePath(QStringLiteral("custom.sqlite"));
    Status written = CatalogWriter::write(source.value(), path);
    INFO(written.error());
    REQUIRE(written.ok());
    auto loaded = Catalog::load(path);
    INFO(loaded.error());
    REQUIRE(loaded.ok());

    const Requirement *q = loaded->requirement(QStringLiteral("01.a.1"));
    REQUIRE(q);
    CHECK(q->textZh == QString::fromStdString(text));
    CHECK(q->level == 4);
    CHECK(q->levelWord == u("精通"));
    // The rule would have said 2; the rest of the catalog still follows the rule.
    CHECK(LevelRule::classify(q->textZh).level == 2);
    CHECK(loaded->requirement(QStringLiteral("11.a.1"))->level == 2);
    CHECK(loaded->requirement(QStringLiteral("01.a.2"))->level == 1);
    CHECK(loaded->requirementCount() == 641);
    // The statement is unchanged, so the competency is still shared with 11.a.1.
    CHECK(q->competency == loaded->requirement(QStringLiteral("11.a.1"))->competency);
    // And the export shows it.
    const auto j = requirementToJson(*q);
    CHECK(j["level"] == 4);
    CHECK(j["level_word"] == "精通");

    // A level alone keeps the rule's word.
    role["requirements"]["a"][0] = {{"text_zh", text}, {"level", 3}};
    REQUIRE(writeJsonFile(rolePath, role));
    auto levelOnly = CatalogSource::read(src);
    INFO(levelOnly.error());
    REQUIRE(levelOnly.ok());
    CHECK(levelOnly->requirement(QStringLiteral("01.a.1"))->level == 3);
    CHECK(levelOnly->requirement(QStringLiteral("01.a.1"))->levelWord == u("熟悉"));
}

TEST_CASE("A catalog source with a problem names the file", "[catalog][custom]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString src = tmp.filePath(QStringLiteral("catalog"));
    REQUIRE(copyDirectory(QStringLiteral(IITALENT_CATALOG_SOURCE_DIR), src));
    const QString rolePath = src + QStringLiteral("/roles/07.json");
    const QByteArray original = readBytes(rolePath);
    REQUIRE_FALSE(original.isEmpty());

    SECTION("a syntax error")
    {
        REQUIRE(writeBytes(rolePath, original.left(original.size() / 2)));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("roles/07.json")));
        CHECK(source.error().contains(src));
    }
    SECTION("a level outside 1..4")
    {
        nlohmann::ordered_json role =
            nlohmann::ordered_json::parse(original.constData(), original.constData() + original.size());
        role["requirements"]["b"][1] = {{"text_zh", role["requirements"]["b"][1]}, {"level", 9}};
        REQUIRE(writeJsonFile(rolePath, role));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("roles/07.json")));
        CHECK(source.error().contains(QStringLiteral("9")));
    }
    SECTION("a level that would wrap to 1 in 32 bits")
    {
        nlohmann::ordered_json role =
            nlohmann::ordered_json::parse(original.constData(), original.constData() + original.size());
        role["requirements"]["b"][1] = {{"text_zh", role["requirements"]["b"][1]}, {"level", 4294967297ULL}};
        REQUIRE(writeJsonFile(rolePath, role));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("4294967297")));
    }
    SECTION("a role code longer than 20 characters")
    {
        nlohmann::ordered_json role =
            nlohmann::ordered_json::parse(original.constData(), original.constData() + original.size());
        role["code"] = "07-a-code-of-22-chars";
        REQUIRE(writeJsonFile(rolePath, role));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("20 characters")));
    }
    SECTION("a role in an unknown direction")
    {
        nlohmann::ordered_json role =
            nlohmann::ordered_json::parse(original.constData(), original.constData() + original.size());
        role["direction"] = "nowhere";
        REQUIRE(writeJsonFile(rolePath, role));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("nowhere")));
    }
    SECTION("a role file named after another code")
    {
        REQUIRE(QFile::rename(rolePath, QFileInfo(rolePath).dir().filePath(QStringLiteral("42.json"))));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("roles/42.json")));
        CHECK(source.error().contains(QStringLiteral("\"07\"")));
    }
    SECTION("directions.json listing roles that disagree with the role files")
    {
        nlohmann::ordered_json role =
            nlohmann::ordered_json::parse(original.constData(), original.constData() + original.size());
        role["direction"] = "network";
        REQUIRE(writeJsonFile(rolePath, role));
        auto source = CatalogSource::read(src);
        REQUIRE_FALSE(source.ok());
        INFO(source.error());
        CHECK(source.error().contains(QStringLiteral("directions.json")));
        CHECK(source.error().contains(QStringLiteral("07")));
    }
    SECTION("a missing folder")
    {
        auto source = CatalogSource::read(tmp.filePath(QStringLiteral("no-such-folder")));
        REQUIRE_FALSE(source.ok());
        CHECK(source.error().contains(QStringLiteral("no-such-folder")));
    }
}

TEST_CASE("Writing a catalog where no folder can be made fails cleanly", "[catalog]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString blocker = tmp.filePath(QStringLiteral("a-file"));
    REQUIRE(writeBytes(blocker, "x"));
    Status s = CatalogWriter::write(bundledCatalog(), blocker + QStringLiteral("/sub/catalog.sqlite"));
    CHECK_FALSE(s.ok());
    CHECK_FALSE(s.error().isEmpty());
    CHECK(readBytes(blocker) == QByteArray("x"));
}
