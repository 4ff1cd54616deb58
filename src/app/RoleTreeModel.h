#pragma once

#include "Language.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace iitalent {
class Catalog;
struct Role;
} // namespace iitalent

namespace iitalent::gui {

// The catalog's directions (top level) and their roles (children) for the role browser.
class RoleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CodeColumn, ColumnCount };
    enum DataRole {
        RoleCodeRole = Qt::UserRole + 1, // role code of a role row, empty for a direction row
        DirectionIdRole,                 // direction id of both kinds of row
        SearchTextRole,                  // lower-cased text a search matches against
    };

    explicit RoleTreeModel(QObject *parent = nullptr);

    // The catalog must outlive the model or be replaced with setCatalog before it goes.
    void setCatalog(const Catalog *catalog);
    void setLanguage(Language language);

    QModelIndex indexOfRole(const QString &code) const;
    const Role *roleAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct DirectionNode
    {
        int direction = 0;      // index into Catalog::directions()
        std::vector<int> roles; // indexes into Catalog::roles()
    };
    void rebuild();
    static constexpr quintptr DirectionId = 0; // internalId of direction rows; roles store direction + 1

    const Catalog *m_catalog = nullptr;
    Language m_language = Language::Chinese;
    std::vector<DirectionNode> m_nodes;
    QStringList m_searchText; // per catalog role
};

} // namespace iitalent::gui
