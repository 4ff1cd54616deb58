#pragma once

#include "ImprovementPathChart.h"
#include "Language.h"
#include "ReportJson.h"
#include "Result.h"

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class ImprovementPathView;
}

namespace iitalent {
class Catalog;
} // namespace iitalent

namespace iitalent::gui {

// Paints an ImprovementPathChart scaled to the widget, keeping its aspect, directly in
// paintEvent (sharp at any device pixel ratio). Shows a short message when there is no chart.
class ImprovementPathCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPathCanvas(QWidget *parent = nullptr);

    // The chart to paint (not owned; nullptr for none).
    void setChart(const ImprovementPathChart *chart);
    void setEmptyText(const QString &text);
    // Where the chart is painted inside the widget.
    QRectF chartRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const ImprovementPathChart *m_chart = nullptr;
    QString m_emptyText;
};

// The personal improvement path (Appendix A, Figure A.1 redrawn) of one report, with "Save as
// PNG…" and "Save as SVG…" as buttons and in the chart's context menu. Save errors are shown in
// the view in words, never dropped.
class ImprovementPathView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPathView(QWidget *parent = nullptr);
    ~ImprovementPathView() override;

    // Shows the path of a report; the catalog must outlive the view or the next call.
    void setReport(const Catalog *catalog, const Report &report);
    // Chinese or English labels on the chart (requirement texts stay the standard's Chinese).
    // Starts as the interface's current language; the owner calls this when the user switches.
    void setLanguage(Language language);
    void clear();

    bool hasChart() const { return m_report.has_value(); }
    const ImprovementPathChart &chart() const { return m_chart; }
    ImprovementPathCanvas *canvas() const;
    // The message line under the buttons (errors and "saved" notes).
    QString message() const;

    // Save without a dialog: the result is also shown in the view's message line.
    Status savePngTo(const QString &path);
    Status saveSvgTo(const QString &path);

    // The chart as an SVG document, and written to a file (replacing it).
    static QByteArray svgBytes(const ImprovementPathChart &chart);
    static Status saveSvg(const ImprovementPathChart &chart, const QString &path);

    // The pixel size of a saved PNG: twice the chart's natural size (3200 x 2000).
    static QSize pngSize(const ImprovementPathChart &chart);

public Q_SLOTS:
    // Ask for a file name, then save.
    void savePngInteractive();
    void saveSvgInteractive();

Q_SIGNALS:
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void showResult(const Status &status, const QString &path);
    QString askFileName(const QString &title, const QString &filter, const QString &suffix);

    std::unique_ptr<Ui::ImprovementPathView> m_ui;
    QAction *m_savePngAction = nullptr;
    QAction *m_saveSvgAction = nullptr;
    const Catalog *m_catalog = nullptr;
    std::optional<Report> m_report;
    Language m_language = Language::Chinese;
    ImprovementPathChart m_chart;
};

} // namespace iitalent::gui
