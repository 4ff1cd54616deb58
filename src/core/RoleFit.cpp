#include "RoleFit.h"

#include "Assessment.h"
#include "Catalog.h"

#include <QHash>

#include <algorithm>

namespace iitalent {

std::vector<RoleFitEntry> RoleFit::rank(const Catalog &catalog, const Assessment &assessment)
{
    // Competency -> the highest level the person was given for it.
    QHash<QString, int> byCompetency;
    byCompetency.reserve(static_cast<qsizetype>(assessment.ratings.size()));
    for (const Rating &r : assessment.ratings) {
        if (!r.level)
            continue;
        const Requirement *req = catalog.requirement(r.requirement);
        if (!req)
            continue;
        auto it = byCompetency.find(req->competency);
        if (it == byCompetency.end())
            byCompetency.insert(req->competency, *r.level);
        else
            *it = std::max(*it, *r.level);
    }

    std::vector<RoleFitEntry> entries;
    entries.reserve(catalog.roles().size());
    for (const Role &role : catalog.roles()) {
        RoleFitEntry e;
        e.role = role.code;
        e.source = role.code == assessment.role;
        e.requirements = static_cast<int>(role.requirements.size());
        const Score s =
            Scoring::scoreWith(catalog, role, [&](const Requirement &req) -> std::optional<std::optional<int>> {
                const auto it = byCompetency.constFind(req.competency);
                if (it == byCompetency.cend())
                    return std::nullopt; // not covered: not counted
                return std::optional<std::optional<int>>(std::optional<int>(*it));
            });
        e.covered = s.items;
        e.coverage = e.requirements > 0 ? double(e.covered) / double(e.requirements) : 0.0;
        e.readiness = s.readiness;
        e.lowCoverage = e.coverage < LowCoverage;
        entries.push_back(e);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const RoleFitEntry &a, const RoleFitEntry &b) {
        if (a.lowCoverage != b.lowCoverage)
            return !a.lowCoverage;
        if (!a.lowCoverage) {
            if (a.readiness != b.readiness)
                return a.readiness > b.readiness;
            return a.coverage > b.coverage;
        }
        if (a.coverage != b.coverage)
            return a.coverage > b.coverage;
        return a.readiness > b.readiness;
    });
    return entries;
}

} // namespace iitalent
