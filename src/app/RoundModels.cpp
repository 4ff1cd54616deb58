#include "RoundModels.h"

#include "Catalog.h"
#include "CohortDocuments.h"
#include "CohortHeatmapModel.h"
#include "Levels.h"
#include "RoundText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace iitalent::gui {

namespace {

const QColor kFlagInk(0xa0, 0x40, 0x00); // dark orange, as the documents flag what needs a look

QString hiddenTip(const QString &rater)
{
    return RoundRankingModel::tr("Hidden until %1 has submitted a scorecard of this candidate: the panel is blind "
                                 "until each member has submitted.")
        .arg(rater);
}

// A cell whose figure is made of ratings hidden from someone still rating the candidate (blind
// until submitted): "…", with who and why on hover; `sortValue` is its SortRole in the ranking.
QVariant hiddenCell(const QString &rater, int role, const QVariant &sortValue = {})
{
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("…");
    case Qt::ToolTipRole: return hiddenTip(rater);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return role == RoundRankingModel::SortRole ? sortValue : QVariant();
    }
}

QString levelText(const std::optional<int> &level, Language language)
{
    return level ? Level::display(*level, language) : RoundRankingModel::tr("not rated");
}

// A level cell as the heatmap paints it: the mark and the level, its state and level for the delegate.
QVariant levelCell(const std::optional<int> &level, int required, int role)
{
    switch (role) {
    case Qt::DisplayRole: return heatCellText(level, required);
    case CohortHeatmapModel::StateRole: return static_cast<int>(heatCell(level, required));
    case CohortHeatmapModel::LevelRole: return level.value_or(-1);
    case CohortHeatmapModel::RequiredRole: return required;
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QString requirementLabel(const RoundReport &r, const QString &id)
{
    return r.mustHaves.contains(id) ? QStringLiteral("%1 %2").arg(report::RoundText::mustHaveMark(), id) : id;
}

QString requirementTip(const Catalog *catalog, const RoundReport &r, const QString &id, Language language)
{
    const Requirement *req = catalog ? catalog->requirement(id) : nullptr;
    if (!req)
        return id;
    QString tip =
        QStringLiteral("%1 %2\n%3")
            .arg(id, req->textZh, RoundRankingModel::tr("Required: %1").arg(Level::display(req->level, language)));
    if (r.mustHaves.contains(id))
        tip += QLatin1Char('\n') + RoundRankingModel::tr("%1 Must-have").arg(report::RoundText::mustHaveMark());
    return tip;
}

// The three columns both item tables begin with: the item's number (★ for a must-have, and ≠
// when `differs`), its text and its required level.
QVariant requirementCell(const RoundView &view, const Requirement &req, int column, int role, bool differs)
{
    const RoundReport &r = *view.report;
    const bool mustHave = r.mustHaves.contains(req.id);
    if (role == Qt::ToolTipRole)
        return column == ItemRequiredColumn ? Level::display(req.level, view.language)
                                            : requirementTip(view.catalog, r, req.id, view.language);
    switch (column) {
    case ItemNumberColumn:
        if (role == Qt::DisplayRole) {
            const QString label = requirementLabel(r, req.id);
            return differs ? QStringLiteral("%1  ≠").arg(label) : label;
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(mustHave || differs);
            return f;
        }
        return {};
    case ItemTextColumn: return role == Qt::DisplayRole ? QVariant(req.textZh) : QVariant();
    case ItemRequiredColumn:
        if (role == Qt::DisplayRole)
            return req.level;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant requirementHeader(int section)
{
    switch (section) {
    case ItemNumberColumn: return RoundRankingModel::tr("No.");
    case ItemTextColumn: return RoundRankingModel::tr("Requirement");
    case ItemRequiredColumn: return RoundRankingModel::tr("Required");
    default: return {};
    }
}

// A panel member's evidence and note on an item, a line each (none when they wrote nothing).
QStringList remarkLines(const RoundItem &item, size_t member, const QString &indent = QString())
{
    QStringList lines;
    if (member >= item.remarks.size())
        return lines;
    if (!item.remarks[member].evidence.isEmpty())
        lines << indent + RoundRankingModel::tr("Evidence: %1").arg(item.remarks[member].evidence);
    if (!item.remarks[member].note.isEmpty())
        lines << indent + RoundRankingModel::tr("Note: %1").arg(item.remarks[member].note);
    return lines;
}

// What the panel said about one item of a candidate: each member's level, evidence and note,
// then the combined level and the consensus reason.
QString panelTip(const RoundView &view, const RoundCandidate &c, const RoundItem &item)
{
    const report::RoundText words(*view.catalog, view.language);
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(c.subject.name, item.requirement);
    for (size_t k = 0; k < item.ratings.size(); ++k) {
        const auto &[name, level] = item.ratings[k];
        lines << QStringLiteral("%1: %2").arg(name, levelText(level, view.language));
        lines << remarkLines(item, k, QStringLiteral("    "));
    }
    lines << RoundRankingModel::tr("Combined: %1 (%2)")
                 .arg(levelText(item.combined, view.language), words.sourceName(item.source));
    if (!item.consensusReason.isEmpty())
        lines << RoundRankingModel::tr("Consensus reason: %1").arg(item.consensusReason);
    if (item.disagreement)
        lines << RoundRankingModel::tr("%1 Open disagreement: the ratings are %2 levels apart.")
                     .arg(report::RoundText::disagreementMark())
                     .arg(item.spread);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString candidateLabel(const Subject &subject)
{
    QStringList parts{subject.name};
    if (!subject.number.isEmpty())
        parts << subject.number;
    if (!subject.organisation.isEmpty())
        parts << subject.organisation;
    return parts.join(QStringLiteral(" · "));
}

// --- The ranking ---

RoundRankingModel::RoundRankingModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoundRankingModel::setView(RoundView view)
{
    beginResetModel();
    m_view = std::move(view);
    endResetModel();
}

const RoundCandidate *RoundRankingModel::candidateAt(int row) const
{
    if (!m_view.report || row < 0 || row >= static_cast<int>(m_view.report->candidates.size()))
        return nullptr;
    return &m_view.report->candidates[static_cast<size_t>(row)];
}

int RoundRankingModel::dimensionCount() const
{
    return m_view.catalog ? static_cast<int>(m_view.catalog->dimensions().size()) : 4;
}

int RoundRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_view.report ? 0 : static_cast<int>(m_view.report->candidates.size());
}

int RoundRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : decisionColumn() + 1;
}

QVariant RoundRankingModel::data(const QModelIndex &index, int role) const
{
    const RoundCandidate *c = candidateAt(index.row());
    if (!c || !m_view.catalog)
        return {};
    const int col = index.column();
    if (role == CandidateRole)
        return index.row();
    const report::RoundText words(*m_view.catalog, m_view.language);
    const bool hidden = m_view.hidden(index.row());
    // Columns that the panel's ratings make (the decision too): hidden from someone still rating.
    const bool figure = col >= MustHavesColumn && col <= decisionColumn() && col != panelColumn();
    if (hidden && figure)
        return hiddenCell(m_view.hiddenFrom.at(index.row()), role, -1.0);
    if (hidden && col == RankColumn) // made of the others' ratings too: sorted after the rest
        return hiddenCell(m_view.hiddenFrom.at(index.row()), role, 1e9);
    const int dim = col - FirstDimensionColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (col == RankColumn)
            return index.row() < static_cast<int>(m_view.shownRanks.size())
                       ? m_view.shownRanks[static_cast<size_t>(index.row())]
                       : c->rank;
        if (col == CandidateColumn)
            return c->subject.name;
        if (col == MustHavesColumn)
            return words.mustHaveSummary(*m_view.report, *c);
        if (col == ReadinessColumn)
            return percentText(c->score.readiness);
        if (dim >= 0 && dim < dimensionCount())
            return dim < static_cast<int>(c->score.dimensions.size())
                       ? percentText(c->score.dimensions[static_cast<size_t>(dim)].attainment)
                       : QString();
        if (col == gapsColumn())
            return c->gapsOfTwoOrMore;
        if (col == completenessColumn())
            return percentText(c->score.completeness);
        if (col == panelColumn())
            return static_cast<int>(c->panel.size());
        if (col == disagreementsColumn())
            return c->openDisagreements;
        if (col == decisionColumn())
            return c->decision.isEmpty() ? QString() : words.decisionName(c->decision);
        return {};
    case SortRole:
        if (col == RankColumn)
            return c->rank;
        if (col == CandidateColumn)
            return c->subject.name;
        if (col == MustHavesColumn)
            return double(c->failedMustHaves.size());
        if (col == ReadinessColumn)
            return c->score.readiness;
        if (dim >= 0 && dim < dimensionCount())
            return dim < static_cast<int>(c->score.dimensions.size())
                       ? c->score.dimensions[static_cast<size_t>(dim)].attainment
                       : 0.0;
        if (col == gapsColumn())
            return double(c->gapsOfTwoOrMore);
        if (col == completenessColumn())
            return c->score.completeness;
        if (col == panelColumn())
            return double(c->panel.size());
        if (col == disagreementsColumn())
            return double(c->openDisagreements);
        if (col == decisionColumn())
            return words.decisionName(c->decision);
        return {};
    case Qt::ToolTipRole:
        if (col == CandidateColumn) {
            QStringList lines{candidateLabel(c->subject)};
            lines << QStringLiteral("%1: %2").arg(words.panelHeader(), c->panel.join(QStringLiteral(", ")));
            if (!c->selfAssessmentId.isEmpty())
                lines << tr("Has a self-assessment in the round (shown beside the panel's view, not counted).");
            return lines.join(QLatin1Char('\n'));
        }
        if (col == MustHavesColumn && !c->failedMustHaves.isEmpty()) {
            QStringList lines{words.failedMustHavesHeader()};
            for (const QString &id : c->failedMustHaves) {
                const Requirement *req = m_view.catalog->requirement(id);
                lines << QStringLiteral("%1 %2").arg(id, req ? req->textZh : QString());
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (col == panelColumn())
            return c->panel.join(QLatin1Char('\n'));
        if (col == decisionColumn() && !c->decisionNote.isEmpty())
            return c->decisionNote;
        return {};
    case Qt::TextAlignmentRole:
        return col == CandidateColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignCenter);
    case Qt::FontRole:
        if (col == RankColumn || col == CandidateColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if ((col == MustHavesColumn && !c->failedMustHaves.isEmpty()) ||
            (col == disagreementsColumn() && c->openDisagreements > 0))
            return QBrush(kFlagInk);
        return {};
    default: return {};
    }
}

QVariant RoundRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_view.catalog)
        return QAbstractTableModel::headerData(section, orientation, role);
    const report::RoundText words(*m_view.catalog, m_view.language);
    if (role == Qt::DisplayRole) {
        const int dim = section - FirstDimensionColumn;
        if (section == RankColumn)
            return words.rankHeader();
        if (section == CandidateColumn)
            return words.candidateHeader();
        if (section == MustHavesColumn)
            return words.mustHavesHeader();
        if (section == ReadinessColumn)
            return words.common().readinessHeader();
        if (dim >= 0 && dim < dimensionCount())
            return words.common().dimensionName(m_view.catalog->dimensions()[static_cast<size_t>(dim)].key);
        if (section == gapsColumn())
            return words.gapsHeader();
        if (section == completenessColumn())
            return report::ReportText::tr("Completeness");
        if (section == panelColumn())
            return words.panelSizeHeader();
        if (section == disagreementsColumn())
            return words.disagreementsHeader();
        if (section == decisionColumn())
            return words.decisionHeader();
    }
    if (role == Qt::ToolTipRole) {
        if (section == gapsColumn())
            return words.gapsLongHeader();
        if (section == MustHavesColumn)
            return words.mustHavesMetHeader();
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

// --- Side by side ---

RoundSideBySideModel::RoundSideBySideModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoundSideBySideModel::setCandidates(RoundView view, std::vector<RoundCandidate> candidates,
                                         std::vector<int> indexes)
{
    beginResetModel();
    m_view = std::move(view);
    m_candidates = std::move(candidates);
    m_indexes = std::move(indexes);
    endResetModel();
}

bool RoundSideBySideModel::differs(int row) const
{
    std::optional<std::optional<int>> first;
    for (size_t k = 0; k < m_candidates.size(); ++k) {
        if (m_view.hidden(m_indexes[k]))
            continue;
        const auto &combined = m_candidates[k].items[static_cast<size_t>(row)].combined;
        if (!first)
            first = combined;
        else if (*first != combined)
            return true;
    }
    return false;
}

int RoundSideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_view.report || !m_view.report->role || m_candidates.empty()
               ? 0
               : static_cast<int>(m_view.report->role->requirements.size());
}

int RoundSideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCandidateColumn + candidateCount();
}

QVariant RoundSideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_view.report || !m_view.catalog || index.row() >= rowCount())
        return {};
    const Requirement &req = m_view.report->role->requirements[static_cast<size_t>(index.row())];
    const int col = index.column();
    if (role == DiffersRole)
        return differs(index.row());
    if (col < FirstCandidateColumn)
        return requirementCell(m_view, req, col, role, col == RequirementColumn && differs(index.row()));
    const int k = col - FirstCandidateColumn;
    if (k < 0 || k >= candidateCount())
        return {};
    const RoundCandidate &c = m_candidates[static_cast<size_t>(k)];
    const RoundItem &item = c.items[static_cast<size_t>(index.row())];
    if (m_view.hidden(m_indexes[static_cast<size_t>(k)]))
        return hiddenCell(m_view.hiddenFrom.at(m_indexes[static_cast<size_t>(k)]), role);
    if (role == Qt::ToolTipRole)
        return panelTip(m_view, c, item);
    return levelCell(item.combined, item.required, role);
}

QVariant RoundSideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_view.catalog)
        return QAbstractTableModel::headerData(section, orientation, role);
    const report::RoundText words(*m_view.catalog, m_view.language);
    const int k = section - FirstCandidateColumn;
    if (role == Qt::DisplayRole) {
        if (section < FirstCandidateColumn)
            return requirementHeader(section);
        if (k >= 0 && k < candidateCount()) {
            const RoundCandidate &c = m_candidates[static_cast<size_t>(k)];
            if (m_view.hidden(m_indexes[static_cast<size_t>(k)]))
                return c.subject.name; // no rank: it is made of the hidden ratings
            return QStringLiteral("%1. %2").arg(c.rank).arg(c.subject.name);
        }
    }
    if (role == Qt::ToolTipRole && k >= 0 && k < candidateCount()) {
        const RoundCandidate &c = m_candidates[static_cast<size_t>(k)];
        if (m_view.hidden(m_indexes[static_cast<size_t>(k)]))
            return QStringLiteral("%1\n%2").arg(candidateLabel(c.subject),
                                                hiddenTip(m_view.hiddenFrom.at(m_indexes[static_cast<size_t>(k)])));
        return QStringLiteral("%1\n%2: %3\n%4: %5")
            .arg(candidateLabel(c.subject), words.common().readinessHeader(), percentText(c.score.readiness),
                 words.mustHavesHeader(), words.mustHaveSummary(*m_view.report, c));
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RoundDifferencesFilter::setOnlyDifferences(bool on)
{
    if (m_only == on)
        return;
    m_only = on;
    invalidateFilter();
}

bool RoundDifferencesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(RoundSideBySideModel::DiffersRole).toBool();
}

// --- The panel of one candidate ---

RoundPanelModel::RoundPanelModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoundPanelModel::setCandidate(RoundView view, std::optional<RoundCandidate> candidate, int index)
{
    beginResetModel();
    m_view = std::move(view);
    m_candidate = std::move(candidate);
    m_index = index;
    endResetModel();
}

bool RoundPanelModel::showsMember(int k) const
{
    if (!m_candidate || k < 0 || k >= memberCount())
        return false;
    return !hidden() || m_candidate->panel.at(k) == m_view.hiddenFrom.at(m_index);
}

int RoundPanelModel::memberCount() const
{
    return m_candidate ? static_cast<int>(m_candidate->panel.size()) : 0;
}

int RoundPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_candidate ? 0 : static_cast<int>(m_candidate->items.size());
}

int RoundPanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_candidate ? 0 : selfColumn() + 1;
}

QVariant RoundPanelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_candidate || !m_view.catalog || index.row() >= rowCount())
        return {};
    const RoundItem &item = m_candidate->items[static_cast<size_t>(index.row())];
    const int col = index.column();
    const report::RoundText words(*m_view.catalog, m_view.language);
    if (col < FirstMemberColumn) // the items are the role's, in catalog order
        return requirementCell(m_view, m_view.report->role->requirements[static_cast<size_t>(index.row())], col, role,
                               false);
    const int k = col - FirstMemberColumn;
    if (k >= 0 && k < memberCount()) {
        if (!showsMember(k))
            return hiddenCell(rater(), role);
        const auto &level = item.ratings[static_cast<size_t>(k)].second;
        const bool skipped = item.notAssessed.at(static_cast<size_t>(k));
        if (role == Qt::ToolTipRole) {
            QStringList lines{QStringLiteral("%1: %2").arg(
                m_candidate->panel.at(k), skipped ? words.notAssessedName() : levelText(level, m_view.language))};
            lines << remarkLines(item, static_cast<size_t>(k));
            return lines.join(QLatin1Char('\n'));
        }
        if (skipped && role == Qt::DisplayRole)
            return words.notAssessedName();
        if (skipped && role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (skipped)
            return {};
        return levelCell(level, item.required, role);
    }
    if (hidden() && col != selfColumn())
        return hiddenCell(rater(), role);
    if (col == combinedColumn()) {
        if (role == Qt::ToolTipRole)
            return panelTip(m_view, *m_candidate, item);
        return levelCell(item.combined, item.required, role);
    }
    if (col == sourceColumn()) {
        if (role == Qt::DisplayRole)
            return words.sourceName(item.source);
        if (role == Qt::ToolTipRole && !item.consensusReason.isEmpty())
            return tr("Consensus reason: %1").arg(item.consensusReason);
        if (role == Qt::FontRole && item.source == RoundItem::Source::Consensus) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    if (col == spreadColumn()) {
        const int answered = static_cast<int>(std::count_if(item.ratings.begin(), item.ratings.end(),
                                                            [](const auto &r) { return r.second.has_value(); }));
        if (role == Qt::DisplayRole) {
            QString text = answered >= 2 ? QString::number(item.spread) : QStringLiteral("–");
            if (item.disagreement)
                text += QLatin1Char(' ') + report::RoundText::disagreementMark();
            return text;
        }
        if (role == Qt::ToolTipRole && item.disagreement)
            return tr("%1 Open disagreement: the ratings are %2 levels apart and no consensus is recorded.")
                .arg(report::RoundText::disagreementMark())
                .arg(item.spread);
        if (role == Qt::ForegroundRole && item.disagreement)
            return QBrush(kFlagInk);
        if (role == Qt::FontRole && item.disagreement) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    if (col == selfColumn()) {
        if (m_candidate->selfAssessmentId.isEmpty()) {
            if (role == Qt::DisplayRole)
                return QStringLiteral("–");
            if (role == Qt::TextAlignmentRole)
                return int(Qt::AlignCenter);
            return {};
        }
        if (role == Qt::ToolTipRole)
            return tr("The candidate's own rating: %1 (not counted in the panel's figures)")
                .arg(levelText(item.self, m_view.language));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x55, 0x55, 0x55));
        if (role == Qt::DisplayRole)
            return item.self ? QString::number(*item.self) : QStringLiteral("?");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    }
    return {};
}

QVariant RoundPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_candidate || !m_view.catalog)
        return QAbstractTableModel::headerData(section, orientation, role);
    const report::RoundText words(*m_view.catalog, m_view.language);
    const int k = section - FirstMemberColumn;
    if (role == Qt::DisplayRole) {
        if (section < FirstMemberColumn)
            return requirementHeader(section);
        if (k >= 0 && k < memberCount()) {
            const RoundScorecard &card = m_candidate->scorecards.at(static_cast<size_t>(k));
            QString text = m_candidate->panel.at(k);
            if (!showsMember(k))
                return text; // blind: not even whether the others have submitted
            if (card.isSubmitted())
                text += QStringLiteral(" ✓");
            if (card.changedAfterVisible)
                text += QStringLiteral(" ") + report::RoundText::changedAfterVisibleMark();
            return text;
        }
        if (section == combinedColumn())
            return tr("Combined");
        if (section == sourceColumn())
            return tr("Source");
        if (section == spreadColumn())
            return tr("Spread");
        if (section == selfColumn())
            return tr("Self (not counted)");
    }
    if (role == Qt::ToolTipRole && k >= 0 && k < memberCount()) {
        const RoundScorecard &card = m_candidate->scorecards.at(static_cast<size_t>(k));
        const QString name = m_candidate->panel.at(k);
        if (!showsMember(k)) // blind: not even how far the others have come
            return name;
        QStringList lines;
        if (!card.isSubmitted())
            lines << (m_candidate->panelComplete.at(static_cast<size_t>(k))
                          ? tr("%1 has rated every item but not submitted the scorecard.").arg(name)
                          : tr("%1 has not rated every item yet.").arg(name));
        else if (showsMember(k))
            lines << tr("%1 submitted the scorecard: %2.").arg(name, words.recommendationName(card.recommendation));
        else
            lines << tr("%1 submitted the scorecard.").arg(name);
        if (showsMember(k) && !card.comment.isEmpty())
            lines << tr("Comment: %1").arg(card.comment);
        if (card.changedAfterVisible)
            lines << words.changedAfterVisibleNote();
        return lines.join(QLatin1Char('\n'));
    }

    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace iitalent::gui
