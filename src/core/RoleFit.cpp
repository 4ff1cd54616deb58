#include "RoleFit.h"

#include "Assessment.h"
#include "Catalog.h"
#include "Comparison.h"

#include <QHash>

#include <algorithm>

namespace iitalent {

std::vector<RoleFitEntry> RoleFit::rank(const Catalog &catalog, const Assessment &assessment)
{
    return rank(catalog, std::vector<const Assessment *>{&assessment}, assessment.role);
}

std::vector<RoleFitEntry> RoleFit::rank(const Catalog &catalog, const std::vector<const Assessment *> &assessments,
                                        const QString &sourceRole)
{
    // The latest answer first: by the assessment's update time, then by the order given.
    std::vector<const Assessment *> latestFirst(assessments.begin(), assessments.end());
    std::stable_sort(latestFirst.begin(), latestFirst.end(),
                     [](const Assessment *a, const Assessment *b) { return a->updated < b->updated; });
    std::reverse(latestFirst.begin(), latestFirst.end()); // of equal times, the later in the list first

    // Competency -> the level of its latest answer (within one assessment, the highest).
    QHash<QString, int> byCompetency;
    for (const Assessment *assessment : latestFirst) {
        QHash<QString, int> mine;
        for (const Rating &r : assessment->ratings) {
            if (!r.level)
                continue;
            const Requirement *req = catalog.requirement(r.requirement);
            if (!req || byCompetency.contains(req->competency))
                continue; // a later assessment answered it
            auto it = mine.find(req->competency);
            if (it == mine.end())
                mine.insert(req->competency, *r.level);
            else
                *it = std::max(*it, *r.level);
        }
        byCompetency.insert(mine);
    }

    std::vector<RoleFitEntry> entries;
    entries.reserve(catalog.roles().size());
    for (const Role &role : catalog.roles()) {
        RoleFitEntry e;
        e.role = role.code;
        e.source = role.code == sourceRole;
        e.requirements = static_cast<int>(role.requirements.size());
        for (const Requirement &req : role.requirements)
            if (!byCompetency.contains(req.competency))
                e.unanswered << req.id;
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

PersonFit RoleFit::forPerson(const Catalog &catalog, const Assessment &assessment,
                             const std::vector<Assessment> &others)
{
    // The same person as the history and the comparison of a report take it, in the same mode.
    std::vector<const Assessment *> mine;
    bool found = false;
    for (const Assessment *o : ofSamePerson(assessment, others)) {
        if (o->mode != assessment.mode)
            continue;
        const bool itself = o->id == assessment.id;
        found = found || itself;
        mine.push_back(itself ? &assessment : o);
    }
    if (!found)
        mine.push_back(&assessment);
    PersonFit fit;
    fit.entries = rank(catalog, mine, assessment.role);
    for (const Assessment *a : mine)
        fit.assessments << a->id;
    fit.assessNext = assessNext(catalog, fit.entries);
    return fit;
}

std::optional<QString> RoleFit::assessNext(const Catalog &catalog, const std::vector<RoleFitEntry> &entries)
{
    auto catalogIndex = [&catalog](const QString &code) {
        const auto &roles = catalog.roles();
        for (size_t i = 0; i < roles.size(); ++i)
            if (roles[i].code == code)
                return i;
        return roles.size();
    };
    const RoleFitEntry *best = nullptr;
    for (const RoleFitEntry &e : entries) {
        if (e.coverage < AssessNextFrom || e.coverage >= AssessNextBelow)
            continue;
        if (!best || e.readiness > best->readiness ||
            (e.readiness == best->readiness &&
             (e.coverage > best->coverage ||
              (e.coverage == best->coverage && catalogIndex(e.role) < catalogIndex(best->role)))))
            best = &e;
    }
    if (!best)
        return std::nullopt;
    return best->role;
}

} // namespace iitalent
