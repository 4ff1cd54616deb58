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

Q_SIGNALS:
    // A row was double-clicked or Enter pressed on it: the model's row (not the sorted one).
    void rowActivated(int modelRow);

protected:
    void changeEvent(QEvent *event) override;

private:
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
};

} // namespace iitalent::gui
