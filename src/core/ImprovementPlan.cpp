#include "ImprovementPlan.h"

#include "Catalog.h"

#include <algorithm>

namespace iitalent {

ImprovementPlan ImprovementPlanner::plan(const Catalog &catalog, const Score &score, Stage stage)
{
    ImprovementPlan plan;
    plan.stage = stageId(stage);
    const ImprovementStage *st = catalog.improvement().stage(plan.stage);
    int order = 0;
    for (const Gap &gap : score.gaps) {
        PlanStep step;
        step.order = ++order;
        step.requirement = gap.requirement;
        step.dimension = gap.dimension;
        step.from = gap.rating;
        step.to = gap.required;
        for (int l = gap.rating + 1; l <= gap.required; ++l)
            step.levels.push_back(l);
        step.stage = plan.stage;
        if (st) {
            for (const ImprovementMethod &m : st->methods) {
                if (!m.dimensions.contains(gap.dimension))
                    continue;
                step.methods << m.id;
                for (const QString &p : m.providers)
                    if (!step.providers.contains(p))
                        step.providers << p;
            }
        }
        plan.steps.push_back(std::move(step));
    }
    return plan;
}

PlanStart ImprovementPlanner::start(const Score &score, int count)
{
    PlanStart start;
    const DimensionScore *weakest = nullptr;
    for (const DimensionScore &d : score.dimensions)
        if (d.items > 0 && (!weakest || d.attainment < weakest->attainment))
            weakest = &d;
    // score.gaps is the plan's order.
    for (size_t i = 0; i < score.gaps.size() && int(i) < count; ++i)
        start.first.push_back(score.gaps[i]);
    if (!weakest || weakest->attainment >= 1.0)
        return start;
    start.weakestDimension = weakest->key;
    start.weakestAttainment = weakest->attainment;
    const bool covered =
        std::any_of(start.first.begin(), start.first.end(), [&](const Gap &g) { return g.dimension == weakest->key; });
    if (!covered)
        for (const Gap &g : score.gaps)
            if (g.dimension == weakest->key && int(start.inWeakest.size()) < count)
                start.inWeakest.push_back(g);
    return start;
}

} // namespace iitalent
