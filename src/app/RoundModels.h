#pragma once

#include "HiringRound.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// A candidate as the window names them: the name, then the number and organisation when given
// ("王芳 · A01 · 某厂"), in no language's words.
QString candidateLabel(const Subject &subject);

// What the hiring-round views share: the roles their cells answer (the level cells take the
// heatmap's StateRole and LevelRole, so HeatmapDelegate paints them), and which candidates' panel
// ratings are hidden from someone rating them (blind until submitted).
struct RoundView final
{
    std::shared_ptr<const RoundReport> report;
    const Catalog *catalog = nullptr;
    Language language = Language::Chinese;
    // For each candidate (by index into report->candidates): whom their panel's scorecards are
    // hidden from in this window (the interviewer rating here, who has not submitted their own
    // scorecard of them: blindUntilSubmitted()), or empty.
    QStringList hiddenFrom;
    // For each candidate: the rank shown, counting only the candidates not hidden (no gaps in the
    // numbers), or 0 when hidden.
    std::vector<int> shownRanks;

    bool hidden(int candidate) const
    {
        return candidate >= 0 && candidate < hiddenFrom.size() && !hiddenFrom.at(candidate).isEmpty();
    }
};

// The ranking of a round: one row per candidate in rank order, the columns of the issue (rank,
// candidate, must-haves, readiness, the four attainments, gaps of two or more, completeness, panel
// size, open disagreements) and the decision. Sortable by SortRole; a candidate hidden from the
// person rating them shows no figures.
class RoundRankingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        SortRole = Qt::UserRole + 100, // double, or the name for the candidate column
        CandidateRole,                 // int: index into report->candidates
    };
    enum Column {
        RankColumn = 0,
        CandidateColumn,
        MustHavesColumn,
        ReadinessColumn,
        FirstDimensionColumn, // then one per dimension
    };

    explicit RoundRankingModel(QObject *parent = nullptr);
    void setView(RoundView view);
    const RoundView &view() const { return m_view; }
    const RoundCandidate *candidateAt(int row) const;

    int dimensionCount() const;
    int gapsColumn() const { return FirstDimensionColumn + dimensionCount(); }
    int completenessColumn() const { return gapsColumn() + 1; }
    int panelColumn() const { return gapsColumn() + 2; }
    int disagreementsColumn() const { return gapsColumn() + 3; }
    int decisionColumn() const { return gapsColumn() + 4; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoundView m_view;
};

// The columns both item tables (side by side, one candidate's panel) begin with: the item's
// number, its text and its required level; the levels follow.
enum RoundItemColumn { ItemNumberColumn = 0, ItemTextColumn = 1, ItemRequiredColumn = 2, ItemFirstLevelColumn = 3 };

// Candidates side by side: the role's requirements as rows, then the required level and 2 to 6
// candidates as columns, each cell the combined level against the required one (the heatmap's
// mark and colour) with the panel's levels, evidence and notes on hover; must-haves marked with
// ★ and rows where the candidates' combined levels differ marked with ≠ (DiffersRole).
class RoundSideBySideModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { DiffersRole = Qt::UserRole + 120 };
    enum Column {
        RequirementColumn = ItemNumberColumn,
        TextColumn = ItemTextColumn,
        RequiredColumn = ItemRequiredColumn,
        FirstCandidateColumn = ItemFirstLevelColumn
    };
    static constexpr int MaxCandidates = 6;

    explicit RoundSideBySideModel(QObject *parent = nullptr);
    // `candidates`: copies with their remarks loaded (loadRemarks), `indexes` their places in
    // view.report->candidates.
    void setCandidates(RoundView view, std::vector<RoundCandidate> candidates, std::vector<int> indexes);
    int candidateCount() const { return static_cast<int>(m_candidates.size()); }
    bool differs(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoundView m_view;
    std::vector<RoundCandidate> m_candidates;
    std::vector<int> m_indexes;
};

// Keeps only the rows where the candidates differ, when asked.
class RoundDifferencesFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyDifferences(bool on);
    bool onlyDifferences() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_only = false;
};

// One candidate's panel: the role's requirements as rows; the required level, each interviewer's
// level, the combined level, its source, the spread (! for an open disagreement) and the
// candidate's own level (self-assessment, not counted) as columns. While the candidate is hidden
// from someone rating them, only that person's own column shows levels.
class RoundPanelModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RequirementColumn = ItemNumberColumn,
        TextColumn = ItemTextColumn,
        RequiredColumn = ItemRequiredColumn,
        FirstMemberColumn = ItemFirstLevelColumn
    };

    explicit RoundPanelModel(QObject *parent = nullptr);
    // `candidate`: a copy with its remarks loaded; `index` its place in view.report->candidates.
    void setCandidate(RoundView view, std::optional<RoundCandidate> candidate, int index);
    const RoundCandidate *candidate() const { return m_candidate ? &*m_candidate : nullptr; }
    bool hidden() const { return m_view.hidden(m_index); }
    // The panel member rating the candidate in this window, while the panel is hidden from them.
    QString rater() const { return hidden() ? m_view.hiddenFrom.at(m_index) : QString(); }
    // Whether member `k`'s levels are shown (all of them unless the panel is hidden).
    bool showsMember(int k) const;

    int memberCount() const;
    int combinedColumn() const { return FirstMemberColumn + memberCount(); }
    int sourceColumn() const { return combinedColumn() + 1; }
    int spreadColumn() const { return combinedColumn() + 2; }
    int selfColumn() const { return combinedColumn() + 3; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RoundView m_view;
    std::optional<RoundCandidate> m_candidate;
    int m_index = -1;
};

} // namespace iitalent::gui
