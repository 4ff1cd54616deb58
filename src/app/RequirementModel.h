#pragma once

#include "Language.h"

#include <QAbstractItemModel>

namespace iitalent {
class Catalog;
struct Role;
struct Requirement;
} // namespace iitalent

namespace iitalent::gui {

// One role's requirements grouped under the four dimensions: dimension rows at the top level,
// requirement rows beneath, with the required level and the word it came from.
class RequirementModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TextColumn, LevelColumn, ColumnCount };
    enum DataRole {
        RequirementIdRole = Qt::UserRole + 1, // empty for a dimension row
        LevelRole,                            // required level 1..4 of a requirement row
        MatchesSearchRole,                    // true when the row contains the search text
    };

    explicit RequirementModel(QObject *parent = nullptr);

    void setRole(const Catalog *catalog, const Role *role);
    void setLanguage(Language language);
    // Requirements containing this text are shown highlighted.
    void setHighlight(const QString &text);

    const Requirement *requirementAt(const QModelIndex &index) const;
    int matchCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelName(int level, Language language);

private:
    struct Group
    {
        int dimension = 0; // index into Catalog::dimensions()
        std::vector<const Requirement *> items;
    };
    static constexpr quintptr GroupId = 0; // internalId of dimension rows; items store group + 1
    bool matches(const Requirement *req) const;
    void refreshAll();

    const Catalog *m_catalog = nullptr;
    const Role *m_role = nullptr;
    Language m_language = Language::Chinese;
    QString m_highlight;
    std::vector<Group> m_groups;
};

} // namespace iitalent::gui
