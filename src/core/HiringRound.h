#pragma once

#include "Assessment.h"
#include "AssessmentStore.h"
#include "Cohort.h"
#include "Scoring.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace iitalent {

class Catalog;
struct Role;

// One item of one candidate, as the panel rated it (issue 11's exact definitions):
//   combined = the consensus if one is recorded (source "consensus"); otherwise, with the k
//   answered panel ratings sorted ascending: none when k = 0, the rating when k = 1 ("single"),
//   the lower median, the element at index floor((k-1)/2), when k >= 2 ("median");
//   spread = max - min of the answered panel ratings (0 when k <= 1);
//   disagreement = spread >= 2 and no consensus.
struct RoundItem final
{
    enum class Source { None, Single, Median, Consensus };

    QString requirement;
    int required = 0;
    std::vector<std::pair<QString, std::optional<int>>> ratings; // each panel member (by name): level or none
    std::vector<bool> notAssessed; // each panel member, as `ratings`: marked not assessed (never a figure)
    std::optional<int> combined;
    Source source = Source::None;
    int spread = 0;
    bool disagreement = false;
    QString consensusReason;
    QString consensusBy;   // who recorded the consensus (may be empty)
    QDateTime consensusAt; // when (UTC)
    // Each panel member's evidence and note, in the order of `ratings`: filled by loadRemarks()
    // (a RoundReport carries only levels), empty until then.
    std::vector<Rating> remarks;
    // The candidate's own level in their self-assessment in the round (none without one): shown
    // beside the panel's view, never part of the panel's figures.
    std::optional<int> self;
};

QString roundSourceId(RoundItem::Source source); // "none" / "single" / "median" / "consensus"

// A candidate of the round: a participant (same-person rule) with at least one assessor-mode
// assessment of the round's role in it. Each distinct assessor contributes their latest one.
struct RoundCandidate final
{
    int rank = 0; // 1, 2, 3, ... in ranking order, no shared ranks
    Subject subject;
    QStringList panel;                      // the assessors' names, in the order they first rated
    QStringList panelAssessmentIds;         // their assessments, in the same order
    std::vector<bool> panelComplete;        // whether each panel member has rated (or marked not assessed) every item
    std::vector<RoundScorecard> scorecards; // each panel member's scorecard, as `panel` (open when none is stored)
    QString selfAssessmentId;               // the candidate's latest self-assessment in the round, or empty
    std::vector<RoundItem> items;           // the role's items in catalog order
    Score score;                            // the personal report's formulas on the combined levels
    QStringList failedMustHaves;            // must-haves whose combined level (none as 0) is below the required one
    int gapsOfTwoOrMore = 0;                // items with required - combined (none as 0) >= 2
    int openDisagreements = 0;
    QString decision; // empty when none is recorded
    QString decisionNote;

    bool shortlisted() const { return decision == QLatin1String("shortlist"); }
};

// How much the panel agreed, over the whole round: every unordered pair of answered panel
// ratings of the same candidate and item counts once.
struct RoundAgreement final
{
    int pairs = 0;
    std::optional<double> exact;    // share of pairs with equal levels; none without pairs
    std::optional<double> adjacent; // share of pairs at most one level apart
};

// An assessor's leniency: over the items they rated where at least one other panel member
// rated the same candidate's item too, the mean of (their level - the others' mean level).
struct AssessorCalibration final
{
    QString name;
    int items = 0;
    std::optional<double> meanDifference; // positive: lenient; negative: strict; none without items
};

// A hiring round's figures: the candidates in ranking order, the agreement and the calibration.
// Ranking: candidates with no failed must-have first; then readiness descending; then gaps of
// two or more ascending; then completeness descending; then name in code-point order.
struct RoundReport final
{
    Cohort round;
    QString roleCode;
    const Role *role = nullptr;
    QStringList mustHaves; // in catalog order
    std::vector<RoundCandidate> candidates;
    RoundAgreement agreement;
    std::vector<AssessorCalibration> assessors; // in the order they first appear
    // Whose scorecards the hiring-meeting document prints: the candidates whose decision is one of
    // these (shortlist, hold, reject, or "undecided" for none yet); every candidate when empty.
    QStringList documentScorecards;

    bool inDocument(const RoundCandidate &c) const
    {
        return documentScorecards.isEmpty() ||
               documentScorecards.contains(c.decision.isEmpty() ? QStringLiteral("undecided") : c.decision);
    }

    // `members`: the round's member assessments (any role and mode; those of `roleCode` count).
    // Fails when the role is not in the catalog or a must-have is not one of its items.
    static Result<RoundReport> build(const Catalog &catalog, const Cohort &round, const QString &roleCode,
                                     const QStringList &mustHaves, const std::vector<AssessmentSummary> &members,
                                     const std::vector<RoundConsensus> &consensus = {},
                                     const std::vector<RoundDecision> &decisions = {},
                                     const std::vector<RoundScorecard> &scorecards = {});
    // Reads a round from the store: a cohort of kind hiring with exactly one role, its members,
    // must-haves, consensus levels and decisions.
    static Result<RoundReport> load(AssessmentStore &store, const Catalog &catalog, const QString &roundName);
};

// Reads the panel's evidence and notes of `candidate` from the store into its items' remarks.
Status loadRemarks(AssessmentStore &store, RoundCandidate &candidate);
// The same for every candidate the hiring-meeting document has a scorecard for
// (RoundReport::inDocument), with the panel's evidence.
Status loadScorecardRemarks(AssessmentStore &store, RoundReport &report);
// Which scorecards a document prints, as a person writes it: "all", or a comma-separated list of
// shortlisted, held, rejected, undecided. Fails on another word.
Result<QStringList> scorecardScopeFromText(const QString &text);

// Blind until submitted, as the team store's server enforces it: nothing of the other panel
// members' scorecards of a candidate reaches an interviewer until they have submitted their own
// scorecard of that candidate, from before their first rating. True when `interviewer` (not empty)
// has no submitted scorecard of the candidate.
bool blindUntilSubmitted(const RoundCandidate &candidate, const QString &interviewer);

// The items of the candidate that panel member `member` (an index into `panel`) has neither rated
// nor marked not assessed: what keeps their scorecard from being submitted.
QStringList itemsLeft(const RoundCandidate &candidate, int member);
// Submits `interviewer`'s scorecard of a candidate: every item rated or marked not assessed, and
// a recommendation (recommendationIds()); the comment may be empty. Reopening makes it editable
// again (recorded in the audit trail; a change after that is marked).
Status submitScorecard(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                       const QString &interviewer, const QString &recommendation, const QString &comment);
Status reopenScorecard(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                       const QString &interviewer);

// What the chair and HR record about a round, checked once for the command line and the window:
// the candidate is one of the round's (same-person rule; stored as the round knows them), the
// requirement one of the round's role's items, the level 0 to 4, the reason not empty. Nothing is
// written when a check fails.
// recordConsensus gives the consensus it replaced, if there was one.
Status recordConsensus(AssessmentStore &store, const RoundReport &report, RoundConsensus consensus,
                       std::optional<RoundConsensus> *replaced = nullptr);
Status withdrawConsensus(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                         const QString &requirement);
// `decision` is shortlist, hold or reject.
Status recordDecision(AssessmentStore &store, const RoundReport &report, RoundDecision decision);
// Whether a round can be made: exactly one role, in the catalog, and must-haves among its items
// (checked before anything is opened or written).
Status checkRound(const Catalog &catalog, const Cohort &round, const QStringList &mustHaves);
// Creates a hiring round for one role with its must-haves (items of that role), all or nothing.
Result<Cohort> createRound(AssessmentStore &store, const Catalog &catalog, Cohort round, const QStringList &mustHaves);

// The panel assessments of the store's hiring rounds that blind until submitted keeps from
// `interviewer` (the name a window rates as): every assessor-mode member of a round, not their
// own, whose candidate they have not submitted a scorecard of. Nobody (empty) is kept from
// nothing; not chosen yet (nullopt) is kept from every panel assessment.
Result<QStringList> blindPanelAssessments(AssessmentStore &store, const Catalog &catalog,
                                          const std::optional<QString> &interviewer);

// What a person's report sets beside an assessment (the other mode's view, one home for both
// faces): for a self-assessment of a candidate of a hiring round of its role, the panel's combined
// levels in the latest such round (consensus, else single, else lower median) as an assessor-mode
// assessment that names nobody, never one interviewer's; otherwise Comparer::counterpartOf, which
// then leaves out every panel member's assessment of a round.
// `hidden` (blindPanelAssessments of whoever looks): while any of the candidate's panel is hidden,
// the panel's combined levels are not offered (they are made of it).
std::optional<Assessment> reportCounterpart(AssessmentStore &store, const Catalog &catalog, const Assessment &a,
                                            const std::vector<Assessment> &others, const QStringList &hidden = {});

// The candidate of a round a person names (a name, and a number or organisation if given):
// one of the round's candidates by the same-person rule; an error that lists them when the
// name is shared, or says there is no such candidate.
Result<Subject> candidateOf(const RoundReport &report, const Subject &named);

} // namespace iitalent
