// The assessment store. The cases marked IITALENT_FOR_EACH_ENGINE run on both engines (SQLite, and
// PostgreSQL on scripts/test.sh's test server); the others are about the SQLite file. An SQLite
// database of the user's own, created owner-only in WAL mode,
// every rating committed on its own; round trips of every field; forgetting a person leaves no
// trace of their name in the files; migration from schema version 1 (tests/data/store-v1.sql) with
// a backup; databases of a newer iitalent, of another program and non-databases refused untouched;
// two connections and two processes on one file (tests/store_writer.cpp).
#include "EngineSupport.h"
#include "TestSupport.h"

#include "Assessment.h"
#include "AssessmentStore.h"
#include "Catalog.h"
#include "FileStoreWatcher.h"
#include "Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <map>
#include <optional>

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

const Role &role(const char *code)
{
    const Role *r = bundledCatalog().role(QString::fromLatin1(code));
    REQUIRE(r);
    return *r;
}

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;

AssessmentStore openStore(const QString &path)
{
    auto store = AssessmentStore::open(path);
    INFO("open " << path << ": " << store.error());
    REQUIRE(store.ok());
    return std::move(store).value();
}

// A person by name only (no number or organisation).
Subject named(const QString &name)
{
    Subject s;
    s.name = name;
    return s;
}

Assessment sample(const char *id, const char *roleCode, const char *subject, const char *created)
{
    Assessment a;
    a.id = QString::fromLatin1(id);
    a.role = QString::fromLatin1(roleCode);
    a.mode = Mode::Self;
    a.subject.name = u(subject);
    a.subject.stage = Stage::OnJob;
    a.created = utc(created);
    a.updated = a.created;
    return a;
}

// Every field set, ratings given out of catalog order, a rating with evidence only.
Assessment fullSample()
{
    Assessment a = sample("6d1f0c0e-8a4b-4f57-9b1e-2c3d4e5f6a7b", "01", "张三", "2026-11-23T10:00:00Z");
    a.mode = Mode::Assessor;
    a.subject.organisation = u("某某职业技术学院");
    a.subject.number = QStringLiteral("S2026001");
    a.subject.stage = Stage::PreJob;
    a.assessorName = u("李老师");
    a.updated = utc("2026-11-23T11:30:05Z");
    const Role &r = role("01");
    a.setRating(r, rating("01.c.5", 4, u("证书 \"CCNA\"\n第二行"), u("备注 'x'")));
    a.setRating(r, rating("01.a.1", 2, u("毕业设计"), QString()));
    a.setRating(r, rating("01.d.3", std::nullopt, u("只有证据"), QString()));
    a.setRating(r, rating("01.b.4", 0));
    return a;
}

// A raw connection to a database file, as the sqlite3 tool would open it.
SqliteDatabase rawOpen(const QString &path)
{
    SqliteDatabase db;
    Status s = db.open(path, SqliteDatabase::Mode::ReadWriteCreate);
    INFO(s.error());
    REQUIRE(s.ok());
    return db;
}

QString queryText(SqliteDatabase &db, const QString &sql)
{
    auto q = db.prepare(sql);
    INFO(sql << ": " << q.error());
    REQUIRE(q.ok());
    REQUIRE(q->step());
    return q->text(0);
}

qint64 queryInt(SqliteDatabase &db, const QString &sql)
{
    auto q = db.prepare(sql);
    INFO(sql << ": " << q.error());
    REQUIRE(q.ok());
    REQUIRE(q->step());
    return q->integer(0);
}

void exec(SqliteDatabase &db, const QString &sql)
{
    Status s = db.exec(sql);
    INFO(sql << ": " << s.error());
    REQUIRE(s.ok());
}

// Whether a file's raw bytes contain a text's UTF-8 (false when the file does not exist).
bool fileContains(const QString &path, const QString &text)
{
    return readFileBytes(path).contains(text.toUtf8());
}

QStringList requirementsOf(const Assessment &a)
{
    QStringList out;
    for (const Rating &r : a.ratings)
        out << r.requirement;
    return out;
}

// A database of another iitalent or another program, written by raw SQL and closed.
void createRaw(const QString &path, const QString &sql)
{
    SqliteDatabase db = rawOpen(path);
    exec(db, sql);
}

// Opening must fail with a message containing `words`, leaving the file's bytes as they were and
// no journal files behind.
void expectRefusedUntouched(const QString &path, const QString &words)
{
    const QByteArray before = readFileBytes(path);
    REQUIRE_FALSE(before.isEmpty());
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    {
        auto store = AssessmentStore::open(path);
        REQUIRE_FALSE(store.ok());
        INFO("error: " << store.error());
        CHECK(store.error().contains(words));
        CHECK(store.error().contains(path));
    }
    CHECK(readFileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    // No backup or other file was written beside it.
    const QStringList beside = QFileInfo(path).dir().entryList(QDir::Files | QDir::NoDotAndDotDot);
    CHECK(beside == QStringList{QFileInfo(path).fileName()});
}

} // namespace

TEST_CASE("A store's identity is the same however its location is written, and never holds a password",
          "[store][identity]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.sqlite"));
    // Before the file exists: its clean absolute path.
    CHECK(AssessmentStore::identity(file) == QDir::cleanPath(file));
    CHECK(AssessmentStore::identity(dir.path() + QStringLiteral("//./s.sqlite")) == AssessmentStore::identity(file));
    REQUIRE(AssessmentStore::open(file).ok());
    const QString canonical = QFileInfo(file).canonicalFilePath();
    CHECK(AssessmentStore::identity(file) == canonical);
    // A relative path, and a link to the file, name the same store.
    const QString here = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path()));
    CHECK(AssessmentStore::identity(QStringLiteral("s.sqlite")) == canonical);
    REQUIRE(QDir::setCurrent(here));
    REQUIRE(QFile::link(file, dir.filePath(QStringLiteral("link.sqlite"))));
    CHECK(AssessmentStore::identity(dir.filePath(QStringLiteral("link.sqlite"))) == canonical);
    CHECK(AssessmentStore::identity(dir.filePath(QStringLiteral("other.sqlite"))) != canonical);

    // A team store: the address without its password, the same with or without one.
    const QString plain = AssessmentStore::identity(QStringLiteral("postgresql://amy@db.example:5432/iitalent"));
    const QString secret =
        AssessmentStore::identity(QStringLiteral("postgresql://amy:s3cret@db.example:5432/iitalent"));
    CHECK(plain == secret);
    CHECK_FALSE(secret.contains(QStringLiteral("s3cret")));
    CHECK(plain != AssessmentStore::identity(QStringLiteral("postgresql://amy@db.example:5432/other")));
}

TEST_CASE("A new store is created owner-only, in WAL mode, with its schema version", "[store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("not/yet/there/assessments.sqlite"));
    AssessmentStore store = openStore(path);
    CHECK(store.path() == path);
    CHECK(store.migratedFrom() == 0);
    CHECK(store.migrationBackup().isEmpty());
    REQUIRE(QFile::exists(path));
    REQUIRE(store.insert(fullSample()).ok());

    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (file != path && !QFile::exists(file))
            continue;
        INFO("file " << file);
        const QFileDevice::Permissions p = QFile::permissions(file);
        CHECK((p & kGroupOrOther) == QFileDevice::Permissions());
        CHECK(p.testFlag(QFileDevice::ReadOwner));
        CHECK(p.testFlag(QFileDevice::WriteOwner));
    }

    SqliteDatabase raw = rawOpen(path);
    CHECK(queryText(raw, QStringLiteral("PRAGMA journal_mode")) == u("wal"));
    CHECK(queryInt(raw, QStringLiteral("PRAGMA application_id")) == AssessmentStore::ApplicationId);
    CHECK(queryInt(raw, QStringLiteral("PRAGMA application_id")) == 1768518753);
    CHECK(queryInt(raw, QStringLiteral("PRAGMA user_version")) == AssessmentStore::SchemaVersion);
    CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessments_subject'")) == 1);
    CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM pragma_table_info('ratings') WHERE name = 'rated_at'")) ==
          1);

    // Opening it again is not a migration and changes nothing.
    AssessmentStore again = openStore(path);
    CHECK(again.migratedFrom() == 0);
    CHECK(again.contains(fullSample().id));
}

TEST_CASE("An assessment comes back from the store with every field, ratings in catalog order", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    const Assessment a = fullSample();
    REQUIRE(requirementsOf(a) == QStringList({u("01.a.1"), u("01.b.4"), u("01.c.5"), u("01.d.3")}));
    Status s = store.insert(a);
    INFO(s.error());
    REQUIRE(s.ok());
    CHECK(store.contains(a.id));
    auto loaded = store.load(a.id);
    INFO(loaded.error());
    REQUIRE(loaded.ok());
    checkSameAssessment(loaded.value(), a);

    SECTION("ratings given one by one out of order come back in catalog order")
    {
        Assessment b = sample("0b9e7c55-1f2a-4d3b-8c4d-5e6f7a8b9c0d", "01", "王五", "2026-01-02T03:04:05Z");
        REQUIRE(store.insert(b).ok());
        REQUIRE(store.setRating(b.id, rating("01.c.5", 3), utc("2026-01-02T04:00:00Z")).ok());
        REQUIRE(store.setRating(b.id, rating("01.a.1", 1), utc("2026-01-02T04:00:01Z")).ok());
        auto lb = store.load(b.id);
        REQUIRE(lb.ok());
        CHECK(requirementsOf(lb.value()) == QStringList({u("01.a.1"), u("01.c.5")}));
        CHECK(lb->level(QStringLiteral("01.a.1")) == 1);
        CHECK(lb->level(QStringLiteral("01.c.5")) == 3);
    }
    SECTION("role 18 has 11 items in dimension c: 18.c.10 comes after 18.c.9")
    {
        const Role &r18 = role("18");
        Assessment c = sample("18181818-1f2a-4d3b-8c4d-5e6f7a8b9c0d", "18", "王五", "2026-01-02T03:04:05Z");
        c.updated = utc("2026-01-03T03:04:05Z");
        REQUIRE(store.insert(c).ok());
        // Every requirement of role 18, given last to first.
        int i = 0;
        for (auto it = r18.requirements.rbegin(); it != r18.requirements.rend(); ++it, ++i)
            REQUIRE(store.setRating(c.id, rating(it->id.toLatin1().constData(), i % 5), c.updated).ok());
        auto lc = store.load(c.id);
        REQUIRE(lc.ok());
        QStringList catalogOrder;
        for (const Requirement &req : r18.requirements)
            catalogOrder << req.id;
        CHECK(requirementsOf(lc.value()) == catalogOrder);
        CHECK(catalogOrder.indexOf(u("18.c.10")) == catalogOrder.indexOf(u("18.c.9")) + 1);
        // And the whole assessment round-trips through insert as well.
        Assessment copy = lc.value();
        copy.id = QStringLiteral("18181818-0000-4d3b-8c4d-5e6f7a8b9c0d");
        REQUIRE(store.insert(copy).ok());
        auto lcopy = store.load(copy.id);
        REQUIRE(lcopy.ok());
        checkSameAssessment(lcopy.value(), copy);
    }
    SECTION("there is no assessment with another id")
    {
        auto none = store.load(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().contains(u("there is no assessment")));
        CHECK_FALSE(store.contains(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    }
}

TEST_CASE("setRating upserts one rating, sets the update time, and an empty rating removes it", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    const Assessment a = fullSample();
    REQUIRE(store.insert(a).ok());

    const QDateTime t1 = utc("2026-11-24T08:00:00Z");
    Status s = store.setRating(a.id, rating("01.a.2", 1, u("新证据")), t1);
    INFO(s.error());
    REQUIRE(s.ok());
    auto l1 = store.load(a.id);
    REQUIRE(l1.ok());
    CHECK(l1->updated == t1);
    CHECK(l1->created == a.created);
    CHECK(l1->level(QStringLiteral("01.a.2")) == 1);
    CHECK(l1->ratings.size() == 5);
    CHECK(requirementsOf(l1.value()) == QStringList({u("01.a.1"), u("01.a.2"), u("01.b.4"), u("01.c.5"), u("01.d.3")}));

    // The same requirement again replaces it (level, evidence, note), no second row.
    const QDateTime t2 = utc("2026-11-24T09:00:00Z");
    REQUIRE(store.setRating(a.id, rating("01.a.2", 3, QString(), u("改了")), t2).ok());
    auto l2 = store.load(a.id);
    REQUIRE(l2.ok());
    CHECK(l2->updated == t2);
    CHECK(l2->ratings.size() == 5);
    const Rating *a2 = l2->rating(QStringLiteral("01.a.2"));
    REQUIRE(a2);
    CHECK(a2->level == 3);
    CHECK(a2->evidence.isEmpty());
    CHECK(a2->note == u("改了"));
    {
        CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM ratings WHERE requirement = '01.a.2'")) == 1);
        CHECK(engine.queryText(QStringLiteral("SELECT rated_at FROM ratings WHERE requirement = '01.a.2'")) ==
              u("2026-11-24T09:00:00Z"));
    }

    // A level can be taken back while the evidence stays.
    REQUIRE(store.setRating(a.id, rating("01.a.1", std::nullopt, u("毕业设计")), t2).ok());
    auto l3 = store.load(a.id);
    REQUIRE(l3.ok());
    REQUIRE(l3->rating(QStringLiteral("01.a.1")));
    CHECK_FALSE(l3->level(QStringLiteral("01.a.1")).has_value());
    CHECK(l3->answeredCount() == 3);

    // An empty rating removes the row.
    const QDateTime t3 = utc("2026-11-24T10:00:00Z");
    REQUIRE(store.setRating(a.id, rating("01.a.1", std::nullopt), t3).ok());
    auto l4 = store.load(a.id);
    REQUIRE(l4.ok());
    CHECK(l4->rating(QStringLiteral("01.a.1")) == nullptr);
    CHECK(l4->ratings.size() == 4);
    CHECK(l4->updated == t3);
    // Removing one that is not there is fine.
    CHECK(store.setRating(a.id, rating("01.a.3", std::nullopt), t3).ok());

    // No assessment with that id: an error and no stray rating.
    const QString ghost = QStringLiteral("99999999-0000-4000-8000-000000000000");
    Status none = store.setRating(ghost, rating("01.a.1", 2), t3);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().contains(u("there is no assessment")));
    CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(ghost)) == 0);
    CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM ratings")) == 4);
}

TEST_CASE("Insert refuses an existing id and changes nothing; replace replaces", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    const Assessment a = fullSample();
    REQUIRE(store.insert(a).ok());

    Assessment other = sample("6d1f0c0e-8a4b-4f57-9b1e-2c3d4e5f6a7b", "02", "别人", "2026-12-01T00:00:00Z");
    other.setRating(role("02"), rating("02.a.1", 4));
    Status dup = store.insert(other);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().contains(a.id));
    auto still = store.load(a.id);
    REQUIRE(still.ok());
    checkSameAssessment(still.value(), a);

    // replace: everything of the new one, none of the old ratings.
    Status rep = store.replace(other);
    INFO(rep.error());
    REQUIRE(rep.ok());
    auto replaced = store.load(a.id);
    REQUIRE(replaced.ok());
    checkSameAssessment(replaced.value(), other);
    auto listed = store.list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);

    // replace of a new id adds it.
    const Assessment fresh = sample("7e2a1d1f-9b5c-4a68-8c2f-3d4e5f6a7b8c", "03", "新人", "2026-12-02T00:00:00Z");
    REQUIRE(store.replace(fresh).ok());
    CHECK(store.contains(fresh.id));
}

TEST_CASE("remove deletes an assessment and its ratings", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    const Assessment a = fullSample();
    Assessment b = sample("7e2a1d1f-9b5c-4a68-8c2f-3d4e5f6a7b8c", "01", "王五", "2026-12-02T00:00:00Z");
    b.setRating(role("01"), rating("01.a.1", 3));
    REQUIRE(store.insert(a).ok());
    REQUIRE(store.insert(b).ok());

    Status s = store.remove(a.id);
    INFO(s.error());
    REQUIRE(s.ok());
    CHECK_FALSE(store.contains(a.id));
    CHECK_FALSE(store.load(a.id).ok());
    CHECK(store.contains(b.id));
    CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(a.id)) == 0);
    CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM ratings WHERE assessment = '%1'").arg(b.id)) == 1);

    Status again = store.remove(a.id);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(u("there is no assessment")));
}

TEST_CASE("resolveId takes a full id or a unique prefix of at least 4 characters", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    const char *ids[] = {"abcd0001-0000-4000-8000-000000000001", "abcd0002-0000-4000-8000-000000000002",
                         "ef010000-0000-4000-8000-000000000003"};
    for (const char *id : ids)
        REQUIRE(store.insert(sample(id, "01", "张三", "2026-01-01T00:00:00Z")).ok());

    auto full = store.resolveId(QString::fromLatin1(ids[0]));
    REQUIRE(full.ok());
    CHECK(full.value() == QString::fromLatin1(ids[0]));

    auto unique = store.resolveId(QStringLiteral("ef01"));
    INFO(unique.error());
    REQUIRE(unique.ok());
    CHECK(unique.value() == QString::fromLatin1(ids[2]));

    auto longer = store.resolveId(QStringLiteral("ABCD0002"));
    REQUIRE(longer.ok());
    CHECK(longer.value() == QString::fromLatin1(ids[1]));

    auto ambiguous = store.resolveId(QStringLiteral("abcd"));
    REQUIRE_FALSE(ambiguous.ok());
    CHECK(ambiguous.error().contains(u("several")));

    auto tooShort = store.resolveId(QStringLiteral("ef0"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().contains(u("at least 4 characters")));

    auto missing = store.resolveId(QStringLiteral("9999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(u("there is no assessment 9999")));

    CHECK_FALSE(store.resolveId(QString()).ok());
    // SQL LIKE wildcards in a prefix match nothing.
    CHECK_FALSE(store.resolveId(QStringLiteral("abc%")).ok());
    CHECK_FALSE(store.resolveId(QStringLiteral("____")).ok());
}

TEST_CASE("list gives every assessment with its answered count, latest update first", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    auto empty = store.list();
    REQUIRE(empty.ok());
    CHECK(empty->empty());

    const Assessment a = fullSample(); // 3 answered (01.d.3 has evidence only), updated 11:30:05
    Assessment b = sample("7e2a1d1f-9b5c-4a68-8c2f-3d4e5f6a7b8c", "02", "王五", "2026-11-20T00:00:00Z");
    Assessment c = sample("8f3b2e20-ac6d-4b79-9d30-4e5f6a7b8c9d", "03", "赵六", "2026-11-25T00:00:00Z");
    c.setRating(role("03"), rating("03.a.1", 0));
    REQUIRE(store.insert(a).ok());
    REQUIRE(store.insert(b).ok());
    REQUIRE(store.insert(c).ok());

    auto listed = store.list();
    INFO(listed.error());
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 3);
    const auto &l = listed.value();
    CHECK(l[0].id == c.id);
    CHECK(l[1].id == a.id);
    CHECK(l[2].id == b.id);
    CHECK(l[0].answered == 1);
    CHECK(l[1].answered == 3);
    CHECK(l[2].answered == 0);
    CHECK(l[1].role == u("01"));
    CHECK(l[1].mode == Mode::Assessor);
    CHECK(l[1].subject.name == u("张三"));
    CHECK(l[1].subject.organisation == u("某某职业技术学院"));
    CHECK(l[1].subject.number == u("S2026001"));
    CHECK(l[1].subject.stage == Stage::PreJob);
    CHECK(l[1].assessorName == u("李老师"));
    CHECK(l[1].created == a.created);
    CHECK(l[1].updated == a.updated);

    // A rating given now moves b to the top and counts.
    REQUIRE(store.setRating(b.id, rating("02.a.1", 2), utc("2026-12-01T00:00:00Z")).ok());
    auto relisted = store.list();
    REQUIRE(relisted.ok());
    CHECK(relisted->at(0).id == b.id);
    CHECK(relisted->at(0).answered == 1);
}

TEST_CASE("assessmentsOf gives a subject's assessments oldest first", "[store]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    // Inserted out of time order; 张三丰 is another person.
    const Assessment late = sample("cccccccc-0000-4000-8000-000000000003", "01", "张三", "2026-09-01T00:00:00Z");
    const Assessment early = sample("aaaaaaaa-0000-4000-8000-000000000001", "01", "张三", "2026-01-01T00:00:00Z");
    const Assessment otherRole = sample("bbbbbbbb-0000-4000-8000-000000000002", "02", "张三", "2026-05-01T00:00:00Z");
    const Assessment otherPerson =
        sample("dddddddd-0000-4000-8000-000000000004", "01", "张三丰", "2026-03-01T00:00:00Z");
    for (const Assessment *a : {&late, &early, &otherRole, &otherPerson})
        REQUIRE(store.insert(*a).ok());

    auto all = store.assessmentsOf(named(u("张三")));
    INFO(all.error());
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == early.id);
    CHECK(all->at(1).id == otherRole.id);
    CHECK(all->at(2).id == late.id);

    auto ofRole = store.assessmentsOf(named(u("张三")), QStringLiteral("01"));
    REQUIRE(ofRole.ok());
    REQUIRE(ofRole->size() == 2);
    CHECK(ofRole->at(0).id == early.id);
    CHECK(ofRole->at(1).id == late.id);

    auto nobody = store.assessmentsOf(named(u("张")));
    REQUIRE(nobody.ok());
    CHECK(nobody->empty());
}

TEST_CASE("forgetSubject removes every trace of a person's name from the files", "[store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("a.sqlite"));
    const QString wal = path + QStringLiteral("-wal");
    const QString name = u("忘记我·赵六");
    const QString organisation = u("赵六的秘密单位");
    const QString evidence = u("赵六的私人证据 Z6-EVIDENCE");

    std::optional<AssessmentStore> store(openStore(path));
    std::vector<Assessment> kept;
    for (int i = 0; i < 3; ++i) {
        Assessment other = sample("", "01", "李四", "2026-01-01T00:00:00Z");
        other.id = QStringLiteral("11111111-0000-4000-8000-00000000000%1").arg(i);
        other.setRating(role("01"), rating("01.a.1", i, u("李四的证据")));
        REQUIRE(store->insert(other).ok());
        kept.push_back(other);
    }
    for (int i = 0; i < 2; ++i) {
        Assessment a = sample("", i == 0 ? "01" : "18", "", "2026-02-01T00:00:00Z");
        a.id = QStringLiteral("22222222-0000-4000-8000-00000000000%1").arg(i);
        a.subject.name = name;
        a.subject.organisation = organisation;
        const Role &r = role(i == 0 ? "01" : "18");
        for (const Requirement &req : r.requirements)
            a.setRating(r, rating(req.id.toLatin1().constData(), 2, evidence + QString(500, QLatin1Char('.'))));
        REQUIRE(store->insert(a).ok());
    }

    // Move everything into the main file, then change 赵六 again so that the WAL holds it too.
    {
        SqliteDatabase raw = rawOpen(path);
        exec(raw, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    REQUIRE(fileContains(path, name));
    REQUIRE(fileContains(path, evidence));
    REQUIRE(store
                ->setRating(QStringLiteral("22222222-0000-4000-8000-000000000000"), rating("01.a.2", 4, evidence),
                            utc("2026-02-02T00:00:00Z"))
                .ok());
    REQUIRE(fileContains(wal, name));

    auto forgotten = store->forgetPerson(named(name));
    INFO(forgotten.error());
    REQUIRE(forgotten.ok());
    CHECK(forgotten.value().removed == 2);
    CHECK(forgotten.value().problems.isEmpty());

    // While the store is still open ...
    for (const QString &file : {path, wal}) {
        INFO("file " << file);
        CHECK_FALSE(fileContains(file, name));
        CHECK_FALSE(fileContains(file, organisation));
        CHECK_FALSE(fileContains(file, evidence));
    }
    // ... and after it is closed.
    store.reset();
    for (const QString &file : {path, wal}) {
        INFO("file " << file);
        CHECK_FALSE(fileContains(file, name));
        CHECK_FALSE(fileContains(file, evidence));
    }

    // Nothing of anyone else was lost.
    store.emplace(openStore(path));
    for (const Assessment &a : kept) {
        auto l = store->load(a.id);
        REQUIRE(l.ok());
        checkSameAssessment(l.value(), a);
    }
    auto none = store->assessmentsOf(named(name));
    REQUIRE(none.ok());
    CHECK(none->empty());
    auto nobody = store->forgetPerson(named(name));
    REQUIRE(nobody.ok());
    CHECK(nobody.value().removed == 0);
    CHECK((fileContains(path, u("李四的证据")) || fileContains(wal, u("李四的证据"))));

    SqliteDatabase raw = rawOpen(path);
    CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM ratings WHERE assessment LIKE '22222222%'")) == 0);
    CHECK(queryText(raw, QStringLiteral("PRAGMA integrity_check")) == u("ok"));
}

namespace {

// The assessments of tests/data/store-v1.sql.
std::vector<Assessment> storeV1Assessments()
{
    std::vector<Assessment> out;
    Assessment a = sample("5a1e0c3d-0001-4a7b-9c2d-3e4f5a6b7c8d", "01", "张三", "2026-03-01T08:00:00Z");
    a.subject.organisation = u("某某职业技术学院");
    a.subject.number = QStringLiteral("S2026001");
    a.subject.stage = Stage::PreJob;
    a.updated = utc("2026-03-01T09:15:30Z");
    a.ratings = {rating("01.a.1", 2, u("毕业设计：工业网关")), rating("01.a.2", 1),
                 rating("01.b.4", 0, QString(), u("还没学过")), rating("01.c.5", std::nullopt, u("证书：CCNA"))};
    out.push_back(a);

    Assessment b = sample("5a1e0c3d-0002-4a7b-9c2d-3e4f5a6b7c8d", "01", "张三", "2026-03-02T10:00:00Z");
    b.mode = Mode::Assessor;
    b.assessorName = u("李老师");
    b.subject.organisation = u("某某职业技术学院");
    b.subject.number = QStringLiteral("S2026001");
    b.subject.stage = Stage::PreJob;
    b.updated = utc("2026-03-02T10:20:00Z");
    b.ratings = {rating("01.a.1", 1, QString(), u("面试回答不完整")), rating("01.d.3", 3, u("项目：5G 专网\n第二期"))};
    out.push_back(b);

    Assessment c = sample("5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d", "18", "王五", "2026-02-15T07:30:00Z");
    c.updated = utc("2026-02-16T18:45:00Z");
    c.ratings = {rating("18.a.1", 1), rating("18.c.2", 2), rating("18.c.9", 4), rating("18.c.10", 3)};
    out.push_back(c);
    return out;
}

// Creates a version 1 database from tests/data/store-v1.sql.
void createStoreV1(const QString &path)
{
    const QByteArray sql =
        readFileBytes(QDir(QStringLiteral(IITALENT_TEST_DATA_DIR)).filePath(QStringLiteral("store-v1.sql")));
    REQUIRE_FALSE(sql.isEmpty());
    createRaw(path, QString::fromUtf8(sql));
    SqliteDatabase raw = rawOpen(path);
    REQUIRE(queryInt(raw, QStringLiteral("PRAGMA user_version")) == 1);
    REQUIRE(queryInt(raw, QStringLiteral("SELECT count(*) FROM ratings")) == 10);
}

} // namespace

TEST_CASE("A version 1 database is migrated after a backup, keeping all its data", "[store][migration]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("old.sqlite"));
    createStoreV1(path);
    const QByteArray original = readFileBytes(path);

    std::optional<AssessmentStore> store(openStore(path));
    CHECK(store->migratedFrom() == 1);
    const QString backup = store->migrationBackup();
    INFO("backup " << backup);
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("old.sqlite.v1-backup-")));
    REQUIRE(QFile::exists(backup));
    CHECK((QFile::permissions(backup) & kGroupOrOther) == QFileDevice::Permissions());

    // Every assessment and rating is there.
    for (const Assessment &want : storeV1Assessments()) {
        auto got = store->load(want.id);
        INFO(got.error());
        REQUIRE(got.ok());
        checkSameAssessment(got.value(), want);
    }
    auto listed = store->list();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 3);
    auto history = store->assessmentsOf(named(u("张三")), QStringLiteral("01"));
    REQUIRE(history.ok());
    CHECK(history->size() == 2);

    {
        SqliteDatabase raw = rawOpen(path);
        CHECK(queryInt(raw, QStringLiteral("PRAGMA user_version")) == AssessmentStore::SchemaVersion);
        CHECK(queryInt(raw, QStringLiteral("PRAGMA application_id")) == 1768518753);
        CHECK(queryText(raw, QStringLiteral("PRAGMA journal_mode")) == u("wal"));
        CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM ratings")) == 10);
        // rated_at is filled with the assessment's update time for the old rows.
        CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM ratings WHERE rated_at = ''")) == 0);
        CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM ratings r JOIN assessments a ON a.id = r.assessment "
                                           "WHERE r.rated_at = a.updated")) == 10);
        CHECK(queryText(raw, QStringLiteral("SELECT rated_at FROM ratings WHERE requirement = '18.c.10'")) ==
              u("2026-02-16T18:45:00Z"));
        CHECK(queryInt(raw, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessments_subject'")) ==
              1);
        CHECK(queryText(raw, QStringLiteral("PRAGMA integrity_check")) == u("ok"));
    }

    // The backup is the old database as it was: version 1, the old schema, the same rows.
    {
        SqliteDatabase old = rawOpen(backup);
        CHECK(queryInt(old, QStringLiteral("PRAGMA user_version")) == 1);
        CHECK(queryInt(old, QStringLiteral("PRAGMA application_id")) == 1768518753);
        CHECK(queryInt(old, QStringLiteral(
                                "SELECT count(*) FROM pragma_table_info('ratings') WHERE name = 'rated_at'")) == 0);
        CHECK(queryInt(old, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessments_subject'")) ==
              0);
        CHECK(queryInt(old, QStringLiteral("SELECT count(*) FROM assessments")) == 3);
        CHECK(queryInt(old, QStringLiteral("SELECT count(*) FROM ratings")) == 10);
        CHECK(queryText(old, QStringLiteral("SELECT evidence FROM ratings WHERE requirement = '01.d.3'")) ==
              u("项目：5G 专网\n第二期"));
        CHECK(queryText(old, QStringLiteral("SELECT assessor_name FROM assessments WHERE mode = 'assessor'")) ==
              u("李老师"));
        CHECK(queryText(old, QStringLiteral("PRAGMA integrity_check")) == u("ok"));
        // The same content as the original file.
        SqliteDatabase orig;
        REQUIRE(orig.openBytes(original).ok());
        CHECK(queryText(old, QStringLiteral("SELECT group_concat(assessment || requirement || ifnull(level, 'n') || "
                                            "evidence || note, '|') FROM (SELECT * FROM ratings ORDER BY 1, 2)")) ==
              queryText(orig, QStringLiteral("SELECT group_concat(assessment || requirement || ifnull(level, 'n') || "
                                             "evidence || note, '|') FROM (SELECT * FROM ratings ORDER BY 1, 2)")));
    }

    // The migrated store works as any other.
    REQUIRE(store
                ->setRating(QStringLiteral("5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d"), rating("18.c.11", 2),
                            utc("2026-04-01T00:00:00Z"))
                .ok());
    store.reset();

    // Opened again: no second migration, no second backup.
    AssessmentStore again = openStore(path);
    CHECK(again.migratedFrom() == 0);
    CHECK(again.migrationBackup().isEmpty());
    auto c = again.load(QStringLiteral("5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d"));
    REQUIRE(c.ok());
    CHECK(c->level(QStringLiteral("18.c.11")) == 2);
    CHECK(c->ratings.back().requirement == u("18.c.11"));
    const QStringList backups =
        QDir(tmp.path()).entryList({QStringLiteral("old.sqlite.v1-backup-*")}, QDir::Files | QDir::NoDotAndDotDot);
    CHECK(backups.size() == 1);
}

TEST_CASE("forgetSubject also removes the person from the backups that upgrades left", "[store][migration]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("assessments.sqlite"));
    createStoreV1(path);
    AssessmentStore store = openStore(path);
    const QString backup = store.migrationBackup();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(fileContains(backup, u("张三")));
    auto removed = store.forgetPerson(named(u("张三")));
    INFO(removed.error());
    REQUIRE(removed.ok());
    CHECK(removed.value().removed == 2);
    CHECK(removed.value().problems.isEmpty());
    CHECK(removed.value().cleanedBackups == QStringList{backup});
    CHECK_FALSE(fileContains(path, u("张三")));
    CHECK_FALSE(fileContains(backup, u("张三")));
    // The other person is still in both.
    CHECK(fileContains(backup, u("王五")));
    CHECK(store.load(QStringLiteral("5a1e0c3d-0003-4a7b-9c2d-3e4f5a6b7c8d")).ok());
}

TEST_CASE("A database of a newer iitalent is refused and left untouched", "[store][migration]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString future = QStringLiteral("PRAGMA application_id = 1768518753; PRAGMA user_version = 99; "
                                          "CREATE TABLE assessments(id TEXT PRIMARY KEY, hologram BLOB); "
                                          "INSERT INTO assessments VALUES('x', x'00ff');");
    SECTION("in rollback journal mode")
    {
        const QString path = tmp.filePath(QStringLiteral("future.sqlite"));
        createRaw(path, future);
        expectRefusedUntouched(path, u("newer iitalent"));
        auto again = AssessmentStore::open(path);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(u("99")));
    }
    SECTION("in WAL mode")
    {
        const QString path = tmp.filePath(QStringLiteral("future-wal.sqlite"));
        createRaw(path, QStringLiteral("PRAGMA journal_mode = WAL; ") + future);
        expectRefusedUntouched(path, u("newer iitalent"));
    }
}

TEST_CASE("A database of another program and a file that is no database are refused untouched", "[store]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    SECTION("another program's SQLite database")
    {
        const QString path = tmp.filePath(QStringLiteral("notes.sqlite"));
        createRaw(path, QStringLiteral("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES('keep me');"));
        expectRefusedUntouched(path, u("not an iitalent assessment database"));
    }
    SECTION("another program's database with an application id")
    {
        const QString path = tmp.filePath(QStringLiteral("other.sqlite"));
        createRaw(path, QStringLiteral("PRAGMA application_id = 1234; PRAGMA user_version = 2; CREATE TABLE t(x);"));
        expectRefusedUntouched(path, u("not an iitalent assessment database"));
    }
    SECTION("the iitalent catalog is not an assessment database")
    {
        const QString path = tmp.filePath(QStringLiteral("catalog.sqlite"));
        REQUIRE(writeFileBytes(path, readFileBytes(QStringLiteral(":/iitalent/catalog.sqlite"))));
        expectRefusedUntouched(path, u("not an iitalent assessment database"));
    }
    SECTION("a text file")
    {
        const QString path = tmp.filePath(QStringLiteral("notes.txt"));
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "This is a text file, not a database. 这不是数据库。\n";
        REQUIRE(writeFileBytes(path, text));
        expectRefusedUntouched(path, u("not an SQLite database"));
    }
    SECTION("a folder")
    {
        auto store = AssessmentStore::open(tmp.path());
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().contains(u("is not a file")));
    }
}

TEST_CASE("A committed rating is visible to a second connection at once", "[store][concurrency]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore first = engine.open();
    AssessmentStore second = engine.open();
    const Assessment a = fullSample();
    REQUIRE(first.insert(a).ok());
    REQUIRE(second.contains(a.id));

    const QDateTime when = utc("2026-11-23T12:00:00Z");
    REQUIRE(first.setRating(a.id, rating("01.a.3", 3), when).ok());
    auto seen = second.load(a.id);
    REQUIRE(seen.ok());
    CHECK(seen->level(QStringLiteral("01.a.3")) == 3);
    CHECK(seen->updated == when);

    REQUIRE(second.setRating(a.id, rating("01.a.3", 1, u("改评")), when).ok());
    auto back = first.load(a.id);
    REQUIRE(back.ok());
    CHECK(back->level(QStringLiteral("01.a.3")) == 1);
    CHECK(back->rating(QStringLiteral("01.a.3"))->evidence == u("改评"));

    REQUIRE(second.remove(a.id).ok());
    CHECK_FALSE(first.contains(a.id));
}

namespace {

struct WriterOutput
{
    QStringList ids;                                   // "new" lines
    std::map<std::pair<QString, QString>, int> levels; // (id, requirement) -> last level printed
    int ok = 0;
};

WriterOutput parseWriterOutput(const QByteArray &out)
{
    WriterOutput w;
    const QList<QByteArray> lines = out.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece is after the last newline
        const QList<QByteArray> f = lines[i].split(' ');
        if (f.size() == 2 && f[0] == "new") {
            w.ids << QString::fromLatin1(f[1]);
        } else if (f.size() == 4 && f[0] == "ok") {
            w.levels[{QString::fromLatin1(f[1]), QString::fromLatin1(f[2])}] = f[3].toInt();
            ++w.ok;
        }
    }
    return w;
}

void checkWritten(AssessmentStore &store, const WriterOutput &w)
{
    for (const auto &[key, level] : w.levels) {
        INFO("rating " << key.first << " " << key.second);
        auto a = store.load(key.first);
        REQUIRE(a.ok());
        CHECK(a->level(key.second) == level);
    }
}

void checkIntegrity(const QString &path)
{
    SqliteDatabase raw = rawOpen(path);
    CHECK(queryText(raw, QStringLiteral("PRAGMA integrity_check")) == u("ok"));
    auto fk = raw.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    REQUIRE(fk.ok());
    CHECK_FALSE(fk->step());
}

} // namespace

namespace {

// Starts two store_writer processes on one database, lets them go at the same moment (each waits
// for a "go" file after it has started) and waits for both; returns their parsed output.
std::array<WriterOutput, 2> runTwoWriters(const QString &path, const QString &dir, int count)
{
    QProcess writers[2];
    for (int k = 0; k < 2; ++k) {
        writers[k].start(QStringLiteral(IITALENT_STORE_WRITER_PATH),
                         {path, QString::number(k + 1), QString::number(count),
                          QDir(dir).filePath(QStringLiteral("ready-%1").arg(k + 1)),
                          QDir(dir).filePath(QStringLiteral("go"))});
        REQUIRE(writers[k].waitForStarted());
    }
    while (!(QFile::exists(QDir(dir).filePath(QStringLiteral("ready-1"))) &&
             QFile::exists(QDir(dir).filePath(QStringLiteral("ready-2"))))) {
        REQUIRE(writers[0].state() != QProcess::NotRunning);
        REQUIRE(writers[1].state() != QProcess::NotRunning);
        QThread::msleep(1);
    }
    REQUIRE(writeFileBytes(QDir(dir).filePath(QStringLiteral("go")), "go"));

    std::array<WriterOutput, 2> out;
    for (int k = 0; k < 2; ++k) {
        INFO("writer " << k + 1);
        REQUIRE(writers[k].waitForFinished(600000)); // a hang guard, not a timing
        const QByteArray err = writers[k].readAllStandardError();
        INFO("stderr: " << err.toStdString());
        CHECK(writers[k].exitStatus() == QProcess::NormalExit);
        CHECK(writers[k].exitCode() == 0);
        CHECK(err.isEmpty());
        out[static_cast<size_t>(k)] = parseWriterOutput(writers[k].readAllStandardOutput());
        CHECK(out[static_cast<size_t>(k)].ok == count);
    }
    return out;
}

} // namespace

TEST_CASE("Two processes writing ratings to one database at the same time both succeed", "[store][concurrency]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    engine.open(); // the database exists, as when two iitalent windows are open on it
    constexpr int count = 200;

    const std::array<WriterOutput, 2> out = runTwoWriters(engine.location(), tmp.path(), count);
    AssessmentStore store = engine.open();
    for (int k = 0; k < 2; ++k) {
        INFO("writer " << k + 1);
        const WriterOutput &w = out[static_cast<size_t>(k)];
        CHECK(w.ids.size() == (count + 17) / 18); // role 01 has 18 requirements
        auto mine = store.assessmentsOf(named(QStringLiteral("writer %1").arg(k + 1)));
        REQUIRE(mine.ok());
        CHECK(static_cast<int>(mine->size()) == w.ids.size());
        int ratings = 0;
        for (const Assessment &a : mine.value()) {
            CHECK(w.ids.contains(a.id));
            ratings += static_cast<int>(a.ratings.size());
        }
        CHECK(ratings == count);
        checkWritten(store, w);
        // Levels follow (i + tag) % 5: the first rating of each writer is at level tag.
        CHECK(w.levels.at({w.ids.value(0), QStringLiteral("01.a.1")}) == k + 1);
    }
    auto all = store.list();
    REQUIRE(all.ok());
    CHECK(static_cast<int>(all->size()) == out[0].ids.size() + out[1].ids.size());
    if (!engine.isPostgres())
        checkIntegrity(engine.location());
}

TEST_CASE("Two processes opening a database that does not exist yet both succeed", "[store][concurrency]")
{
    // The first start of two iitalent processes at once (e.g. two imports from a script): both
    // must end up with the one new store. A race, so tried several times.
    for (int round = 0; round < 10; ++round) {
        INFO("round " << round);
        QTemporaryDir tmp;
        REQUIRE(tmp.isValid());
        const QString path = tmp.filePath(QStringLiteral("new.sqlite"));
        const std::array<WriterOutput, 2> out = runTwoWriters(path, tmp.path(), 5);
        AssessmentStore store = openStore(path);
        for (const WriterOutput &w : out)
            checkWritten(store, w);
        CHECK((QFile::permissions(path) & kGroupOrOther) == QFileDevice::Permissions());
        checkIntegrity(path);
    }
}

TEST_CASE("Two processes opening a version 1 database at once migrate it once, with one true backup",
          "[store][concurrency][migration]")
{
    for (int round = 0; round < 5; ++round) {
        INFO("round " << round);
        QTemporaryDir tmp;
        REQUIRE(tmp.isValid());
        const QString path = tmp.filePath(QStringLiteral("old.sqlite"));
        createStoreV1(path);
        const std::array<WriterOutput, 2> out = runTwoWriters(path, tmp.path(), 5);
        AssessmentStore store = openStore(path);
        for (const WriterOutput &w : out)
            checkWritten(store, w);
        for (const Assessment &want : storeV1Assessments()) {
            auto got = store.load(want.id);
            REQUIRE(got.ok());
            checkSameAssessment(got.value(), want);
        }
        // Every backup beside it is of the old version.
        const QStringList backups =
            QDir(tmp.path()).entryList({QStringLiteral("old.sqlite.v1-backup-*")}, QDir::Files | QDir::NoDotAndDotDot);
        CHECK(backups.size() >= 1);
        for (const QString &b : backups) {
            INFO("backup " << b);
            SqliteDatabase old = rawOpen(tmp.filePath(b));
            CHECK(queryInt(old, QStringLiteral("PRAGMA user_version")) == 1);
            CHECK(queryInt(old, QStringLiteral("SELECT count(*) FROM ratings")) == 10);
        }
        checkIntegrity(path);
    }
}

TEST_CASE("A writer killed in the middle loses at most the rating it was writing", "[store][concurrency]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("crash.sqlite"));
    openStore(path);

    QProcess writer;
    writer.start(QStringLiteral(IITALENT_STORE_WRITER_PATH), {path, QStringLiteral("3"), QStringLiteral("1000000")});
    REQUIRE(writer.waitForStarted());
    QByteArray out;
    while (parseWriterOutput(out).ok < 60) {
        REQUIRE(writer.state() == QProcess::Running);
        writer.waitForReadyRead(1000);
        out += writer.readAllStandardOutput();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(60000));
    out += writer.readAllStandardOutput();
    CHECK(writer.exitStatus() == QProcess::CrashExit);

    const WriterOutput w = parseWriterOutput(out);
    REQUIRE(w.ok >= 60);
    AssessmentStore store = openStore(path);
    checkWritten(store, w);
    auto mine = store.assessmentsOf(named(QStringLiteral("writer 3")));
    REQUIRE(mine.ok());
    int ratings = 0;
    for (const Assessment &a : mine.value())
        ratings += static_cast<int>(a.ratings.size());
    // Every rating it reported is there; at most the one being written when it died is extra.
    CHECK(ratings >= static_cast<int>(w.levels.size()));
    CHECK(ratings <= static_cast<int>(w.levels.size()) + 1);
    checkIntegrity(path);
}

TEST_CASE("Cohorts, collecting and a round's records behave the same on both engines", "[store][cohort]")
{
    IITALENT_FOR_EACH_ENGINE(engine)
    AssessmentStore store = engine.open();
    Assessment a = sample("aaaaaaaa-0000-4000-8000-000000000001", "01", "张三", "2026-01-01T00:00:00Z");
    a.setRating(role("01"), rating("01.a.1", 2));
    Assessment b = sample("bbbbbbbb-0000-4000-8000-000000000002", "01", "李四", "2026-01-02T00:00:00Z");
    b.mode = Mode::Assessor;
    b.assessorName = u("王老师");
    b.setRating(role("01"), rating("01.a.1", 4, u("证据")));
    Assessment c = sample("cccccccc-0000-4000-8000-000000000003", "02", "赵六", "2026-01-03T00:00:00Z");
    for (const Assessment *x : {&a, &b, &c})
        REQUIRE(store.insert(*x).ok());

    Cohort workshop;
    workshop.name = u("工作坊 Z");
    workshop.roles = {QStringLiteral("16"), QStringLiteral("01")};
    workshop.date = QStringLiteral("2026-12-01");
    auto w = store.createCohort(workshop);
    INFO(w.error());
    REQUIRE(w.ok());
    CHECK_FALSE(store.createCohort(workshop).ok()); // a name is unique
    Cohort hiring;
    hiring.name = u("A 秋招");
    hiring.kind = CohortKind::Hiring;
    auto h = store.createCohort(hiring);
    REQUIRE(h.ok());
    CHECK(h->id != w->id);

    auto added = store.addToCohort(w->id, {b.id, a.id, c.id});
    REQUIRE(added.ok());
    CHECK(added->added == 3);
    CHECK(store.addToCohort(w->id, {a.id}).value().alreadyPresent == 1);
    CHECK_FALSE(store.addToCohort(w->id, {QStringLiteral("dddddddd-0000-4000-8000-000000000004")}).ok());
    REQUIRE(store.addToCohort(h->id, {a.id, b.id}).ok());

    auto all = store.cohorts();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == u("A 秋招")); // by name, code point order on both engines
    CHECK(all->at(1).name == u("工作坊 Z"));
    CHECK(all->at(1).roles == QStringList({QStringLiteral("16"), QStringLiteral("01")}));
    CHECK(all->at(1).members == 3);
    CHECK(all->at(1).date == QStringLiteral("2026-12-01"));
    CHECK(store.cohortsOf(a.id).value().size() == 2);

    // Members in the order they joined, filtered by role and mode, with their levels.
    auto members = store.cohortMembers(w->id);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 3);
    CHECK(members->at(0).id == b.id);
    CHECK(members->at(1).id == a.id);
    auto ofRole = store.cohortMembers(w->id, QStringLiteral("01"), Mode::Assessor);
    REQUIRE(ofRole.ok());
    REQUIRE(ofRole->size() == 1);
    CHECK(ofRole->front().id == b.id);
    REQUIRE(ofRole->front().levels.size() == 1);
    CHECK(ofRole->front().levels.front().level == 4);
    CHECK(store.removeFromCohort(w->id, {c.id, c.id}).value() == 1);

    // Collecting: new, identical, conflicting (kept or replaced by the newer).
    Assessment fresh = sample("eeeeeeee-0000-4000-8000-000000000005", "01", "新人", "2026-02-01T00:00:00Z");
    Assessment changedOlder = a;
    changedOlder.updated = utc("2025-12-31T00:00:00Z");
    changedOlder.setRating(role("01"), rating("01.a.1", 0));
    auto collected = store.collectIntoCohort(w->id, {fresh, b, changedOlder}, false);
    REQUIRE(collected.ok());
    CHECK(collected->at(0).kind == AssessmentStore::Collected::Kind::Imported);
    CHECK(collected->at(1).kind == AssessmentStore::Collected::Kind::Identical);
    CHECK(collected->at(1).wasMember);
    CHECK(collected->at(2).kind == AssessmentStore::Collected::Kind::Conflict);
    Assessment changedNewer = a;
    changedNewer.updated = utc("2026-06-01T00:00:00Z");
    changedNewer.setRating(role("01"), rating("01.a.1", 3));
    auto replaced = store.collectIntoCohort(w->id, {changedOlder, changedNewer}, true);
    REQUIRE(replaced.ok());
    CHECK(replaced->at(0).kind == AssessmentStore::Collected::Kind::KeptNewer);
    CHECK(replaced->at(1).kind == AssessmentStore::Collected::Kind::ReplacedOlder);
    CHECK(store.load(a.id)->level(QStringLiteral("01.a.1")) == 3);

    // A round's records.
    REQUIRE(store.setMustHaves(h->id, {QStringLiteral("01.b.2"), QStringLiteral("01.a.1")}).ok());
    CHECK(store.mustHaves(h->id).value() == QStringList({QStringLiteral("01.b.2"), QStringLiteral("01.a.1")}));
    RoundConsensus consensus;
    consensus.candidate = a.subject;
    consensus.requirement = QStringLiteral("01.a.1");
    consensus.level = 2;
    consensus.reason = u("面试中 'quoted' 演示");
    consensus.recordedBy = u("主持人");
    REQUIRE(store.setConsensus(h->id, consensus).ok());
    consensus.level = 3;
    REQUIRE(store.setConsensus(h->id, consensus).ok()); // changed, not added
    auto recorded = store.consensus(h->id);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->front().level == 3);
    CHECK(recorded->front().reason == consensus.reason);
    consensus.reason.clear();
    CHECK_FALSE(store.setConsensus(h->id, consensus).ok());
    RoundDecision decision;
    decision.candidate = b.subject;
    decision.decision = QStringLiteral("hold");
    REQUIRE(store.setDecision(h->id, decision).ok());
    decision.decision = QStringLiteral("shortlist");
    decision.note = u("终面");
    REQUIRE(store.setDecision(h->id, decision).ok());
    REQUIRE(store.decisions(h->id).value().size() == 1);
    CHECK(store.decisions(h->id).value().front().decision == QStringLiteral("shortlist"));
    decision.decision = QStringLiteral("maybe");
    CHECK_FALSE(store.setDecision(h->id, decision).ok());
    REQUIRE(store.withdrawConsensus(h->id, a.subject, QStringLiteral("01.a.1")).ok());
    CHECK_FALSE(store.withdrawConsensus(h->id, a.subject, QStringLiteral("01.a.1")).ok());
    REQUIRE(store.setConsensus(h->id, RoundConsensus{a.subject, QStringLiteral("01.a.1"), 1, u("再议"), {}, {}}).ok());

    // Forgetting a person: their assessments, memberships and round records go; others stay.
    auto forgotten = store.forgetPerson(a.subject);
    REQUIRE(forgotten.ok());
    CHECK(forgotten->removed == 1);
    CHECK(store.consensus(h->id).value().empty());
    CHECK(store.cohortMembers(h->id).value().size() == 1);
    CHECK(engine.queryInt(QStringLiteral("SELECT count(*) FROM cohort_members WHERE assessment = '%1'").arg(a.id)) ==
          0);
    // Deleting a cohort keeps its assessments.
    REQUIRE(store.deleteCohort(u("工作坊 Z")).ok());
    CHECK(store.contains(b.id));
    CHECK(store.contains(fresh.id));
    CHECK(store.cohorts().value().size() == 1);
}

TEST_CASE("A file store tells another process's commits from its own (data_version), and FileStoreWatcher follows them",
          "[store][live]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    AssessmentStore window = AssessmentStore::open(path).value();
    AssessmentStore other = AssessmentStore::open(path).value(); // as the kiosk or iitalent-cli would
    const Role &role = *bundledCatalog().role(QStringLiteral("16"));
    int calls = 0;
    std::unique_ptr<FileStoreWatcher> watcher = FileStoreWatcher::watch(window, [&] { ++calls; });
    REQUIRE(watcher);
    const auto assessment = [&](const char *name) {
        Subject s;
        s.name = QString::fromUtf8(name);
        return Assessment::create(role.code, Mode::Self, s, QString());
    };
    const std::optional<qint64> start = window.dataVersion();
    REQUIRE(start);

    // The window's own writes do not count.
    REQUIRE(window.insert(assessment("Own")).ok());
    CHECK(window.dataVersion() == start);
    watcher->check();
    CHECK(calls == 0);

    // Another connection's commit does, once.
    REQUIRE(other.insert(assessment("Other")).ok());
    CHECK(window.dataVersion() != start);
    watcher->check();
    CHECK(calls == 1);
    watcher->check();
    CHECK(calls == 1);

    // A new cohort by the other process, too.
    Cohort c;
    c.name = QStringLiteral("Class");
    REQUIRE(other.createCohort(c).ok());
    watcher->check();
    CHECK(calls == 2);
}
