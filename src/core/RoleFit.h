#pragma once

#include "Scoring.h"

#include <vector>

namespace iitalent {

struct Assessment;

// How well a person fits one role, from the ratings carried over through shared competencies.
struct RoleFitEntry final
{
    QString role;
    int requirements = 0; // the role's requirements
    int covered = 0;      // requirements whose competency the person was rated on
    double coverage = 0.0;
    double readiness = 0.0; // Scoring's readiness over the covered requirements only
    bool lowCoverage = false;
    bool source = false; // the role the assessment was made for
};

// Ranks every role of the catalog for one assessment. A requirement is covered when the person
// has an answered rating of a requirement with the same competency (the highest such level counts).
// Roles whose coverage is below LowCoverage are marked and ranked after the others, by coverage.
class RoleFit final
{
public:
    static constexpr double LowCoverage = 0.5;
    static std::vector<RoleFitEntry> rank(const Catalog &catalog, const Assessment &assessment);
};

} // namespace iitalent
