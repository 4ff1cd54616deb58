#include "RequirementModel.h"

#include "Catalog.h"
#include "Levels.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace iitalent::gui {

RequirementModel::RequirementModel(QObject *parent) : QAbstractItemModel(parent) {}

void RequirementModel::setRole(const Catalog *catalog, const Role *role)
{
    beginResetModel();
    m_catalog = catalog;
    m_role = role;
    m_groups.clear();
    if (catalog && role) {
        const auto &dims = catalog->dimensions();
        for (int d = 0; d < static_cast<int>(dims.size()); ++d) {
            Group g;
            g.dimension = d;
            for (const Requirement &req : role->requirements)
                if (req.dimension == dims[static_cast<size_t>(d)].key)
                    g.items.push_back(&req);
            m_groups.push_back(std::move(g));
        }
    }
    endResetModel();
}

void RequirementModel::refreshAll()
{
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex parent = index(g, 0);
        const int n = rowCount(parent);
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RequirementModel::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    refreshAll();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void RequirementModel::setHighlight(const QString &text)
{
    const QString folded = text.simplified().toCaseFolded();
    if (folded == m_highlight)
        return;
    m_highlight = folded;
    refreshAll();
}

bool RequirementModel::matches(const Requirement *req) const
{
    return !m_highlight.isEmpty() && req->textZh.toCaseFolded().contains(m_highlight);
}

int RequirementModel::matchCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        for (const Requirement *req : g.items)
            n += matches(req) ? 1 : 0;
    return n;
}

const Requirement *RequirementModel::requirementAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupId)
        return nullptr;
    return m_groups[static_cast<size_t>(index.internalId() - 1)].items[static_cast<size_t>(index.row())];
}

QString RequirementModel::levelName(int level, Language language)
{
    return QStringLiteral("%1 %2").arg(level).arg(language == Language::Chinese ? Level::nameZh(level)
                                                                                : Level::nameEn(level));
}

QModelIndex RequirementModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex RequirementModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int RequirementModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return static_cast<int>(m_groups[static_cast<size_t>(parent.row())].items.size());
}

int RequirementModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RequirementModel::data(const QModelIndex &index, int role) const
{
    if (!m_catalog || !index.isValid())
        return {};
    const bool zh = m_language == Language::Chinese;
    if (index.internalId() == GroupId) {
        const Group &g = m_groups[static_cast<size_t>(index.row())];
        const Dimension &dim = m_catalog->dimensions()[static_cast<size_t>(g.dimension)];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == IdColumn)
                return dim.heading(m_language);
            if (index.column() == TextColumn)
                return tr("%n item(s)", nullptr, static_cast<int>(g.items.size()));
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ToolTipRole: {
            QStringList lines{QStringLiteral("%1 · %2").arg(dim.nameZh, dim.nameEn)};
            for (const Element &e : dim.elements)
                lines << QStringLiteral("%1 (%2): %3").arg(e.nameZh, e.nameEn, zh ? e.descriptionZh : e.descriptionEn);
            return lines.join(QLatin1Char('\n'));
        }
        case RequirementIdRole: return QString();
        default: return {};
        }
    }
    const Requirement *req = requirementAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return req->id;
        case TextColumn: return req->textZh;
        case LevelColumn: return levelName(req->level, m_language);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LevelColumn) {
            return req->levelWord.isEmpty() ? tr("No level word in this item: the default level %1 applies.")
                                                  .arg(levelName(req->level, m_language))
                                            : tr("Required level %1, from the word “%2”.")
                                                  .arg(levelName(req->level, m_language), req->levelWord);
        }
        return req->textZh;
    case Qt::FontRole:
        if (matches(req)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (matches(req)) {
            // A tint of the highlight over the view's background, light or dark as the palette is,
            // so the palette's own text colour reads on it.
            const QPalette p = QGuiApplication::palette();
            const QColor base = p.color(QPalette::Base);
            const QColor tint = p.color(QPalette::Highlight);
            auto mix = [](int b, int t) { return (b * 60 + t * 40) / 100; };
            return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
        }
        return {};
    case Qt::ForegroundRole:
        if (matches(req))
            return QGuiApplication::palette().brush(QPalette::Text);
        return {};
    case RequirementIdRole: return req->id;
    case LevelRole: return req->level;
    case MatchesSearchRole: return matches(req);
    default: return {};
    }
}

QVariant RequirementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Item");
    case TextColumn: return tr("Requirement");
    case LevelColumn: return tr("Required level");
    default: return {};
    }
}

} // namespace iitalent::gui
