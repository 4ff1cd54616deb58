#include "AssessmentStore.h"

#include "CoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>
#include <cstring>

namespace iitalent {

namespace {

// The layout of the first development version (1): no per-rating time, no subject index.
// Kept so that the migration from it is tested against a real file (tests/data/store-v1.sql).
// Version 3, the current one:
const char *const kSchema = R"SQL(
CREATE TABLE assessments(
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  mode TEXT NOT NULL CHECK(mode IN ('self', 'assessor')),
  subject_name TEXT NOT NULL,
  subject_organisation TEXT NOT NULL DEFAULT '',
  subject_number TEXT NOT NULL DEFAULT '',
  subject_stage TEXT NOT NULL CHECK(subject_stage IN ('pre-job', 'on-job')),
  assessor_name TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  updated TEXT NOT NULL);
CREATE INDEX assessments_subject ON assessments(subject_name, role, created);
CREATE TABLE ratings(
  assessment TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  level INTEGER CHECK(level BETWEEN 0 AND 4),
  evidence TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  rated_at TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(assessment, requirement));
)SQL"
                            // Version 3 added the cohorts.
                            R"SQL(
CREATE TABLE cohorts(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('workshop', 'team', 'hiring')),
  held_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL);
CREATE TABLE cohort_roles(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY(cohort, role));
CREATE TABLE cohort_members(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  assessment TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  added TEXT NOT NULL,
  PRIMARY KEY(cohort, assessment));
CREATE INDEX cohort_members_assessment ON cohort_members(assessment);
)SQL"
                            // Version 4 added what a hiring round records about its candidates.
                            R"SQL(
CREATE TABLE round_must_haves(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  requirement TEXT NOT NULL,
  PRIMARY KEY(cohort, requirement));
CREATE TABLE round_consensus(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  candidate_name TEXT NOT NULL,
  candidate_organisation TEXT NOT NULL DEFAULT '',
  candidate_number TEXT NOT NULL DEFAULT '',
  requirement TEXT NOT NULL,
  level INTEGER NOT NULL CHECK(level BETWEEN 0 AND 4),
  reason TEXT NOT NULL CHECK(reason <> ''),
  recorded_by TEXT NOT NULL DEFAULT '',
  recorded TEXT NOT NULL,
  PRIMARY KEY(cohort, candidate_name, candidate_organisation, candidate_number, requirement));
CREATE TABLE round_decisions(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  candidate_name TEXT NOT NULL,
  candidate_organisation TEXT NOT NULL DEFAULT '',
  candidate_number TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL CHECK(decision IN ('shortlist', 'hold', 'reject')),
  note TEXT NOT NULL DEFAULT '',
  decided TEXT NOT NULL,
  PRIMARY KEY(cohort, candidate_name, candidate_organisation, candidate_number));
)SQL";

// Version 2 -> 3: the cohorts; version 3 -> 4: the rounds' tables (as above, in order).
QString tablesBetween(const char *from, const char *to)
{
    const char *start = std::strstr(kSchema, from);
    const char *end = to ? std::strstr(kSchema, to) : kSchema + std::strlen(kSchema);
    return QString::fromUtf8(start, static_cast<int>(end - start));
}

// Version 1 -> 2: ratings get the time they were given (taken from the assessment's update
// time for old rows), and assessments an index for a subject's history.
const char *const kMigrateV1toV2 = R"SQL(
ALTER TABLE ratings ADD COLUMN rated_at TEXT NOT NULL DEFAULT '';
UPDATE ratings SET rated_at = (SELECT updated FROM assessments WHERE assessments.id = ratings.assessment);
CREATE INDEX assessments_subject ON assessments(subject_name, role, created);
)SQL";

QDateTime parseTime(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

// SQLite's message with its plain cause in front where it has one: "the disk is full (database or
// disk is full)".
QString explained(int code, const QString &sqliteMessage)
{
    const QString plain = SqliteDatabase::explain(code);
    return plain.isEmpty() ? sqliteMessage : CoreText::tr("%1 (%2)").arg(plain, sqliteMessage);
}

template <typename T>
Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

} // namespace

QString AssessmentStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("assessments.sqlite"));
}

QString AssessmentStore::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString env = qEnvironmentVariable("IITALENT_DB");
    return env.isEmpty() ? defaultPath() : env;
}

Result<AssessmentStore> AssessmentStore::open(const QString &path)
{
    AssessmentStore store;
    store.m_path = path;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail<AssessmentStore>(CoreText::tr("%1 is not a file.").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail<AssessmentStore>(
                CoreText::tr("Cannot create the folder %1 for the assessment database.").arg(info.absolutePath()));
        // Create the file owner-only before SQLite writes anything into it; SQLite gives its
        // journal files the same permissions. Another process may have just created it.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.close();
        } else if (!QFileInfo::exists(path)) {
            return fail<AssessmentStore>(
                CoreText::tr("Cannot create the assessment database %1: %2").arg(path, file.errorString()));
        }
    }
    if (Status s = store.m_db.open(path, SqliteDatabase::Mode::ReadWriteCreate); !s)
        return fail<AssessmentStore>(CoreText::tr("Cannot open the assessment database %1: %2")
                                         .arg(path, explained(store.m_db.lastErrorCode(), s.error())));
    store.m_db.setBusyTimeout(BusyTimeoutMs);
    if (Status s = store.prepare(); !s)
        return fail<AssessmentStore>(
            CoreText::tr("The assessment database %1 cannot be used: %2").arg(path, s.error()));
    return store;
}

QString AssessmentStore::failed(const QString &sqliteMessage) const
{
    const int code = m_failureCode ? m_failureCode : m_db.lastErrorCode();
    m_failureCode = 0; // used once: the next failure has its own
    return explained(code, sqliteMessage);
}

QStringList AssessmentStore::backupsOf(const QString &path)
{
    const QFileInfo info(path);
    // The name is matched literally: a store called "class[1].sqlite" is no wildcard.
    const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(info.fileName()) +
                                            QStringLiteral("\\.v[0-9]+-backup-[0-9]{8}T[0-9]{6}(-[0-9]+)?\\.sqlite")));
    QStringList out;
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name))
        if (pattern.match(name).hasMatch())
            out << dir.filePath(name);
    return out;
}

Status AssessmentStore::readFileHeader(qint64 &appId, int &version, qint64 &objects)
{
    auto header = m_db.prepare(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                              "(SELECT user_version FROM pragma_user_version), "
                                              "(SELECT count(*) FROM sqlite_schema)"));
    if (!header)
        return Status::failure(failed(header.error()));
    if (!header->step())
        return Status::failure(header->failed() ? failed(header->error()) : CoreText::tr("cannot read its header"));
    appId = header->integer(0);
    version = static_cast<int>(header->integer(1));
    objects = header->integer(2);
    const bool fresh = objects == 0 && appId == 0 && version == 0;
    if (!fresh && appId != ApplicationId)
        return Status::failure(CoreText::tr("it is an SQLite database, but not an iitalent assessment database"));
    if (version > SchemaVersion)
        return Status::failure(
            CoreText::tr("it was written by a newer iitalent (database version %1; this iitalent reads up "
                         "to version %2). It was left untouched: use the newer iitalent to open it.")
                .arg(version)
                .arg(SchemaVersion));
    return {};
}

Status AssessmentStore::prepare()
{
    // Read the version first, and write nothing to a file that is not ours or is newer.
    qint64 appId = 0;
    int version = 0;
    qint64 objects = 0;
    if (Status s = readFileHeader(appId, version, objects); !s)
        return s;
    const QString pragmas = QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                           "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
    if (objects > 0) {
        // Nothing is read from, or written into, a damaged file: a damaged index would make
        // assessments that are there look absent, and writes would spread the damage.
        if (Status s = checkIntegrity(); !s)
            return s;
    }
    if (objects > 0 && version == SchemaVersion) {
        if (Status s = m_db.exec(pragmas); !s)
            return Status::failure(failed(s.error()));
        return {};
    }

    // Creating or upgrading: one process at a time, and look again once it is our turn.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(BusyTimeoutMs)) {
        if (lock.error() == QLockFile::LockFailedError)
            return Status::failure(
                CoreText::tr("another program is setting it up or upgrading it (%1 is locked)").arg(lock.fileName()));
        // The lock file could not be made at all: say why, as far as the disk tells.
        const QStorageInfo disk(QFileInfo(m_path).absolutePath());
        QString why = CoreText::tr("permission was denied");
        if (disk.isValid() && disk.isReadOnly())
            why = CoreText::tr("the disk is read-only");
        else if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
            why = CoreText::tr("the disk is full");
        return Status::failure(
            CoreText::tr("cannot create the lock file %1 to set it up: %2").arg(lock.fileName(), why));
    }
    if (Status s = readFileHeader(appId, version, objects); !s)
        return s;
    if (Status s = m_db.exec(pragmas); !s)
        return Status::failure(failed(s.error()));
    if (objects == 0 && appId == 0 && version == 0) {
        return inTransaction([this] {
            if (Status s = m_db.exec(QString::fromUtf8(kSchema)); !s)
                return s;
            return m_db.exec(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                 .arg(ApplicationId)
                                 .arg(SchemaVersion));
        });
    }
    if (version < SchemaVersion)
        return migrate(version);
    return {};
}

Status AssessmentStore::checkIntegrity()
{
    auto check = m_db.prepare(QStringLiteral("PRAGMA quick_check(5)"));
    QStringList problems;
    if (check) {
        while (check->step()) {
            const QString line = check->text(0);
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (check->failed())
            problems << failed(check->error());
    } else {
        problems << failed(check.error());
    }
    if (problems.isEmpty())
        return {};
    QString recovery;
    const QStringList backups = backupsOf(m_path);
    if (!backups.isEmpty())
        recovery = CoreText::tr(" Copies made before upgrades: %1.").arg(backups.join(QStringLiteral(", ")));
    return Status::failure(
        CoreText::tr("it is damaged (%1). Nothing was read from it or written to it. Keep the file as it is; "
                     "restore your latest copy of it, or save what can be saved with "
                     "`sqlite3 %2 .recover | sqlite3 recovered.sqlite`.%3")
            .arg(problems.first(), m_path, recovery));
}

Status AssessmentStore::migrate(int from)
{
    if (from < 1)
        return Status::failure(CoreText::tr("its database version %1 is unknown").arg(from));
    // A consistent copy of the old file (WAL included) beside it, before anything changes.
    const QString base = QStringLiteral("%1.v%2-backup-%3.sqlite")
                             .arg(m_path)
                             .arg(from)
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    QString backup = base;
    for (int n = 2; QFile::exists(backup); ++n)
        backup = QStringLiteral("%1-%2.sqlite").arg(base.chopped(7)).arg(n);
    auto vacuum = m_db.prepare(QStringLiteral("VACUUM INTO ?"));
    if (!vacuum)
        return Status::failure(CoreText::tr("cannot back it up before upgrading: %1").arg(vacuum.error()));
    vacuum->bind(1, backup);
    if (Status s = vacuum->run(); !s) {
        const QString why = failed(s.error());
        QFile::remove(backup); // a cut copy is no backup, and must not be taken for one
        return Status::failure(
            CoreText::tr("cannot back it up to %1 before upgrading: %2. Nothing was changed").arg(backup, why));
    }
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Status s = inTransaction([&]() -> Status {
        if (from <= 1) {
            if (Status st = m_db.exec(QString::fromUtf8(kMigrateV1toV2)); !st)
                return Status::failure(CoreText::tr("upgrading from version 1: %1").arg(st.error()));
        }
        if (from <= 2) {
            if (Status st = m_db.exec(tablesBetween("CREATE TABLE cohorts(", "CREATE TABLE round_must_haves(")); !st)
                return Status::failure(CoreText::tr("upgrading from version 2: %1").arg(st.error()));
        }
        if (from <= 3) {
            if (Status st = m_db.exec(tablesBetween("CREATE TABLE round_must_haves(", nullptr)); !st)
                return Status::failure(CoreText::tr("upgrading from version 3: %1").arg(st.error()));
        }
        return m_db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(SchemaVersion));
    });
    if (!s)
        return Status::failure(CoreText::tr("%1. Nothing was changed; a backup is at %2").arg(s.error(), backup));
    m_migrationBackup = backup;
    m_migratedFrom = from;
    return {};
}

Status AssessmentStore::inTransaction(const std::function<Status()> &work)
{
    m_failureCode = 0;
    if (Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;")); !s) {
        m_failureCode = m_db.lastErrorCode();
        return s;
    }
    Status s = work();
    if (!s) {
        m_failureCode = m_db.lastErrorCode(); // before ROLLBACK resets it
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        return s;
    }
    if (Status c = m_db.exec(QStringLiteral("COMMIT;")); !c) {
        m_failureCode = m_db.lastErrorCode();
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        return c;
    }
    return {};
}

bool AssessmentStore::contains(const QString &id)
{
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM assessments WHERE id = ?"));
    if (!q)
        return false;
    q->bind(1, id);
    return q->step();
}

Result<QString> AssessmentStore::resolveId(const QString &idOrPrefix)
{
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.isEmpty())
        return fail<QString>(CoreText::tr("no assessment id was given"));
    if (contains(key))
        return key;
    if (key.size() < 4)
        return fail<QString>(
            CoreText::tr("there is no assessment %1 (give at least 4 characters of an id)").arg(idOrPrefix));
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM assessments WHERE substr(id, 1, ?) = ? LIMIT 2"));
    if (!q)
        return fail<QString>(q.error());
    q->bind(1, static_cast<qint64>(key.size())).bind(2, key);
    QStringList found;
    while (q->step())
        found << q->text(0);
    if (found.isEmpty())
        return fail<QString>(CoreText::tr("there is no assessment %1").arg(idOrPrefix));
    if (found.size() > 1)
        return fail<QString>(
            CoreText::tr("%1 is the start of several assessment ids; give more of it").arg(idOrPrefix));
    return found.first();
}

Status AssessmentStore::writeAssessment(const Assessment &a, bool replacing)
{
    // A replaced assessment keeps its row (and so the cohorts it belongs to): its fields are
    // updated and its ratings written anew.
    if (replacing) {
        auto delRatings = m_db.prepare(QStringLiteral("DELETE FROM ratings WHERE assessment = ?"));
        if (!delRatings)
            return Status::failure(delRatings.error());
        delRatings->bind(1, a.id);
        if (Status s = delRatings->run(); !s)
            return s;
    }
    auto ins = m_db.prepare(QStringLiteral(
        "INSERT INTO assessments(id, role, mode, subject_name, subject_organisation, subject_number, subject_stage, "
        "assessor_name, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET role = excluded.role, mode = excluded.mode, "
        "subject_name = excluded.subject_name, subject_organisation = excluded.subject_organisation, "
        "subject_number = excluded.subject_number, subject_stage = excluded.subject_stage, "
        "assessor_name = excluded.assessor_name, created = excluded.created, updated = excluded.updated"));
    if (!ins)
        return Status::failure(ins.error());
    ins->bind(1, a.id)
        .bind(2, a.role)
        .bind(3, modeId(a.mode))
        .bind(4, a.subject.name)
        .bind(5, a.subject.organisation)
        .bind(6, a.subject.number)
        .bind(7, stageId(a.subject.stage))
        .bind(8, a.assessorName)
        .bind(9, isoUtc(a.created))
        .bind(10, isoUtc(a.updated));
    if (Status s = ins->run(); !s)
        return s;
    auto rat = m_db.prepare(QStringLiteral(
        "INSERT INTO ratings(assessment, requirement, level, evidence, note, rated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!rat)
        return Status::failure(rat.error());
    for (const Rating &r : a.ratings) {
        if (r.isEmpty())
            continue;
        rat->bind(1, a.id).bind(2, r.requirement);
        if (r.level)
            rat->bind(3, static_cast<qint64>(*r.level));
        else
            rat->bindNull(3);
        rat->bind(4, r.evidence).bind(5, r.note).bind(6, isoUtc(a.updated));
        if (Status s = rat->run(); !s)
            return s;
    }
    return {};
}

Status AssessmentStore::insert(const Assessment &assessment)
{
    if (contains(assessment.id))
        return Status::failure(CoreText::tr("an assessment with id %1 is already stored").arg(assessment.id));
    return inTransaction([&] { return writeAssessment(assessment, false); });
}

Status AssessmentStore::replace(const Assessment &assessment)
{
    return inTransaction([&] { return writeAssessment(assessment, true); });
}

Result<Rating> AssessmentStore::setRating(const QString &id, const RatingChange &change, const QDateTime &when)
{
    Rating stored;
    Status status = inTransaction([&]() -> Status {
        auto upd = m_db.prepare(QStringLiteral("UPDATE assessments SET updated = ? WHERE id = ?"));
        if (!upd)
            return Status::failure(upd.error());
        upd->bind(1, isoUtc(when)).bind(2, id);
        if (Status s = upd->run(); !s)
            return s;
        if (m_db.changes() == 0)
            return Status::failure(CoreText::tr("there is no assessment %1").arg(id));
        // One statement writes the given fields and keeps the stored ones: no value read earlier
        // is written back.
        auto up = m_db.prepare(
            QStringLiteral("INSERT INTO ratings(assessment, requirement, level, evidence, note, rated_at) "
                           "VALUES (?1, ?2, CASE WHEN ?3 THEN ?4 END, coalesce(?5, ''), coalesce(?6, ''), ?7) "
                           "ON CONFLICT(assessment, requirement) DO UPDATE SET "
                           "level = CASE WHEN ?3 THEN excluded.level ELSE level END, "
                           "evidence = CASE WHEN ?5 IS NULL THEN evidence ELSE excluded.evidence END, "
                           "note = CASE WHEN ?6 IS NULL THEN note ELSE excluded.note END, "
                           "rated_at = CASE WHEN ?3 THEN excluded.rated_at ELSE rated_at END"));
        if (!up)
            return Status::failure(up.error());
        up->bind(1, id).bind(2, change.requirement).bind(3, static_cast<qint64>(change.level.has_value()));
        if (change.level && *change.level)
            up->bind(4, static_cast<qint64>(**change.level));
        else
            up->bindNull(4);
        if (change.evidence)
            up->bind(5, *change.evidence);
        else
            up->bindNull(5);
        if (change.note)
            up->bind(6, *change.note);
        else
            up->bindNull(6);
        up->bind(7, isoUtc(when));
        if (Status s = up->run(); !s)
            return s;
        auto tidy = m_db.prepare(QStringLiteral("DELETE FROM ratings WHERE assessment = ? AND requirement = ? AND "
                                                "level IS NULL AND evidence = '' AND note = ''"));
        if (!tidy)
            return Status::failure(tidy.error());
        tidy->bind(1, id).bind(2, change.requirement);
        if (Status s = tidy->run(); !s)
            return s;
        auto now = m_db.prepare(
            QStringLiteral("SELECT level, evidence, note FROM ratings WHERE assessment = ? AND requirement = ?"));
        if (!now)
            return Status::failure(now.error());
        now->bind(1, id).bind(2, change.requirement);
        stored.requirement = change.requirement;
        if (now->step()) {
            if (!now->isNull(0))
                stored.level = static_cast<int>(now->integer(0));
            stored.evidence = now->text(1);
            stored.note = now->text(2);
        }
        return now->failed() ? Status::failure(now->error()) : Status();
    });
    if (!status)
        return fail<Rating>(failed(status.error()));
    return stored;
}

Status AssessmentStore::setRating(const QString &id, const Rating &rating, const QDateTime &when)
{
    auto r = setRating(id, RatingChange::whole(rating), when);
    return r ? Status() : Status::failure(r.error());
}

namespace {

const char kSelectAssessment[] =
    "SELECT id, role, mode, subject_name, subject_organisation, subject_number, subject_stage, assessor_name, "
    "created, updated FROM assessments ";

// Catalog order without the catalog: ids are <role>.<dimension>.<n>, so sort by the dimension
// and then by n as a number (01.a.10 after 01.a.9).
void sortRatings(std::vector<Rating> &ratings)
{
    auto key = [](const QString &id) {
        const int last = id.lastIndexOf(QLatin1Char('.'));
        return std::make_pair(id.left(last), id.mid(last + 1).toInt());
    };
    std::stable_sort(ratings.begin(), ratings.end(),
                     [&](const Rating &x, const Rating &y) { return key(x.requirement) < key(y.requirement); });
}

void readHeader(SqliteStatement &q, Assessment &a)
{
    a.id = q.text(0);
    a.role = q.text(1);
    a.mode = modeFromId(q.text(2)).value_or(Mode::Self);
    a.subject.name = q.text(3);
    a.subject.organisation = q.text(4);
    a.subject.number = q.text(5);
    a.subject.stage = stageFromId(q.text(6)).value_or(Stage::OnJob);
    a.assessorName = q.text(7);
    a.created = parseTime(q.text(8));
    a.updated = parseTime(q.text(9));
}

} // namespace

Result<Assessment> AssessmentStore::load(const QString &id)
{
    auto q = m_db.prepare(QString::fromLatin1(kSelectAssessment) + QStringLiteral("WHERE id = ?"));
    if (!q)
        return fail<Assessment>(q.error());
    q->bind(1, id);
    if (!q->step())
        return fail<Assessment>(q->failed() ? q->error() : CoreText::tr("there is no assessment %1").arg(id));
    Assessment a;
    readHeader(q.value(), a);
    auto r =
        m_db.prepare(QStringLiteral("SELECT requirement, level, evidence, note FROM ratings WHERE assessment = ?"));
    if (!r)
        return fail<Assessment>(r.error());
    r->bind(1, id);
    while (r->step()) {
        Rating rating;
        rating.requirement = r->text(0);
        if (!r->isNull(1))
            rating.level = static_cast<int>(r->integer(1));
        rating.evidence = r->text(2);
        rating.note = r->text(3);
        a.ratings.push_back(std::move(rating));
    }
    if (r->failed())
        return fail<Assessment>(r->error());
    sortRatings(a.ratings);
    return a;
}

Result<std::vector<AssessmentSummary>> AssessmentStore::list()
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.role, a.mode, a.subject_name, a.subject_organisation, a.subject_number, a.subject_stage, "
        "a.assessor_name, a.created, a.updated, "
        "(SELECT count(*) FROM ratings r WHERE r.assessment = a.id AND r.level IS NOT NULL) "
        "FROM assessments a ORDER BY a.updated DESC, a.id"));
    if (!q)
        return fail<std::vector<AssessmentSummary>>(q.error());
    std::vector<AssessmentSummary> out;
    while (q->step()) {
        Assessment a;
        readHeader(q.value(), a);
        AssessmentSummary s;
        s.id = a.id;
        s.role = a.role;
        s.mode = a.mode;
        s.subject = a.subject;
        s.assessorName = a.assessorName;
        s.created = a.created;
        s.updated = a.updated;
        s.answered = static_cast<int>(q->integer(10));
        out.push_back(std::move(s));
    }
    if (q->failed())
        return fail<std::vector<AssessmentSummary>>(q->error());
    // Every level in one read, handed to its line.
    QHash<QString, size_t> row;
    for (size_t i = 0; i < out.size(); ++i)
        row.insert(out[i].id, i);
    auto levels =
        m_db.prepare(QStringLiteral("SELECT assessment, requirement, level FROM ratings WHERE level IS NOT NULL"));
    if (!levels)
        return fail<std::vector<AssessmentSummary>>(levels.error());
    while (levels->step()) {
        const auto it = row.constFind(levels->text(0));
        if (it == row.cend())
            continue;
        Rating r;
        r.requirement = levels->text(1);
        r.level = static_cast<int>(levels->integer(2));
        out[*it].levels.push_back(std::move(r));
    }
    if (levels->failed())
        return fail<std::vector<AssessmentSummary>>(levels->error());
    return out;
}

Assessment AssessmentSummary::forScoring() const
{
    Assessment a;
    a.id = id;
    a.role = role;
    a.mode = mode;
    a.subject = subject;
    a.assessorName = assessorName;
    a.created = created;
    a.updated = updated;
    a.ratings = levels;
    return a;
}

namespace {

// The ids of a person's assessments (isSamePerson), optionally of one role, oldest first: the
// name narrows with the index, the same-person rule decides on number and organisation. Used on
// the store and on its backups alike.
Result<QStringList> idsOfPerson(SqliteDatabase &db, const Subject &person, const QString &role = QString())
{
    auto q = db.prepare(QStringLiteral("SELECT id, subject_organisation, subject_number FROM assessments "
                                       "WHERE subject_name = ? AND (? = '' OR role = ?) ORDER BY created, rowid"));
    if (!q)
        return Result<QStringList>::failure(q.error());
    q->bind(1, person.name).bind(2, role).bind(3, role);
    QStringList ids;
    while (q->step()) {
        Subject s;
        s.name = person.name;
        s.organisation = q->text(1);
        s.number = q->text(2);
        if (isSamePerson(s, person))
            ids << q->text(0);
    }
    if (q->failed())
        return Result<QStringList>::failure(q->error());
    return ids;
}

} // namespace

Result<std::vector<Assessment>> AssessmentStore::assessmentsOf(const Subject &person, const QString &role)
{
    auto ids = idsOfPerson(m_db, person, role);
    if (!ids)
        return fail<std::vector<Assessment>>(ids.error());
    std::vector<Assessment> out;
    for (const QString &id : ids.value()) {
        auto a = load(id);
        if (!a)
            return fail<std::vector<Assessment>>(a.error());
        out.push_back(std::move(a).value());
    }
    return out;
}

Status AssessmentStore::remove(const QString &id)
{
    return inTransaction([&]() -> Status {
        auto del = m_db.prepare(QStringLiteral("DELETE FROM assessments WHERE id = ?"));
        if (!del)
            return Status::failure(del.error());
        del->bind(1, id);
        if (Status s = del->run(); !s)
            return s;
        if (m_db.changes() == 0)
            return Status::failure(CoreText::tr("there is no assessment %1").arg(id));
        return {};
    });
}

namespace {

// Deletes from an open database (in a transaction of the caller's) the assessments `ids` and,
// when `person` has a name, every assessment of that person; returns how many.
Result<int> deleteAssessments(SqliteDatabase &db, const Subject &person, QStringList ids)
{
    if (!person.name.isEmpty()) {
        auto more = idsOfPerson(db, person);
        if (!more)
            return Result<int>::failure(more.error());
        for (const QString &id : more.value())
            if (!ids.contains(id))
                ids << id;
    }
    // Ratings go with their assessment (ON DELETE CASCADE where foreign keys are on; explicitly
    // for a backup, whose connection may not have them on).
    auto delRatings = db.prepare(QStringLiteral("DELETE FROM ratings WHERE assessment = ?"));
    auto del = db.prepare(QStringLiteral("DELETE FROM assessments WHERE id = ?"));
    if (!delRatings || !del)
        return Result<int>::failure(!delRatings ? delRatings.error() : del.error());
    // A backup of version 3 or later has cohorts, which list the person's assessments too.
    auto hasCohorts = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'cohort_members'"));
    std::optional<SqliteStatement> delMembers;
    if (hasCohorts && hasCohorts->step()) {
        auto dm = db.prepare(QStringLiteral("DELETE FROM cohort_members WHERE assessment = ?"));
        if (!dm)
            return Result<int>::failure(dm.error());
        delMembers.emplace(std::move(dm).value());
    }
    int removed = 0;
    for (const QString &id : ids) {
        if (delMembers) {
            delMembers->bind(1, id);
            if (Status s = delMembers->run(); !s)
                return Result<int>::failure(s.error());
        }
        delRatings->bind(1, id);
        if (Status s = delRatings->run(); !s)
            return Result<int>::failure(s.error());
        del->bind(1, id);
        if (Status s = del->run(); !s)
            return Result<int>::failure(s.error());
        removed += db.changes();
    }
    return removed;
}

} // namespace

namespace {

// Deletes (in a transaction of the caller's) what hiring rounds recorded about a person: the
// consensus levels and decisions whose candidate is the person (isSamePerson). Returns how many
// rows; a database without round tables (older than version 4) has none.
Result<int> deleteRoundRecords(SqliteDatabase &db, const Subject &person)
{
    if (person.name.isEmpty())
        return 0;
    int removed = 0;
    for (const char *table : {"round_consensus", "round_decisions"}) {
        auto exists = db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"));
        if (!exists)
            return Result<int>::failure(exists.error());
        exists->bind(1, QString::fromLatin1(table));
        if (!exists->step())
            continue;
        auto q = db.prepare(QStringLiteral("SELECT rowid, candidate_organisation, candidate_number FROM %1 "
                                           "WHERE candidate_name = ?")
                                .arg(QLatin1String(table)));
        auto del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(QLatin1String(table)));
        if (!q || !del)
            return Result<int>::failure(!q ? q.error() : del.error());
        q->bind(1, person.name);
        std::vector<qint64> rows;
        while (q->step()) {
            Subject s;
            s.name = person.name;
            s.organisation = q->text(1);
            s.number = q->text(2);
            if (isSamePerson(s, person))
                rows.push_back(q->integer(0));
        }
        if (q->failed())
            return Result<int>::failure(q->error());
        for (qint64 row : rows) {
            del->bind(1, row);
            if (Status st = del->run(); !st)
                return Result<int>::failure(st.error());
            removed += db.changes();
        }
    }
    return removed;
}

} // namespace

Result<AssessmentStore::Forgotten> AssessmentStore::forgetPerson(const Subject &person)
{
    auto found = assessmentsOf(person);
    if (!found)
        return fail<Forgotten>(found.error());
    QStringList ids;
    for (const Assessment &a : found.value())
        ids << a.id;
    return forget(person, ids);
}

Result<AssessmentStore::Forgotten> AssessmentStore::forget(const Subject &person, const QStringList &ids)
{
    Forgotten out;
    Status s = inTransaction([&]() -> Status {
        // Exactly what was listed: in the store the person's rule is not applied again.
        auto removed = deleteAssessments(m_db, Subject(), ids);
        if (!removed)
            return Status::failure(removed.error());
        out.removed = removed.value();
        // What hiring rounds recorded about the person goes too (their name is in it).
        auto records = deleteRoundRecords(m_db, person);
        if (!records)
            return Status::failure(records.error());
        return {};
    });
    if (!s)
        return fail<Forgotten>(failed(s.error()));

    // The deleted pages are overwritten in the WAL; the old ones stay in the main file until a
    // checkpoint copies the new ones over them, which a reader of an older snapshot prevents.
    auto checkpoint = m_db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint || !checkpoint->step()) {
        const QString why = !checkpoint            ? failed(checkpoint.error())
                            : checkpoint->failed() ? failed(checkpoint->error())
                                                   : CoreText::tr("no answer");
        out.problems << CoreText::tr("%1: the removed assessments could not be overwritten in the file yet: %2")
                            .arg(m_path, why);
    } else if (checkpoint->integer(0) != 0) {
        out.problems << CoreText::tr(
                            "%1: the removed assessments are gone from iitalent, but their old pages are still in the "
                            "file, because another program (an open iitalent window, a report being written) is "
                            "still reading it. Close it and run this again to overwrite them.")
                            .arg(m_path);
    }

    // The backups written before upgrades hold the person too: remove them from those as well.
    for (const QString &backup : backupsOf(m_path)) {
        if (QFileInfo(backup).size() == 0)
            continue; // a backup that an upgrade could not write (a full disk) holds nobody
        SqliteDatabase db;
        Status st = db.open(backup, SqliteDatabase::Mode::ReadWriteCreate);
        if (st) {
            db.setBusyTimeout(BusyTimeoutMs);
            st = db.exec(QStringLiteral("PRAGMA secure_delete = ON; BEGIN IMMEDIATE;"));
        }
        int removed = 0;
        if (st) {
            auto r = deleteAssessments(db, person, ids);
            auto records = r ? deleteRoundRecords(db, person) : Result<int>(0);
            if (r && records)
                removed = r.value() + records.value();
            else
                st = Status::failure(r ? records.error() : r.error());
        }
        if (st)
            st = db.exec(QStringLiteral("COMMIT;"));
        if (st && removed > 0)
            st = db.exec(QStringLiteral("VACUUM;"));
        if (!st) {
            const QString why = explained(db.lastErrorCode(), st.error());
            (void)db.exec(QStringLiteral("ROLLBACK;"));
            out.problems << CoreText::tr("%1: this backup could not be cleaned of the person: %2").arg(backup, why);
            continue;
        }
        if (removed > 0)
            out.cleanedBackups << backup;
    }
    return out;
}

} // namespace iitalent
