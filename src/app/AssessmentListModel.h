#pragma once

#include "AssessmentStore.h"
#include "Language.h"
#include "Scoring.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The saved assessments: the person (name, number, organisation), role, mode, stage, readiness,
// completeness and last change.
class AssessmentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        NumberColumn,
        OrganisationColumn,
        RoleColumn,
        ModeColumn,
        StageColumn,
        ReadinessColumn,
        CompletenessColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1, SortRole, ModeRole, FilterTextRole, UpdatedRole };

    explicit AssessmentListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setLanguage(Language language);
    void setSummaries(std::vector<AssessmentSummary> summaries);
    const AssessmentSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void scoreRows();

    const Catalog *m_catalog = nullptr;
    Language m_language = Language::Chinese;
    std::vector<AssessmentSummary> m_rows;
    std::vector<std::optional<Score>> m_scores; // per row; none when the catalog lacks the role
};

// Filters the list by a text (subject, organisation, number, role code or name), a mode and the
// time of the last change.
class AssessmentFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssessmentFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setMode(const QString &mode); // "", "self" or "assessor"
    // Only assessments changed at or after this time; an invalid time shows all.
    void setChangedSince(const QDateTime &since);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Text columns sort as the interface language's collation says (Chinese names by pinyin),
    // numbers and times by value.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_mode;
    QDateTime m_since;
};

} // namespace iitalent::gui
