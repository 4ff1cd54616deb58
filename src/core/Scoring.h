#pragma once

#include "DisplayLanguage.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace iitalent {

class Catalog;
struct Assessment;
struct Role;

// One dimension's figures: items, answered, met, required and attained points, attainment.
struct DimensionScore final
{
    QString key;
    int items = 0;
    int answered = 0;
    int met = 0;
    int requiredPoints = 0;
    int attainedPoints = 0;
    double attainment = 0.0; // attained / required; 0 for a dimension without items
};

// A requirement whose rating is below its required level.
struct Gap final
{
    QString requirement;
    QString dimension;
    int number = 0; // the item's number in its dimension, for catalog order
    int required = 0;
    int rating = 0; // 0 when unanswered
    bool answered = false;
    int gap = 0; // required - rating, > 0
};

// The scores of one assessment of a role, exactly as every report shows them:
//   gap_i = max(0, q_i - r_i); per dimension required = Σ q_i, attained = Σ min(r_i, q_i),
//   attainment = attained / required; readiness = mean of the dimensions' attainments;
//   completeness = answered / items. Unanswered counts as 0; ratings above q_i do not add.
struct Score final
{
    double completeness = 0.0;
    double readiness = 0.0;
    int items = 0;
    int answered = 0;
    int met = 0;
    std::vector<DimensionScore> dimensions; // in catalog order (a..d)
    std::vector<Gap> gaps;                  // largest gap first, then catalog order
};

// Whether a dimension is assessed at all: at least one of its items answered. A dimension none of
// whose items is answered has an unknown attainment, not 0%: a chart leaves it out (no point, a
// break in the polygon) and a comparison names it as not assessed.
inline bool isAssessed(const DimensionScore &d)
{
    return d.answered > 0;
}
// The dimension's attainment when it is assessed, nothing otherwise.
inline std::optional<double> assessedAttainment(const DimensionScore &d)
{
    return isAssessed(d) ? std::optional<double>(d.attainment) : std::nullopt;
}
// The keys of the dimensions of `score` that have items but no answer, in catalog order.
QStringList unassessedDimensions(const Score &score);

// Scores `role` with the levels a function gives for each requirement id (nullopt: unanswered).
// `include` decides which requirements count (all by default; role fit counts only covered ones);
// a dimension with no counted requirement is left out of readiness.
// A share as every report prints it: one decimal and a percent sign, "62.5%".
QString percentText(double share);
// A change between two shares in percentage points, as every face shows it (the window, the
// PDF, the HTML, the CSV, the command line): the exact change (after − before, as a fraction, the
// number the JSON holds) times 100, rounded once to one decimal, halves away from zero. It is never
// worked out from figures already rounded for print, so that a change of 2/17 reads 11.8 whether
// the shares were 1/17 → 3/17 (printed 5.9% → 17.6%) or 3/17 → 5/17 (17.6% → 29.4%).
// The change in tenths of a point: 0.28667 → 287.
qint64 pointChangeTenths(double change);
// As a plain number for a spreadsheet: "28.7", "-3.5", "0.0".
QString pointChangeNumber(double change);
// With its sign and unit: "+28.7 pt" in English, "+28.7个百分点" in Chinese.
QString pointChangeText(double change, Language language);

class Scoring final
{
public:
    static Score score(const Catalog &catalog, const Role &role, const Assessment &assessment);

    template <typename LevelOf>
    static Score scoreWith(const Catalog &catalog, const Role &role, LevelOf levelOf);
};

} // namespace iitalent

#include "ScoringImpl.h"
