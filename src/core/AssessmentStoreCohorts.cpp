// The cohort part of AssessmentStore: cohorts, their members, and bringing assessments from
// files into one.
#include "AssessmentStore.h"

#include "CoreText.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace iitalent {

namespace {

template <typename T>
Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

QDateTime parseTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

Result<Cohort> AssessmentStore::createCohort(Cohort cohort)
{
    cohort.name = cohort.name.trimmed();
    if (cohort.name.isEmpty())
        return fail<Cohort>(CoreText::tr("a cohort needs a name"));
    if (cohort.name.size() > Limits::NameLength)
        return fail<Cohort>(CoreText::tr("a cohort's name has at most %1 characters").arg(Limits::NameLength));
    if (cohort.note.size() > Limits::TextLength)
        return fail<Cohort>(CoreText::tr("a cohort's note has at most %1 characters").arg(Limits::TextLength));
    if (!cohort.date.isEmpty() && !QDate::fromString(cohort.date, Qt::ISODate).isValid())
        return fail<Cohort>(CoreText::tr("%1 is not a date of the form 2026-12-01").arg(cohort.date));
    QStringList roles;
    for (const QString &r : cohort.roles)
        if (!roles.contains(r.trimmed()) && !r.trimmed().isEmpty())
            roles << r.trimmed();
    cohort.roles = roles;
    cohort.created = nowUtc();
    Status s = inTransaction([&]() -> Status {
        auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM cohorts WHERE name = ?"));
        if (!exists)
            return Status::failure(exists.error());
        exists->bind(1, cohort.name);
        if (exists->step())
            return Status::failure(CoreText::tr("there is already a cohort named %1").arg(cohort.name));
        auto ins = m_db->prepare(QStringLiteral(
            "INSERT INTO cohorts(name, kind, held_on, note, created) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        if (!ins)
            return Status::failure(ins.error());
        ins->bind(1, cohort.name)
            .bind(2, cohortKindId(cohort.kind))
            .bind(3, cohort.date)
            .bind(4, cohort.note)
            .bind(5, isoUtc(cohort.created));
        if (!ins->step())
            return Status::failure(ins->failed() ? ins->error() : CoreText::tr("the new cohort got no number"));
        cohort.id = ins->integer(0);
        ins->reset(); // finishes the INSERT
        auto role = m_db->prepare(QStringLiteral("INSERT INTO cohort_roles(cohort, position, role) VALUES (?, ?, ?)"));
        if (!role)
            return Status::failure(role.error());
        for (int i = 0; i < cohort.roles.size(); ++i) {
            role->bind(1, cohort.id).bind(2, static_cast<qint64>(i)).bind(3, cohort.roles.at(i));
            if (Status st = role->run(); !st)
                return st;
        }
        return {};
    });
    if (!s)
        return fail<Cohort>(failed(s.error()));
    cohort.members = 0;
    return cohort;
}

Result<std::vector<Cohort>> AssessmentStore::cohorts()
{
    auto q = m_db->prepare(
        QStringLiteral("SELECT c.id, c.name, c.kind, c.held_on, c.note, c.created, "
                       "(SELECT count(*) FROM cohort_members m WHERE m.cohort = c.id) FROM cohorts c ORDER BY c.name"));
    auto roles = m_db->prepare(QStringLiteral("SELECT cohort, role FROM cohort_roles ORDER BY cohort, position"));
    if (!q || !roles)
        return fail<std::vector<Cohort>>(failed(!q ? q.error() : roles.error()));
    QHash<qint64, QStringList> rolesOf;
    while (roles->step())
        rolesOf[roles->integer(0)] << roles->text(1);
    if (roles->failed())
        return fail<std::vector<Cohort>>(failed(roles->error()));
    std::vector<Cohort> out;
    while (q->step()) {
        Cohort c;
        c.id = q->integer(0);
        c.name = q->text(1);
        c.kind = cohortKindFromId(q->text(2)).value_or(CohortKind::Workshop);
        c.date = q->text(3);
        c.note = q->text(4);
        c.created = parseTime(q->text(5));
        c.members = static_cast<int>(q->integer(6));
        c.roles = rolesOf.value(c.id);
        out.push_back(std::move(c));
    }
    if (q->failed())
        return fail<std::vector<Cohort>>(failed(q->error()));
    return out;
}

Result<Cohort> AssessmentStore::cohort(const QString &name)
{
    auto all = cohorts();
    if (!all)
        return fail<Cohort>(all.error());
    const QString key = name.trimmed();
    for (Cohort &c : all.value())
        if (c.name == key)
            return std::move(c);
    return fail<Cohort>(CoreText::tr("there is no cohort named %1").arg(name));
}

Status AssessmentStore::deleteCohort(const QString &name)
{
    Status s = inTransaction([&]() -> Status {
        auto del = m_db->prepare(QStringLiteral("DELETE FROM cohorts WHERE name = ?"));
        if (!del)
            return Status::failure(del.error());
        del->bind(1, name.trimmed());
        if (Status st = del->run(); !st)
            return st;
        if (m_db->changes() == 0)
            return Status::failure(CoreText::tr("there is no cohort named %1").arg(name));
        return {};
    });
    return s ? s : Status::failure(failed(s.error()));
}

Result<AssessmentStore::Added> AssessmentStore::addToCohort(qint64 cohort, const QStringList &ids)
{
    Added out;
    Status s = inTransaction([&]() -> Status {
        auto ins = m_db->prepare(QStringLiteral(
            "INSERT INTO cohort_members(cohort, assessment, added) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!ins)
            return Status::failure(ins.error());
        const QString now = isoUtc(nowUtc());
        for (const QString &id : ids) {
            // Asked first: after a failed statement, a PostgreSQL transaction answers no more.
            if (!contains(id))
                return Status::failure(CoreText::tr("there is no assessment %1").arg(id));
            ins->bind(1, cohort).bind(2, id).bind(3, now);
            if (Status st = ins->run(); !st)
                return st;
            if (m_db->changes() > 0)
                ++out.added;
            else
                ++out.alreadyPresent;
        }
        return {};
    });
    if (!s)
        return fail<Added>(failed(s.error()));
    return out;
}

Result<int> AssessmentStore::removeFromCohort(qint64 cohort, const QStringList &ids)
{
    int removed = 0;
    Status s = inTransaction([&]() -> Status {
        auto del = m_db->prepare(QStringLiteral("DELETE FROM cohort_members WHERE cohort = ? AND assessment = ?"));
        if (!del)
            return Status::failure(del.error());
        for (const QString &id : ids) {
            del->bind(1, cohort).bind(2, id);
            if (Status st = del->run(); !st)
                return st;
            removed += m_db->changes();
        }
        return {};
    });
    if (!s)
        return fail<int>(failed(s.error()));
    return removed;
}

Result<QStringList> AssessmentStore::cohortsOf(const QString &id)
{
    auto q = m_db->prepare(QStringLiteral("SELECT c.name FROM cohort_members m JOIN cohorts c ON c.id = m.cohort "
                                          "WHERE m.assessment = ? ORDER BY c.name"));
    if (!q)
        return fail<QStringList>(failed(q.error()));
    q->bind(1, id);
    QStringList names;
    while (q->step())
        names << q->text(0);
    if (q->failed())
        return fail<QStringList>(failed(q->error()));
    return names;
}

Result<std::vector<AssessmentSummary>> AssessmentStore::cohortMembers(qint64 cohort, const QString &role,
                                                                      std::optional<Mode> mode)
{
    using Out = std::vector<AssessmentSummary>;
    const QString filter = QStringLiteral("m.cohort = ?1 AND (?2 = '' OR a.role = ?2) AND (?3 = '' OR a.mode = ?3)");
    auto q = m_db->prepare(
        QStringLiteral("SELECT a.id, a.role, a.mode, a.subject_name, a.subject_organisation, a.subject_number, "
                       "a.subject_stage, a.assessor_name, a.created, a.updated, m.rowid "
                       "FROM cohort_members m JOIN assessments a ON a.id = m.assessment WHERE ") +
        filter + QStringLiteral(" ORDER BY m.rowid"));
    if (!q)
        return fail<Out>(failed(q.error()));
    const QString modeText = mode ? modeId(*mode) : QString(QLatin1String(""));
    q->bind(1, cohort).bind(2, role.isNull() ? QString(QLatin1String("")) : role).bind(3, modeText);
    Out out;
    QHash<qint64, size_t> row; // member rowid -> line
    while (q->step()) {
        AssessmentSummary s;
        s.id = q->text(0);
        s.role = q->text(1);
        s.mode = modeFromId(q->text(2)).value_or(Mode::Self);
        s.subject.name = q->text(3);
        s.subject.organisation = q->text(4);
        s.subject.number = q->text(5);
        s.subject.stage = stageFromId(q->text(6)).value_or(Stage::OnJob);
        s.assessorName = q->text(7);
        s.created = parseTime(q->text(8));
        s.updated = parseTime(q->text(9));
        row.insert(q->integer(10), out.size());
        out.push_back(std::move(s));
    }
    if (q->failed())
        return fail<Out>(failed(q->error()));
    // Every level of the members in one read; a requirement's id is made into a string once.
    auto levels = m_db->prepare(
        QStringLiteral("SELECT m.rowid, r.requirement, r.level, r.not_assessed FROM cohort_members m "
                       "JOIN assessments a ON a.id = m.assessment JOIN ratings r ON r.assessment = m.assessment "
                       "WHERE (r.level IS NOT NULL OR r.not_assessed = 1) AND ") +
        filter);
    if (!levels)
        return fail<Out>(failed(levels.error()));
    levels->bind(1, cohort).bind(2, role.isNull() ? QString(QLatin1String("")) : role).bind(3, modeText);
    QHash<QByteArray, QString> requirementIds;
    while (levels->step()) {
        const auto it = row.constFind(levels->integer(0));
        if (it == row.cend())
            continue;
        const QByteArray raw = levels->rawText(1);
        auto known = requirementIds.constFind(raw);
        if (known == requirementIds.cend())
            known = requirementIds.insert(QByteArray(raw.constData(), raw.size()), QString::fromUtf8(raw));
        Rating r;
        r.requirement = *known;
        if (!levels->isNull(2))
            r.level = static_cast<int>(levels->integer(2));
        r.notAssessed = levels->integer(3) != 0;
        out[*it].levels.push_back(std::move(r));
    }
    if (levels->failed())
        return fail<Out>(failed(levels->error()));
    for (AssessmentSummary &s : out)
        s.answered = static_cast<int>(
            std::count_if(s.levels.begin(), s.levels.end(), [](const Rating &r) { return r.level.has_value(); }));
    return out;
}

Result<std::vector<AssessmentStore::Collected>>
AssessmentStore::collectIntoCohort(qint64 cohort, const std::vector<Assessment> &incoming, bool replaceWithNewer)
{
    std::vector<Collected> out;
    Status s = inTransaction([&]() -> Status {
        auto member = m_db->prepare(QStringLiteral("SELECT 1 FROM cohort_members WHERE cohort = ? AND assessment = ?"));
        auto add = m_db->prepare(QStringLiteral(
            "INSERT INTO cohort_members(cohort, assessment, added) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!member || !add)
            return Status::failure(!member ? member.error() : add.error());
        const QString now = isoUtc(nowUtc());
        for (const Assessment &a : incoming) {
            Collected c;
            member->bind(1, cohort).bind(2, a.id);
            c.wasMember = member->step();
            member->reset();
            bool join = true;
            if (!contains(a.id)) {
                if (Status st = writeAssessment(a, false); !st)
                    return st;
                c.kind = Collected::Kind::Imported;
            } else {
                auto stored = load(a.id);
                if (!stored)
                    return Status::failure(stored.error());
                c.storedUpdated = stored->updated;
                if (stored->sameContent(a)) {
                    c.kind = Collected::Kind::Identical;
                } else if (!replaceWithNewer) {
                    c.kind = Collected::Kind::Conflict;
                    join = false;
                } else if (a.updated > stored->updated) {
                    if (Status st = writeAssessment(a, true); !st)
                        return st;
                    c.kind = Collected::Kind::ReplacedOlder;
                } else {
                    c.kind = Collected::Kind::KeptNewer;
                }
            }
            if (join) {
                add->bind(1, cohort).bind(2, a.id).bind(3, now);
                if (Status st = add->run(); !st)
                    return st;
            }
            out.push_back(c);
        }
        return {};
    });
    if (!s)
        return fail<std::vector<Collected>>(failed(s.error()));
    return out;
}

Status AssessmentStore::setMustHaves(qint64 cohort, const QStringList &requirements)
{
    Status s = inTransaction([&]() -> Status {
        auto del = m_db->prepare(QStringLiteral("DELETE FROM round_must_haves WHERE cohort = ?"));
        auto ins = m_db->prepare(
            QStringLiteral("INSERT INTO round_must_haves(cohort, requirement) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        if (!del || !ins)
            return Status::failure(!del ? del.error() : ins.error());
        del->bind(1, cohort);
        if (Status st = del->run(); !st)
            return st;
        for (const QString &r : requirements) {
            ins->bind(1, cohort).bind(2, r);
            if (Status st = ins->run(); !st)
                return st;
        }
        return {};
    });
    return s ? s : Status::failure(failed(s.error()));
}

Result<QStringList> AssessmentStore::mustHaves(qint64 cohort)
{
    auto q = m_db->prepare(QStringLiteral("SELECT requirement FROM round_must_haves WHERE cohort = ? ORDER BY rowid"));
    if (!q)
        return fail<QStringList>(failed(q.error()));
    q->bind(1, cohort);
    QStringList out;
    while (q->step())
        out << q->text(0);
    if (q->failed())
        return fail<QStringList>(failed(q->error()));
    return out;
}

Status AssessmentStore::setConsensus(qint64 cohort, const RoundConsensus &c)
{
    if (c.reason.trimmed().isEmpty())
        return Status::failure(CoreText::tr("a consensus needs a reason"));
    if (c.reason.size() > Limits::TextLength)
        return Status::failure(CoreText::tr("a reason has at most %1 characters").arg(Limits::TextLength));
    if (c.level < 0 || c.level > 4)
        return Status::failure(CoreText::tr("%1 is not a level (0 to 4)").arg(c.level));
    if (c.candidate.name.trimmed().isEmpty())
        return Status::failure(CoreText::tr("a consensus needs a candidate"));
    Status s = inTransaction([&]() -> Status {
        auto up = m_db->prepare(QStringLiteral(
            "INSERT INTO round_consensus(cohort, candidate_name, candidate_organisation, candidate_number, "
            "requirement, "
            "level, reason, recorded_by, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(cohort, candidate_name, candidate_organisation, candidate_number, requirement) DO UPDATE SET "
            "level = excluded.level, reason = excluded.reason, recorded_by = excluded.recorded_by, "
            "recorded = excluded.recorded"));
        if (!up)
            return Status::failure(up.error());
        up->bind(1, cohort)
            .bind(2, c.candidate.name)
            .bind(3, c.candidate.organisation)
            .bind(4, c.candidate.number)
            .bind(5, c.requirement)
            .bind(6, static_cast<qint64>(c.level))
            .bind(7, c.reason.trimmed())
            .bind(8, c.recordedBy)
            .bind(9, isoUtc(c.recorded.isValid() ? c.recorded : nowUtc()));
        return up->run();
    });
    return s ? s : Status::failure(failed(s.error()));
}

Status AssessmentStore::withdrawConsensus(qint64 cohort, const Subject &candidate, const QString &requirement)
{
    Status s = inTransaction([&]() -> Status {
        auto del = m_db->prepare(QStringLiteral(
            "DELETE FROM round_consensus WHERE cohort = ? AND candidate_name = ? AND candidate_organisation = ? AND "
            "candidate_number = ? AND requirement = ?"));
        if (!del)
            return Status::failure(del.error());
        del->bind(1, cohort)
            .bind(2, candidate.name)
            .bind(3, candidate.organisation)
            .bind(4, candidate.number)
            .bind(5, requirement);
        if (Status st = del->run(); !st)
            return st;
        if (m_db->changes() == 0)
            return Status::failure(
                CoreText::tr("there is no consensus on %1 for %2 to withdraw").arg(requirement, candidate.name));
        return {};
    });
    return s ? s : Status::failure(failed(s.error()));
}

Result<std::vector<RoundConsensus>> AssessmentStore::consensus(qint64 cohort)
{
    using Out = std::vector<RoundConsensus>;
    auto q = m_db->prepare(QStringLiteral(
        "SELECT candidate_name, candidate_organisation, candidate_number, requirement, level, reason, recorded_by, "
        "recorded FROM round_consensus WHERE cohort = ? ORDER BY rowid"));
    if (!q)
        return fail<Out>(failed(q.error()));
    q->bind(1, cohort);
    Out out;
    while (q->step()) {
        RoundConsensus c;
        c.candidate.name = q->text(0);
        c.candidate.organisation = q->text(1);
        c.candidate.number = q->text(2);
        c.requirement = q->text(3);
        c.level = static_cast<int>(q->integer(4));
        c.reason = q->text(5);
        c.recordedBy = q->text(6);
        c.recorded = parseTime(q->text(7));
        out.push_back(std::move(c));
    }
    if (q->failed())
        return fail<Out>(failed(q->error()));
    return out;
}

Status AssessmentStore::setDecision(qint64 cohort, const RoundDecision &d)
{
    if (!roundDecisionIds().contains(d.decision))
        return Status::failure(CoreText::tr("a decision is shortlist, hold or reject, not '%1'").arg(d.decision));
    if (d.note.size() > Limits::TextLength)
        return Status::failure(CoreText::tr("a note has at most %1 characters").arg(Limits::TextLength));
    Status s = inTransaction([&]() -> Status {
        auto up = m_db->prepare(QStringLiteral(
            "INSERT INTO round_decisions(cohort, candidate_name, candidate_organisation, candidate_number, decision, "
            "note, decided) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(cohort, candidate_name, candidate_organisation, candidate_number) DO UPDATE SET "
            "decision = excluded.decision, note = excluded.note, decided = excluded.decided"));
        if (!up)
            return Status::failure(up.error());
        up->bind(1, cohort)
            .bind(2, d.candidate.name)
            .bind(3, d.candidate.organisation)
            .bind(4, d.candidate.number)
            .bind(5, d.decision)
            .bind(6, d.note)
            .bind(7, isoUtc(nowUtc()));
        return up->run();
    });
    return s ? s : Status::failure(failed(s.error()));
}

Result<std::vector<RoundDecision>> AssessmentStore::decisions(qint64 cohort)
{
    using Out = std::vector<RoundDecision>;
    auto q = m_db->prepare(QStringLiteral("SELECT candidate_name, candidate_organisation, candidate_number, decision, "
                                          "note FROM round_decisions WHERE cohort = ? ORDER BY rowid"));
    if (!q)
        return fail<Out>(failed(q.error()));
    q->bind(1, cohort);
    Out out;
    while (q->step()) {
        RoundDecision d;
        d.candidate.name = q->text(0);
        d.candidate.organisation = q->text(1);
        d.candidate.number = q->text(2);
        d.decision = q->text(3);
        d.note = q->text(4);
        out.push_back(std::move(d));
    }
    if (q->failed())
        return fail<Out>(failed(q->error()));
    return out;
}

Result<std::vector<RoundScorecard>> AssessmentStore::scorecards(qint64 cohort)
{
    using Out = std::vector<RoundScorecard>;
    auto q =
        m_db->prepare(QStringLiteral("SELECT assessment, submitted, recommendation, comment, seen_others, "
                                     "changed_after_visible FROM round_scorecards WHERE cohort = ? ORDER BY rowid"));
    if (!q)
        return fail<Out>(failed(q.error()));
    q->bind(1, cohort);
    Out out;
    while (q->step()) {
        RoundScorecard c;
        c.assessment = q->text(0);
        if (!q->text(1).isEmpty())
            c.submitted = parseTime(q->text(1));
        c.recommendation = q->text(2);
        c.comment = q->text(3);
        c.seenOthers = q->integer(4) != 0;
        c.changedAfterVisible = q->integer(5) != 0;
        out.push_back(std::move(c));
    }
    if (q->failed())
        return fail<Out>(failed(q->error()));
    return out;
}

Status AssessmentStore::setScorecard(qint64 cohort, const QString &assessment, bool submit,
                                     const QString &recommendation, const QString &comment)
{
    if (!recommendation.isNull() && !recommendation.isEmpty() && !recommendationIds().contains(recommendation))
        return Status::failure(
            CoreText::tr("a recommendation is strong-yes, yes, no or strong-no, not '%1'").arg(recommendation));
    if (comment.size() > Limits::TextLength)
        return Status::failure(CoreText::tr("a comment has at most %1 characters").arg(Limits::TextLength));
    Status s = inTransaction([&]() -> Status {
        auto up = m_db->prepare(QStringLiteral(
            "INSERT INTO round_scorecards(cohort, assessment, submitted, recommendation, comment) "
            "VALUES (?1, ?2, ?3, coalesce(?4, ''), coalesce(?5, '')) "
            "ON CONFLICT(cohort, assessment) DO UPDATE SET submitted = excluded.submitted, "
            "recommendation = CASE WHEN ?4 IS NULL THEN round_scorecards.recommendation ELSE excluded.recommendation "
            "END, comment = CASE WHEN ?5 IS NULL THEN round_scorecards.comment ELSE excluded.comment END"));
        if (!up)
            return Status::failure(up.error());
        up->bind(1, cohort).bind(2, assessment).bind(3, submit ? isoUtc(nowUtc()) : QString(QLatin1String("")));
        if (recommendation.isNull())
            up->bindNull(4);
        else
            up->bind(4, recommendation);
        if (comment.isNull())
            up->bindNull(5);
        else
            up->bind(5, comment.trimmed());
        if (Status st = up->run(); !st)
            return st;
        if (m_db->changes() == 0)
            return Status::failure(
                CoreText::tr("the scorecard could not be written: your role in the team store does not allow it"));
        return {};
    });
    return s ? s : Status::failure(failed(s.error()));
}

Status AssessmentStore::putScorecard(qint64 cohort, const RoundScorecard &card)
{
    Status s = inTransaction([&]() -> Status {
        auto up = m_db->prepare(
            QStringLiteral("INSERT INTO round_scorecards(cohort, assessment, submitted, recommendation, comment) "
                           "VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(cohort, assessment) DO UPDATE SET submitted = excluded.submitted, "
                           "recommendation = excluded.recommendation, comment = excluded.comment"));
        if (!up)
            return Status::failure(up.error());
        const QString submitted = card.isSubmitted() ? isoUtc(card.submitted) : QString(QLatin1String(""));
        up->bind(1, cohort)
            .bind(2, card.assessment)
            .bind(3, submitted)
            .bind(4, card.recommendation)
            .bind(5, card.comment);
        if (Status st = up->run(); !st)
            return st;
        // The marks as they were (the triggers set them from what happens in this store).
        auto marks = m_db->prepare(QStringLiteral("UPDATE round_scorecards SET seen_others = ?, "
                                                  "changed_after_visible = ? WHERE cohort = ? AND assessment = ?"));
        if (!marks)
            return Status::failure(marks.error());
        marks->bind(1, static_cast<qint64>(card.seenOthers))
            .bind(2, static_cast<qint64>(card.changedAfterVisible))
            .bind(3, cohort)
            .bind(4, card.assessment);
        return marks->run();
    });
    return s ? s : Status::failure(failed(s.error()));
}

Result<std::vector<RoundAuditEntry>> AssessmentStore::audit(qint64 cohort)
{
    using Out = std::vector<RoundAuditEntry>;
    auto q = m_db->prepare(QStringLiteral(
        "SELECT at, login, os_user, candidate_name, candidate_organisation, candidate_number, panel_member, kind, "
        "item, old, new FROM round_audit WHERE cohort = ? ORDER BY rowid"));
    if (!q)
        return fail<Out>(failed(q.error()));
    q->bind(1, cohort);
    Out out;
    while (q->step()) {
        RoundAuditEntry e;
        e.at = parseTime(q->text(0));
        e.login = q->text(1);
        e.osUser = q->text(2);
        e.candidate.name = q->text(3);
        e.candidate.organisation = q->text(4);
        e.candidate.number = q->text(5);
        e.panelMember = q->text(6);
        e.kind = q->text(7);
        e.item = q->text(8);
        e.oldValue = q->text(9);
        e.newValue = q->text(10);
        out.push_back(std::move(e));
    }
    if (q->failed())
        return fail<Out>(failed(q->error()));
    return out;
}

Result<AssessmentStore::TeamLogin> AssessmentStore::teamLogin()
{
    if (!isTeamStore())
        return fail<TeamLogin>(CoreText::tr("a file store has no logins"));
    auto q = m_db->prepare(QStringLiteral(
        "SELECT session_user, coalesce((SELECT display_name FROM team_users WHERE login = session_user), "
        "CAST(session_user AS TEXT)), CASE WHEN pg_has_role(session_user, 'iitalent_admin', 'MEMBER') THEN 'admin' "
        "WHEN pg_has_role(session_user, 'iitalent_assessor', 'MEMBER') THEN 'assessor' "
        "WHEN pg_has_role(session_user, 'iitalent_participant', 'MEMBER') THEN 'participant' ELSE 'admin' END"));
    if (!q)
        return fail<TeamLogin>(failed(q.error()));
    if (!q->step())
        return fail<TeamLogin>(failed(q->failed() ? q->error() : CoreText::tr("no answer")));
    return TeamLogin{q->text(0), q->text(1), q->text(2)};
}

void AssessmentStore::setActor(const QString &name)
{
    m_db->setActor(name.trimmed());
}

} // namespace iitalent
