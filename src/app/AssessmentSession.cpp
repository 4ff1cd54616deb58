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
    Rating r;
    if (const Rating *old = m_assessment.rating(requirement))
        r = *old;
    r.requirement = requirement;
    r.level = level;
    return save(std::move(r));
}

Status AssessmentSession::setNotes(const QString &requirement, const QString &evidence, const QString &note)
{
    Rating r;
    if (const Rating *old = m_assessment.rating(requirement))
        r = *old;
    if (r.evidence == evidence && r.note == note)
        return {};
    r.requirement = requirement;
    r.evidence = evidence.left(Limits::TextLength);
    r.note = note.left(Limits::TextLength);
    return save(std::move(r));
}

Status AssessmentSession::save(Rating rating)
{
    const QDateTime now = nowUtc();
    if (Status s = m_store.setRating(m_assessment.id, rating, now); !s)
        return s;
    const QString id = rating.requirement;
    m_assessment.setRating(*m_role, std::move(rating));
    m_assessment.updated = now;
    Q_EMIT ratingChanged(id);
    return {};
}

} // namespace iitalent::gui
