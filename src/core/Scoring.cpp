#include "Scoring.h"

#include "Assessment.h"

namespace iitalent {

Score Scoring::score(const Catalog &catalog, const Role &role, const Assessment &assessment)
{
    return scoreWith(catalog, role, [&](const Requirement &req) -> std::optional<std::optional<int>> {
        return assessment.level(req.id); // every requirement counts; unanswered is nullopt
    });
}

} // namespace iitalent
