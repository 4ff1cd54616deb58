#include "CohortHeatmapModel.h"

#include "Catalog.h"
#include "Levels.h"
#include "Scoring.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace iitalent::gui {

CohortHeatmapModel::CohortHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

void CohortHeatmapModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    if (!catalog)
        m_report.reset(); // its role points into the catalog
    rebuildColumns();
    rebuildRows();
    endResetModel();
}

void CohortHeatmapModel::setReport(std::shared_ptr<const CohortReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    rebuildColumns();
    rebuildRows();
    endResetModel();
}

void CohortHeatmapModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void CohortHeatmapModel::setAnonymised(bool anonymised)
{
    if (m_anonymised == anonymised)
        return;
    // Every label and tooltip names the participant, and the rows change order.
    beginResetModel();
    m_anonymised = anonymised;
    rebuildRows();
    endResetModel();
}

void CohortHeatmapModel::rebuildRows()
{
    m_rows.clear();
    if (!m_report)
        return;
    for (size_t i = 0; i < m_report->participants.size(); ++i)
        m_rows.push_back(i);
    // Joining order is seat order: anonymised rows follow the codes.
    if (m_anonymised)
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](size_t x, size_t y) {
            return m_report->participants[x].code < m_report->participants[y].code;
        });
}

QStringList CohortHeatmapModel::assessmentOrder(const QAbstractItemModel *proxy)
{
    QStringList ids;
    if (!proxy)
        return ids;
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, 0).data(AssessmentIdRole).toString();
    return ids;
}

void CohortHeatmapModel::setColumnOrder(ColumnOrder order)
{
    if (m_order == order)
        return;
    beginResetModel();
    m_order = order;
    rebuildColumns();
    endResetModel();
}

void CohortHeatmapModel::rebuildColumns()
{
    m_columnItems.clear();
    if (!m_report)
        return;
    const int n = static_cast<int>(m_report->items.size());
    m_columnItems.reserve(static_cast<size_t>(n));
    std::vector<bool> placed(static_cast<size_t>(n), false);
    if (m_order == ColumnOrder::Priority) {
        for (const QString &id : m_report->priorities) {
            const int i = m_report->itemIndex(id);
            if (i >= 0 && !placed[static_cast<size_t>(i)]) {
                placed[static_cast<size_t>(i)] = true;
                m_columnItems.push_back(i);
            }
        }
    }
    for (int i = 0; i < n; ++i)
        if (!placed[static_cast<size_t>(i)])
            m_columnItems.push_back(i);
}

int CohortHeatmapModel::fixedColumnCount() const
{
    return FirstDimensionColumn + (m_report ? static_cast<int>(m_report->dimensions.size()) : 0);
}

int CohortHeatmapModel::itemAt(int column) const
{
    const int k = column - fixedColumnCount();
    return k >= 0 && k < static_cast<int>(m_columnItems.size()) ? m_columnItems[static_cast<size_t>(k)] : -1;
}

int CohortHeatmapModel::columnOfItem(int item) const
{
    for (size_t k = 0; k < m_columnItems.size(); ++k)
        if (m_columnItems[k] == item)
            return fixedColumnCount() + static_cast<int>(k);
    return -1;
}

int CohortHeatmapModel::dimensionAt(int column) const
{
    if (!m_report || column < FirstDimensionColumn || column >= fixedColumnCount())
        return -1;
    return column - FirstDimensionColumn;
}

const CohortParticipant *CohortHeatmapModel::participantAt(int row) const
{
    if (!m_report || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_report->participants[m_rows[static_cast<size_t>(row)]];
}

CohortHeatmapModel::CellState CohortHeatmapModel::stateOf(std::optional<int> level, int required)
{
    return heatCell(level, required);
}

QString CohortHeatmapModel::sortText(int row) const
{
    const CohortParticipant *p = participantAt(row);
    return p ? p->label(m_anonymised) : QString();
}

double CohortHeatmapModel::sortNumber(int row, int column) const
{
    const CohortParticipant *p = participantAt(row);
    if (!p)
        return 0.0;
    if (column == ReadinessColumn)
        return p->score.readiness;
    if (const int d = dimensionAt(column); d >= 0)
        return static_cast<size_t>(d) < p->score.dimensions.size()
                   ? p->score.dimensions[static_cast<size_t>(d)].attainment
                   : 0.0;
    if (const int item = itemAt(column); item >= 0)
        return p->levels[static_cast<size_t>(item)].value_or(-1);
    return 0.0;
}

int CohortHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_rows.size());
}

int CohortHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : fixedColumnCount() + static_cast<int>(m_columnItems.size());
}

QString CohortHeatmapModel::dimensionName(const QString &key) const
{
    const Dimension *d = m_catalog ? m_catalog->dimension(key) : nullptr;
    return d ? d->name(m_language) : key;
}

QString CohortHeatmapModel::cellToolTip(const CohortParticipant &p, int item) const
{
    const CohortItem &it = m_report->items[static_cast<size_t>(item)];
    const Requirement *req = m_catalog ? m_catalog->requirement(it.requirement) : nullptr;
    const std::optional<int> level = p.levels[static_cast<size_t>(item)];
    QString state;
    switch (stateOf(level, it.required)) {
    case CellState::Met: state = tr("met"); break;
    case CellState::OneBelow: state = tr("one level below"); break;
    case CellState::TwoOrMoreBelow: state = tr("%n level(s) below", nullptr, it.required - level.value_or(0)); break;
    case CellState::Unanswered: state = tr("unanswered"); break;
    }
    QStringList lines;
    lines << p.label(m_anonymised);
    lines << QStringLiteral("%1  %2").arg(it.requirement, req ? req->textZh : QString());
    lines << tr("Required: %1").arg(Level::display(it.required, m_language));
    lines << (level ? tr("Rating: %1 (%2)").arg(Level::display(*level, m_language), state)
                    : tr("Rating: %1").arg(state));
    return lines.join(QLatin1Char('\n'));
}

QVariant CohortHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const CohortParticipant &p = *participantAt(index.row());
    const int column = index.column();
    if (role == AssessmentIdRole)
        return p.assessmentId;

    if (column == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: return p.label(m_anonymised);
        case Qt::ToolTipRole: return headerData(index.row(), Qt::Vertical, Qt::ToolTipRole);
        default: return {};
        }
    }

    const int dimension = dimensionAt(column);
    if (column == ReadinessColumn || dimension >= 0) {
        double share = p.score.readiness;
        if (dimension >= 0)
            share = static_cast<size_t>(dimension) < p.score.dimensions.size()
                        ? p.score.dimensions[static_cast<size_t>(dimension)].attainment
                        : 0.0;
        switch (role) {
        case Qt::DisplayRole: return percentText(share);
        case ShareRole:
        case SortRole: return share;
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1 · %2: %3")
                .arg(p.label(m_anonymised),
                     dimension >= 0 ? dimensionName(m_report->dimensions[static_cast<size_t>(dimension)].key)
                                    : tr("Readiness"),
                     percentText(share));
        default: return {};
        }
    }

    const int item = itemAt(column);
    if (item < 0)
        return {};
    const std::optional<int> level = p.levels[static_cast<size_t>(item)];
    const int required = m_report->items[static_cast<size_t>(item)].required;
    switch (role) {
    case Qt::DisplayRole: return level ? QString::number(*level) : QStringLiteral("?");
    case StateRole: return static_cast<int>(stateOf(level, required));
    case LevelRole:
    case SortRole: return level ? *level : -1;
    case RequiredRole: return required;
    case Qt::ToolTipRole: return cellToolTip(p, item);
    case Qt::AccessibleTextRole: return cellToolTip(p, item).replace(QLatin1Char('\n'), QStringLiteral("; "));
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant CohortHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_report || section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        const CohortParticipant *p = participantAt(section);
        if (!p)
            return {};
        switch (role) {
        case Qt::DisplayRole: return p->label(m_anonymised);
        case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole: {
            // Anonymised: the number only; the key is shown elsewhere, to the instructor alone.
            if (m_anonymised)
                return p->code;
            QStringList lines{p->subject.name};
            if (!p->subject.organisation.isEmpty())
                lines << p->subject.organisation;
            if (!p->subject.number.isEmpty())
                lines << tr("Number: %1").arg(p->subject.number);
            lines << tr("Participant %1 · assessment %2").arg(p->code, p->assessmentId.left(8));
            if (p->updated.isValid())
                lines << tr("Last changed %1").arg(QLocale().toString(p->updated.toLocalTime(), QLocale::ShortFormat));
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    }

    if (section >= columnCount())
        return {};
    const int n = static_cast<int>(m_report->participants.size());
    if (section == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole: return tr("Participant");
        case FooterRole: return tr("Met");
        default: return {};
        }
    }
    if (section == ReadinessColumn) {
        switch (role) {
        case Qt::DisplayRole: return tr("Readiness");
        case Qt::ToolTipRole:
            return tr("Readiness: the mean of the dimensions' attainments. Below the table: the class mean.");
        case FooterRole: return m_report->readinessMean ? percentText(*m_report->readinessMean) : QString();
        default: return {};
        }
    }
    if (const int d = dimensionAt(section); d >= 0) {
        const CohortDimension &dim = m_report->dimensions[static_cast<size_t>(d)];
        switch (role) {
        case Qt::DisplayRole: {
            // "Professional knowledge" on two lines, so that the column need not be as wide.
            QString name = dimensionName(dim.key);
            int best = -1;
            for (int i = name.indexOf(QLatin1Char(' ')); i >= 0; i = name.indexOf(QLatin1Char(' '), i + 1))
                if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2))
                    best = i;
            if (best > 0)
                name[best] = QLatin1Char('\n');
            return name;
        }
        case Qt::ToolTipRole:
            return tr("Attainment in %1. Below the table: the class mean.").arg(dimensionName(dim.key));
        case FooterRole: return n > 0 ? percentText(dim.meanAttainment) : QString();
        default: return {};
        }
    }
    const int item = itemAt(section);
    if (item < 0)
        return {};
    const CohortItem &it = m_report->items[static_cast<size_t>(item)];
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1.%2").arg(it.dimension).arg(it.number);
    case Qt::ToolTipRole: {
        const Requirement *req = m_catalog ? m_catalog->requirement(it.requirement) : nullptr;
        QStringList lines;
        lines << QStringLiteral("%1  %2").arg(it.requirement, req ? req->textZh : QString());
        lines << tr("Required: %1").arg(Level::display(it.required, m_language));
        lines << tr("Met by %1 of %2 · gap points %3").arg(it.met).arg(n).arg(it.gapPoints);
        const int priority = static_cast<int>(m_report->priorities.indexOf(it.requirement));
        if (priority >= 0)
            lines << tr("Class priority %1").arg(priority + 1);
        return lines.join(QLatin1Char('\n'));
    }
    case FooterRole: return QString::number(it.met);
    default: return {};
    }
}

CohortHeatmapSortProxy::CohortHeatmapSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CohortHeatmapModel::SortRole);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void CohortHeatmapSortProxy::setLanguage(Language language)
{
    m_collator.setLocale(language == Language::English ? QLocale(QLocale::English) : QLocale(QLocale::Chinese));
    invalidate();
}

void CohortHeatmapSortProxy::setSourceModel(QAbstractItemModel *model)
{
    m_heatmap = qobject_cast<const CohortHeatmapModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool CohortHeatmapSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_heatmap && sortRole() == CohortHeatmapModel::SortRole) {
        if (left.column() == CohortHeatmapModel::LabelColumn)
            return m_collator.compare(m_heatmap->sortText(left.row()), m_heatmap->sortText(right.row())) < 0;
        return m_heatmap->sortNumber(left.row(), left.column()) < m_heatmap->sortNumber(right.row(), right.column());
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return l.toDouble() < r.toDouble();
}

} // namespace iitalent::gui
