#include "Report.h"

#include "Catalog.h"

namespace iitalent {

Report Report::build(const Catalog &catalog, Assessment assessment)
{
    Report r;
    r.assessment = std::move(assessment);
    r.role = catalog.role(r.assessment.role);
    if (r.role) {
        r.score = Scoring::score(catalog, *r.role, r.assessment);
        r.plan = ImprovementPlanner::plan(catalog, r.score, r.assessment.subject.stage);
    }
    return r;
}

} // namespace iitalent
