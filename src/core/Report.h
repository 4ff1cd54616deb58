#pragma once

#include "Assessment.h"
#include "ImprovementPlan.h"
#include "Scoring.h"

namespace iitalent {

class Catalog;
struct Role;

// Everything a report of one assessment shows, computed once: the score and the plan. The window,
// the documents (PDF, HTML, CSV) and the JSON all start from it.
struct Report final
{
    Assessment assessment;
    const Role *role = nullptr; // nullptr when the catalog does not have the assessment's role
    Score score;
    ImprovementPlan plan;

    static Report build(const Catalog &catalog, Assessment assessment);
};

} // namespace iitalent
