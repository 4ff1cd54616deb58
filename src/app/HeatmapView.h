#pragma once

#include <QFrame>
#include <QHeaderView>
#include <QTableView>

class QLabel;
class QScrollBar;

namespace iitalent::gui {

class CohortHeatmapModel;
class CohortHeatmapSortProxy;
class HeatmapDelegate;

// The heatmap's table: tells when it has laid out its headers and scroll bars again.
class HeatmapTable final : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

Q_SIGNALS:
    void geometriesUpdated();

protected:
    void updateGeometries() override;
};

// The summary row under the heatmap, frozen while the rows scroll: each section shows the
// model's FooterRole header data (an item's met count, a column's mean).
class HeatmapFooter final : public QHeaderView
{
    Q_OBJECT

public:
    explicit HeatmapFooter(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

// The class heatmap: participants (their labels frozen at the left, as the row headers) ×
// readiness, the dimensions and the requirements, with the summary row frozen at the bottom and
// the horizontal scroll bar under it. Every section has a fixed size worked out from the font,
// so neither opening nor scrolling measures rows.
class HeatmapView final : public QFrame
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);

    void setModels(CohortHeatmapModel *model, CohortHeatmapSortProxy *proxy);
    HeatmapTable *table() const { return m_table; }
    HeatmapFooter *footer() const { return m_footer; }

    // Sizes rows, columns, the row labels and the summary row for the font and the labels shown.
    void fitSections();

    // Fit to the view (projector mode): the type is sized from the space the view has, so that
    // every row and column shows without scrolling, down to a readable minimum (kMinFitPixels),
    // below which the rows scroll. Off: the type is the page's.
    void setFitToView(bool on);
    bool fitsToView() const { return m_fit; }
    // Zoom in steps of about 15% from the fitted (or the page's) size: Ctrl+Plus, Ctrl+Minus,
    // Ctrl+wheel; resetZoom (Ctrl+0) goes back to the fitted (or the page's) size.
    void zoomIn();
    void zoomOut();
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    // The pixel size of the heatmap's type now.
    int typePixelSize() const;

    static constexpr int kMinFitPixels = 10;

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it: the model's row (not the sorted one).
    void rowActivated(int modelRow);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The sizes of the sections for a font: what fitColumns and fitRowLabels apply, and what the
    // fit to the view measures before choosing a font.
    struct Sections
    {
        int rowHeight = 0;
        int itemWidth = 0;
        int labelWidth = 0;
        QList<int> fixedWidths; // readiness and the dimensions
        int headerHeight = 0;
    };
    Sections sectionsFor(const QFont &font) const;
    QSize contentSizeFor(const QFont &font) const;
    QFont baseFont() const;
    // Sets the type for the fit and the zoom (a no-op when it is already so).
    void applyZoom();
    void zoomBy(int steps);
    void fitColumns();
    void fitRowLabels();
    void syncScrolling();
    void retranslate();

    HeatmapTable *m_table = nullptr;
    HeatmapFooter *m_footer = nullptr;
    QLabel *m_corner = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    QWidget *m_scrollIndent = nullptr; // under the row labels, beside the scroll bar
    HeatmapDelegate *m_delegate = nullptr;
    CohortHeatmapModel *m_model = nullptr;
    CohortHeatmapSortProxy *m_proxy = nullptr;
    bool m_fit = false;
    int m_zoomSteps = 0;
    bool m_applyingZoom = false;
};

} // namespace iitalent::gui
