// The SQLite engine of the assessment store: the file on one machine, its schema and upgrades,
// its checks, and what forgetting a person means for the file and the backups beside it.
#include "StoreSqlite.h"

#include "AssessmentStore.h"
#include "CoreText.h"
#include "StoreInternal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cstring>

#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

namespace iitalent {

namespace {

// The layout of the first development version (1): no per-rating time, no subject index.
// Kept so that the migration from it is tested against a real file (tests/data/store-v1.sql).
// The current version (AssessmentStore::SchemaVersion), as the versions added to it:
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
)SQL"
                            // Version 5 added items marked not assessed, a panel member's
                            // scorecard of a candidate (submitted or open, the recommendation
                            // and comment) and the rounds' audit trail.
                            R"SQL(
ALTER TABLE ratings ADD COLUMN not_assessed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE round_scorecards(
  cohort INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  assessment TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  submitted TEXT NOT NULL DEFAULT '',
  recommendation TEXT NOT NULL DEFAULT '' CHECK(recommendation IN ('', 'strong-yes', 'yes', 'no', 'strong-no')),
  comment TEXT NOT NULL DEFAULT '',
  seen_others INTEGER NOT NULL DEFAULT 0,
  changed_after_visible INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(cohort, assessment));
CREATE TABLE round_audit(
  at TEXT NOT NULL,
  cohort INTEGER NOT NULL,
  login TEXT NOT NULL DEFAULT '',
  os_user TEXT NOT NULL DEFAULT '',
  candidate_name TEXT NOT NULL DEFAULT '',
  candidate_organisation TEXT NOT NULL DEFAULT '',
  candidate_number TEXT NOT NULL DEFAULT '',
  panel_member TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  item TEXT NOT NULL DEFAULT '',
  old TEXT NOT NULL DEFAULT '',
  new TEXT NOT NULL DEFAULT '');
CREATE INDEX round_audit_cohort ON round_audit(cohort);
)SQL";

// What a file store enforces and records about hiring rounds, made anew on each of iitalent's own
// connections (TEMP triggers on the file's tables): a submitted scorecard's ratings cannot change
// until it is reopened; a change made after its author could see the others' is marked; every
// change to a panel scorecard, a consensus, a decision and the round's members is appended to
// round_audit with who made it: iitalent_actor() (the name this program rates as) and
// iitalent_os_user(). The same rules as the team store's triggers (StorePostgres.cpp).
const char *const kRoundTriggers = R"SQL(
CREATE TEMP TRIGGER guard_rating_insert BEFORE INSERT ON ratings
WHEN EXISTS (SELECT 1 FROM round_scorecards WHERE assessment = NEW.assessment AND submitted <> '')
BEGIN SELECT RAISE(ABORT, 'this scorecard is submitted: reopen it to change it'); END;
CREATE TEMP TRIGGER guard_rating_update BEFORE UPDATE ON ratings
WHEN EXISTS (SELECT 1 FROM round_scorecards WHERE assessment IN (OLD.assessment, NEW.assessment) AND submitted <> '')
BEGIN SELECT RAISE(ABORT, 'this scorecard is submitted: reopen it to change it'); END;
CREATE TEMP TRIGGER guard_rating_delete BEFORE DELETE ON ratings
WHEN EXISTS (SELECT 1 FROM round_scorecards WHERE assessment = OLD.assessment AND submitted <> '')
  AND EXISTS (SELECT 1 FROM assessments WHERE id = OLD.assessment)
BEGIN SELECT RAISE(ABORT, 'this scorecard is submitted: reopen it to change it'); END;

CREATE TEMP TRIGGER audit_rating_insert AFTER INSERT ON ratings BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), m.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, k.kind, NEW.requirement, k.o, k.n
  FROM cohort_members m JOIN cohorts c ON c.id = m.cohort AND c.kind = 'hiring'
  JOIN assessments a ON a.id = m.assessment AND a.mode = 'assessor',
  (SELECT 'level' AS kind, '' AS o,
          CASE WHEN NEW.not_assessed = 1 THEN 'na' ELSE coalesce(CAST(NEW.level AS TEXT), '') END AS n
   UNION ALL SELECT 'evidence', '', NEW.evidence UNION ALL SELECT 'note', '', NEW.note) k
  WHERE m.assessment = NEW.assessment AND k.o <> k.n;
  UPDATE round_scorecards SET changed_after_visible = 1
  WHERE assessment = NEW.assessment AND seen_others = 1 AND submitted = '';
END;
CREATE TEMP TRIGGER audit_rating_update AFTER UPDATE ON ratings
WHEN OLD.level IS NOT NEW.level OR OLD.not_assessed <> NEW.not_assessed OR OLD.evidence <> NEW.evidence
  OR OLD.note <> NEW.note
BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), m.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, k.kind, NEW.requirement, k.o, k.n
  FROM cohort_members m JOIN cohorts c ON c.id = m.cohort AND c.kind = 'hiring'
  JOIN assessments a ON a.id = m.assessment AND a.mode = 'assessor',
  (SELECT 'level' AS kind,
          CASE WHEN OLD.not_assessed = 1 THEN 'na' ELSE coalesce(CAST(OLD.level AS TEXT), '') END AS o,
          CASE WHEN NEW.not_assessed = 1 THEN 'na' ELSE coalesce(CAST(NEW.level AS TEXT), '') END AS n
   UNION ALL SELECT 'evidence', OLD.evidence, NEW.evidence UNION ALL SELECT 'note', OLD.note, NEW.note) k
  WHERE m.assessment = NEW.assessment AND k.o <> k.n;
  UPDATE round_scorecards SET changed_after_visible = 1
  WHERE assessment = NEW.assessment AND seen_others = 1 AND submitted = '';
END;
CREATE TEMP TRIGGER audit_rating_delete AFTER DELETE ON ratings BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), m.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, k.kind, OLD.requirement, k.o, k.n
  FROM cohort_members m JOIN cohorts c ON c.id = m.cohort AND c.kind = 'hiring'
  JOIN assessments a ON a.id = m.assessment AND a.mode = 'assessor',
  (SELECT 'level' AS kind,
          CASE WHEN OLD.not_assessed = 1 THEN 'na' ELSE coalesce(CAST(OLD.level AS TEXT), '') END AS o, '' AS n
   UNION ALL SELECT 'evidence', OLD.evidence, '' UNION ALL SELECT 'note', OLD.note, '') k
  WHERE m.assessment = OLD.assessment AND k.o <> k.n;
  UPDATE round_scorecards SET changed_after_visible = 1
  WHERE assessment = OLD.assessment AND seen_others = 1 AND submitted = '';
END;

CREATE TEMP TRIGGER scorecard_insert AFTER INSERT ON round_scorecards BEGIN
  -- Its author could see the others' once they submitted any scorecard of this candidate in the
  -- round (another assessment of theirs included).
  UPDATE round_scorecards SET changed_after_visible = 0, seen_others = (NEW.submitted <> '' OR EXISTS (
      SELECT 1 FROM round_scorecards s JOIN assessments o ON o.id = s.assessment
      JOIN assessments a ON a.id = NEW.assessment
      WHERE s.cohort = NEW.cohort AND s.seen_others = 1 AND o.assessor_name = a.assessor_name
        AND o.subject_name = a.subject_name
        AND (o.subject_number = '' OR a.subject_number = '' OR o.subject_number = a.subject_number)
        AND (o.subject_organisation = '' OR a.subject_organisation = ''
             OR o.subject_organisation = a.subject_organisation)))
  WHERE cohort = NEW.cohort AND assessment = NEW.assessment;
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, k.kind, '', k.o, k.n
  FROM assessments a,
  (SELECT 'submit' AS kind, '' AS o, NEW.recommendation AS n WHERE NEW.submitted <> ''
   UNION ALL SELECT 'recommendation', '', NEW.recommendation WHERE NEW.submitted = '' AND NEW.recommendation <> ''
   UNION ALL SELECT 'comment', '', NEW.comment WHERE NEW.comment <> '') k
  WHERE a.id = NEW.assessment;
END;
CREATE TEMP TRIGGER scorecard_update AFTER UPDATE OF submitted, recommendation, comment ON round_scorecards BEGIN
  UPDATE round_scorecards SET seen_others = 1
  WHERE cohort = NEW.cohort AND assessment = NEW.assessment AND NEW.submitted <> '' AND seen_others = 0;
  -- The recommendation or comment changed after its author could see the others'.
  UPDATE round_scorecards SET changed_after_visible = 1
  WHERE cohort = NEW.cohort AND assessment = NEW.assessment AND OLD.seen_others = 1
    AND (OLD.recommendation <> NEW.recommendation OR OLD.comment <> NEW.comment);
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, k.kind, '', k.o, k.n
  FROM assessments a,
  (SELECT 'recommendation' AS kind, OLD.recommendation AS o, NEW.recommendation AS n
     WHERE OLD.recommendation <> NEW.recommendation
       AND NOT (OLD.submitted = '' AND NEW.submitted <> '' AND OLD.recommendation = '')
   UNION ALL SELECT 'comment', OLD.comment, NEW.comment WHERE OLD.comment <> NEW.comment
   UNION ALL SELECT 'submit', '', NEW.recommendation WHERE OLD.submitted = '' AND NEW.submitted <> ''
   UNION ALL SELECT 'reopen', OLD.recommendation, '' WHERE OLD.submitted <> '' AND NEW.submitted = '') k
  WHERE a.id = NEW.assessment;
END;

CREATE TEMP TRIGGER consensus_insert AFTER INSERT ON round_consensus BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          kind, item, old, new)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(),
          NEW.candidate_name, NEW.candidate_organisation, NEW.candidate_number, 'consensus', NEW.requirement, '',
          NEW.level || ': ' || NEW.reason || CASE WHEN NEW.recorded_by <> '' THEN ' (' || NEW.recorded_by || ')' ELSE '' END);
END;
CREATE TEMP TRIGGER consensus_update AFTER UPDATE ON round_consensus BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          kind, item, old, new)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(),
          NEW.candidate_name, NEW.candidate_organisation, NEW.candidate_number, 'consensus', NEW.requirement,
          OLD.level || ': ' || OLD.reason || CASE WHEN OLD.recorded_by <> '' THEN ' (' || OLD.recorded_by || ')' ELSE '' END,
          NEW.level || ': ' || NEW.reason || CASE WHEN NEW.recorded_by <> '' THEN ' (' || NEW.recorded_by || ')' ELSE '' END);
END;
CREATE TEMP TRIGGER consensus_delete AFTER DELETE ON round_consensus
WHEN EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort)
BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          kind, item, old, new)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), OLD.cohort, iitalent_actor(), iitalent_os_user(),
          OLD.candidate_name, OLD.candidate_organisation, OLD.candidate_number, 'consensus', OLD.requirement,
          OLD.level || ': ' || OLD.reason || CASE WHEN OLD.recorded_by <> '' THEN ' (' || OLD.recorded_by || ')' ELSE '' END,
          '');
END;
CREATE TEMP TRIGGER decision_insert AFTER INSERT ON round_decisions BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          kind, old, new)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(),
          NEW.candidate_name, NEW.candidate_organisation, NEW.candidate_number, 'decision', '',
          NEW.decision || CASE WHEN NEW.note <> '' THEN ': ' || NEW.note ELSE '' END);
END;
CREATE TEMP TRIGGER decision_update AFTER UPDATE ON round_decisions BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          kind, old, new)
  VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(),
          NEW.candidate_name, NEW.candidate_organisation, NEW.candidate_number, 'decision',
          OLD.decision || CASE WHEN OLD.note <> '' THEN ': ' || OLD.note ELSE '' END,
          NEW.decision || CASE WHEN NEW.note <> '' THEN ': ' || NEW.note ELSE '' END);
END;
CREATE TEMP TRIGGER assessment_delete BEFORE DELETE ON assessments BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), m.cohort, iitalent_actor(), iitalent_os_user(), OLD.subject_name,
         OLD.subject_organisation, OLD.subject_number, OLD.assessor_name, 'deleted', OLD.id, OLD.mode
  FROM cohort_members m JOIN cohorts c ON c.id = m.cohort AND c.kind = 'hiring' WHERE m.assessment = OLD.id;
END;
CREATE TEMP TRIGGER member_insert AFTER INSERT ON cohort_members BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, new)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), NEW.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, 'join', NEW.assessment, a.mode
  FROM assessments a JOIN cohorts c ON c.id = NEW.cohort AND c.kind = 'hiring' WHERE a.id = NEW.assessment;
END;
CREATE TEMP TRIGGER member_delete AFTER DELETE ON cohort_members BEGIN
  INSERT INTO round_audit(at, cohort, login, os_user, candidate_name, candidate_organisation, candidate_number,
                          panel_member, kind, item, old)
  SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), OLD.cohort, iitalent_actor(), iitalent_os_user(), a.subject_name,
         a.subject_organisation, a.subject_number, a.assessor_name, 'leave', OLD.assessment, a.mode
  FROM assessments a JOIN cohorts c ON c.id = OLD.cohort AND c.kind = 'hiring' WHERE a.id = OLD.assessment;
END;
)SQL";

// Version 2 -> 3: the cohorts; 3 -> 4: the rounds' tables; 4 -> 5: scorecards and the audit trail
// (as above, in order).
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

// SQLite's message with its plain cause in front where it has one: "the disk is full (database or
// disk is full)".
QString explained(int code, const QString &sqliteMessage)
{
    const QString plain = SqliteDatabase::explain(code);
    return plain.isEmpty() ? sqliteMessage : CoreText::tr("%1 (%2)").arg(plain, sqliteMessage);
}

class SqliteStatementImpl final : public StoreStatement::Impl
{
public:
    explicit SqliteStatementImpl(SqliteStatement s) : m_s(std::move(s)) {}
    void bindText(int index, const QString &value) override { m_s.bind(index, value); }
    void bindInteger(int index, qint64 value) override { m_s.bind(index, value); }
    void bindNull(int index) override { m_s.bindNull(index); }
    bool step() override { return m_s.step(); }
    Status run() override { return m_s.run(); }
    void reset() override { m_s.reset(); }
    QString text(int column) const override { return m_s.text(column); }
    QByteArray rawText(int column) const override { return m_s.rawText(column); }
    qint64 integer(int column) const override { return m_s.integer(column); }
    bool isNull(int column) const override { return m_s.isNull(column); }
    bool failed() const override { return m_s.failed(); }
    QString error() const override { return m_s.error(); }

private:
    SqliteStatement m_s;
};

// Creating, checking and upgrading a store file, before anyone reads from it.
class FileSetup
{
public:
    FileSetup(SqliteDatabase &db, const QString &path) : m_db(db), m_path(path) {}
    Status prepare();
    QString migrationBackup;
    int migratedFrom = 0;

private:
    Status readFileHeader(qint64 &appId, int &version, qint64 &objects);
    Status checkIntegrity();
    Status migrate(int from);
    Status inTransaction(const std::function<Status()> &work);
    QString failed(const QString &sqliteMessage) const { return explained(m_db.lastErrorCode(), sqliteMessage); }

    SqliteDatabase &m_db;
    QString m_path;
};

Status FileSetup::inTransaction(const std::function<Status()> &work)
{
    if (Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;")); !s)
        return Status::failure(failed(s.error()));
    Status s = work();
    if (!s) {
        const QString why = failed(s.error()); // before ROLLBACK resets the code
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        return Status::failure(why);
    }
    if (Status c = m_db.exec(QStringLiteral("COMMIT;")); !c) {
        const QString why = failed(c.error());
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        return Status::failure(why);
    }
    return {};
}

Status FileSetup::readFileHeader(qint64 &appId, int &version, qint64 &objects)
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
    if (!fresh && appId != AssessmentStore::ApplicationId)
        return Status::failure(CoreText::tr("it is an SQLite database, but not an iitalent assessment database"));
    if (version > AssessmentStore::SchemaVersion)
        return Status::failure(
            CoreText::tr("it was written by a newer iitalent (database version %1; this iitalent reads up "
                         "to version %2). It was left untouched: use the newer iitalent to open it.")
                .arg(version)
                .arg(AssessmentStore::SchemaVersion));
    return {};
}

Status FileSetup::prepare()
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
    if (objects > 0 && version == AssessmentStore::SchemaVersion) {
        if (Status s = m_db.exec(pragmas); !s)
            return Status::failure(failed(s.error()));
        return {};
    }

    // Creating or upgrading: one process at a time, and look again once it is our turn.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(AssessmentStore::BusyTimeoutMs)) {
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
                                 .arg(AssessmentStore::ApplicationId)
                                 .arg(AssessmentStore::SchemaVersion));
        });
    }
    if (version < AssessmentStore::SchemaVersion)
        return migrate(version);
    return {};
}

Status FileSetup::checkIntegrity()
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
    const QStringList backups = AssessmentStore::backupsOf(m_path);
    if (!backups.isEmpty())
        recovery = CoreText::tr(" Copies made before upgrades: %1.").arg(backups.join(QStringLiteral(", ")));
    return Status::failure(
        CoreText::tr("it is damaged (%1). Nothing was read from it or written to it. Keep the file as it is; "
                     "restore your latest copy of it, or save what can be saved with "
                     "`sqlite3 %2 .recover | sqlite3 recovered.sqlite`.%3")
            .arg(problems.first(), m_path, recovery));
}

Status FileSetup::migrate(int from)
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
            if (Status st = m_db.exec(tablesBetween("CREATE TABLE round_must_haves(", "ALTER TABLE ratings ADD")); !st)
                return Status::failure(CoreText::tr("upgrading from version 3: %1").arg(st.error()));
        }
        if (from <= 4) {
            if (Status st = m_db.exec(tablesBetween("ALTER TABLE ratings ADD", nullptr)); !st)
                return Status::failure(CoreText::tr("upgrading from version 4: %1").arg(st.error()));
        }
        return m_db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(AssessmentStore::SchemaVersion));
    });
    if (!s)
        return Status::failure(CoreText::tr("%1. Nothing was changed; a backup is at %2").arg(s.error(), backup));
    migrationBackup = backup;
    migratedFrom = from;
    return {};
}

} // namespace

Result<OpenedStore> openSqliteStore(const QString &path)
{
    using Out = Result<OpenedStore>;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Out::failure(CoreText::tr("%1 is not a file.").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Out::failure(
                CoreText::tr("Cannot create the folder %1 for the assessment database.").arg(info.absolutePath()));
        // Create the file owner-only before SQLite writes anything into it; SQLite gives its
        // journal files the same permissions. Another process may have just created it.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.close();
        } else if (!QFileInfo::exists(path)) {
            return Out::failure(
                CoreText::tr("Cannot create the assessment database %1: %2").arg(path, file.errorString()));
        }
    }
    SqliteDatabase db;
    if (Status s = db.open(path, SqliteDatabase::Mode::ReadWriteCreate); !s)
        return Out::failure(CoreText::tr("Cannot open the assessment database %1: %2")
                                .arg(path, explained(db.lastErrorCode(), s.error())));
    db.setBusyTimeout(AssessmentStore::BusyTimeoutMs);
    FileSetup setup(db, path);
    if (Status s = setup.prepare(); !s)
        return Out::failure(CoreText::tr("The assessment database %1 cannot be used: %2").arg(path, s.error()));
    auto connection = std::make_unique<SqliteStoreConnection>(std::move(db), path);
    if (Status s = connection->installRoundRules(); !s)
        return Out::failure(CoreText::tr("The assessment database %1 cannot be used: %2").arg(path, s.error()));
    OpenedStore opened;
    opened.location = path;
    opened.migrationBackup = setup.migrationBackup;
    opened.migratedFrom = setup.migratedFrom;
    opened.db = std::move(connection);
    return opened;
}

namespace {

void actorFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *text = static_cast<const QByteArray *>(sqlite3_user_data(context));
    sqlite3_result_text(context, text->constData(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
}

QByteArray operatingSystemUser()
{
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QByteArray(pw->pw_name);
    return qgetenv("USER");
}

} // namespace

Status SqliteStoreConnection::installRoundRules()
{
    m_osUser = operatingSystemUser();
    sqlite3 *h = m_db.handle();
    for (auto [name, text] : {std::pair<const char *, QByteArray *>{"iitalent_actor", &m_actor},
                              std::pair<const char *, QByteArray *>{"iitalent_os_user", &m_osUser}}) {
        if (sqlite3_create_function_v2(h, name, 0, SQLITE_UTF8, text, actorFunction, nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            return Status::failure(m_db.lastError());
    }
    return m_db.exec(QString::fromUtf8(kRoundTriggers));
}

Result<int> SqliteStoreConnection::forgetAudit(const Subject &person)
{
    return store::deleteRowsAbout(*this, "round_audit", person);
}

void SqliteStoreConnection::setActor(const QString &name)
{
    m_actor = name.toUtf8();
}

Status SqliteStoreConnection::exec(const QString &sql)
{
    return m_db.exec(sql);
}

Result<StoreStatement> SqliteStoreConnection::prepare(const QString &sql)
{
    auto s = m_db.prepare(sql);
    if (!s)
        return Result<StoreStatement>::failure(s.error());
    return StoreStatement(std::make_unique<SqliteStatementImpl>(std::move(s).value()));
}

Status SqliteStoreConnection::begin()
{
    return m_db.exec(QStringLiteral("BEGIN IMMEDIATE;"));
}

bool SqliteStoreConnection::hasTable(const QString &name)
{
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    if (!q)
        return false;
    q->bind(1, name);
    return q->step();
}

std::optional<qint64> SqliteStoreConnection::dataVersion()
{
    auto q = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    if (!q || !q->step())
        return std::nullopt;
    return q->integer(0);
}

QString SqliteStoreConnection::lastFailureCause() const
{
    return SqliteDatabase::explain(m_db.lastErrorCode());
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

void SqliteStoreConnection::afterForget(const Subject &person, const QStringList &ids, QStringList &cleanedBackups,
                                        QStringList &problems)
{
    // The deleted pages are overwritten in the WAL; the old ones stay in the main file until a
    // checkpoint copies the new ones over them, which a reader of an older snapshot prevents.
    auto checkpoint = m_db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint || !checkpoint->step()) {
        const QString why = !checkpoint            ? explained(m_db.lastErrorCode(), checkpoint.error())
                            : checkpoint->failed() ? explained(m_db.lastErrorCode(), checkpoint->error())
                                                   : CoreText::tr("no answer");
        problems << CoreText::tr("%1: the removed assessments could not be overwritten in the file yet: %2")
                        .arg(m_path, why);
    } else if (checkpoint->integer(0) != 0) {
        problems << CoreText::tr(
                        "%1: the removed assessments are gone from iitalent, but their old pages are still in the "
                        "file, because another program (an open iitalent window, a report being written) is "
                        "still reading it. Close it and run this again to overwrite them.")
                        .arg(m_path);
    }

    // The backups written before upgrades hold the person too: remove them from those as well.
    for (const QString &backup : AssessmentStore::backupsOf(m_path)) {
        if (QFileInfo(backup).size() == 0)
            continue; // a backup that an upgrade could not write (a full disk) holds nobody
        SqliteDatabase opened;
        Status st = opened.open(backup, SqliteDatabase::Mode::ReadWriteCreate);
        SqliteStoreConnection backupConnection(std::move(opened));
        SqliteDatabase &db = backupConnection.database();
        if (st) {
            db.setBusyTimeout(AssessmentStore::BusyTimeoutMs);
            st = db.exec(QStringLiteral("PRAGMA secure_delete = ON; BEGIN IMMEDIATE;"));
        }
        int removed = 0;
        if (st) {
            auto r = store::deleteAssessments(backupConnection, person, ids);
            auto records = r ? store::deleteRoundRecords(backupConnection, person) : Result<int>(0);
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
            problems << CoreText::tr("%1: this backup could not be cleaned of the person: %2").arg(backup, why);
            continue;
        }
        if (removed > 0)
            cleanedBackups << backup;
    }
}

} // namespace iitalent
