#pragma once

#include "Assessment.h"
#include "Cohort.h"
#include "Result.h"
#include "StoreConnection.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace iitalent {

// A line of the list of saved assessments.
struct AssessmentSummary final
{
    QString id;
    QString role;
    Mode mode = Mode::Self;
    Subject subject;
    QString assessorName;
    QDateTime created;
    QDateTime updated;
    int answered = 0;
    // The levels given (no evidence or notes), so that a list can show readiness and completeness.
    std::vector<Rating> levels;

    // The assessment as far as scoring needs it (its levels, no evidence or notes).
    Assessment forScoring() const;
};

// The user's assessments (never the catalog), in one of two engines behind one interface
// (StoreConnection): their own SQLite file, or a team store on a PostgreSQL server. Every change
// is one transaction committed as it is made, so a crash loses at most the change being written.
// A database of a newer iitalent is refused untouched; an older one is upgraded in one
// transaction.
// SQLite (StoreSqlite.cpp): WAL journal, synchronous=FULL; the file is created owner-only; a
// backup copy is written beside the file before an upgrade. Several processes may share the
// file: they wait for each other (busy timeout).
// PostgreSQL (StorePostgres.cpp): the server's roles and row-level security decide who may read
// and write what (team init).
class AssessmentStore final
{
public:
    static constexpr int SchemaVersion = 5;
    // PRAGMA application_id of a store ("iita").
    static constexpr int ApplicationId = 0x69697461;
    static constexpr int BusyTimeoutMs = 10000;

    // The default file: assessments.sqlite in the platform's application data folder.
    static QString defaultPath();
    // --db PATH, else IITALENT_DB, else the default.
    static QString resolvePath(const QString &explicitPath);
    // Which store a location names, the same however it is written: a file's canonical path (its
    // clean absolute path before it exists), a team store's address without its password. For
    // telling stores apart (the window that takes opened files); not for showing.
    static QString identity(const QString &location);

    // Opens the store at `location`: a file (SQLite), or a team store's address
    // postgresql://user@host:port/dbname?sslmode=... (PostgreSQL; see StorePostgres.h).
    static Result<AssessmentStore> open(const QString &location);

    ~AssessmentStore();
    AssessmentStore(AssessmentStore &&) noexcept;
    AssessmentStore &operator=(AssessmentStore &&) noexcept;

    // The file, or the team store's address (without a password).
    const QString &path() const { return m_path; }
    // The backup written before this open migrated an older schema, or empty.
    const QString &migrationBackup() const { return m_migrationBackup; }
    int migratedFrom() const { return m_migratedFrom; }

    bool contains(const QString &id);
    // A full id, or a unique prefix of one (at least 4 characters).
    Result<QString> resolveId(const QString &idOrPrefix);

    // Adds a new assessment (its ratings too) in one transaction; fails if the id exists.
    Status insert(const Assessment &assessment);
    // Adds an assessment, replacing one with the same id (which stays in its cohorts), in one
    // transaction.
    Status replace(const Assessment &assessment);
    // Changes the fields of one rating that `change` gives, and the assessment's update time, in
    // one transaction; the other fields keep what is stored (another process may have written
    // them). A rating left with no level, evidence or note is removed. Returns the rating as it is
    // stored now (empty when removed).
    Result<Rating> setRating(const QString &id, const RatingChange &change, const QDateTime &when);
    // Sets every field of one rating (an empty rating removes it).
    Status setRating(const QString &id, const Rating &rating, const QDateTime &when);

    Result<Assessment> load(const QString &id);
    // When each stored rating of an assessment was last given a level (or marked), by requirement:
    // the store's rated_at. RepeatRound tells carried-over answers by it.
    Result<std::map<QString, QDateTime>> ratedTimes(const QString &id);
    Result<std::vector<AssessmentSummary>> list();
    // The assessments of a person (isSamePerson: the name, and the number and organisation where
    // `person` and the assessment both give one), optionally of one role, oldest first (those
    // created in the same second in the order they were stored).
    Result<std::vector<Assessment>> assessmentsOf(const Subject &person, const QString &role = QString());

    // Removes one assessment and its ratings; fails when there is none with this id.
    Status remove(const QString &id);
    // What forgetPerson did. `problems` lists every file it could not clean (and why); the
    // assessments counted in `removed` are gone from the store even then.
    struct Forgotten
    {
        int removed = 0;
        QStringList cleanedBackups;
        QStringList problems;
    };
    // Removes the assessments `ids` (those that a person was shown: nothing else, even if it was
    // stored meanwhile), in one transaction. Deleted content is overwritten in the file
    // (secure_delete) and the journal is checkpointed and emptied; when a reader keeps the old
    // pages, that is a problem. The backups that upgrades left beside the file (found by their
    // exact names) are cleaned of `ids` and of every assessment of `person` (isSamePerson).
    Result<Forgotten> forget(const Subject &person, const QStringList &ids);
    // forget() of every assessment of a person that is stored now.
    Result<Forgotten> forgetPerson(const Subject &person);
    // --- Cohorts (AssessmentStoreCohorts.cpp) ---
    // Stores a new cohort. Its name (trimmed) must be new and not empty; its date yyyy-MM-dd or
    // empty; the roles' codes are not checked against a catalog here.
    Result<Cohort> createCohort(Cohort cohort);
    // Every cohort, by name, with its member count.
    Result<std::vector<Cohort>> cohorts();
    Result<Cohort> cohort(const QString &name);
    // Deletes a cohort and its membership list; the assessments stay.
    Status deleteCohort(const QString &name);
    struct Added
    {
        int added = 0;          // became members now
        int alreadyPresent = 0; // were members already
    };
    // Makes stored assessments members of a cohort, in one transaction.
    Result<Added> addToCohort(qint64 cohort, const QStringList &ids);
    // Ends the membership of `ids` in a cohort (one transaction); returns how many were members.
    Result<int> removeFromCohort(qint64 cohort, const QStringList &ids);
    // The names of the cohorts an assessment belongs to.
    Result<QStringList> cohortsOf(const QString &id);
    // A cohort's member assessments with their levels (no evidence or notes), in the order they
    // joined; only those of `role` and `mode` when given.
    Result<std::vector<AssessmentSummary>> cohortMembers(qint64 cohort, const QString &role = QString(),
                                                         std::optional<Mode> mode = std::nullopt);

    // What became of one assessment brought into a cohort from a file.
    struct Collected
    {
        enum class Kind {
            Imported,      // it was not stored: stored now
            Identical,     // stored already with the same content
            Conflict,      // stored with different content: left as it was, not added
            ReplacedOlder, // stored with different content, older: replaced (replaceWithNewer)
            KeptNewer,     // stored with different content, newer or as new: kept (replaceWithNewer)
        };
        Kind kind = Kind::Imported;
        bool wasMember = false;  // a member of the cohort before
        QDateTime storedUpdated; // the stored assessment's update time, when it was stored
    };
    // Brings assessments read from files into a cohort, all in one transaction: each is stored
    // when new, compared with the stored one when its id is known, and made a member unless it
    // is an unresolved conflict. With `replaceWithNewer` a conflict keeps whichever of the two
    // was updated later (the stored one on a tie).
    Result<std::vector<Collected>> collectIntoCohort(qint64 cohort, const std::vector<Assessment> &incoming,
                                                     bool replaceWithNewer);

    // --- Hiring rounds (AssessmentStoreCohorts.cpp): what a round records about its candidates ---
    // The round's must-have requirements (replacing those set before), in one transaction.
    Status setMustHaves(qint64 cohort, const QStringList &requirements);
    Result<QStringList> mustHaves(qint64 cohort);
    // Records (or changes) the consensus level of one item of one candidate. The reason is
    // required and the level 0..4; the candidate is stored as given (their merged subject).
    Status setConsensus(qint64 cohort, const RoundConsensus &consensus);
    // Withdraws it; fails when there is none for that candidate and item.
    Status withdrawConsensus(qint64 cohort, const Subject &candidate, const QString &requirement);
    Result<std::vector<RoundConsensus>> consensus(qint64 cohort);
    // Records the decision about a candidate (shortlist, hold or reject), replacing an earlier one.
    Status setDecision(qint64 cohort, const RoundDecision &decision);
    Result<std::vector<RoundDecision>> decisions(qint64 cohort);
    // The scorecards of the round's panel (those visible to this login on a team store).
    Result<std::vector<RoundScorecard>> scorecards(qint64 cohort);
    // Submits (or, with `submit` false, reopens) the scorecard that `assessment` is in a round,
    // with the recommendation and comment (kept as stored when null). The checks of what may be
    // submitted are the round's (submitScorecard in HiringRound.h); the server checks who.
    Status setScorecard(qint64 cohort, const QString &assessment, bool submit, const QString &recommendation,
                        const QString &comment);
    // Writes a scorecard as it is in another store (store copy): its time and marks too.
    Status putScorecard(qint64 cohort, const RoundScorecard &card);
    // The round's audit trail, oldest first (an admin's to read on a team store).
    Result<std::vector<RoundAuditEntry>> audit(qint64 cohort);
    // On a team store: the login, the name an admin gave it (an interviewer's name in rounds; the
    // login when none) and its role (admin, assessor, participant; admin for the owner).
    struct TeamLogin
    {
        QString login;
        QString name;
        QString role;
    };
    Result<TeamLogin> teamLogin();
    // Who is acting on a file store: the name the window or `--as` rates as, which the audit trail
    // records beside the operating-system user. (A team store records its login.)
    void setActor(const QString &name);

    // Runs `work` (calls of this store's methods) in one transaction: all of it is stored, or
    // nothing when it fails. The methods' own transactions become part of it.
    Status transaction(const std::function<Status()> &work);
    // Whether this is a team store (PostgreSQL) rather than a file.
    bool isTeamStore() const;
    // For a file store: a number that changes when another process (the kiosk, iitalent-cli, a
    // second window) has committed to the file since, never for this store's own writes (SQLite's
    // data_version). nullopt for a team store, which announces its changes (TeamStoreWatcher),
    // and inside a transaction. FileStoreWatcher asks it.
    std::optional<qint64> dataVersion();
    // Whether the store answers now: false after a team store's server went away, until a call
    // finds it back (each call tries to connect again).
    bool isReachable() const { return m_db->isConnected(); }

    // The upgrade backups beside a store file: "<file>.v<N>-backup-<time>[-<n>].sqlite".
    static QStringList backupsOf(const QString &path);

private:
    AssessmentStore();
    Status writeAssessment(const Assessment &a, bool replacing);
    Status inTransaction(const std::function<Status()> &work);
    // A failure of the last call on m_db (or of the work inTransaction ran), explained:
    // "<plain cause> (<the engine's words>)".
    QString failed(const QString &engineMessage) const;

    std::unique_ptr<StoreConnection> m_db;
    QString m_path;
    QString m_migrationBackup;
    int m_migratedFrom = 0;
    mutable QString m_failureCause; // why the work in inTransaction failed, read before ROLLBACK
    int m_transactionDepth = 0;     // inTransaction within inTransaction joins the outer one
};

} // namespace iitalent
