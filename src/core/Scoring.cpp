#include "Scoring.h"

#include "Assessment.h"

namespace iitalent {

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

Score Scoring::score(const Catalog &catalog, const Role &role, const Assessment &assessment)
{
    return scoreWith(catalog, role, [&](const Requirement &req) -> std::optional<std::optional<int>> {
        return assessment.level(req.id); // every requirement counts; unanswered is nullopt
    });
}

} // namespace iitalent
