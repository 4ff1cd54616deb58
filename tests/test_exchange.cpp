// The exchange file (schema iitalent.assessment/1): writing and reading it back gives the same
// bytes, and every bad input is refused with a message that says where the problem is and gives no
// assessment. The bad files are in tests/data/exchange/bad: each NAME.json has a NAME.txt with the
// exact problems expected, one a line. tests/data/exchange/good holds files written by another
// JSON writer (Python's json.dumps with indent=2) in the format iitalent writes.
#include "TestSupport.h"

#include "Assessment.h"
#include "ExchangeFile.h"
#include "Scoring.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::checkSameAssessment;
using iitalent::test::rating;
using iitalent::test::readFileBytes;
using iitalent::test::utc;
using iitalent::test::writeFileBytes;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString dataDir(const char *sub)
{
    return QDir(QStringLiteral(IITALENT_TEST_DATA_DIR)).filePath(QStringLiteral("exchange/%1").arg(QLatin1String(sub)));
}

const Role &role(const char *code)
{
    const Role *r = bundledCatalog().role(QString::fromLatin1(code));
    REQUIRE(r);
    return *r;
}

// The assessment in tests/data/exchange/good/assessor.json, built in code.
Assessment assessorExample()
{
    Assessment a;
    a.id = QStringLiteral("6d1f0c0e-8a4b-4f57-9b1e-2c3d4e5f6a7b");
    a.role = QStringLiteral("01");
    a.mode = Mode::Assessor;
    a.subject.name = u("张三");
    a.subject.organisation = u("某某职业技术学院");
    a.subject.number = QStringLiteral("S2026001");
    a.subject.stage = Stage::PreJob;
    a.assessorName = u("李老师");
    a.created = utc("2026-11-23T10:00:00Z");
    a.updated = utc("2026-11-23T11:30:05Z");
    const Role &r = role("01");
    // Given out of catalog order: setRating keeps the catalog's.
    a.setRating(r, rating("01.d.3", 3, u("C:\\projects\\5G\tTSN </script>"), u("第一行\r\n第二行\x01")));
    a.setRating(r, rating("01.c.5", std::nullopt, u("证书：CCNA（待核实）")));
    a.setRating(r, rating("01.a.1", 2, u("毕业设计：工业网关 \"边缘\" 项目\n第二行"), u("面试中说明了 OPC UA")));
    a.setRating(r, rating("01.b.4", 0));
    a.setRating(r, rating("01.a.4", 4, QString(), u("高于要求 🙂")));
    return a;
}

// A valid exchange document to break in one place.
nlohmann::ordered_json validDoc()
{
    Assessment a = assessorExample();
    return ExchangeFile::toJson(a);
}

QByteArray bytesOf(const nlohmann::ordered_json &j)
{
    return QByteArray::fromStdString(j.dump(2));
}

// Parses bytes that must be refused; returns the problems.
QStringList refused(const QByteArray &bytes)
{
    const ParsedAssessment p = ExchangeFile::parse(bytes, bundledCatalog());
    CHECK_FALSE(p.ok());
    CHECK_FALSE(p.assessment.has_value());
    CHECK_FALSE(p.problems.isEmpty());
    return p.problems;
}

} // namespace

TEST_CASE("Serialize, parse and serialize again gives the same bytes", "[exchange]")
{
    const Assessment a = assessorExample();
    const QByteArray first = ExchangeFile::serialize(a);
    CHECK(first.endsWith("}\n"));
    const ParsedAssessment parsed = ExchangeFile::parse(first, bundledCatalog());
    INFO(parsed.problems.join(QLatin1Char('\n')));
    REQUIRE(parsed.ok());
    CHECK(parsed.problems.isEmpty());
    checkSameAssessment(*parsed.assessment, a);
    CHECK(ExchangeFile::serialize(*parsed.assessment) == first);

    SECTION("self mode without an assessor writes no assessor")
    {
        Assessment self = a;
        self.mode = Mode::Self;
        self.assessorName.clear();
        const QByteArray bytes = ExchangeFile::serialize(self);
        CHECK_FALSE(bytes.contains("\"assessor\""));
        const ParsedAssessment p = ExchangeFile::parse(bytes, bundledCatalog());
        REQUIRE(p.ok());
        checkSameAssessment(*p.assessment, self);
        CHECK(ExchangeFile::serialize(*p.assessment) == bytes);
    }
    SECTION("an assessment with no ratings")
    {
        Assessment none = a;
        none.ratings.clear();
        const QByteArray bytes = ExchangeFile::serialize(none);
        CHECK(bytes.contains("\"ratings\": []"));
        const ParsedAssessment p = ExchangeFile::parse(bytes, bundledCatalog());
        REQUIRE(p.ok());
        CHECK(p.assessment->ratings.empty());
        CHECK(ExchangeFile::serialize(*p.assessment) == bytes);
    }
    SECTION("every requirement of a role with 10 or more items in a dimension")
    {
        const Role &r18 = role("18");
        Assessment big = a;
        big.role = QStringLiteral("18");
        big.ratings.clear();
        int i = 0;
        for (auto it = r18.requirements.rbegin(); it != r18.requirements.rend(); ++it, ++i)
            big.setRating(r18, rating(it->id.toLatin1().constData(), i % 5, QStringLiteral("e%1").arg(i)));
        REQUIRE(big.ratings.size() == r18.requirements.size());
        const QByteArray bytes = ExchangeFile::serialize(big);
        const ParsedAssessment p = ExchangeFile::parse(bytes, bundledCatalog());
        REQUIRE(p.ok());
        checkSameAssessment(*p.assessment, big);
        for (size_t k = 0; k < r18.requirements.size(); ++k)
            CHECK(p.assessment->ratings[k].requirement == r18.requirements[k].id);
        CHECK(ExchangeFile::serialize(*p.assessment) == bytes);
    }
}

TEST_CASE("Files written by another JSON writer read and write back byte for byte", "[exchange]")
{
    const QString path = QDir(dataDir("good")).filePath(QStringLiteral("assessor.json"));
    const QByteArray bytes = readFileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    const ParsedAssessment p = ExchangeFile::read(path, bundledCatalog());
    INFO(p.problems.join(QLatin1Char('\n')));
    REQUIRE(p.ok());
    checkSameAssessment(*p.assessment, assessorExample());
    CHECK(ExchangeFile::serialize(*p.assessment) == bytes);
    // What iitalent writes for the same assessment is that file.
    CHECK(ExchangeFile::serialize(assessorExample()) == bytes);

    // The unanswered rating with evidence only keeps its evidence and has no level.
    const Rating *c5 = p.assessment->rating(QStringLiteral("01.c.5"));
    REQUIRE(c5);
    CHECK_FALSE(c5->level.has_value());
    CHECK(c5->evidence == u("证书：CCNA（待核实）"));
    CHECK(p.assessment->answeredCount() == 4);

    // Role 18: 18.c.2, 18.c.9, 18.c.10, 18.c.11 (a note only) in catalog order.
    const QString path18 = QDir(dataDir("good")).filePath(QStringLiteral("self-role18.json"));
    const ParsedAssessment p18 = ExchangeFile::read(path18, bundledCatalog());
    INFO(p18.problems.join(QLatin1Char('\n')));
    REQUIRE(p18.ok());
    REQUIRE(p18.assessment->ratings.size() == 4);
    CHECK(p18.assessment->ratings[2].requirement == u("18.c.10"));
    CHECK(p18.assessment->ratings[3].requirement == u("18.c.11"));
    CHECK_FALSE(p18.assessment->ratings[3].level.has_value());
    CHECK(p18.assessment->ratings[3].note == u("下次再评"));
    CHECK(p18.assessment->mode == Mode::Self);
    CHECK(p18.assessment->assessorName.isEmpty());
    CHECK(p18.assessment->subject.stage == Stage::OnJob);
    CHECK(ExchangeFile::serialize(*p18.assessment) == readFileBytes(path18));
}

TEST_CASE("A level null or a requirement not listed is unanswered", "[exchange]")
{
    nlohmann::ordered_json j = validDoc();
    // 01.a.1: level null with no text -> nothing kept; 01.b.4: level null with a note -> kept.
    j["ratings"][0]["level"] = nullptr;
    j["ratings"][0]["evidence"] = "";
    j["ratings"][0]["note"] = "";
    j["ratings"][2]["level"] = nullptr;
    j["ratings"][2]["note"] = "记得问";
    // A rating without level, evidence or note keys at all.
    j["ratings"].push_back({{"requirement", "01.b.1"}});
    const ParsedAssessment p = ExchangeFile::parse(bytesOf(j), bundledCatalog());
    INFO(p.problems.join(QLatin1Char('\n')));
    REQUIRE(p.ok());
    const Assessment &a = *p.assessment;
    CHECK_FALSE(a.level(QStringLiteral("01.a.1")).has_value());
    CHECK(a.rating(QStringLiteral("01.a.1")) == nullptr);
    CHECK(a.rating(QStringLiteral("01.b.1")) == nullptr);
    REQUIRE(a.rating(QStringLiteral("01.b.4")));
    CHECK_FALSE(a.level(QStringLiteral("01.b.4")).has_value());
    CHECK(a.rating(QStringLiteral("01.b.4"))->note == u("记得问"));
    CHECK(a.rating(QStringLiteral("01.a.2")) == nullptr); // never listed
    // Scored: answered are 01.a.4 and 01.d.3 only.
    const Score s = Scoring::score(bundledCatalog(), role("01"), a);
    CHECK(s.answered == 2);
    CHECK(s.completeness == Approx(2.0 / 18.0));

    // No "ratings" key at all: nothing answered.
    nlohmann::ordered_json none = validDoc();
    none.erase("ratings");
    const ParsedAssessment pn = ExchangeFile::parse(bytesOf(none), bundledCatalog());
    REQUIRE(pn.ok());
    CHECK(pn.assessment->ratings.empty());
}

TEST_CASE("An item marked not assessed travels in the file and never counts", "[exchange][round]")
{
    nlohmann::ordered_json j = validDoc();
    j["ratings"][0]["level"] = nullptr;
    j["ratings"][0]["not_assessed"] = true;
    const ParsedAssessment p = ExchangeFile::parse(bytesOf(j), bundledCatalog());
    INFO(p.problems.join(QLatin1Char('\n')));
    REQUIRE(p.ok());
    const QString id = QString::fromStdString(j["ratings"][0]["requirement"].get<std::string>());
    REQUIRE(p.assessment->rating(id));
    CHECK(p.assessment->rating(id)->notAssessed);
    CHECK(p.assessment->dealtWith(id));
    CHECK_FALSE(p.assessment->level(id));
    // Written back, it is still so; a file without it is unchanged (the key is written only when true).
    const QByteArray again = ExchangeFile::serialize(*p.assessment);
    CHECK(again.contains("\"not_assessed\": true"));
    CHECK(ExchangeFile::parse(again, bundledCatalog()).assessment->rating(id)->notAssessed);
    CHECK_FALSE(ExchangeFile::serialize(*ExchangeFile::parse(bytesOf(validDoc()), bundledCatalog()).assessment)
                    .contains("not_assessed"));
    // A level and not assessed together, or not a boolean: a clear problem each.
    j["ratings"][0]["level"] = 2;
    auto both = ExchangeFile::parse(bytesOf(j), bundledCatalog());
    REQUIRE_FALSE(both.ok());
    CHECK(both.problems.join(QLatin1Char(' ')).contains(QStringLiteral("not_assessed")));
    j["ratings"][0]["level"] = nullptr;
    j["ratings"][0]["not_assessed"] = "yes";
    CHECK_FALSE(ExchangeFile::parse(bytesOf(j), bundledCatalog()).ok());
}

TEST_CASE("Ids, times and optional fields are read leniently but written canonically", "[exchange]")
{
    nlohmann::ordered_json j = validDoc();
    j["id"] = "{6D1F0C0E-8A4B-4F57-9B1E-2C3D4E5F6A7B}";
    j["created"] = "2026-11-23T18:00:00+08:00";
    j["subject"].erase("organisation");
    j["subject"].erase("number");
    j["subject"].erase("stage");
    j["subject"]["name"] = "  张三  ";
    const ParsedAssessment p = ExchangeFile::parse(bytesOf(j), bundledCatalog());
    INFO(p.problems.join(QLatin1Char('\n')));
    REQUIRE(p.ok());
    CHECK(p.assessment->id == u("6d1f0c0e-8a4b-4f57-9b1e-2c3d4e5f6a7b"));
    CHECK(p.assessment->created == utc("2026-11-23T10:00:00Z"));
    CHECK(isoUtc(p.assessment->created) == u("2026-11-23T10:00:00Z"));
    CHECK(p.assessment->subject.name == u("张三"));
    CHECK(p.assessment->subject.organisation.isEmpty());
    CHECK(p.assessment->subject.number.isEmpty());
    CHECK(p.assessment->subject.stage == Stage::OnJob); // the default stage
}

TEST_CASE("Every bad exchange file gives its problems with their location and no assessment", "[exchange]")
{
    const QDir dir(dataDir("bad"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 30);
    for (const QString &file : files) {
        INFO("file " << file);
        const QString expectedPath =
            dir.filePath(QString(file).replace(QStringLiteral(".json"), QStringLiteral(".txt")));
        const QByteArray expectedBytes = readFileBytes(expectedPath);
        REQUIRE_FALSE(expectedBytes.isEmpty());
        QStringList expected = QString::fromUtf8(expectedBytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        const ParsedAssessment p = ExchangeFile::read(dir.filePath(file), bundledCatalog());
        CHECK_FALSE(p.ok());
        CHECK_FALSE(p.assessment.has_value());
        CHECK(p.problems.join(QLatin1Char('\n')) == expected.join(QLatin1Char('\n')));
        // The same through parse() on the bytes.
        const ParsedAssessment q = ExchangeFile::parse(readFileBytes(dir.filePath(file)), bundledCatalog());
        CHECK_FALSE(q.assessment.has_value());
        CHECK(q.problems == p.problems);
    }
}

TEST_CASE("Level 7 at ratings[3] is reported exactly so", "[exchange]")
{
    nlohmann::ordered_json j = validDoc();
    REQUIRE(j["ratings"].size() == 5);
    j["ratings"][3]["level"] = 7;
    CHECK(refused(bytesOf(j)) == QStringList{u("ratings[3].level: 7 is outside 0..4")});
    j["ratings"][3]["level"] = 4; // the top level is fine
    CHECK(ExchangeFile::parse(bytesOf(j), bundledCatalog()).ok());
    j["ratings"][3]["level"] = 0;
    CHECK(ExchangeFile::parse(bytesOf(j), bundledCatalog()).ok());
}

TEST_CASE("Oversized texts are refused, and texts at the limit are accepted", "[exchange]")
{
    REQUIRE(Limits::TextLength == 4000);
    REQUIRE(Limits::NameLength == 200);
    const std::string atTextLimit(4000, 'x');
    const std::string overTextLimit = std::string(3999, 'x') + "证证"; // 4001 characters
    // 200 Chinese characters (600 UTF-8 bytes) are 200 characters.
    std::string atNameLimit;
    for (int i = 0; i < 200; ++i)
        atNameLimit += "张";

    SECTION("at the limits")
    {
        nlohmann::ordered_json j = validDoc();
        j["ratings"][0]["evidence"] = atTextLimit;
        j["ratings"][1]["note"] = atTextLimit;
        j["subject"]["name"] = atNameLimit;
        j["subject"]["organisation"] = atNameLimit;
        j["assessor"]["name"] = atNameLimit;
        const ParsedAssessment p = ExchangeFile::parse(bytesOf(j), bundledCatalog());
        INFO(p.problems.join(QLatin1Char('\n')));
        REQUIRE(p.ok());
        CHECK(p.assessment->subject.name.size() == 200);
        CHECK(p.assessment->ratings[0].evidence.size() == 4000);
    }
    SECTION("evidence over 4000 characters")
    {
        nlohmann::ordered_json j = validDoc();
        j["ratings"][0]["evidence"] = overTextLimit;
        CHECK(refused(bytesOf(j)) ==
              QStringList{u("ratings[0].evidence: 4001 characters, more than the 4000 allowed")});
    }
    SECTION("a note over 4000 characters")
    {
        nlohmann::ordered_json j = validDoc();
        j["ratings"][4]["note"] = std::string(100000, 'n');
        CHECK(refused(bytesOf(j)) == QStringList{u("ratings[4].note: 100000 characters, more than the 4000 allowed")});
    }
    SECTION("names over 200 characters")
    {
        nlohmann::ordered_json j = validDoc();
        j["subject"]["name"] = atNameLimit + "三";
        j["subject"]["number"] = std::string(201, '7');
        j["assessor"]["name"] = std::string(5000, 'L');
        CHECK(refused(bytesOf(j)) == QStringList{u("subject.name: 201 characters, more than the 200 allowed"),
                                                 u("subject.number: 201 characters, more than the 200 allowed"),
                                                 u("assessor.name: 5000 characters, more than the 200 allowed")});
    }
}

TEST_CASE("Reading a file that is missing, a folder, or over 8 MiB gives no assessment", "[exchange]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const Catalog &c = bundledCatalog();

    const ParsedAssessment missing = ExchangeFile::read(tmp.filePath(QStringLiteral("nope.json")), c);
    CHECK_FALSE(missing.ok());
    CHECK(missing.problems == QStringList{u("the file does not exist")});

    const ParsedAssessment folder = ExchangeFile::read(tmp.path(), c);
    CHECK_FALSE(folder.ok());
    CHECK(folder.problems == QStringList{u("it is not a file")});

    // A valid assessment padded with spaces to one byte over 8 MiB.
    QByteArray big = ExchangeFile::serialize(assessorExample());
    REQUIRE(ExchangeFile::parse(big, c).ok());
    big.append(QByteArray(static_cast<int>(Limits::FileBytes - big.size() + 1), ' '));
    REQUIRE(big.size() == 8 * 1024 * 1024 + 1);
    const QString bigPath = tmp.filePath(QStringLiteral("big.json"));
    REQUIRE(writeFileBytes(bigPath, big));
    const ParsedAssessment tooBig = ExchangeFile::read(bigPath, c);
    CHECK_FALSE(tooBig.ok());
    CHECK(tooBig.problems ==
          QStringList{u("the file is 8388609 bytes, more than the 8388608 an assessment file may have")});
    const ParsedAssessment tooBigBytes = ExchangeFile::parse(big, c);
    CHECK_FALSE(tooBigBytes.ok());
    CHECK(tooBigBytes.problems.size() == 1);
    CHECK(tooBigBytes.problems.value(0).contains(u("8388608")));

    // Exactly 8 MiB is allowed.
    big.chop(1);
    REQUIRE(writeFileBytes(bigPath, big));
    const ParsedAssessment atLimit = ExchangeFile::read(bigPath, c);
    INFO(atLimit.problems.join(QLatin1Char('\n')));
    CHECK(atLimit.ok());
}

TEST_CASE("Hostile JSON is refused without a crash", "[exchange]")
{
    SECTION("deeply nested arrays")
    {
        QByteArray deep(100000, '[');
        deep.append(QByteArray(100000, ']'));
        const QStringList problems = refused(deep);
        CHECK(problems ==
              QStringList{u("not an iitalent assessment: its JSON is nested more than 32 levels deep (at byte 33)")});
    }
    SECTION("invalid UTF-8 in a string")
    {
        nlohmann::ordered_json j = validDoc();
        QByteArray bytes = bytesOf(j);
        const int at = bytes.indexOf("S2026001");
        REQUIRE(at > 0);
        bytes[at] = '\xff';
        const QStringList problems = refused(bytes);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(u("not valid JSON (at byte ")));
    }
    SECTION("a level too large for any integer type")
    {
        nlohmann::ordered_json j = validDoc();
        QByteArray bytes = bytesOf(j);
        bytes.replace("\"level\": 2", "\"level\": 18446744073709551616");
        const QStringList problems = refused(bytes);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(u("ratings[0].level: ")));
    }
    SECTION("a number too large for a double")
    {
        // nlohmann::json reports this with out_of_range, not parse_error.
        const QByteArray bytes("{\"schema\": \"iitalent.assessment/1\", \"ratings\": [{\"requirement\": "
                               "\"01.a.1\", \"level\": 1e400}]}");
        ParsedAssessment p;
        CHECK_NOTHROW(p = ExchangeFile::parse(bytes, bundledCatalog()));
        CHECK_FALSE(p.assessment.has_value());
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems[0].startsWith(u("not valid JSON")));
    }
    SECTION("a level of 2^64 - 1")
    {
        nlohmann::ordered_json j = validDoc();
        QByteArray bytes = bytesOf(j);
        bytes.replace("\"level\": 2", "\"level\": 18446744073709551615");
        CHECK(refused(bytes) == QStringList{u("ratings[0].level: 18446744073709551615 is outside 0..4")});
    }
}

TEST_CASE("A rating's evidence and note read as one line", "[assessment]")
{
    Rating r;
    CHECK(r.evidenceAndNote().isEmpty());
    r.evidence = QStringLiteral("CCNA");
    CHECK(r.evidenceAndNote() == QStringLiteral("CCNA"));
    r.note = QStringLiteral("面试");
    CHECK(r.evidenceAndNote() == QStringLiteral("CCNA · 面试"));
    r.evidence.clear();
    CHECK(r.evidenceAndNote() == QStringLiteral("面试"));
}

TEST_CASE("Exported files end in .iitalent.json, and the desktop's MIME type and entry say the same",
          "[exchange][desktop]")
{
    Subject subject;
    subject.name = u("李明");
    Assessment a = Assessment::create(QStringLiteral("05"), Mode::Self, subject, QString());
    const QString name = ExchangeFile::fileNameFor(a);
    CHECK(name.endsWith(QLatin1String(".iitalent.json")));
    CHECK(name.startsWith(a.created.toLocalTime().date().toString(QStringLiteral("yyyyMMdd")) + u("-李明-05-self-")));
    CHECK(ExchangeFile::hasExchangeFileName(name));
    CHECK(ExchangeFile::hasExchangeFileName(QStringLiteral("/tmp/old-export.JSON")));
    CHECK_FALSE(ExchangeFile::hasExchangeFileName(QStringLiteral("report.pdf")));
    CHECK_FALSE(ExchangeFile::hasExchangeFileName(QStringLiteral("notes.json.txt")));

    // The shared-mime-info package that goes into the Debian package (as the build wrote it from
    // dist/linux): the type, the ending and the schema the magic looks for are the core's.
    const QDir dist(QStringLiteral(IITALENT_DIST_BUILD_DIR));
    const QString mime = QString::fromUtf8(readFileBytes(dist.filePath(QStringLiteral(IITALENT_APP_ID ".xml"))));
    REQUIRE_FALSE(mime.isEmpty());
    CHECK(mime.contains(QStringLiteral("<mime-type type=\"%1\">").arg(QLatin1String(ExchangeFile::MimeType))));
    CHECK(mime.contains(QStringLiteral("<glob pattern=\"*%1\"").arg(QLatin1String(ExchangeFile::FileExtension))));
    CHECK(mime.contains(QStringLiteral("value=\"&quot;%1&quot;\"").arg(QLatin1String(ExchangeFile::Schema))));
    CHECK(mime.contains(QStringLiteral("<sub-class-of type=\"application/json\"/>")));
    // The magic looks at the first 4 KB: the schema is the first field iitalent writes.
    CHECK(ExchangeFile::serialize(a).indexOf(ExchangeFile::Schema) < 64);

    // The desktop entry opens files of that type, and hands the program every file chosen.
    const QString desktop = QString::fromUtf8(readFileBytes(dist.filePath(QStringLiteral(IITALENT_APP_ID ".desktop"))));
    CHECK(desktop.contains(QStringLiteral("\nMimeType=%1;\n").arg(QLatin1String(ExchangeFile::MimeType))));
    CHECK(desktop.contains(QStringLiteral("\nExec=iitalent %F\n")));
    CHECK(desktop.contains(QStringLiteral("\nCategories=Office;Education;Qt;\n")));
}
