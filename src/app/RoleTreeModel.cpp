#include "RoleTreeModel.h"

#include "Catalog.h"

namespace iitalent::gui {

RoleTreeModel::RoleTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void RoleTreeModel::setCatalog(const Catalog *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    rebuild();
    endResetModel();
}

void RoleTreeModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (rowCount() > 0) {
        for (int r = 0; r < rowCount(); ++r) {
            const QModelIndex dir = index(r, 0);
            const int n = rowCount(dir);
            if (n > 0)
                Q_EMIT dataChanged(index(0, 0, dir), index(n - 1, ColumnCount - 1, dir));
        }
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RoleTreeModel::rebuild()
{
    m_nodes.clear();
    m_searchText.clear();
    if (!m_catalog)
        return;
    const auto &directions = m_catalog->directions();
    const auto &roles = m_catalog->roles();
    for (int d = 0; d < static_cast<int>(directions.size()); ++d) {
        DirectionNode node;
        node.direction = d;
        for (int r = 0; r < static_cast<int>(roles.size()); ++r)
            if (roles[static_cast<size_t>(r)].direction == directions[static_cast<size_t>(d)].id)
                node.roles.push_back(r);
        m_nodes.push_back(std::move(node));
    }
    for (const Role &role : roles) {
        QStringList parts{role.code, role.nameZh, role.nameEn, role.section};
        parts << role.aliasesZh;
        for (const Requirement &req : role.requirements)
            parts << req.textZh;
        m_searchText << parts.join(QLatin1Char('\n')).toCaseFolded();
    }
}

QModelIndex RoleTreeModel::indexOfRole(const QString &code) const
{
    for (int d = 0; d < static_cast<int>(m_nodes.size()); ++d) {
        const auto &roles = m_nodes[static_cast<size_t>(d)].roles;
        for (int r = 0; r < static_cast<int>(roles.size()); ++r)
            if (m_catalog->roles()[static_cast<size_t>(roles[static_cast<size_t>(r)])].code == code)
                return createIndex(r, 0, static_cast<quintptr>(d + 1));
    }
    return {};
}

const Role *RoleTreeModel::roleAt(const QModelIndex &index) const
{
    if (!m_catalog || !index.isValid() || index.internalId() == DirectionId)
        return nullptr;
    const auto &node = m_nodes[static_cast<size_t>(index.internalId() - 1)];
    return &m_catalog->roles()[static_cast<size_t>(node.roles[static_cast<size_t>(index.row())])];
}

QModelIndex RoleTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, DirectionId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex RoleTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == DirectionId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, DirectionId);
}

int RoleTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_nodes.size());
    if (parent.column() != 0 || parent.internalId() != DirectionId)
        return 0;
    return static_cast<int>(m_nodes[static_cast<size_t>(parent.row())].roles.size());
}

int RoleTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoleTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_catalog || !index.isValid())
        return {};
    if (index.internalId() == DirectionId) {
        const auto &node = m_nodes[static_cast<size_t>(index.row())];
        const Direction &d = m_catalog->directions()[static_cast<size_t>(node.direction)];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return QStringLiteral("%1 (%2)").arg(d.name(m_language)).arg(node.roles.size());
            return {};
        case Qt::ToolTipRole: return QStringLiteral("%1 · %2").arg(d.nameZh, d.nameEn);
        case DirectionIdRole: return d.id;
        case RoleCodeRole: return QString();
        case SearchTextRole: return QStringLiteral("%1\n%2").arg(d.nameZh, d.nameEn).toCaseFolded();
        default: return {};
        }
    }
    const Role *r = roleAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return r->name(m_language);
        return r->code;
    case Qt::ToolTipRole: return QStringLiteral("%1  %2\n%3").arg(r->code, r->nameZh, r->nameEn);
    case Qt::AccessibleTextRole: return QStringLiteral("%1 %2").arg(r->code, r->name(m_language));
    case RoleCodeRole: return r->code;
    case DirectionIdRole: return r->direction;
    case SearchTextRole: {
        const int i = static_cast<int>(r - m_catalog->roles().data());
        return m_searchText.value(i);
    }
    default: return {};
    }
}

QVariant RoleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Direction / role");
    case CodeColumn: return tr("No.");
    default: return {};
    }
}

} // namespace iitalent::gui
