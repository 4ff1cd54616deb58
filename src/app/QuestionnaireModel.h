#pragma once

#include "Language.h"

#include <QAbstractItemModel>

namespace iitalent {
struct Requirement;
}

namespace iitalent::gui {

class AssessmentSession;

// The questionnaire's items: dimension rows at the top level, the role's requirements beneath,
// with the rating given so far. In self mode the required level of an item stays hidden until it
// has been answered (so it does not steer the answer) unless showRequired is set.
class QuestionnaireModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TextColumn, RatingColumn, RequiredColumn, EvidenceColumn, ColumnCount };
    enum DataRole {
        RequirementIdRole = Qt::UserRole + 1, // empty for a dimension row
        LevelRole,                            // the rating 0..4, or an invalid QVariant
        RequiredLevelRole,                    // always the required level, for code that may know it
        AnsweredRole,
        FromLastTimeRole, // true while the answer is the one carried over from the previous round
    };

    explicit QuestionnaireModel(AssessmentSession *session, QObject *parent = nullptr);

    void setLanguage(Language language);
    void setShowRequired(bool show);
    bool requiredVisible(const Requirement &req) const;

    const Requirement *requirementAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &requirement, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Every cell and header may read differently now (a language, the required levels shown).
    void announceAllChanged();
    void onRatingChanged(const QString &requirement);
    struct Group
    {
        int dimension = 0;
        std::vector<const Requirement *> items;
    };
    static constexpr quintptr GroupId = 0;

    AssessmentSession *m_session;
    Language m_language = Language::Chinese;
    bool m_showRequired = false;
    std::vector<Group> m_groups;
};

} // namespace iitalent::gui
