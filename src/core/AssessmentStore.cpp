#include "AssessmentStore.h"

#include "CoreText.h"
#include "StoreInternal.h"
#include "StorePostgres.h"
#include "StoreSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>

namespace iitalent {

namespace {

QDateTime parseTime(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

// An engine's message with its plain cause in front where it has one: "the disk is full
// (database or disk is full)".
QString explained(const QString &cause, const QString &engineMessage)
{
    if (cause.isEmpty() || engineMessage.startsWith(cause)) // said already (a lost team store)
        return engineMessage;
    return CoreText::tr("%1 (%2)").arg(cause, engineMessage);
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

QString AssessmentStore::identity(const QString &location)
{
    if (isTeamStoreAddress(location)) {
        auto address = TeamStoreAddress::parse(location);
        return address ? address.value().display() : location;
    }
    const QFileInfo file(location);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : canonical;
}

Result<AssessmentStore> AssessmentStore::open(const QString &location)
{
    auto opened = isTeamStoreAddress(location) ? openPostgresStore(location) : openSqliteStore(location);
    if (!opened)
        return fail<AssessmentStore>(opened.error());
    AssessmentStore store;
    store.m_db = std::move(opened->db);
    store.m_path = opened->location;
    store.m_migrationBackup = opened->migrationBackup;
    store.m_migratedFrom = opened->migratedFrom;
    return store;
}

AssessmentStore::AssessmentStore() = default;
AssessmentStore::~AssessmentStore() = default;
AssessmentStore::AssessmentStore(AssessmentStore &&) noexcept = default;
AssessmentStore &AssessmentStore::operator=(AssessmentStore &&) noexcept = default;

QString AssessmentStore::failed(const QString &engineMessage) const
{
    const QString cause = m_failureCause.isEmpty() ? m_db->lastFailureCause() : m_failureCause;
    m_failureCause.clear(); // used once: the next failure has its own
    return explained(cause, engineMessage);
}

Status AssessmentStore::transaction(const std::function<Status()> &work)
{
    Status s = inTransaction(work);
    if (s)
        return s;
    const QString cause = m_failureCause;
    m_failureCause.clear();
    return Status::failure(cause.isEmpty() || s.error().contains(cause) ? s.error() : explained(cause, s.error()));
}

bool AssessmentStore::isTeamStore() const
{
    return isTeamStoreAddress(m_path);
}

std::optional<qint64> AssessmentStore::dataVersion()
{
    if (m_transactionDepth > 0)
        return std::nullopt;
    return m_db->dataVersion();
}

Status AssessmentStore::inTransaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        // Within another: it is all or nothing with the outer one, which commits or rolls back.
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        if (!s && m_failureCause.isEmpty())
            m_failureCause = m_db->lastFailureCause();
        return s;
    }
    struct Depth
    {
        int &depth;
        explicit Depth(int &d) : depth(d) { ++depth; }
        ~Depth() { --depth; }
    };
    m_failureCause.clear();
    if (Status s = m_db->begin(); !s) {
        m_failureCause = m_db->lastFailureCause();
        return s;
    }
    Status s = [&] {
        Depth inside(m_transactionDepth);
        return work();
    }();
    if (!s) {
        if (m_failureCause.isEmpty())
            m_failureCause = m_db->lastFailureCause(); // before ROLLBACK resets it
        (void)m_db->exec(QStringLiteral("ROLLBACK;"));
        return s;
    }
    if (Status c = m_db->exec(QStringLiteral("COMMIT;")); !c) {
        m_failureCause = m_db->lastFailureCause();
        (void)m_db->exec(QStringLiteral("ROLLBACK;"));
        return c;
    }
    return {};
}

bool AssessmentStore::contains(const QString &id)
{
    auto q = m_db->prepare(QStringLiteral("SELECT 1 FROM assessments WHERE id = ?"));
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
    auto q = m_db->prepare(QStringLiteral("SELECT id FROM assessments WHERE substr(id, 1, ?) = ? LIMIT 2"));
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
        auto delRatings = m_db->prepare(QStringLiteral("DELETE FROM ratings WHERE assessment = ?"));
        if (!delRatings)
            return Status::failure(delRatings.error());
        delRatings->bind(1, a.id);
        if (Status s = delRatings->run(); !s)
            return s;
    }
    auto ins = m_db->prepare(QStringLiteral(
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
    auto rat = m_db->prepare(
        QStringLiteral("INSERT INTO ratings(assessment, requirement, level, evidence, note, rated_at, not_assessed) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
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
        rat->bind(7, static_cast<qint64>(!r.level && r.notAssessed));
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
    if (change.evidence)
        if (Status s = checkRatingText(RatingText::Evidence, *change.evidence); !s)
            return fail<Rating>(s.error());
    if (change.note)
        if (Status s = checkRatingText(RatingText::Note, *change.note); !s)
            return fail<Rating>(s.error());
    Rating stored;
    Status status = inTransaction([&]() -> Status {
        auto upd = m_db->prepare(QStringLiteral("UPDATE assessments SET updated = ? WHERE id = ?"));
        if (!upd)
            return Status::failure(upd.error());
        upd->bind(1, isoUtc(when)).bind(2, id);
        if (Status s = upd->run(); !s)
            return s;
        if (m_db->changes() == 0)
            return Status::failure(CoreText::tr("there is no assessment %1").arg(id));
        // One statement writes the given fields and keeps the stored ones: no value read earlier
        // is written back.
        auto up = m_db->prepare(QStringLiteral(
            "INSERT INTO ratings(assessment, requirement, level, evidence, note, rated_at, not_assessed) "
            "VALUES (?1, ?2, CASE WHEN ?3 = 1 THEN CAST(?4 AS INTEGER) END, coalesce(?5, ''), coalesce(?6, ''), ?7, "
            "CASE WHEN ?3 = 1 THEN CAST(?8 AS INTEGER) ELSE 0 END) "
            "ON CONFLICT(assessment, requirement) DO UPDATE SET "
            "level = CASE WHEN ?3 = 1 THEN excluded.level ELSE ratings.level END, "
            "not_assessed = CASE WHEN ?3 = 1 THEN excluded.not_assessed ELSE ratings.not_assessed END, "
            "evidence = CASE WHEN ?5 IS NULL THEN ratings.evidence ELSE excluded.evidence END, "
            "note = CASE WHEN ?6 IS NULL THEN ratings.note ELSE excluded.note END, "
            "rated_at = CASE WHEN ?3 = 1 THEN excluded.rated_at ELSE ratings.rated_at END"));
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
        up->bind(8, static_cast<qint64>(change.level && !*change.level && change.notAssessed));
        if (Status s = up->run(); !s)
            return s;
        auto tidy = m_db->prepare(QStringLiteral("DELETE FROM ratings WHERE assessment = ? AND requirement = ? AND "
                                                 "level IS NULL AND not_assessed = 0 AND evidence = '' AND note = ''"));
        if (!tidy)
            return Status::failure(tidy.error());
        tidy->bind(1, id).bind(2, change.requirement);
        if (Status s = tidy->run(); !s)
            return s;
        auto now = m_db->prepare(
            QStringLiteral("SELECT level, evidence, note, not_assessed FROM ratings WHERE assessment = ? AND "
                           "requirement = ?"));
        if (!now)
            return Status::failure(now.error());
        now->bind(1, id).bind(2, change.requirement);
        stored.requirement = change.requirement;
        if (now->step()) {
            if (!now->isNull(0))
                stored.level = static_cast<int>(now->integer(0));
            stored.evidence = now->text(1);
            stored.note = now->text(2);
            stored.notAssessed = now->integer(3) != 0;
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

void readHeader(StoreStatement &q, Assessment &a)
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
    auto q = m_db->prepare(QString::fromLatin1(kSelectAssessment) + QStringLiteral("WHERE id = ?"));
    if (!q)
        return fail<Assessment>(q.error());
    q->bind(1, id);
    if (!q->step())
        return fail<Assessment>(q->failed() ? q->error() : CoreText::tr("there is no assessment %1").arg(id));
    Assessment a;
    readHeader(q.value(), a);
    auto r = m_db->prepare(QStringLiteral("SELECT requirement, level, evidence, note, not_assessed FROM ratings WHERE "
                                          "assessment = ?"));
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
        rating.notAssessed = r->integer(4) != 0;
        a.ratings.push_back(std::move(rating));
    }
    if (r->failed())
        return fail<Assessment>(r->error());
    sortRatings(a.ratings);
    return a;
}

Result<std::map<QString, QDateTime>> AssessmentStore::ratedTimes(const QString &id)
{
    auto r = m_db->prepare(QStringLiteral("SELECT requirement, rated_at FROM ratings WHERE assessment = ?"));
    if (!r)
        return fail<std::map<QString, QDateTime>>(r.error());
    r->bind(1, id);
    std::map<QString, QDateTime> times;
    while (r->step())
        times[r->text(0)] = parseTime(r->text(1));
    if (r->failed())
        return fail<std::map<QString, QDateTime>>(r->error());
    return times;
}

Result<std::vector<AssessmentSummary>> AssessmentStore::list()
{
    auto q = m_db->prepare(QStringLiteral(
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
    auto levels = m_db->prepare(QStringLiteral("SELECT assessment, requirement, level, not_assessed FROM ratings "
                                               "WHERE level IS NOT NULL OR not_assessed = 1"));
    if (!levels)
        return fail<std::vector<AssessmentSummary>>(levels.error());
    while (levels->step()) {
        const auto it = row.constFind(levels->text(0));
        if (it == row.cend())
            continue;
        Rating r;
        r.requirement = levels->text(1);
        if (!levels->isNull(2))
            r.level = static_cast<int>(levels->integer(2));
        r.notAssessed = levels->integer(3) != 0;
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

// The name narrows with the index, the same-person rule decides on number and organisation.
Result<QStringList> store::idsOfPerson(StoreConnection &db, const Subject &person, const QString &role)
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

Result<std::vector<Assessment>> AssessmentStore::assessmentsOf(const Subject &person, const QString &role)
{
    auto ids = store::idsOfPerson(*m_db, person, role);
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
        auto del = m_db->prepare(QStringLiteral("DELETE FROM assessments WHERE id = ?"));
        if (!del)
            return Status::failure(del.error());
        del->bind(1, id);
        if (Status s = del->run(); !s)
            return s;
        if (m_db->changes() == 0)
            return Status::failure(CoreText::tr("there is no assessment %1").arg(id));
        return {};
    });
}

Result<int> store::deleteAssessments(StoreConnection &db, const Subject &person, QStringList ids)
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
    std::optional<StoreStatement> delMembers;
    if (db.hasTable(QStringLiteral("cohort_members"))) {
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

// The consensus levels and decisions whose candidate is the person (isSamePerson); a database
// without round tables (older than version 4) has none.
Result<int> store::deleteRoundRecords(StoreConnection &db, const Subject &person)
{
    if (person.name.isEmpty())
        return 0;
    int removed = 0;
    for (const char *table : {"round_consensus", "round_decisions"}) {
        auto r = deleteRowsAbout(db, table, person);
        if (!r)
            return r;
        removed += r.value();
    }
    // The audit trail names the person too (engines guard it differently: StoreConnection).
    if (db.hasTable(QStringLiteral("round_audit"))) {
        auto r = db.forgetAudit(person);
        if (!r)
            return r;
        removed += r.value();
    }
    return removed;
}

Result<int> store::deleteRowsAbout(StoreConnection &db, const char *table, const Subject &person)
{
    int removed = 0;
    if (!db.hasTable(QString::fromLatin1(table)))
        return 0;
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
    return removed;
}

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
        auto removed = store::deleteAssessments(*m_db, Subject(), ids);
        if (!removed)
            return Status::failure(removed.error());
        out.removed = removed.value();
        // What hiring rounds recorded about the person goes too (their name is in it).
        auto records = store::deleteRoundRecords(*m_db, person);
        if (!records)
            return Status::failure(records.error());
        return {};
    });
    if (!s)
        return fail<Forgotten>(failed(s.error()));

    // What the engine does beyond deleting rows (the file's freed pages, the backups beside it).
    m_db->afterForget(person, ids, out.cleanedBackups, out.problems);
    return out;
}

} // namespace iitalent
