#include "RoleFilterProxyModel.h"

#include "Catalog.h"
#include "RoleTreeModel.h"

#include <algorithm>

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
    // The standard's misspellings of the needle too (Kubernetes finds "Kuberneters").
    m_needles.clear();
    for (const QString &v : Catalog::searchVariants(needle))
        m_needles << v.toCaseFolded();
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
    auto matches = [this](const QString &text) {
        return std::any_of(m_needles.begin(), m_needles.end(), [&](const QString &n) { return text.contains(n); });
    };
    if (!sourceParent.isValid()) {
        // A direction whose name matches shows all its roles; otherwise recursive filtering keeps
        // it while a child matches.
        return matches(haystack);
    }
    if (matches(haystack))
        return true;
    // A role of a direction whose name matches is shown too.
    return matches(sourceParent.data(RoleTreeModel::SearchTextRole).toString());
}

} // namespace iitalent::gui
