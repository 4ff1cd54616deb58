#include "ImprovementPlan.h"

#include "Catalog.h"

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

} // namespace iitalent
