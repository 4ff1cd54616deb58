#include "AssessmentListModel.h"

#include "Catalog.h"

#include <QCollator>
#include <QLocale>

namespace iitalent::gui {

AssessmentListModel::AssessmentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentListModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    scoreRows();
    endResetModel();
}

void AssessmentListModel::setLanguage(Language language)
{
    m_language = language;
    // The words change, the rows stay (and with them the selection).
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AssessmentListModel::setSummaries(std::vector<AssessmentSummary> summaries)
{
    beginResetModel();
    m_rows = std::move(summaries);
    scoreRows();
    endResetModel();
}

void AssessmentListModel::scoreRows()
{
    m_scores.assign(m_rows.size(), std::nullopt);
    if (!m_catalog)
        return;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (const Role *role = m_catalog->role(m_rows[i].role))
            m_scores[i] = Scoring::score(*m_catalog, *role, m_rows[i].forScoring());
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
    const std::optional<Score> &score = m_scores[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: return s.subject.name;
        case NumberColumn: return s.subject.number;
        case OrganisationColumn: return s.subject.organisation;
        case RoleColumn: return QStringLiteral("%1 %2").arg(s.role, roleName);
        case ModeColumn: return s.mode == Mode::Self ? tr("Self") : tr("Assessor: %1").arg(s.assessorName);
        case StageColumn: return s.subject.stage == Stage::PreJob ? tr("Before the job") : tr("On the job");
        case ReadinessColumn: return score ? percentText(score->readiness) : QStringLiteral("—");
        case CompletenessColumn:
            return score ? tr("%1 (%2 of %3)").arg(percentText(score->completeness)).arg(s.answered).arg(items)
                         : tr("%1 of %2").arg(s.answered).arg(items);
        case UpdatedColumn: return QLocale().toString(s.updated.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == ReadinessColumn || index.column() == CompletenessColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole: return s.id;
    case ModeRole: return modeId(s.mode);
    case UpdatedRole: return s.updated;
    case SortRole:
        switch (index.column()) {
        case ReadinessColumn: return score ? score->readiness : -1.0;
        case CompletenessColumn: return score ? score->completeness : (items > 0 ? double(s.answered) / items : 0.0);
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
    case NumberColumn: return tr("Number");
    case OrganisationColumn: return tr("Organisation");
    case RoleColumn: return tr("Role");
    case ModeColumn: return tr("Mode");
    case StageColumn: return tr("Stage");
    case ReadinessColumn: return tr("Readiness");
    case CompletenessColumn: return tr("Completeness");
    case UpdatedColumn: return tr("Last change");
    default: return {};
    }
}

AssessmentFilterProxy::AssessmentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AssessmentListModel::SortRole);
}

bool AssessmentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        // The collation of the interface's language: 李 before 王 before 张 in Chinese (pinyin),
        // not by code point; numbers inside names in numeric order.
        QCollator collator{QLocale()};
        collator.setNumericMode(true);
        const int c = collator.compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
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
