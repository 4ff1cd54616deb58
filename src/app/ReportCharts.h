#pragma once

#include "Language.h"

#include <QString>

class QChart;

namespace iitalent {
class Catalog;
struct Score;
struct Report;
struct HistoryEntry;
} // namespace iitalent

namespace iitalent::gui {

// The QtCharts charts of a report. Each returns a new chart the caller owns (usually a QChartView).
// Colours are paired with line styles and fill patterns so the charts also read in black and white.
class ReportCharts final
{
public:
    // The four dimensions: required (100 %) against attained; a second score (the assessor's, in a
    // compare view) is drawn as a third series.
    static QChart *radar(const Catalog &catalog, const Score &score, Language language, const Score *second = nullptr,
                         const QString &firstName = QString(), const QString &secondName = QString());
    // One dimension's items with gaps: required level against rating.
    static QChart *gapBars(const Catalog &catalog, const Report &report, const QString &dimension, Language language);
    // Readiness and each dimension's attainment over a subject's assessments.
    static QChart *history(const Catalog &catalog, const std::vector<HistoryEntry> &entries, Language language);

    // What each chart shows, in words, for screen readers (a chart view's accessible description).
    static QString radarDescription(const Catalog &catalog, const Score &score, Language language,
                                    const Score *second = nullptr, const QString &firstName = QString(),
                                    const QString &secondName = QString());
    static QString gapBarsDescription(const Catalog &catalog, const Report &report, const QString &dimension,
                                      Language language);
    static QString historyDescription(const std::vector<HistoryEntry> &entries);
    // One side's completeness for a comparison: "Assessor: 5 of 17 items answered; not assessed:
    // Technical skills, Engineering practice".
    static QString completenessNote(const Catalog &catalog, const Score &score, Language language, const QString &side);
};

} // namespace iitalent::gui
