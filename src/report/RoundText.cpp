#include "RoundText.h"

#include "Catalog.h"
#include "Levels.h"
#include "Scoring.h"

#include <cmath>
#include <functional>

namespace iitalent::report {

namespace {

// A mean difference as the calibration shows it: at most two decimals, no trailing zeros, a sign
// (the minus sign, not a hyphen); "0" when it rounds to nothing.
QString differenceNumber(double value)
{
    QString s = QString::number(std::abs(value), 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s == QLatin1String("0"))
        return s;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + s;
}

const DimensionScore *dimensionOf(const Score &score, const QString &key)
{
    for (const DimensionScore &d : score.dimensions)
        if (d.key == key)
            return &d;
    return nullptr;
}

int answeredRatings(const RoundItem &item)
{
    return static_cast<int>(std::count_if(item.ratings.begin(), item.ratings.end(),
                                          [](const auto &rating) { return rating.second.has_value(); }));
}

RoundCell plain(const QString &text, bool strong = false)
{
    RoundCell c;
    c.text = text;
    c.strong = strong;
    return c;
}

RoundCell heat(const std::optional<int> &level, int required, bool strong = false)
{
    RoundCell c;
    c.text = heatCellText(level, required);
    c.heat = heatCell(level, required);
    c.strong = strong;
    return c;
}

} // namespace

RoundText::RoundText(const Catalog &catalog, Language language) : m_common(catalog, language) {}

QString RoundText::documentTitle(const RoundReport &r) const
{
    return tr("Hiring meeting: %1").arg(r.round.name);
}

QString RoundText::roleTitle(const RoundReport &r) const
{
    return r.role ? QStringLiteral("%1 %2").arg(r.role->code, r.role->name(language())) : r.roleCode;
}

QString RoundText::subtitle(const RoundReport &r) const
{
    return r.round.date.isEmpty() ? roleTitle(r) : QStringLiteral("%1 · %2").arg(roleTitle(r), r.round.date);
}

QString RoundText::runningHeader(const RoundReport &r) const
{
    return QStringLiteral("%1 · %2").arg(r.round.name, roleTitle(r));
}

std::vector<Field> RoundText::fields(const RoundReport &r) const
{
    const int shortlist = static_cast<int>(
        std::count_if(r.candidates.begin(), r.candidates.end(), std::mem_fn(&RoundCandidate::shortlisted)));
    QStringList panel;
    for (const AssessorCalibration &a : r.assessors)
        panel << a.name;
    std::vector<Field> f;
    f.push_back({CohortText::kindName(CohortKind::Hiring), r.round.name});
    f.push_back({ReportText::tr("Role"), roleTitle(r)});
    f.push_back({ReportText::tr("Date"), r.round.date.isEmpty() ? CohortText::dash() : r.round.date});
    f.push_back({tr("Candidates"), QString::number(r.candidates.size())});
    f.push_back({decisionName(QStringLiteral("shortlist")), QString::number(shortlist)});
    f.push_back({tr("Panel"), panel.isEmpty() ? CohortText::dash() : m_common.join(panel)});
    if (!r.round.note.isEmpty())
        f.push_back({ReportText::tr("Note"), r.round.note});
    return f;
}

QString RoundText::ruleTitle() const
{
    return tr("How the candidates are ranked");
}

QString RoundText::ruleIntro() const
{
    return tr("The candidates are ranked by these rules in turn; each rule decides only between candidates that "
              "all the rules before it leave level:");
}

QStringList RoundText::ruleSteps() const
{
    return {tr("1. Candidates who meet every must-have come first, then those who fail one or more."),
            tr("2. Readiness, highest first."),
            tr("3. The number of requirements two or more levels below the required level, fewest first."),
            tr("4. Completeness, highest first."),
            tr("5. Then by name, in a fixed order of characters that is the same on every computer (not "
               "pinyin), so that a tie never depends on who was entered first.")};
}

QString RoundText::ruleClosing() const
{
    return tr("Ranks are never shared: candidates level on every figure are told apart by their names.");
}

QString RoundText::combinedNote() const
{
    return tr("The figures are worked out from each item's combined level: the panel's consensus where one is "
              "recorded (with its reason); otherwise the rating when one panel member rated the item, or the lower "
              "median when several did (the k ratings sorted from low to high, the one at position ⌊(k−1)/2⌋, "
              "counting from 0). An item nobody rated counts as 0. Readiness, completeness and the attainments are "
              "the personal report's formulas applied to the combined levels. A must-have is met when its combined "
              "level reaches the required level. An open disagreement is an item whose ratings are two or more "
              "levels apart with no consensus recorded.");
}

QString RoundText::mustHavesTitle() const
{
    return tr("Must-haves");
}

QString RoundText::mustHavesIntro(const RoundReport &r) const
{
    if (r.mustHaves.isEmpty())
        return tr("This round has no must-haves: every candidate counts as meeting them.");
    return tr("%n requirement(s) every candidate must meet. A candidate who fails any of them is ranked after "
              "every candidate who meets them all, however strong otherwise.",
              nullptr, static_cast<int>(r.mustHaves.size()));
}

TextTable RoundText::mustHaveTable(const RoundReport &r) const
{
    TextTable t;
    t.headers = {ReportText::tr("No."), ReportText::tr("Requirement"), ReportText::tr("Required level"),
                 tr("Candidates meeting it")};
    t.widths = {9, 61, 12, 18};
    t.textColumns = {1};
    const int n = static_cast<int>(r.candidates.size());
    for (const QString &id : r.mustHaves) {
        const Requirement *req = catalog().requirement(id);
        const int met = static_cast<int>(std::count_if(r.candidates.begin(), r.candidates.end(),
                                                       [&](const auto &c) { return !c.failedMustHaves.contains(id); }));
        t.rows.push_back({id, req ? req->textZh : QString(), req ? Level::display(req->level, language()) : QString(),
                          ReportText::tr("%1 of %2").arg(met).arg(n)});
        t.emphasised.push_back(false);
    }
    return t;
}

QString RoundText::rankingTitle() const
{
    return tr("Ranking");
}

QString RoundText::noCandidates() const
{
    return tr("The round has no candidates yet: nobody in it has an assessor's assessment of its role.");
}

QString RoundText::rankingLegend() const
{
    return tr("Must-haves: %1 all met, %2 followed by those the candidate fails. Gaps ≥ 2: requirements two or "
              "more levels below the required level (an item nobody rated counts as 0). Open disagreements: items "
              "whose ratings are two or more levels apart with no consensus.")
        .arg(heatCellMark(HeatCell::Met), QStringLiteral("×"));
}

QString RoundText::mustHaveSummary(const RoundReport &r, const RoundCandidate &c) const
{
    if (r.mustHaves.isEmpty())
        return CohortText::dash();
    if (c.failedMustHaves.isEmpty())
        return heatCellMark(HeatCell::Met);
    return QStringLiteral("× ") + c.failedMustHaves.join(QLatin1Char(' '));
}

QString RoundText::mustHaveMark()
{
    return QStringLiteral("★");
}

QString RoundText::disagreementMark()
{
    return QStringLiteral("!");
}

QString RoundText::rankHeader() const
{
    return tr("Rank");
}

QString RoundText::candidateHeader() const
{
    return tr("Candidate");
}

QString RoundText::mustHavesHeader() const
{
    return mustHavesTitle();
}

QString RoundText::mustHavesMetHeader() const
{
    return tr("Must-haves met");
}

QString RoundText::failedMustHavesHeader() const
{
    return tr("Failed must-haves");
}

QString RoundText::gapsHeader() const
{
    return tr("Gaps ≥ 2");
}

QString RoundText::gapsLongHeader() const
{
    return tr("Gaps of two or more levels");
}

QString RoundText::panelSizeHeader() const
{
    return tr("Panel size");
}

QString RoundText::panelHeader() const
{
    return tr("Panel");
}

QString RoundText::disagreementsHeader() const
{
    return tr("Open disagreements");
}

QString RoundText::decisionHeader() const
{
    return tr("Decision");
}

QString RoundText::decisionNoteHeader() const
{
    return tr("Decision note");
}

QString RoundText::decisionName(const QString &decision) const
{
    if (decision == QLatin1String("shortlist"))
        return tr("Shortlisted");
    if (decision == QLatin1String("hold"))
        return tr("Held");
    if (decision == QLatin1String("reject"))
        return tr("Rejected");
    return decision.isEmpty() ? tr("Not decided") : decision;
}

QString RoundText::notAssessedName() const
{
    return tr("not assessed");
}

QString RoundText::recommendationName(const QString &recommendation) const
{
    if (recommendation == QLatin1String("strong-yes"))
        return tr("Strong yes");
    if (recommendation == QLatin1String("yes"))
        return tr("Yes");
    if (recommendation == QLatin1String("no"))
        return tr("No");
    if (recommendation == QLatin1String("strong-no"))
        return tr("Strong no");
    return recommendation.isEmpty() ? tr("No recommendation") : recommendation;
}

QString RoundText::scorecardStatus(const RoundScorecard &card) const
{
    return card.isSubmitted() ? tr("submitted") : tr("not submitted");
}

QString RoundText::changedAfterVisibleMark()
{
    return QStringLiteral("†");
}

QString RoundText::changedAfterVisibleNote() const
{
    return tr("%1 changed after its author could see the other panel members' scorecards (reopened after "
              "submitting).")
        .arg(changedAfterVisibleMark());
}

QString RoundText::sourceName(RoundItem::Source source) const
{
    switch (source) {
    case RoundItem::Source::None: return tr("not rated");
    case RoundItem::Source::Single: return tr("one rating");
    case RoundItem::Source::Median: return tr("median");
    case RoundItem::Source::Consensus: return tr("consensus");
    }
    return QString();
}

RoundTable RoundText::rankingTable(const RoundReport &r) const
{
    RoundTable t;
    t.headers = {rankHeader(), candidateHeader(), ReportText::tr("Number"), mustHavesHeader(),
                 ReportText::tr("Readiness")};
    for (const Dimension &d : catalog().dimensions())
        t.headers << m_common.dimensionLabel(d.key);
    t.headers << gapsHeader() << ReportText::tr("Completeness") << panelSizeHeader() << disagreementsHeader()
              << decisionHeader();
    t.widths = {5, 17, 7, 13, 8, 9, 9, 9, 9, 7, 9, 7, 11, 18};
    t.textColumns = {1, 2, 13};
    for (const RoundCandidate &c : r.candidates) {
        std::vector<RoundCell> row{plain(QString::number(c.rank), true), plain(c.subject.name, true),
                                   plain(c.subject.number)};
        RoundCell must = plain(mustHaveSummary(r, c));
        if (!r.mustHaves.isEmpty() && c.failedMustHaves.isEmpty())
            must.heat = HeatCell::Met;
        must.flag = !c.failedMustHaves.isEmpty();
        row.push_back(must);
        row.push_back(plain(percentText(c.score.readiness), true));
        for (const Dimension &d : catalog().dimensions()) {
            const DimensionScore *score = dimensionOf(c.score, d.key);
            row.push_back(plain(score ? percentText(score->attainment) : CohortText::dash()));
        }
        row.push_back(plain(QString::number(c.gapsOfTwoOrMore)));
        row.push_back(plain(percentText(c.score.completeness)));
        row.push_back(plain(QString::number(c.panel.size())));
        RoundCell open = plain(QString::number(c.openDisagreements));
        open.flag = c.openDisagreements > 0;
        row.push_back(open);
        QString decision = decisionName(c.decision);
        if (!c.decisionNote.isEmpty())
            decision += QStringLiteral(" — ") + c.decisionNote;
        row.push_back(plain(decision, c.shortlisted()));
        t.rows.push_back(std::move(row));
    }
    return t;
}

QString RoundText::scorecardsTitle(const RoundReport &r) const
{
    if (r.documentScorecards.isEmpty())
        return tr("Scorecards of every candidate");
    QStringList which;
    for (const QString &d : r.documentScorecards)
        which << decisionName(d == QLatin1String("undecided") ? QString() : d);
    return tr("Scorecards: %1").arg(m_common.join(which));
}

QString RoundText::scorecardsIntro(const RoundReport &r, int cards) const
{
    if (cards == 0)
        return r.documentScorecards.isEmpty() ? tr("The round has no candidate yet, so this document has no "
                                                   "scorecards.")
                                              : tr("No candidate has that decision, so this document has no "
                                                   "scorecards.");
    return tr("%n candidate(s), one page each, in rank order: each panel member's levels, recommendation and "
              "comment, the combined levels, and every consensus with its reason and who recorded it.",
              nullptr, cards);
}

QString RoundText::panelScorecardsTitle() const
{
    return tr("The panel's scorecards");
}

QString RoundText::recommendationsHeader() const
{
    return tr("Panel's recommendations");
}

QString RoundText::recommendations(const RoundCandidate &c) const
{
    QStringList parts;
    for (int k = 0; k < c.panel.size(); ++k) {
        const RoundScorecard &card = c.scorecards.at(static_cast<size_t>(k));
        QString part = QStringLiteral("%1: %2").arg(
            c.panel.at(k), card.isSubmitted() ? recommendationName(card.recommendation) : scorecardStatus(card));
        if (card.changedAfterVisible)
            part += QLatin1Char(' ') + changedAfterVisibleMark();
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

TextTable RoundText::panelScorecardTable(const RoundCandidate &c) const
{
    TextTable t;
    t.headers = {tr("Panel member"), tr("Scorecard"), tr("Recommendation"), tr("Comment")};
    t.widths = {18, 18, 18, 46};
    t.textColumns = {3};
    for (int k = 0; k < c.panel.size(); ++k) {
        const RoundScorecard &card = c.scorecards.at(static_cast<size_t>(k));
        QString status = scorecardStatus(card);
        if (card.isSubmitted())
            status = QStringLiteral("✓ %1").arg(status);
        if (card.changedAfterVisible)
            status += QLatin1Char(' ') + changedAfterVisibleMark();
        t.rows.push_back({c.panel.at(k), status, recommendationName(card.recommendation),
                          card.comment.isEmpty() ? CohortText::dash() : card.comment});
        t.emphasised.push_back(false);
    }
    return t;
}

QString RoundText::scorecardTitle(const RoundCandidate &c) const
{
    return tr("Scorecard: %1").arg(c.subject.name);
}

QString RoundText::scorecardSubtitle(const RoundReport &r, const RoundCandidate &c) const
{
    QStringList parts{tr("rank %1 of %2").arg(c.rank).arg(r.candidates.size())};
    if (!c.subject.number.isEmpty())
        parts << QStringLiteral("%1 %2").arg(ReportText::tr("Number"), c.subject.number);
    if (!c.subject.organisation.isEmpty())
        parts << c.subject.organisation;
    parts << tr("panel: %1").arg(m_common.join(c.panel));
    return parts.join(QStringLiteral(" · "));
}

QString RoundText::scorecardDecision(const RoundCandidate &c) const
{
    const QString decision = tr("Decision: %1").arg(decisionName(c.decision));
    return c.decisionNote.isEmpty() ? decision : QStringLiteral("%1 — %2").arg(decision, c.decisionNote);
}

RoundTable RoundText::scorecardFigures(const RoundReport &r, const RoundCandidate &c) const
{
    RoundTable t;
    t.headers = {ReportText::tr("Readiness"), ReportText::tr("Completeness")};
    for (const Dimension &d : catalog().dimensions())
        t.headers << m_common.dimensionLabel(d.key);
    t.headers << mustHavesHeader() << gapsHeader() << disagreementsHeader();
    t.widths = {10, 10, 11, 11, 11, 11, 14, 9, 13};
    std::vector<RoundCell> row{plain(percentText(c.score.readiness), true),
                               plain(percentText(c.score.completeness), true)};
    for (const Dimension &d : catalog().dimensions()) {
        const DimensionScore *score = dimensionOf(c.score, d.key);
        row.push_back(plain(score ? percentText(score->attainment) : CohortText::dash()));
    }
    RoundCell must = plain(mustHaveSummary(r, c));
    if (!r.mustHaves.isEmpty() && c.failedMustHaves.isEmpty())
        must.heat = HeatCell::Met;
    must.flag = !c.failedMustHaves.isEmpty();
    row.push_back(must);
    row.push_back(plain(QString::number(c.gapsOfTwoOrMore)));
    RoundCell open = plain(QString::number(c.openDisagreements));
    open.flag = c.openDisagreements > 0;
    row.push_back(open);
    t.rows.push_back(std::move(row));
    return t;
}

QString RoundText::scorecardLegend() const
{
    QStringList parts;
    for (HeatCell cell : {HeatCell::Met, HeatCell::OneBelow, HeatCell::TwoOrMoreBelow, HeatCell::Unanswered})
        parts << QStringLiteral("%1 %2").arg(heatCellMark(cell), m_common.legendText(cell));
    parts << tr("%1 must-have").arg(mustHaveMark());
    parts << tr("%1 open disagreement (ratings two or more levels apart, no consensus)").arg(disagreementMark());
    return parts.join(QStringLiteral("   "));
}

RoundTable RoundText::scorecardTable(const RoundReport &r, const RoundCandidate &c) const
{
    RoundTable t;
    t.headers = {ReportText::tr("No."), ReportText::tr("Requirement"), ReportText::tr("Required")};
    t.headers << c.panel;
    t.headers << tr("Combined") << tr("Source") << tr("Spread");
    const bool self = !c.selfAssessmentId.isEmpty();
    if (self)
        t.headers << selfHeader();
    t.widths = {10, self ? 42 : 50, 8};
    for (int i = 0; i < c.panel.size(); ++i)
        t.widths.push_back(8);
    t.widths.insert(t.widths.end(), {9, 10, 7});
    if (self)
        t.widths.push_back(8);
    t.textColumns = {1};
    for (const RoundItem &item : c.items) {
        const Requirement *req = catalog().requirement(item.requirement);
        const bool must = r.mustHaves.contains(item.requirement);
        std::vector<RoundCell> row{
            plain(must ? QStringLiteral("%1 %2").arg(mustHaveMark(), item.requirement) : item.requirement, must),
            plain(req ? req->textZh : QString()), plain(QString::number(item.required), true)};
        for (size_t k = 0; k < item.ratings.size(); ++k)
            row.push_back(item.notAssessed.at(k) ? plain(notAssessedName())
                                                 : heat(item.ratings[k].second, item.required));
        row.push_back(heat(item.combined, item.required, true));
        row.push_back(plain(sourceName(item.source), item.source == RoundItem::Source::Consensus));
        RoundCell spread = plain(answeredRatings(item) >= 2 ? QString::number(item.spread) : CohortText::dash());
        if (item.disagreement) {
            spread.text += QLatin1Char(' ') + disagreementMark();
            spread.flag = true;
        }
        row.push_back(spread);
        if (self)
            row.push_back(plain(item.self ? QString::number(*item.self) : CohortText::dash()));
        t.rows.push_back(std::move(row));
    }
    return t;
}

QString RoundText::consensusTitle() const
{
    return tr("Consensus reasons");
}

TextTable RoundText::consensusTable(const RoundCandidate &c) const
{
    TextTable t;
    t.headers = {ReportText::tr("No."), tr("Consensus level"), tr("Reason"), tr("Recorded by")};
    t.widths = {12, 16, 56, 16};
    t.textColumns = {2, 3};
    for (const RoundItem &item : c.items) {
        if (item.source != RoundItem::Source::Consensus || !item.combined)
            continue;
        t.rows.push_back({item.requirement, Level::display(*item.combined, language()), item.consensusReason,
                          item.consensusBy.isEmpty() ? CohortText::dash() : item.consensusBy});
        t.emphasised.push_back(false);
    }
    return t;
}

QString RoundText::evidenceTitle() const
{
    return tr("The panel's evidence and notes");
}

TextTable RoundText::evidenceTable(const RoundCandidate &c) const
{
    // One row per panel member and item, so that no row outgrows a page (a row is never split).
    TextTable t;
    t.headers = {ReportText::tr("No."), tr("Panel member"), tr("Evidence and notes")};
    t.widths = {11, 14, 75};
    t.textColumns = {2};
    for (const RoundItem &item : c.items)
        for (size_t k = 0; k < item.remarks.size() && k < item.ratings.size(); ++k) {
            const Rating &remark = item.remarks[k];
            if (remark.evidence.isEmpty() && remark.note.isEmpty())
                continue;
            t.rows.push_back({item.requirement, item.ratings[k].first, remark.evidenceAndNote()});
            t.emphasised.push_back(false);
        }
    return t;
}

QString RoundText::selfHeader() const
{
    return tr("Self (not counted)");
}

QString RoundText::privacyNote() const
{
    return tr("For the hiring panel only. Candidates never see one another: nothing of this document goes into a "
              "candidate's own report.");
}

QString RoundText::panelTitle() const
{
    return tr("The panel: agreement and calibration");
}

QString RoundText::agreementLine(const RoundAgreement &a) const
{
    if (a.pairs == 0 || !a.exact || !a.adjacent)
        return tr("Agreement: no pairs. No item of any candidate was rated by two panel members, so there is nothing "
                  "to compare.");
    return tr("Agreement over the whole round: %n pair(s) of ratings (two panel members rating the same item of the "
              "same candidate); %1 of them equal, %2 at most one level apart.",
              nullptr, a.pairs)
        .arg(percentText(*a.exact), percentText(*a.adjacent));
}

QString RoundText::calibrationIntro() const
{
    return tr("Each panel member's calibration: over the items they rated where another member rated the same item "
              "of the same candidate too, the mean of their level minus the others' mean level. Positive is "
              "lenient, negative strict.");
}

QString RoundText::calibrationText(const AssessorCalibration &a) const
{
    if (!a.meanDifference)
        return tr("none (no item rated by another member too)");
    const QString number = differenceNumber(*a.meanDifference);
    if (number == QLatin1String("0"))
        return tr("%1 (neither lenient nor strict)").arg(number);
    return (*a.meanDifference > 0 ? tr("%1 (lenient)") : tr("%1 (strict)")).arg(number);
}

TextTable RoundText::calibrationTable(const RoundReport &r) const
{
    TextTable t;
    t.headers = {tr("Panel member"), tr("Items compared"), tr("Mean difference")};
    t.widths = {40, 20, 40};
    t.textColumns = {0};
    for (const AssessorCalibration &a : r.assessors) {
        t.rows.push_back({a.name, QString::number(a.items), calibrationText(a)});
        t.emphasised.push_back(false);
    }
    return t;
}

} // namespace iitalent::report
