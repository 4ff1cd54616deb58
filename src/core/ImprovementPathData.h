#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace iitalent {

class Catalog;
struct Report;

// One of the person's gaps as the path chart lists it under a method.
struct PathItem final
{
    QString requirement; // e.g. "01.b.2"
    QString dimension;   // "a".."d"
    QString textZh;      // the standard's text of the item
    int from = 0;        // rating (0 when unanswered)
    int to = 0;          // required level
    int gap = 0;         // to - from
};

// A.1: one kind of improvement content, tied to the person's dimension of the same key.
struct PathDimension final
{
    QString key;             // "a".."d"
    QString name;            // the dimension's name (综合能力 / General competence)
    QString content;         // the A.1 kind of improvement (软技能等相关综合能力提升)
    double attainment = 0.0; // the person's attainment in this dimension, 0..1
    int items = 0;           // the role's requirements in this dimension
    int gaps = 0;            // the person's gaps in this dimension
};

// A.2: a method of a stage, with the person's gaps it suits (only in the person's own stage).
struct PathMethod final
{
    QString id;
    QString name;
    QStringList dimensions; // iitalent's mapping: the dimensions this method suits
    QStringList providers;  // iitalent's mapping: provider ids (A.3) that usually offer it
    int gapCount = 0;       // the person's gaps that suit this method (0 outside their stage)
    std::vector<int> gapsPerDimension = std::vector<int>(4, 0); // a..d
    QStringList requirements;                                   // every gap counted here, largest first
    std::vector<PathItem> topItems;                             // the first three of them
};

// A.2: one stage as a lane of the chart, in the standard's order (岗前提升 → 在岗提升).
struct PathLane final
{
    QString stageId; // "pre-job" / "on-job"
    QString name;
    QString clause;       // where the standard lists it: "A.2 a)" / "A.2 b)"
    bool current = false; // the person's stage: highlighted, "you are here"
    std::vector<PathMethod> methods;
};

// A.3: a provider, with how many of the person's gaps a method it offers suits.
struct PathProvider final
{
    QString id;
    QString name;
    int gapCount = 0; // distinct gaps of the person served by one of the provider's methods
};

// Everything the improvement-path chart shows, resolved to display strings in one language.
// Drawn from the words of Appendix A.1-A.3 (the standard's Figure A.1 itself is lost from the
// text) and made personal with one report: the person's attainments, gaps and stage.
//
// Gap assignment: a gap is counted under EVERY method of the person's stage that suits its
// dimension (as the improvement plan lists them), so a gap may appear under several methods and
// the methods' counts may add up to more than `totalGaps`; the chart's legend says so. A gap
// whose dimension no method of the stage suits (possible only in a custom catalog) is counted in
// `unassignedGaps`.
struct ImprovementPathData final
{
    bool english = false;
    QString caption;      // Figure A.1's caption
    QString captionLabel; // "图A.1" / "Figure A.1"
    QString redrawnNote;  // says the chart is redrawn by iitalent from A.1-A.3
    QString subjectLine;  // the person, the role, readiness and gaps
    QString footnote;     // what on the chart is iitalent's own
    QString currentStage; // "pre-job" / "on-job"
    int totalGaps = 0;
    int unassignedGaps = 0;
    std::vector<PathDimension> dimensions; // a..d
    std::vector<PathLane> lanes;           // in A.2's order
    std::vector<PathProvider> providers;   // in A.3's order

    static ImprovementPathData build(const Catalog &catalog, const Report &report, bool english);

    const PathLane *currentLane() const;
    const PathMethod *method(const QString &id) const;
    const PathDimension *dimension(const QString &key) const;
};

// A dimension's place in the chart's patterns and colours: "a" 0, "b" 1, … (0 for anything else).
int pathDimensionIndex(const QString &key);

} // namespace iitalent
