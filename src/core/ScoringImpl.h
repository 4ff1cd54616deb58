#pragma once

// The template body of Scoring::scoreWith; included by Scoring.h only.
#include "Catalog.h"

#include <algorithm>

namespace iitalent {

template <typename LevelOf>
Score Scoring::scoreWith(const Catalog &catalog, const Role &role, LevelOf levelOf)
{
    Score score;
    const auto &dims = catalog.dimensions();
    score.dimensions.reserve(dims.size());
    for (const Dimension &d : dims) {
        DimensionScore ds;
        ds.key = d.key;
        score.dimensions.push_back(ds);
    }
    auto dimIndex = [&dims](const QString &key) {
        for (size_t i = 0; i < dims.size(); ++i)
            if (dims[i].key == key)
                return i;
        return dims.size();
    };
    for (const Requirement &req : role.requirements) {
        const std::optional<std::optional<int>> counted = levelOf(req);
        if (!counted)
            continue; // not counted at all (role fit: not covered)
        const std::optional<int> level = *counted;
        const size_t di = dimIndex(req.dimension);
        if (di >= score.dimensions.size())
            continue;
        DimensionScore &ds = score.dimensions[di];
        const int r = level.value_or(0);
        const int q = req.level;
        ++ds.items;
        ds.requiredPoints += q;
        ds.attainedPoints += std::min(r, q);
        if (level) {
            ++ds.answered;
            ++score.answered;
        }
        if (r >= q) {
            ++ds.met;
            ++score.met;
        } else {
            score.gaps.push_back({req.id, req.dimension, req.number, q, r, level.has_value(), q - r});
        }
        ++score.items;
    }
    double sum = 0.0;
    int counted = 0;
    for (DimensionScore &ds : score.dimensions) {
        if (ds.items == 0)
            continue;
        ds.attainment = ds.requiredPoints > 0 ? double(ds.attainedPoints) / double(ds.requiredPoints) : 0.0;
        sum += ds.attainment;
        ++counted;
    }
    score.readiness = counted > 0 ? sum / counted : 0.0;
    score.completeness = score.items > 0 ? double(score.answered) / double(score.items) : 0.0;
    // Largest gap first, then catalog order (dimension a..d, item number).
    std::stable_sort(score.gaps.begin(), score.gaps.end(), [&](const Gap &x, const Gap &y) {
        if (x.gap != y.gap)
            return x.gap > y.gap;
        const size_t dx = dimIndex(x.dimension), dy = dimIndex(y.dimension);
        if (dx != dy)
            return dx < dy;
        return x.number < y.number;
    });
    return score;
}

} // namespace iitalent
