#pragma once

#include "CohortReport.h"
#include "CohortText.h"
#include "HiringRound.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <vector>

namespace iitalent::report {

// A cell of the hiring-meeting document's tables. A level against a required one carries the
// heatmap's kind (its mark and colours, as the class report shows them); `flag` marks what the
// meeting must look at (a failed must-have, an open disagreement), shown in bold and dark orange.
struct RoundCell final
{
    QString text;
    std::optional<HeatCell> heat; // the text is then heatCellText's: the mark, then the level
    bool flag = false;
    bool strong = false; // bold (a key figure)
};

// A table of RoundCells, laid out alike by the PDF and the HTML.
struct RoundTable final
{
    QStringList headers;
    std::vector<int> widths;      // per column, relative
    std::vector<int> textColumns; // running text: left-aligned and wrapped; other columns are centred
    std::vector<std::vector<RoundCell>> rows;

    bool isText(int column) const
    {
        return std::find(textColumns.begin(), textColumns.end(), column) != textColumns.end();
    }
};

// The words of a hiring round's meeting document (issue 11) in one language: the rule of the
// ranking, the must-haves, the ranking table, the shortlisted candidates' scorecards, the panel's
// agreement and calibration. Translated with tr() under the context "RoundText"; words the
// personal report or the class report already has come from ReportText and CohortText, so that
// the documents say them alike. All text is plain (each document escapes it as its format needs).
class RoundText final
{
    Q_DECLARE_TR_FUNCTIONS(RoundText)

public:
    RoundText(const Catalog &catalog, Language language);

    const CohortText &common() const { return m_common; }
    const Catalog &catalog() const { return m_common.catalog(); }
    Language language() const { return m_common.language(); }
    bool chinese() const { return m_common.chinese(); }

    // The title block.
    QString documentTitle(const RoundReport &r) const; // "Hiring meeting: <round>"
    QString roleTitle(const RoundReport &r) const;     // "16 工业大数据架构师"
    QString subtitle(const RoundReport &r) const;      // role · date
    QString runningHeader(const RoundReport &r) const; // round · role, on every page
    std::vector<Field> fields(const RoundReport &r) const;

    // The rule of the ranking, in words.
    QString ruleTitle() const;
    QString ruleIntro() const;
    QStringList ruleSteps() const; // the five rules, in the order they apply
    QString ruleClosing() const;
    QString combinedNote() const; // how the combined levels and the figures are worked out

    // The must-haves.
    QString mustHavesTitle() const;
    QString mustHavesIntro(const RoundReport &r) const;
    TextTable mustHaveTable(const RoundReport &r) const;

    // The ranking.
    QString rankingTitle() const;
    QString noCandidates() const;
    QString rankingLegend() const;
    RoundTable rankingTable(const RoundReport &r) const;

    // The scorecards of the shortlisted candidates.
    QString scorecardsTitle(const RoundReport &r) const; // which candidates' (documentScorecards)
    QString scorecardsIntro(const RoundReport &r, int cards) const;
    // Each panel member's scorecard of the candidate: submitted or not, the recommendation and
    // comment, and † when it changed after its author could see the others'.
    QString panelScorecardsTitle() const;
    TextTable panelScorecardTable(const RoundCandidate &c) const;
    // Each panel member's recommendation in one line (the ranking CSV): "王工: Yes; 李工: not submitted".
    QString recommendationsHeader() const;
    QString recommendations(const RoundCandidate &c) const;
    QString scorecardTitle(const RoundCandidate &c) const;
    QString scorecardSubtitle(const RoundReport &r, const RoundCandidate &c) const; // rank, number, panel
    QString scorecardDecision(const RoundCandidate &c) const;
    RoundTable scorecardFigures(const RoundReport &r, const RoundCandidate &c) const; // one row
    QString scorecardLegend() const;
    RoundTable scorecardTable(const RoundReport &r, const RoundCandidate &c) const;
    QString consensusTitle() const;
    TextTable consensusTable(const RoundCandidate &c) const; // empty rows when there is no consensus
    // The panel's evidence and notes (the remarks loadRemarks() reads): one row per panel member
    // and item that has any.
    QString evidenceTitle() const;
    TextTable evidenceTable(const RoundCandidate &c) const; // empty rows when none was written
    QString selfHeader() const;                             // "Self (not counted)"
    QString privacyNote() const;

    // The panel.
    QString panelTitle() const;
    QString agreementLine(const RoundAgreement &a) const;
    QString calibrationIntro() const;
    TextTable calibrationTable(const RoundReport &r) const;
    QString calibrationText(const AssessorCalibration &a) const; // "+0.5 (lenient)", "−0.5 (strict)"

    // Words of the cells and the CSV.
    QString decisionName(const QString &decision) const; // shortlist, hold, reject; "not decided"
    QString sourceName(RoundItem::Source source) const;
    QString notAssessedName() const;                                              // "not assessed" (未考察)
    QString recommendationName(const QString &recommendation) const;              // strong yes ... strong no; "none"
    QString scorecardStatus(const RoundScorecard &card) const;                    // "submitted" / "open"
    static QString changedAfterVisibleMark();                                     // "†"
    QString changedAfterVisibleNote() const;                                      // what the mark means
    QString mustHaveSummary(const RoundReport &r, const RoundCandidate &c) const; // "✔" / "× 16.a.3"
    static QString mustHaveMark();                                                // "★"
    static QString disagreementMark();                                            // "!"
    QString rankHeader() const;
    QString candidateHeader() const;
    QString mustHavesHeader() const;
    QString mustHavesMetHeader() const;
    QString failedMustHavesHeader() const;
    QString gapsHeader() const;
    QString gapsLongHeader() const;
    QString panelSizeHeader() const;
    QString panelHeader() const;
    QString disagreementsHeader() const;
    QString decisionHeader() const;
    QString decisionNoteHeader() const;

private:
    CohortText m_common;
};

} // namespace iitalent::report
