// Issue 9's data-loss and privacy defects, each reproduced against real files and the real
// iitalent-cli: lost locks after a file dialog, namesakes in forget-subject, history and compare,
// level-only ratings, planted links, backups found by pattern, out-of-range times, damaged stores,
// full disks and hostile JSON. Each of these tests fails on the code before its fix.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "CatalogWriter.h"
#include "Comparison.h"
#include "ExchangeFile.h"
#include "Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::CliRun;
using iitalent::test::readFileBytes;
using iitalent::test::runCli;
using iitalent::test::writeFileBytes;

namespace {

using json = nlohmann::json;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

CliRun cli(const QString &db, QStringList args)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    return runCli(args);
}

QString newAssessment(const QString &db, const QStringList &extra)
{
    const CliRun r = cli(db, QStringList{QStringLiteral("new")} + extra);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

QStringList person(const char *name, const char *number, const char *mode = "self", const char *role = "01")
{
    QStringList args{QStringLiteral("--role"), QString::fromUtf8(role),     QStringLiteral("--mode"),
                     QString::fromUtf8(mode),  QStringLiteral("--subject"), QString::fromUtf8(name)};
    if (*number)
        args << QStringLiteral("--number") << QString::fromUtf8(number);
    if (QByteArray(mode) == "assessor")
        args << QStringLiteral("--assessor") << u("王老师");
    return args;
}

json listJson(const QString &db)
{
    const CliRun r = cli(db, {QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out.toStdString());
}

// The lines of /proc/locks on a file: "1: OFDLCK ADVISORY READ -1 08:01:1234 128 128".
QStringList locksOn(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    const QString key = QStringLiteral("%1:%2:%3")
                            .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                            .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                            .arg(static_cast<qulonglong>(st.st_ino));
    QStringList out;
    for (const QString &line :
         QString::fromLatin1(readFileBytes(QStringLiteral("/proc/locks"))).split(QLatin1Char('\n')))
        if (line.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(key))
            out << line;
    return out;
}

// What a file dialog does with the store's folder: it lists it, guesses each file's type from its
// content, and a preview opens and closes it.
void peekLikeAFileDialog(const QString &folder)
{
    QMimeDatabase mimes;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        (void)mimes.mimeTypeForFile(info.absoluteFilePath(), QMimeDatabase::MatchContent);
        QFile f(info.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly)) {
            (void)f.read(512);
            f.close();
        }
    }
}

std::optional<int> storedLevel(AssessmentStore &store, const QString &id, const char *requirement)
{
    auto a = store.load(id);
    REQUIRE(a.ok());
    return a->level(QString::fromLatin1(requirement));
}

} // namespace

TEST_CASE("trust 1: a file dialog in the store's folder drops none of its locks, and nothing is lost", "[trust][store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("assessments.sqlite"));
    const QString id = newAssessment(db, person("张三", ""));

    std::optional<AssessmentStore> window;
    {
        auto opened = AssessmentStore::open(db);
        INFO(opened.error());
        REQUIRE(opened.ok());
        window.emplace(std::move(opened).value());
    }
    REQUIRE(window->setRating(id, RatingChange::levelOnly(QStringLiteral("01.a.1"), 2), nowUtc()).ok());
    // SQLite locks with open file description locks in this process.
    CHECK(SqliteDatabase::usesDescriptorLocks());
    const QStringList before = locksOn(db);
    REQUIRE_FALSE(before.isEmpty());

    peekLikeAFileDialog(tmp.path());
    INFO("locks before: " << before.join(QLatin1Char('\n')));
    CHECK(locksOn(db).size() == before.size());
    CHECK_FALSE(locksOn(db + QStringLiteral("-shm")).isEmpty());

    // A second process writes while the window is open, and exits: it must not take the WAL away.
    const CliRun rate = cli(db, {QStringLiteral("rate"), id, QStringLiteral("01.a.2"), QStringLiteral("3")});
    INFO(rate.err);
    REQUIRE(rate.exitCode == 0);
    CHECK(QFile::exists(db + QStringLiteral("-wal")));
    // The window goes on answering, another process writes again, and the window goes on.
    REQUIRE(window->setRating(id, RatingChange::levelOnly(QStringLiteral("01.a.3"), 4), nowUtc()).ok());
    peekLikeAFileDialog(tmp.path());
    REQUIRE(cli(db, {QStringLiteral("rate"), id, QStringLiteral("01.a.4"), QStringLiteral("1")}).exitCode == 0);
    REQUIRE(window->setRating(id, RatingChange::levelOnly(QStringLiteral("01.b.1"), 2), nowUtc()).ok());
    CHECK(storedLevel(*window, id, "01.a.4") == 1);
    window.reset(); // the window closes

    auto reopened = AssessmentStore::open(db);
    REQUIRE(reopened.ok());
    CHECK(storedLevel(reopened.value(), id, "01.a.1") == 2);
    CHECK(storedLevel(reopened.value(), id, "01.a.2") == 3);
    CHECK(storedLevel(reopened.value(), id, "01.a.3") == 4);
    CHECK(storedLevel(reopened.value(), id, "01.a.4") == 1);
    CHECK(storedLevel(reopened.value(), id, "01.b.1") == 2);
}

TEST_CASE("trust 2: forget-subject removes one person, never a namesake, and asks first", "[trust][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("class.sqlite"));
    const QString one = newAssessment(db, person("陈静", "001"));
    const QString oneAgain = newAssessment(db, person("陈静", "001", "assessor"));
    const QString two = newAssessment(db, person("陈静", "002"));
    REQUIRE(listJson(db)["assessments"].size() == 3);

    SECTION("a name shared by two people is refused, and both are listed")
    {
        const CliRun r = cli(db, {QStringLiteral("forget-subject"), u("陈静"), QStringLiteral("--yes")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u("2 different people")));
        CHECK(r.err.contains(QStringLiteral("number 001")));
        CHECK(r.err.contains(QStringLiteral("number 002")));
        CHECK(listJson(db)["assessments"].size() == 3);
    }
    SECTION("without --yes and without a terminal, what would go is listed and nothing goes")
    {
        const CliRun r =
            cli(db, {QStringLiteral("forget-subject"), u("陈静"), QStringLiteral("--number"), QStringLiteral("001")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(one.left(8)));
        CHECK(r.err.contains(oneAgain.left(8)));
        CHECK_FALSE(r.err.contains(two.left(8)));
        CHECK(listJson(db)["assessments"].size() == 3);
    }
    SECTION("--number says which, and only that person goes")
    {
        const CliRun r = cli(db, {QStringLiteral("forget-subject"), u("陈静"), QStringLiteral("--number"),
                                  QStringLiteral("001"), QStringLiteral("--yes")});
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Removed 2 assessment(s)")));
        const json list = listJson(db);
        REQUIRE(list["assessments"].size() == 1);
        CHECK(list["assessments"][0]["id"] == two.toStdString());
    }
    SECTION("a reader holding the old pages is reported, not hidden behind 'Removed'")
    {
        SqliteDatabase reader;
        REQUIRE(reader.open(db, SqliteDatabase::Mode::ReadOnly).ok());
        REQUIRE(reader.exec(QStringLiteral("BEGIN; SELECT count(*) FROM ratings;")).ok());
        auto q = reader.prepare(QStringLiteral("SELECT count(*) FROM assessments"));
        REQUIRE(q.ok());
        REQUIRE(q->step());
        const CliRun r = cli(db, {QStringLiteral("forget-subject"), u("陈静"), QStringLiteral("--number"),
                                  QStringLiteral("002"), QStringLiteral("--yes")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("still reading")));
        CHECK(r.err.contains(QStringLiteral("Removed 1 assessment(s)")));
        (void)reader.exec(QStringLiteral("COMMIT"));
    }
}

TEST_CASE("trust 2: forget-subject removes what it listed, not a namesake the rule also reaches", "[trust][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("class.sqlite"));
    const QString unnumbered = newAssessment(db, person("陈静", ""));
    const QString two = newAssessment(db, person("陈静", "002"));
    // 001 matches only the 陈静 without a number; that one is listed and removed, #002 stays.
    const CliRun r = cli(db, {QStringLiteral("forget-subject"), u("陈静"), QStringLiteral("--number"),
                              QStringLiteral("001"), QStringLiteral("--yes")});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(unnumbered.left(8)));
    CHECK_FALSE(r.out.contains(two.left(8)));
    CHECK(r.out.contains(QStringLiteral("Removed 1 assessment(s)")));
    const json list = listJson(db);
    REQUIRE(list["assessments"].size() == 1);
    CHECK(list["assessments"][0]["id"] == two.toStdString());
}

TEST_CASE("trust 3: a report of a person without a number is not mixed with namesakes", "[trust][store]")
{
    Assessment a = Assessment::create(QStringLiteral("01"), Mode::Self, Subject{u("陈静"), {}, {}, Stage::OnJob}, {});
    Assessment one = Assessment::create(QStringLiteral("01"), Mode::Assessor,
                                        Subject{u("陈静"), {}, QStringLiteral("001"), Stage::OnJob}, u("王老师"));
    Assessment two = Assessment::create(QStringLiteral("01"), Mode::Assessor,
                                        Subject{u("陈静"), {}, QStringLiteral("002"), Stage::OnJob}, u("王老师"));
    // Two different 陈静 were assessed: the unnumbered one is surely neither.
    CHECK_FALSE(Comparer::counterpartOf(a, {one, two}).has_value());
    CHECK(HistoryBuilder::trackOf(a, {one, two, a}).size() == 1);
    // With one 陈静 only, the unnumbered self-assessment is hers.
    const auto counterpart = Comparer::counterpartOf(a, {one});
    REQUIRE(counterpart.has_value());
    CHECK(counterpart->id == one.id);
}

TEST_CASE("trust 3: history is one person's, per role and mode", "[trust][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString self1 = newAssessment(db, person("张伟", "1"));
    const QString assessor1 = newAssessment(db, person("张伟", "1", "assessor"));
    const QString namesake = newAssessment(db, person("张伟", "2"));
    REQUIRE(cli(db, {QStringLiteral("rate"), self1, QStringLiteral("01.a.1"), QStringLiteral("1")}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("rate"), assessor1, QStringLiteral("01.a.1"), QStringLiteral("4")}).exitCode == 0);
    REQUIRE(cli(db, {QStringLiteral("rate"), namesake, QStringLiteral("01.a.1"), QStringLiteral("3")}).exitCode == 0);

    const CliRun both = cli(db, {QStringLiteral("history"), u("张伟")});
    CHECK(both.exitCode == 1);
    CHECK(both.err.contains(QStringLiteral("--number")));

    const CliRun mine = cli(db, {QStringLiteral("history"), u("张伟"), QStringLiteral("--number"), QStringLiteral("1"),
                                 QStringLiteral("--json")});
    INFO(mine.err);
    REQUIRE(mine.exitCode == 0);
    const json h = json::parse(mine.out.toStdString());
    REQUIRE(h["assessments"].size() == 2);
    for (const json &e : h["assessments"]) {
        CHECK(e["assessment"] != namesake.toStdString());
        // A self-assessment is no earlier round of an assessor's view: no change between them.
        CHECK(e["change"].is_null());
    }
    const CliRun text =
        cli(db, {QStringLiteral("history"), u("张伟"), QStringLiteral("--number"), QStringLiteral("1")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("self assessments")));
    CHECK(text.out.contains(QStringLiteral("assessor assessments")));
    CHECK_FALSE(text.out.contains(QStringLiteral("since the previous one")));
}

TEST_CASE("trust 4: compare refuses two different people", "[trust][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString a = newAssessment(db, person("张伟", "1"));
    const QString b = newAssessment(db, person("张伟", "2", "assessor"));
    const QString c = newAssessment(db, person("张伟", "1", "assessor"));
    const CliRun refused = cli(db, {QStringLiteral("compare"), a, b});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("different people")));
    CHECK(refused.out.isEmpty());
    const CliRun same = cli(db, {QStringLiteral("compare"), a, c});
    INFO(same.err);
    CHECK(same.exitCode == 0);
    const CliRun twoSelf = cli(db, {QStringLiteral("compare"), a, a});
    CHECK(twoSelf.exitCode == 0);
    CHECK(twoSelf.err.contains(QStringLiteral("both are self assessments")));
}

TEST_CASE("trust 5: a level-only rating keeps evidence and notes written meanwhile", "[trust][store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString id = newAssessment(db, person("李明", ""));
    auto opened = AssessmentStore::open(db);
    REQUIRE(opened.ok());
    AssessmentStore &store = opened.value();

    // Another process adds evidence and a note; this one then rates the level only.
    REQUIRE(cli(db, {QStringLiteral("rate"), id, QStringLiteral("01.a.1"), QStringLiteral("2"),
                     QStringLiteral("--evidence"), u("项目A"), QStringLiteral("--note"), u("好")})
                .exitCode == 0);
    auto stored = store.setRating(id, RatingChange::levelOnly(QStringLiteral("01.a.1"), 3), nowUtc());
    REQUIRE(stored.ok());
    CHECK(stored->level == 3);
    CHECK(stored->evidence == u("项目A"));
    CHECK(stored->note == u("好"));

    // A level-only rating from the command line keeps evidence written here.
    REQUIRE(
        store.setRating(id, RatingChange::notesOnly(QStringLiteral("01.a.2"), u("证书"), QString()), nowUtc()).ok());
    REQUIRE(cli(db, {QStringLiteral("rate"), id, QStringLiteral("01.a.2"), QStringLiteral("4")}).exitCode == 0);
    auto a = store.load(id);
    REQUIRE(a.ok());
    REQUIRE(a->rating(QStringLiteral("01.a.2")));
    CHECK(a->rating(QStringLiteral("01.a.2"))->evidence == u("证书"));
    CHECK(a->level(QStringLiteral("01.a.2")) == 4);

    // Clearing everything removes the row.
    REQUIRE(store.setRating(id, RatingChange::whole(test::rating("01.a.2", std::nullopt)), nowUtc()).ok());
    auto b = store.load(id);
    REQUIRE(b.ok());
    CHECK(b->rating(QStringLiteral("01.a.2")) == nullptr);
}

TEST_CASE("trust 6: a planted link at --out is never followed without --force", "[trust][cli]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString id = newAssessment(db, person("李明", ""));
    const QString target = tmp.filePath(QStringLiteral("planted-target.json"));
    const QString link = tmp.filePath(QStringLiteral("out.json"));
    REQUIRE(QFile::link(target, link));

    const CliRun r = cli(db, {QStringLiteral("export"), id, QStringLiteral("--out"), link});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("--force")));
    CHECK_FALSE(QFile::exists(target));
    CHECK(QFileInfo(link).isSymLink());

    const CliRun pdf = cli(db, {QStringLiteral("report"), id, QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--out"), link});
    CHECK(pdf.exitCode == 1);
    CHECK_FALSE(QFile::exists(target));

    // With --force the link itself is replaced by the file, and its target is still not written.
    const CliRun forced =
        cli(db, {QStringLiteral("export"), id, QStringLiteral("--out"), link, QStringLiteral("--force")});
    INFO(forced.err);
    CHECK(forced.exitCode == 0);
    CHECK_FALSE(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).isFile());
    CHECK_FALSE(QFile::exists(target));

    // A folder is named as one.
    const CliRun folder = cli(db, {QStringLiteral("export"), id, QStringLiteral("--out"), tmp.path()});
    CHECK(folder.exitCode == 1);
    CHECK(folder.err.contains(QStringLiteral("is a folder")));
}

TEST_CASE("trust 7: forget-subject finds backups by their exact name and reports what it cannot clean",
          "[trust][store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    // A v1 store named with wildcard characters, upgraded once (which writes a backup).
    const QString db = tmp.filePath(QStringLiteral("class[1].sqlite"));
    {
        SqliteDatabase raw;
        REQUIRE(raw.open(db, SqliteDatabase::Mode::ReadWriteCreate).ok());
        const QByteArray sql =
            readFileBytes(QDir(QStringLiteral(IITALENT_TEST_DATA_DIR)).filePath(QStringLiteral("store-v1.sql")));
        REQUIRE(raw.exec(QString::fromUtf8(sql)).ok());
    }
    QString backup;
    {
        auto store = AssessmentStore::open(db);
        INFO(store.error());
        REQUIRE(store.ok());
        backup = store->migrationBackup();
    }
    REQUIRE(QFile::exists(backup));
    REQUIRE(readFileBytes(backup).contains(u("张三").toUtf8()));
    CHECK(AssessmentStore::backupsOf(db) == QStringList{backup});
    // An upgrade that ran out of space left an empty "backup" that sorts first; a file of another
    // store whose name the pattern would have matched is not ours.
    const QString empty = tmp.filePath(QStringLiteral("class[1].sqlite.v1-backup-20000101T000000.sqlite"));
    REQUIRE(writeFileBytes(empty, QByteArray()));
    const QString foreign = tmp.filePath(QStringLiteral("class1.sqlite.v1-backup-20260101T000000.sqlite"));
    REQUIRE(QFile::copy(backup, foreign));

    const CliRun r =
        runCli({QStringLiteral("--db"), db, QStringLiteral("forget-subject"), u("张三"), QStringLiteral("--yes")});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Cleaned the backup")));
    CHECK_FALSE(readFileBytes(backup).contains(u("张三").toUtf8()));
    CHECK(readFileBytes(foreign).contains(u("张三").toUtf8())); // another store's file is left alone

    // A backup that cannot be cleaned is named, and the rest are still cleaned.
    const QString broken = tmp.filePath(QStringLiteral("class[1].sqlite.v1-backup-19990101T000000.sqlite"));
    REQUIRE(writeFileBytes(broken, QByteArray("this is not a database, but it is not empty either")));
    const QString id = newAssessment(db, person("王五", ""));
    (void)id;
    const CliRun again =
        runCli({QStringLiteral("--db"), db, QStringLiteral("forget-subject"), u("王五"), QStringLiteral("--yes")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(broken));
    CHECK_FALSE(readFileBytes(backup).contains(u("王五").toUtf8()));
}

TEST_CASE("trust 8: a time outside the years 1 to 9999 in UTC is refused at import, with its place",
          "[trust][exchange]")
{
    const Catalog &catalog = bundledCatalog();
    json doc = {{"schema", "iitalent.assessment/1"},
                {"id", "0b7e4c1a-9d2f-4e3b-8a6c-5d4e3f2a1b0c"},
                {"role", "01"},
                {"mode", "self"},
                {"subject", {{"name", "张三"}}},
                {"created", "0001-01-01T00:00:00+08:00"},
                {"updated", "9999-12-31T23:00:00-05:00"},
                {"ratings", json::array()}};
    const ParsedAssessment parsed = ExchangeFile::parse(QByteArray::fromStdString(doc.dump()), catalog);
    REQUIRE_FALSE(parsed.ok());
    INFO(parsed.problems.join(QLatin1Char('\n')));
    CHECK(parsed.problems.filter(QStringLiteral("created: ")).size() == 1);
    CHECK(parsed.problems.filter(QStringLiteral("updated: ")).size() == 1);
    CHECK(parsed.problems.filter(QStringLiteral("outside the years 1 to 9999")).size() == 2);

    doc["created"] = "0001-01-01T08:00:00+08:00"; // exactly the first second of year 1 in UTC
    doc["updated"] = "9999-12-31T23:59:59Z";
    const ParsedAssessment edge = ExchangeFile::parse(QByteArray::fromStdString(doc.dump()), catalog);
    INFO(edge.problems.join(QLatin1Char('\n')));
    CHECK(edge.ok());
}

TEST_CASE("trust 9: a damaged store is refused, for reading and for writing", "[trust][store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids << newAssessment(db, person(QStringLiteral("学员%1").arg(i).toUtf8().constData(), ""));
    // Damage one page of the subject index, as a failing disk would.
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        SqliteDatabase raw;
        REQUIRE(raw.open(db, SqliteDatabase::Mode::ReadWriteCreate).ok());
        REQUIRE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")).ok());
        auto q = raw.prepare(
            QStringLiteral("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = "
                           "'assessments_subject'"));
        REQUIRE(q.ok());
        REQUIRE(q->step());
        page = q->integer(0);
        pageSize = q->integer(1);
    }
    REQUIRE(page > 1);
    QByteArray bytes = readFileBytes(db);
    REQUIRE(bytes.size() >= page * pageSize);
    for (qint64 i = (page - 1) * pageSize + 8; i < page * pageSize; ++i)
        bytes[static_cast<qsizetype>(i)] = static_cast<char>(0xA5);
    REQUIRE(writeFileBytes(db, bytes));
    const QByteArray damaged = QCryptographicHash::hash(readFileBytes(db), QCryptographicHash::Sha256);

    const CliRun report = cli(db, {QStringLiteral("report"), ids.first()});
    CHECK(report.exitCode == 1);
    CHECK(report.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(report.err.contains(QStringLiteral("there is no assessment")));
    CHECK(report.err.contains(QStringLiteral(".recover")));
    const CliRun created = cli(db, QStringList{QStringLiteral("new")} + person("新人", ""));
    CHECK(created.exitCode == 1);
    CHECK(created.out.isEmpty());
    CHECK(QCryptographicHash::hash(readFileBytes(db), QCryptographicHash::Sha256) == damaged);
}

TEST_CASE("trust 9: output that cannot be written in full is a failure", "[trust][cli]")
{
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(test::cliPath(),
            {QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    INFO(err);
    CHECK(p.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("No space left on device")));
}

TEST_CASE("trust 9: hostile exchange files: duplicate keys and deep nesting", "[trust][exchange]")
{
    const Catalog &catalog = bundledCatalog();
    const QByteArray twice = R"({"schema": "iitalent.assessment/1", "id": "0b7e4c1a-9d2f-4e3b-8a6c-5d4e3f2a1b0c",
        "role": "01", "mode": "self", "subject": {"name": "张三"}, "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "ratings": [{"requirement": "01.a.1", "level": 4}], "ratings": []})";
    const ParsedAssessment dup = ExchangeFile::parse(twice, catalog);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.problems.join(QLatin1Char('\n')).contains(QStringLiteral("\"ratings\" appears twice")));

    const QByteArray inner = R"({"schema": "iitalent.assessment/1", "id": "0b7e4c1a-9d2f-4e3b-8a6c-5d4e3f2a1b0c",
        "role": "01", "mode": "self", "subject": {"name": "张三", "name": "李四"},
        "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z"})";
    const ParsedAssessment dupInner = ExchangeFile::parse(inner, catalog);
    REQUIRE_FALSE(dupInner.ok());
    CHECK(dupInner.problems.join(QLatin1Char('\n')).contains(QStringLiteral("in subject")));

    // 8 MB of "[": refused before it is parsed.
    const QByteArray deep(static_cast<qsizetype>(Limits::FileBytes), '[');
    const ParsedAssessment nested = ExchangeFile::parse(deep, catalog);
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.problems.join(QLatin1Char('\n')).contains(QStringLiteral("nested more than")));
    // Brackets inside strings are text, not nesting.
    json ok = {{"schema", "iitalent.assessment/1"},
               {"id", "0b7e4c1a-9d2f-4e3b-8a6c-5d4e3f2a1b0c"},
               {"role", "01"},
               {"mode", "self"},
               {"subject", {{"name", std::string(100, '[') + "\\\"["}}},
               {"created", "2026-01-01T00:00:00Z"},
               {"updated", "2026-01-01T00:00:00Z"}};
    const ParsedAssessment brackets = ExchangeFile::parse(QByteArray::fromStdString(ok.dump()), catalog);
    INFO(brackets.problems.join(QLatin1Char('\n')));
    CHECK(brackets.ok());
}

namespace {

// A small tmpfs of our own, when this process may mount one (root, as in CI); unmounted at the end.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(int kilobytes)
    {
        if (::geteuid() != 0 || !dir.isValid())
            return;
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                     QStringLiteral("size=%1k,mode=0755").arg(kilobytes), QStringLiteral("tmpfs"),
                                     dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir.path()});
    }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
    void fill() const
    {
        QFile filler(path("filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    bool remountReadOnly() const
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir.path()}) == 0;
    }
};

} // namespace

TEST_CASE("trust 9: a full disk and a read-only disk are named as such", "[trust][cli]")
{
    SmallDisk disk(256);
    if (!disk.mounted) {
        WARN("cannot mount a small tmpfs here (not root?): the full-disk checks did not run");
        return;
    }
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString id = newAssessment(db, person("李明", ""));
    const QString onDisk = disk.path("store.sqlite");
    newAssessment(onDisk, person("李明", ""));

    disk.fill();
    const CliRun out = cli(db, {QStringLiteral("export"), id, QStringLiteral("--out"), disk.path("x.json")});
    CHECK(out.exitCode == 1);
    CHECK(out.err.contains(QStringLiteral("No space left on device")));
    CHECK_FALSE(QFile::exists(disk.path("x.json")));
    const CliRun fresh = cli(disk.path("new.sqlite"), QStringList{QStringLiteral("new")} + person("张三", ""));
    CHECK(fresh.exitCode == 1);
    CHECK(fresh.err.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(fresh.err.contains(QStringLiteral("not an SQLite database")));

    REQUIRE(disk.remountReadOnly());
    const CliRun ro = cli(onDisk, QStringList{QStringLiteral("new")} + person("张三", ""));
    CHECK(ro.exitCode == 1);
    CHECK(ro.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(ro.err.contains(QStringLiteral("not an SQLite database")));
}
