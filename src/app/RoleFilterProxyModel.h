#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace iitalent::gui {

// Filters the role tree by a text found in a role's code, names, aliases or requirement texts.
// A direction stays visible while one of its roles matches, or when its own name matches.
class RoleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RoleFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // The number of role rows (not directions) that pass the filter.
    int matchingRoleCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;        // as typed
    QString m_needle;      // simplified and case-folded
    QStringList m_needles; // m_needle and its misspellings in the standard, case-folded
};

} // namespace iitalent::gui
