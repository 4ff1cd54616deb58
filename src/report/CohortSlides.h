#pragma once

#include "Catalog.h"
#include "CohortReport.h"
#include "DisplayLanguage.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QRectF;

namespace iitalent {

// A class view as a slide for a presentation (issue 21): 16:9, drawn at 1920 × 1080 with big
// type for the back of a room, a title, the chart and a footer with the cohort, the role and the
// date. Painted with QPainter onto any device (a PNG image, an SVG drawing, a widget), without
// widgets, so that the window and the command line make the same slides. An anonymised report or
// change (CohortReport::anonymise) shows participants by their codes only.
enum class CohortSlide {
    Heatmap,      // participants × requirements, coloured as the window's heatmap
    Distribution, // readiness across the class and each dimension's mean attainment
    Plan,         // what this workshop teaches first, and what needs the workplace or a mentor
};

// The size every slide is drawn at (16:9); a slide painted into another rectangle is scaled.
QSize slideSize();
// A slide's file name without extension: "heatmap", "distribution", "plan"; "before-after".
QString slideName(CohortSlide slide);
QString changeSlideName();
// Every class slide in the order a presentation shows them.
std::vector<CohortSlide> cohortSlides();

// Paints a slide into `target` (16:9; the slide is scaled to it). The plan slide shows
// `report.workshop` (CohortReport::planWorkshop with the workshop's offer).
void paintCohortSlide(QPainter &painter, const QRectF &target, const Catalog &catalog, const CohortReport &report,
                      CohortSlide slide, Language language);
// Before and after as a chart: readiness and each dimension's mean, before and after, over the
// participants in both, with each change in percentage points.
void paintChangeSlide(QPainter &painter, const QRectF &target, const Catalog &catalog, const CohortChange &change,
                      Language language);

// A slide painter (onto a 1920 × 1080 rectangle) as a PNG of 1920 × 1080 pixels or an SVG with a
// 16:9 viewBox; `title` is the SVG's title.
using SlidePainter = std::function<void(QPainter &, const QRectF &)>;
Result<QByteArray> slidePng(const SlidePainter &paint);
QByteArray slideSvg(const SlidePainter &paint, const QString &title);

// One file of a set of slides: "heatmap.png", "heatmap.svg", ...
struct SlideFile final
{
    QString fileName;
    QByteArray bytes;
};
// The class slides (and the before/after one when `change` is given), each as PNG and SVG.
Result<std::vector<SlideFile>> cohortSlideFiles(const Catalog &catalog, const CohortReport &report,
                                                const CohortChange *change, Language language);

// The slides' own words (context "CohortSlides"); the rest come from CohortText.
class CohortSlidesText final
{
    Q_DECLARE_TR_FUNCTIONS(CohortSlides)
};

} // namespace iitalent
