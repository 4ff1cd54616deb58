#include "Cohort.h"

namespace iitalent {

QString cohortKindId(CohortKind kind)
{
    switch (kind) {
    case CohortKind::Workshop: return QStringLiteral("workshop");
    case CohortKind::Team: return QStringLiteral("team");
    case CohortKind::Hiring: return QStringLiteral("hiring");
    }
    return QStringLiteral("workshop");
}

std::optional<CohortKind> cohortKindFromId(const QString &id)
{
    for (CohortKind k : {CohortKind::Workshop, CohortKind::Team, CohortKind::Hiring})
        if (cohortKindId(k) == id)
            return k;
    return std::nullopt;
}

const QStringList &roundDecisionIds()
{
    static const QStringList ids{QStringLiteral("shortlist"), QStringLiteral("hold"), QStringLiteral("reject")};
    return ids;
}

const QStringList &recommendationIds()
{
    static const QStringList ids{QStringLiteral("strong-yes"), QStringLiteral("yes"), QStringLiteral("no"),
                                 QStringLiteral("strong-no")};
    return ids;
}

} // namespace iitalent
