#include "ReportModels.h"

#include "Catalog.h"
#include "LevelDescriptions.h"

#include <QBrush>
#include <QFont>

namespace iitalent::gui {

ReportItemModel::ReportItemModel(const Catalog &catalog, const Report &report, Language language, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_report(report), m_language(language)
{}

void ReportItemModel::setLanguage(Language language)
{
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ReportItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report.role ? 0 : static_cast<int>(m_report.role->requirements.size());
}

int ReportItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report.role)
        return {};
    const Requirement &req = m_report.role->requirements[static_cast<size_t>(index.row())];
    const Rating *rating = m_report.assessment.rating(req.id);
    const std::optional<int> level = rating ? rating->level : std::nullopt;
    const int gap = std::max(0, req.level - level.value_or(0));
    const Dimension *dim = m_catalog.dimension(req.dimension);
    if (role == SortRole) {
        switch (index.column()) {
        case IdColumn: return index.row(); // catalog order
        case RequiredColumn: return req.level;
        case RatingColumn: return level ? *level : -1;
        case GapColumn: return gap;
        default: return data(index, Qt::DisplayRole);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return req.id;
        case DimensionColumn: return dim ? dim->name(m_language) : req.dimension;
        case TextColumn: return req.textZh;
        case RequiredColumn: return LevelDescriptions::name(req.level, m_language);
        case RatingColumn: return level ? LevelDescriptions::name(*level, m_language) : tr("unanswered");
        case GapColumn: return gap;
        case EvidenceColumn: return rating ? rating->evidenceAndNote() : QString();
        default: return {};
        }
    case Qt::ToolTipRole: return req.textZh;
    case Qt::FontRole:
        if (index.column() == GapColumn && gap > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == GapColumn)
            return int(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant ReportItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Item");
    case DimensionColumn: return tr("Dimension");
    case TextColumn: return tr("Requirement");
    case RequiredColumn: return tr("Required");
    case RatingColumn: return tr("Rating");
    case GapColumn: return tr("Gap");
    case EvidenceColumn: return tr("Evidence / note");
    default: return {};
    }
}

RoleFitModel::RoleFitModel(const Catalog &catalog, std::vector<RoleFitEntry> entries, Language language,
                           QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog), m_entries(std::move(entries)), m_language(language)
{}

void RoleFitModel::setLanguage(Language language)
{
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int RoleFitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RoleFitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleFitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RoleFitEntry &e = m_entries[static_cast<size_t>(index.row())];
    const Role *r = m_catalog.role(e.role);
    if (role == SortRole) {
        switch (index.column()) {
        case RankColumn: return index.row();
        case ReadinessColumn: return e.lowCoverage ? -1.0 : e.readiness;
        case CoverageColumn: return e.coverage;
        default: return data(index, Qt::DisplayRole);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case CodeColumn: return e.role;
        case NameColumn: return r ? r->name(m_language) : e.role;
        case ReadinessColumn: return e.lowCoverage ? tr("— (low coverage)") : percentText(e.readiness);
        case CoverageColumn:
            return QStringLiteral("%1 (%2/%3)").arg(percentText(e.coverage)).arg(e.covered).arg(e.requirements);
        default: return {};
        }
    case Qt::FontRole:
        if (e.source) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CoverageColumn)
            return e.unanswered.isEmpty() ? tr("Every item of this role is answered.")
                                          : tr("Unanswered: %1").arg(e.unanswered.join(QStringLiteral(", ")));
        if (e.lowCoverage)
            return tr(
                "Fewer than half of this role's requirements could be carried over, so it is not ranked by readiness.");
        if (e.source)
            return tr("The role this assessment was made for.");
        return {};
    default: return {};
    }
}

QVariant RoleFitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("Rank");
    case CodeColumn: return tr("No.");
    case NameColumn: return tr("Role");
    case ReadinessColumn: return tr("Readiness");
    case CoverageColumn: return tr("Coverage");
    default: return {};
    }
}

} // namespace iitalent::gui
