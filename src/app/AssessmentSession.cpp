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
}

Status AssessmentSession::setLevel(const QString &requirement, std::optional<int> level)
{
    return save(RatingChange::levelOnly(requirement, level));
}

Status AssessmentSession::setNotes(const QString &requirement, const QString &evidence, const QString &note)
{
    const Rating *old = m_assessment.rating(requirement);
    const QString e = evidence.left(Limits::TextLength);
    const QString n = note.left(Limits::TextLength);
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
    const QDateTime now = nowUtc();
    // Only what changed is written; what is stored now (another window's evidence, say) comes back.
    auto stored = m_store.setRating(m_assessment.id, change, now);
    if (!stored)
        return Status::failure(stored.error());
    m_assessment.setRating(*m_role, std::move(stored).value());
    m_assessment.updated = now;
    Q_EMIT ratingChanged(change.requirement);
    return {};
}

} // namespace iitalent::gui
