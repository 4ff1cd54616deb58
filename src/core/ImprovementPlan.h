#pragma once

#include "Assessment.h"
#include "Scoring.h"

#include <QStringList>

#include <vector>

namespace iitalent {

// One step of the improvement plan: raise one requirement from its rating to its required level.
// The kind of improvement comes from A.1 (one per dimension); the methods are those of the
// subject's A.2 stage that suit the dimension, and the providers (A.3) those methods have.
// Which method suits which dimension is iitalent's reading (data/catalog/improvement-mapping.json).
struct PlanStep final
{
    int order = 0; // 1-based
    QString requirement;
    QString dimension;
    int from = 0;            // current rating (0 when unanswered)
    int to = 0;              // required level
    std::vector<int> levels; // the levels to reach one at a time: from+1 .. to
    QString stage;           // "pre-job" / "on-job"
    QStringList methods;     // method ids
    QStringList providers;   // provider ids
};

struct ImprovementPlan final
{
    QString stage;
    std::vector<PlanStep> steps; // one per gap, largest gap first, then catalog order
};

// Where a summary says to start: one rule for the window, the PDF and the HTML, so that the
// sentence and the plan agree. The plan goes by the size of each item's gap (largest first, then
// catalog order), whatever its dimension; the weakest dimension (the lowest attainment of those
// with items, below 100%) need not hold the largest item gaps. When none of the plan's first steps
// is in it, `inWeakest` holds that dimension's own first gaps in plan order, so the advice names
// both and never a dimension without one of its items.
struct PlanStart final
{
    QString weakestDimension; // empty when every dimension is fully attained
    double weakestAttainment = 0.0;
    std::vector<Gap> first;     // the plan's first steps, at most `count`
    std::vector<Gap> inWeakest; // empty when `first` already holds an item of the weakest dimension
};

class ImprovementPlanner final
{
public:
    static ImprovementPlan plan(const Catalog &catalog, const Score &score, Stage stage);
    static PlanStart start(const Score &score, int count = 3);
};

} // namespace iitalent
