#pragma once

#include "Language.h"
#include "ReportJson.h"

#include <QAbstractTableModel>

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// Every requirement of a report with its required level, rating, gap and evidence; sortable
// through a QSortFilterProxyModel (SortRole gives numbers for the number columns).
class ReportItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DimensionColumn,
        TextColumn,
        RequiredColumn,
        RatingColumn,
        GapColumn,
        EvidenceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    ReportItemModel(const Catalog &catalog, const Report &report, Language language, QObject *parent = nullptr);
    // Names of dimensions and levels in another language; the rows stay.
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    const Report &m_report;
    Language m_language;
};

// All roles ranked for one person (role fit), with coverage shown and low coverage marked.
class RoleFitModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, CodeColumn, NameColumn, ReadinessColumn, CoverageColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    RoleFitModel(const Catalog &catalog, std::vector<RoleFitEntry> entries, Language language,
                 QObject *parent = nullptr);

    const std::vector<RoleFitEntry> &entries() const { return m_entries; }
    void setLanguage(Language language);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    std::vector<RoleFitEntry> m_entries;
    Language m_language;
};

} // namespace iitalent::gui
