#include "AssessmentListModel.h"

#include "Catalog.h"

#include <QLocale>

namespace iitalent::gui {

AssessmentListModel::AssessmentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentListModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

void AssessmentListModel::setLanguage(Language language)
{
    beginResetModel();
    m_language = language;
    endResetModel();
}

void AssessmentListModel::setSummaries(std::vector<AssessmentSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

const AssessmentSummary *AssessmentListModel::summaryAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssessmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AssessmentSummary &s = m_rows[static_cast<size_t>(index.row())];
    const Role *r = m_catalog ? m_catalog->role(s.role) : nullptr;
    const int items = r ? static_cast<int>(r->requirements.size()) : 0;
    const QString roleName = r ? r->name(m_language) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: return s.subject.name;
        case OrganisationColumn:
            return s.subject.number.isEmpty() ? s.subject.organisation
                                              : QStringLiteral("%1 · %2").arg(s.subject.organisation, s.subject.number);
        case RoleColumn: return QStringLiteral("%1 %2").arg(s.role, roleName);
        case ModeColumn: return s.mode == Mode::Self ? tr("Self") : tr("Assessor: %1").arg(s.assessorName);
        case StageColumn: return s.subject.stage == Stage::PreJob ? tr("Before the job") : tr("On the job");
        case ProgressColumn: return tr("%1 of %2").arg(s.answered).arg(items);
        case UpdatedColumn: return QLocale().toString(s.updated.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    case IdRole: return s.id;
    case ModeRole: return modeId(s.mode);
    case UpdatedRole: return s.updated;
    case SortRole:
        switch (index.column()) {
        case ProgressColumn: return items > 0 ? double(s.answered) / items : 0.0;
        case UpdatedColumn: return s.updated;
        default: return data(index, Qt::DisplayRole);
        }
    case FilterTextRole:
        return QStringList{s.subject.name, s.subject.organisation, s.subject.number, s.role, roleName, s.assessorName}
            .join(QLatin1Char('\n'))
            .toCaseFolded();
    default: return {};
    }
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    case ModeColumn: return tr("Mode");
    case StageColumn: return tr("Stage");
    case ProgressColumn: return tr("Answered");
    case UpdatedColumn: return tr("Last change");
    default: return {};
    }
}

AssessmentFilterProxy::AssessmentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AssessmentListModel::SortRole);
}

void AssessmentFilterProxy::setText(const QString &text)
{
    m_text = text.simplified().toCaseFolded();
    invalidateRowsFilter();
}

void AssessmentFilterProxy::setMode(const QString &mode)
{
    m_mode = mode;
    invalidateRowsFilter();
}

void AssessmentFilterProxy::setChangedSince(const QDateTime &since)
{
    m_since = since;
    invalidateRowsFilter();
}

bool AssessmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_mode.isEmpty() && idx.data(AssessmentListModel::ModeRole).toString() != m_mode)
        return false;
    if (m_since.isValid() && idx.data(AssessmentListModel::UpdatedRole).toDateTime() < m_since)
        return false;
    return m_text.isEmpty() || idx.data(AssessmentListModel::FilterTextRole).toString().contains(m_text);
}

} // namespace iitalent::gui
