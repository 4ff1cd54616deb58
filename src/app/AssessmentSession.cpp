#include "AssessmentSession.h"

#include "AssessmentStore.h"
#include "Catalog.h"

namespace iitalent::gui {

AssessmentSession::AssessmentSession(const Catalog &catalog, AssessmentStore &store, Assessment assessment,
                                     QObject *parent)
    : QObject(parent),
      m_catalog(catalog),
      m_store(store),
      m_assessment(std::move(assessment)),
      m_role(catalog.role(m_assessment.role))
{
    Q_ASSERT(m_role);
    m_retry.setInterval(2000);
    connect(&m_retry, &QTimer::timeout, this, &AssessmentSession::retry);
}

Status AssessmentSession::setLevel(const QString &requirement, std::optional<int> level)
{
    return save(RatingChange::levelOnly(requirement, level));
}

Status AssessmentSession::markNotAssessed(const QString &requirement)
{
    return save(RatingChange::markNotAssessed(requirement));
}

Status AssessmentSession::setNotes(const QString &requirement, const QString &evidence, const QString &note)
{
    // Too long a text is refused with the reason, never cut in silence.
    if (Status s = checkRatingText(RatingText::Evidence, evidence); !s)
        return s;
    if (Status s = checkRatingText(RatingText::Note, note); !s)
        return s;
    const Rating *old = m_assessment.rating(requirement);
    const QString &e = evidence;
    const QString &n = note;
    // Only the field that was edited: the other may have been written elsewhere meanwhile.
    RatingChange change;
    change.requirement = requirement;
    if ((old ? old->evidence : QString()) != e)
        change.evidence = e;
    if ((old ? old->note : QString()) != n)
        change.note = n;
    if (!change.evidence && !change.note)
        return {};
    return save(change);
}

Status AssessmentSession::save(const RatingChange &change)
{
    if (!m_unsent.empty()) {
        // Earlier answers wait to be sent: this one goes after them.
        keepUnsent(change, QString(), nowUtc());
        retry();
        return {};
    }
    if (change.level)
        m_fromLastTime.erase(change.requirement); // answered in this round now
    const QDateTime now = nowUtc();
    // Only what changed is written; what is stored now (another window's evidence, say) comes back.
    auto stored = m_store.setRating(m_assessment.id, change, now);
    if (!stored && m_store.isTeamStore() && !m_store.isReachable()) {
        keepUnsent(change, stored.error(), now);
        return {};
    }
    if (!stored)
        return Status::failure(stored.error());
    m_assessment.setRating(*m_role, std::move(stored).value());
    m_assessment.updated = now;
    Q_EMIT ratingChanged(change.requirement);
    return {};
}

void AssessmentSession::keepUnsent(const RatingChange &change, const QString &reason, const QDateTime &given)
{
    // The answer stays on the screen as given.
    const Rating *old = m_assessment.rating(change.requirement);
    Rating r = old ? *old : Rating();
    r.requirement = change.requirement;
    if (change.level) {
        r.level = *change.level;
        r.notAssessed = !*change.level && change.notAssessed;
    }
    if (change.evidence)
        r.evidence = *change.evidence;
    if (change.note)
        r.note = *change.note;
    m_assessment.setRating(*m_role, r);
    m_unsent.push_back({change, given});
    if (!m_retry.isActive())
        m_retry.start();
    Q_EMIT ratingChanged(change.requirement);
    Q_EMIT unsentChanged(unsentCount(), reason);
}

void AssessmentSession::retry()
{
    const int before = unsentCount();
    QString reason;
    while (!m_unsent.empty()) {
        // Sent with the time it was given, not the time the server came back.
        const auto [change, given] = m_unsent.front();
        auto stored = m_store.setRating(m_assessment.id, change, given);
        if (!stored) {
            reason = stored.error();
            if (m_store.isReachable()) {
                // The server answered and refused it (the assessment was deleted, say): it cannot
                // be sent, and keeping it would hold back the others.
                m_unsent.erase(m_unsent.begin());
                continue;
            }
            break;
        }
        m_unsent.erase(m_unsent.begin());
        // A later unsent change of the same item keeps its own fields on the screen.
        const bool later = std::any_of(m_unsent.begin(), m_unsent.end(),
                                       [&](const Unsent &c) { return c.change.requirement == change.requirement; });
        if (!later) {
            m_assessment.setRating(*m_role, std::move(stored).value());
            Q_EMIT ratingChanged(change.requirement);
        }
    }
    if (m_unsent.empty())
        m_retry.stop();
    if (unsentCount() != before || !m_unsent.empty())
        Q_EMIT unsentChanged(unsentCount(), reason);
}

void AssessmentSession::reloadItem(const QString &requirement)
{
    if (std::any_of(m_unsent.begin(), m_unsent.end(),
                    [&](const Unsent &c) { return c.change.requirement == requirement; }))
        return;
    auto loaded = m_store.load(m_assessment.id);
    if (!loaded)
        return; // deleted, or out of reach: what is shown stays
    const Rating *stored = loaded->rating(requirement);
    const Rating *shown = m_assessment.rating(requirement);
    const bool same = (!stored && !shown) || (stored && shown && stored->level == shown->level &&
                                              stored->evidence == shown->evidence && stored->note == shown->note);
    if (same)
        return;
    Rating r = stored ? *stored : Rating();
    r.requirement = requirement;
    if (!shown || shown->level != r.level)
        m_fromLastTime.erase(requirement);
    m_assessment.setRating(*m_role, r);
    m_assessment.updated = loaded->updated;
    Q_EMIT ratingChanged(requirement);
}

void AssessmentSession::reloadAll(const QString &editing)
{
    auto loaded = m_store.load(m_assessment.id);
    if (!loaded)
        return; // deleted, or out of reach: what is shown stays
    QStringList changed;
    for (const Requirement &req : m_role->requirements) {
        if (req.id == editing || std::any_of(m_unsent.begin(), m_unsent.end(),
                                             [&](const Unsent &c) { return c.change.requirement == req.id; }))
            continue;
        const Rating *stored = loaded->rating(req.id);
        const Rating *shown = m_assessment.rating(req.id);
        const bool same = (!stored && !shown) || (stored && shown && stored->level == shown->level &&
                                                  stored->notAssessed == shown->notAssessed &&
                                                  stored->evidence == shown->evidence && stored->note == shown->note);
        if (same)
            continue;
        Rating r = stored ? *stored : Rating();
        r.requirement = req.id;
        if (!shown || shown->level != r.level)
            m_fromLastTime.erase(req.id);
        m_assessment.setRating(*m_role, r);
        changed << req.id;
    }
    if (changed.isEmpty())
        return;
    m_assessment.updated = loaded->updated;
    for (const QString &id : changed)
        Q_EMIT ratingChanged(id);
}

} // namespace iitalent::gui
