#include "ReportCharts.h"

#include "Catalog.h"
#include "Comparison.h"
#include "Levels.h"
#include "ReportJson.h"
#include "Scoring.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace iitalent::gui {

namespace {

QString dimensionName(const Dimension &d, Language language)
{
    return d.name(language);
}

// One side's polygon: a series per run of assessed neighbours. An unassessed dimension (nullopt)
// has no point, and the polygon breaks there instead of falling to the centre as if it were 0%.
// A run over the last and the first dimension is split at 360°/0°, where the angular axis wraps.
QList<QLineSeries *> polygonRuns(const std::vector<std::optional<double>> &values)
{
    QList<QLineSeries *> runs;
    const int n = static_cast<int>(values.size());
    if (n == 0)
        return runs;
    const double step = 360.0 / double(n);
    const bool whole = std::all_of(values.begin(), values.end(), [](const auto &v) { return v.has_value(); });
    QLineSeries *current = nullptr;
    for (int i = 0; i <= n; ++i) {
        const std::optional<double> &v = values[size_t(i % n)];
        if (!v) {
            current = nullptr;
            continue;
        }
        if (i == n && !whole && !current)
            break; // the first point again, only as the end of a run that reached the last one
        if (!current) {
            current = new QLineSeries;
            runs << current;
        }
        current->append(step * double(i), *v * 100.0);
        if (i == n - 1 && !whole && values[0]) {
            // Close the run at 360° and start the first point's run again from 0°.
            current->append(360.0, *values[0] * 100.0);
            current = nullptr;
            break;
        }
    }
    for (QLineSeries *s : runs)
        s->setPointsVisible(true);
    return runs;
}

QLineSeries *closedPolygon(const std::vector<double> &values, const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    const double step = values.empty() ? 0 : 360.0 / double(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        series->append(step * double(i), values[i] * 100.0);
    if (!values.empty())
        series->append(360.0, values.front() * 100.0);
    series->setPointsVisible(true);
    return series;
}

void styleSeries(QLineSeries *series, const QColor &color, Qt::PenStyle style, qreal width)
{
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    series->setPen(pen);
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Light or dark, as the application's palette is, so a chart does not glare in a dark desktop.
// Called before any series is added: a theme restyles the series it finds.
template <typename Chart>
Chart *themed(Chart *chart)
{
    chart->setTheme(darkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    return chart;
}

// The series colours, each in a light-background and a dark-background tone of the same hue, so
// that the required level, the person and the assessor read on either theme.
QColor requiredColor()
{
    return darkPalette() ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x55, 0x55, 0x55);
}
QColor requiredOutline()
{
    return darkPalette() ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x44, 0x44, 0x44);
}
QColor requiredHatch()
{
    return darkPalette() ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x88, 0x88, 0x88);
}
QColor firstColor()
{
    return darkPalette() ? QColor(0x5a, 0xa9, 0xe6) : QColor(0x1f, 0x6f, 0xb4);
}
QColor secondColor()
{
    return darkPalette() ? QColor(0xf5, 0x8d, 0x3c) : QColor(0xd9, 0x5f, 0x02);
}

} // namespace

QChart *ReportCharts::radar(const Catalog &catalog, const Score &score, Language language, const Score *second,
                            const QString &firstName, const QString &secondName)
{
    auto *chart = themed(new QPolarChart);
    chart->setTitle(QCoreApplication::translate("ReportCharts", "Attainment by dimension"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const auto &dims = catalog.dimensions();
    const double step = dims.empty() ? 0 : 360.0 / double(dims.size());
    int widest = 0;
    const QFontMetrics metrics(angular->labelsFont());
    for (size_t i = 0; i < dims.size(); ++i) {
        angular->append(dimensionName(dims[i], language), step * double(i));
        widest = std::max(widest, metrics.horizontalAdvance(dimensionName(dims[i], language)));
    }
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    // QtCharts leaves too little room beside the circle for the labels at 90° and 270°: long
    // English names ("Engineering practice") were cut at the chart's edge.
    const QMargins margins = chart->margins();
    chart->setMargins(QMargins(std::max(margins.left(), widest / 2), margins.top(),
                               std::max(margins.right(), widest / 2), margins.bottom()));

    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    std::vector<double> full(dims.size(), 1.0);
    QLineSeries *required = closedPolygon(full, QCoreApplication::translate("ReportCharts", "Required (100%)"));
    styleSeries(required, requiredColor(), Qt::DashLine, 2.0);
    QList<QLineSeries *> series{required};
    QList<QLineSeries *> unnamed; // the further runs of a side, kept out of the legend
    auto addSide = [&](const Score &side, const QString &name, const QColor &color, Qt::PenStyle style) {
        std::vector<std::optional<double>> values;
        for (const DimensionScore &d : side.dimensions)
            values.push_back(assessedAttainment(d));
        // A side with some dimension unassessed says how much of it is answered in its legend.
        const QString label = unassessedDimensions(side).isEmpty()
                                  ? name
                                  : QCoreApplication::translate("ReportCharts", "%1 (%2 of %3 items answered)")
                                        .arg(name)
                                        .arg(side.answered)
                                        .arg(side.items);
        const QList<QLineSeries *> runs = polygonRuns(values);
        for (int i = 0; i < runs.size(); ++i) {
            runs[i]->setName(label);
            styleSeries(runs[i], color, style, 3.0);
            series << runs[i];
            if (i > 0)
                unnamed << runs[i];
        }
    };
    addSide(score, firstName.isEmpty() ? QCoreApplication::translate("ReportCharts", "Attained") : firstName,
            firstColor(), Qt::SolidLine);
    if (second)
        addSide(*second, secondName, secondColor(), Qt::DotLine);
    for (QLineSeries *s : series) {
        chart->addSeries(s);
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    for (QLineSeries *s : unnamed)
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setVisible(false);
    return chart;
}

QChart *ReportCharts::gapBars(const Catalog &catalog, const Report &report, const QString &dimension, Language language)
{
    auto *chart = themed(new QChart);
    const Dimension *dim = catalog.dimension(dimension);
    chart->setTitle(QCoreApplication::translate("ReportCharts", "%1: items with gaps")
                        .arg(dim ? dimensionName(*dim, language) : dimension));
    auto *required = new QBarSet(QCoreApplication::translate("ReportCharts", "Required"));
    auto *rated = new QBarSet(QCoreApplication::translate("ReportCharts", "Rated"));
    required->setBrush(QBrush(requiredHatch(), Qt::BDiagPattern));
    required->setPen(QPen(requiredOutline(), 1.5));
    rated->setBrush(firstColor());
    QStringList categories;
    // Catalog order, so the chart matches the table.
    for (const Requirement &req : report.role->requirements) {
        if (req.dimension != dimension)
            continue;
        const std::optional<int> level = report.assessment.level(req.id);
        if (level.value_or(0) >= req.level)
            continue;
        categories << req.id;
        *required << req.level;
        *rated << level.value_or(0);
    }
    auto *series = new QBarSeries;
    series->append(required);
    series->append(rated);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{QCoreApplication::translate("ReportCharts", "no gaps")} : categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // The levels by name on the axis ("2 熟悉"): clearer than a number and a rotated "Level" title,
    // which QtCharts elides to "⋮" with a CJK font.
    auto *y = new QCategoryAxis;
    y->setRange(0, 4);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int level = Level::Min; level <= Level::Max; ++level)
        y->append(Level::display(level, language), level);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ReportCharts::history(const Catalog &catalog, const std::vector<HistoryEntry> &entries, Language language)
{
    auto *chart = themed(new QChart);
    chart->setTitle(QCoreApplication::translate("ReportCharts", "Progress over time"));
    // One step per assessment, labelled with its date: assessments are often days or minutes apart.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(QCoreApplication::translate("ReportCharts", "Assessment"));
    for (size_t i = 0; i < entries.size(); ++i)
        x->append(QStringLiteral("%1. %2").arg(i + 1).arg(
                      QLocale().toString(entries[i].created.toLocalTime(), QLocale::ShortFormat)),
                  double(i));
    x->setRange(-0.3, std::max(0.0, double(entries.size()) - 0.7));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const Qt::PenStyle styles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    QColor colors[] = {secondColor(), QColor(0x1b, 0x9e, 0x77), QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a)};
    if (darkPalette())
        for (QColor &c : colors)
            c = c.lighter(135);
    auto add = [&](const QString &name, auto valueOf, const QColor &color, Qt::PenStyle style, qreal width) {
        auto *s = new QLineSeries;
        s->setName(name);
        for (size_t i = 0; i < entries.size(); ++i)
            s->append(double(i), valueOf(entries[i]) * 100.0);
        s->setPointsVisible(true);
        styleSeries(s, color, style, width);
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    add(
        QCoreApplication::translate("ReportCharts", "Readiness"),
        [](const HistoryEntry &e) { return e.score.readiness; }, firstColor(), Qt::SolidLine, 3.0);
    const auto &dims = catalog.dimensions();
    for (size_t d = 0; d < dims.size() && d < 4; ++d)
        add(
            dimensionName(dims[d], language),
            [d](const HistoryEntry &e) {
                return d < e.score.dimensions.size() ? e.score.dimensions[d].attainment : 0.0;
            },
            colors[d], styles[d], 1.5);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString ReportCharts::radarDescription(const Catalog &catalog, const Score &score, Language language,
                                       const Score *second, const QString &firstName, const QString &secondName)
{
    QStringList parts;
    for (size_t i = 0; i < score.dimensions.size(); ++i) {
        const DimensionScore &d = score.dimensions[i];
        const Dimension *dim = catalog.dimension(d.key);
        const QString name = dim ? dimensionName(*dim, language) : d.key;
        // An unassessed dimension reads "not assessed", never 0%.
        auto shown = [](const DimensionScore &ds) {
            return isAssessed(ds) ? percentText(ds.attainment)
                                  : QCoreApplication::translate("ReportCharts", "not assessed");
        };
        if (second && i < second->dimensions.size())
            parts << QCoreApplication::translate("ReportCharts", "%1: %2 %3, %4 %5")
                         .arg(name, firstName, shown(d), secondName, shown(second->dimensions[i]));
        else
            parts << QCoreApplication::translate("ReportCharts", "%1: %2").arg(name, shown(d));
    }
    return QCoreApplication::translate("ReportCharts",
                                       "Attainment of each dimension against the requirement (100%). %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

QString ReportCharts::gapBarsDescription(const Catalog &catalog, const Report &report, const QString &dimension,
                                         Language language)
{
    const Dimension *dim = catalog.dimension(dimension);
    const QString name = dim ? dimensionName(*dim, language) : dimension;
    QStringList items;
    for (const Requirement &req : report.role->requirements) {
        if (req.dimension != dimension)
            continue;
        const int level = report.assessment.level(req.id).value_or(0);
        if (level < req.level)
            items << QCoreApplication::translate("ReportCharts", "%1 required %2, rated %3")
                         .arg(req.id)
                         .arg(req.level)
                         .arg(level);
    }
    if (items.isEmpty())
        return QCoreApplication::translate("ReportCharts", "%1: no item has a gap.").arg(name);
    // lupdate reads the count only as a plain name, not as a cast.
    const int count = static_cast<int>(items.size());
    return QCoreApplication::translate("ReportCharts", "%1: %n item(s) with gaps. %2.", nullptr, count)
        .arg(name, items.join(QStringLiteral("; ")));
}

QString ReportCharts::historyDescription(const std::vector<HistoryEntry> &entries)
{
    QStringList steps;
    for (size_t i = 0; i < entries.size(); ++i)
        steps << QStringLiteral("%1. %2: %3")
                     .arg(i + 1)
                     .arg(QLocale().toString(entries[i].created.toLocalTime(), QLocale::ShortFormat),
                          percentText(entries[i].score.readiness));
    const int count = static_cast<int>(entries.size());
    return QCoreApplication::translate("ReportCharts", "Readiness over %n assessment(s): %1.", nullptr, count)
        .arg(steps.join(QStringLiteral("; ")));
}

QString ReportCharts::completenessNote(const Catalog &catalog, const Score &score, Language language,
                                       const QString &side)
{
    QString note = QCoreApplication::translate("ReportCharts", "%1: %2 of %3 items answered")
                       .arg(side)
                       .arg(score.answered)
                       .arg(score.items);
    QStringList names;
    for (const QString &key : unassessedDimensions(score)) {
        const Dimension *dim = catalog.dimension(key);
        names << (dim ? dimensionName(*dim, language) : key);
    }
    if (!names.isEmpty())
        note = QCoreApplication::translate("ReportCharts", "%1; not assessed: %2")
                   .arg(note, names.join(QCoreApplication::translate("ReportCharts", ", ")));
    return note;
}

} // namespace iitalent::gui
