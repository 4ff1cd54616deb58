#pragma once

#include "CohortReport.h"
#include "Language.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

class CohortHeatmapModel;
class CohortHeatmapSortProxy;
class HeatmapLegend;
class HeatmapView;

// The Heatmap tab of the Cohorts page: the heatmap with its key, and the controls for the order
// of its rows (readiness, name, participant number, a dimension, or a requirement whose heading
// was clicked; descending or not) and of its columns (catalog or priority order). The order
// chosen stays when another role, mode or cohort is shown.
class CohortHeatmapPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CohortHeatmapPanel(QWidget *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setReport(std::shared_ptr<const CohortReport> report);
    void setLanguage(Language language);
    void setAnonymised(bool anonymised);
    bool isAnonymised() const;

    CohortHeatmapModel *model() const { return m_model; }
    QTableView *table() const;
    // The heatmap itself: its fit to the screen and zoom (projector mode).
    HeatmapView *view() const { return m_view; }

Q_SIGNALS:
    // Double-click or Enter on a row: the model's row (the participant's index in the report).
    void rowActivated(int modelRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSortCombo();
    void applySort();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    const Catalog *m_catalog = nullptr;
    std::shared_ptr<const CohortReport> m_report;
    Language m_language = Language::Chinese;
    QString m_sortKey;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_filling = false;
    bool m_applyingSort = false;

    CohortHeatmapModel *m_model = nullptr;
    CohortHeatmapSortProxy *m_proxy = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QCheckBox *m_descending = nullptr;
    QCheckBox *m_priorityOrder = nullptr;
    HeatmapLegend *m_legend = nullptr;
    HeatmapView *m_view = nullptr;
};

} // namespace iitalent::gui
