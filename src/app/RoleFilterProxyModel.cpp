#include "RoleFilterProxyModel.h"

#include "RoleTreeModel.h"

namespace iitalent::gui {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void RoleFilterProxyModel::setSearchText(const QString &text)
{
    const QString needle = text.simplified().toCaseFolded();
    if (needle == m_needle) {
        m_text = text;
        return;
    }
    m_text = text;
    m_needle = needle;
    invalidateRowsFilter();
}

int RoleFilterProxyModel::matchingRoleCount() const
{
    int count = 0;
    for (int d = 0; d < rowCount(); ++d)
        count += rowCount(index(d, 0));
    return count;
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = idx.data(RoleTreeModel::SearchTextRole).toString();
    if (!sourceParent.isValid()) {
        // A direction whose name matches shows all its roles; otherwise recursive filtering keeps
        // it while a child matches.
        return haystack.contains(m_needle);
    }
    if (haystack.contains(m_needle))
        return true;
    // A role of a direction whose name matches is shown too.
    return sourceParent.data(RoleTreeModel::SearchTextRole).toString().contains(m_needle);
}

} // namespace iitalent::gui
