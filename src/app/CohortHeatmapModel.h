#pragma once

#include "CohortReport.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The class heatmap of a cohort view: one row per participant (in joining order; anonymised, in
// the order of the codes, which is unrelated to joining and seats), the fixed columns [participant, readiness,
// attainment a..d], then one column per requirement of the role, in catalog order or in the order of the class
// priorities. A requirement cell holds the participant's level as text and its state against the required level
// (StateRole); the summary row (each item's met count, the means) is header data (FooterRole) for a footer under the
// table.
class CohortHeatmapModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        StateRole = Qt::UserRole + 1, // int (CellState) on requirement cells, invalid elsewhere
        LevelRole,                    // int 0..4, or -1 when unanswered (requirement cells)
        RequiredRole,                 // int: the item's required level (requirement cells)
        ShareRole,                    // double 0..1: readiness or attainment (those columns)
        SortRole,                     // QString (participant column) or double
        AssessmentIdRole,             // QString, any cell of a row
        FooterRole,                   // header data, horizontal: the summary row's text
    };
    using CellState = HeatCell; // the core's rule
    enum class ColumnOrder { Catalog, Priority };
    enum FixedColumn { LabelColumn = 0, ReadinessColumn = 1, FirstDimensionColumn = 2 };

    explicit CohortHeatmapModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    // The view to show (nullptr: none). The model keeps it alive.
    void setReport(std::shared_ptr<const CohortReport> report);
    const CohortReport *report() const { return m_report.get(); }
    void setLanguage(Language language);
    // Participants known by their codes only: no name in any label, tooltip or sort key, and the
    // rows in the order of the codes.
    void setAnonymised(bool anonymised);
    bool isAnonymised() const { return m_anonymised; }
    void setColumnOrder(ColumnOrder order);
    ColumnOrder columnOrder() const { return m_order; }

    // The participant, readiness and one column per dimension.
    int fixedColumnCount() const;
    // The index into report()->items of a requirement column, or -1.
    int itemAt(int column) const;
    int columnOfItem(int item) const;
    // The index into report()->dimensions of a dimension column, or -1.
    int dimensionAt(int column) const;
    const CohortParticipant *participantAt(int row) const;
    // The assessments of the rows as `proxy` shows them (the window's sort), for an export that
    // keeps it: CohortReport::orderParticipants.
    static QStringList assessmentOrder(const QAbstractItemModel *proxy);

    static CellState stateOf(std::optional<int> level, int required);

    // The SortRole's value without a QVariant, for sorting 10,000 rows quickly: the label of the
    // participant column, and the number of the others.
    QString sortText(int row) const;
    double sortNumber(int row, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildColumns();
    void rebuildRows();
    QString dimensionName(const QString &key) const;
    QString cellToolTip(const CohortParticipant &p, int item) const;

    const Catalog *m_catalog = nullptr;
    std::shared_ptr<const CohortReport> m_report;
    Language m_language = Language::Chinese;
    bool m_anonymised = false;
    ColumnOrder m_order = ColumnOrder::Catalog;
    std::vector<int> m_columnItems; // requirement column (after the fixed ones) -> item index
    std::vector<size_t> m_rows;     // row -> index into the report's participants
};

// Sorts the heatmap's rows by the model's SortRole: numbers as numbers, names with the
// collation of the language shown. Ties keep the joining order.
class CohortHeatmapSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CohortHeatmapSortProxy(QObject *parent = nullptr);
    void setLanguage(Language language);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
    const CohortHeatmapModel *m_heatmap = nullptr; // the source, when it is a heatmap
};

} // namespace iitalent::gui
