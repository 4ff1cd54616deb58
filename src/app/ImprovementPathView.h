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

class QLabel;
class QScrollArea;
class QToolButton;

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
    // Where the chart is painted inside the widget: at `scale` times its natural size, centred
    // (0: as large as fits the widget).
    QRectF chartRect() const;
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Ctrl+wheel: zoom in (positive steps) or out.
    void zoomRequested(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    const ImprovementPathChart *m_chart = nullptr;
    QString m_emptyText;
    qreal m_scale = 0;
    int m_wheelAngle = 0; // a high-resolution wheel's eighths of a degree, until a step is full
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

    // Whether Save as PNG/SVG (and their file dialogs) are offered; kiosk mode turns them off.
    void setSavingAllowed(bool allowed);

    // Save without a dialog: the result is also shown in the view's message line.
    Status savePngTo(const QString &path);
    Status saveSvgTo(const QString &path);

    // The chart as an SVG document (ImprovementPathChart::svg) written to a file, replacing it.
    static Status saveSvg(const ImprovementPathChart &chart, const QString &path);

    // The pixel size of a saved PNG: twice the chart's natural size (3200 x 2000).
    static QSize pngSize(const ImprovementPathChart &chart);

    // Zoom: the chart as wide as the view (the default, read at any window size, scrolled down),
    // all of it in the view, or a fixed scale (Ctrl+wheel, Ctrl++ and Ctrl+-, 25% to 400%).
    enum class Fit { Width, Page, None };
    void zoomBy(int steps);
    void fitWidth();
    void fitPage();
    // The scale the chart is shown at now (1.0: its natural 1600 x 1000).
    qreal zoom() const;

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
    void layoutCanvas();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString askFileName(const QString &title, const QString &filter, const QString &suffix);

    std::unique_ptr<Ui::ImprovementPathView> m_ui;
    bool m_savingAllowed = true;
    QAction *m_savePngAction = nullptr;
    QAction *m_saveSvgAction = nullptr;
    const Catalog *m_catalog = nullptr;
    std::optional<Report> m_report;
    Language m_language = Language::Chinese;
    ImprovementPathChart m_chart;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_fitWidthButton = nullptr;
    QToolButton *m_fitPageButton = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitPageAction = nullptr;
    Fit m_fit = Fit::Width;
    qreal m_fixedZoom = 1.0;
};

} // namespace iitalent::gui
