#pragma once

#include "Assessment.h"
#include "AssessmentStore.h"
#include "Cohort.h"
#include "Scoring.h"
#include "WorkshopOffer.h"

#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace iitalent {

class Catalog;
struct Role;

// One participant of a cohort view: one person (isSamePerson) with their latest member assessment
// of the view's role and mode (by updated, then created, then id), where an assessment without a
// single answer never hides one with answers.
struct CohortParticipant final
{
    QString code;         // "P417": anonymous, unrelated to joining order (participantCodes)
    Subject subject;      // the person (empty name when anonymised)
    QString shownName;    // the name as the view shows it (viewNames): with the number for namesakes
    QString assessmentId; // the assessment that counts
    QDateTime updated;
    std::vector<std::optional<int>> levels; // per requirement of the role, in catalog order
    Score score;

    // The name a view shows: the person's (with their number when another participant of the
    // view has the same name), or the code when anonymised.
    QString label(bool anonymised) const
    {
        return anonymised ? code : (shownName.isEmpty() ? subject.name : shownName);
    }
};

// Anonymous codes. A participant's code is "P" and digits worked out from a keyed hash (HMAC-SHA256)
// of the person's name, number and organisation, so that it neither follows the order people joined (their seats) nor
// can be worked out from a name without the key; and the same person keeps the same code wherever the same key is used.
// The key of a view is its cohort's (participantCodeKey); before and after (CohortChange::build) codes both cohorts
// with the before cohort's key, so that everybody in both has one code in both. Codes are unique among `people`, given
// in the order they joined: a hash collision takes the next free code after those of the people before it, so that
// nobody's code changes when others join. They have 3 digits up to 100 people, more for larger views (at least ten
// codes per person). With `first`, the width is that of a view of the first `first` people alone (while the others are
// at most four times as many), so that they keep its codes: before and after gives the before cohort's people their
// codes so.
QStringList participantCodes(const std::vector<Subject> &people, const QByteArray &key, size_t first = 0);
// The key of a cohort's codes: a hash of what the store keeps of the cohort and never shows in a
// class view (its number in the store and the second it was created). No face shows the key; it is
// as secret as that second, which is enough to keep a class from working out who is who from the
// codes, not against someone who can read the store (and so the names).
QByteArray participantCodeKey(const Cohort &cohort);
// The names a view shows for `people`: each person's name, and where another of them has the same
// name, "name (number)" (the organisation when there is no number, both when the number alone does
// not tell them apart), so that namesakes can be told apart in every list.
QStringList viewNames(const std::vector<Subject> &people);

// One cell of the heatmap: a participant's rating against the item's required level. Unanswered
// counts as 0 in met and gap points, but is its own kind, so that an instructor can tell "not yet
// answered" from "rated 0". The window and the documents both use this rule.
enum class HeatCell { Met = 0, OneBelow = 1, TwoOrMoreBelow = 2, Unanswered = 3 };
HeatCell heatCell(std::optional<int> rating, int required);

// One requirement across the class. Unanswered counts as 0 in met and gap points.
struct CohortItem final
{
    QString requirement;
    QString dimension;
    int number = 0;   // within its dimension
    int required = 0; // q
    int answered = 0; // participants who rated it
    int met = 0;      // participants with r >= q
    int gapPoints = 0;
    double meanGap = 0.0;             // gapPoints / participants (0 when there are none)
    std::optional<double> meanRating; // over the answered ratings
};

struct CohortDimension final
{
    QString key;
    double meanAttainment = 0.0; // the mean of the participants' attainments (0 when there are none)
};

// One step of the workshop plan: a class priority with the A.2 methods of the cohort's stage
// that suit its dimension and the A.3 providers of those methods (as in the personal plan).
struct WorkshopStep final
{
    int order = 0;
    QString requirement;
    QString dimension;
    int gapPoints = 0;
    int met = 0;
    QStringList methods;
    QStringList providers;
};

// The class view of one cohort for one role and mode: the heatmap's rows, each item's figures,
// the distributions, the priorities and the workshop plan. The window, the documents (PDF, HTML,
// CSV) and the JSON all start from it.
struct CohortReport final
{
    Cohort cohort;
    QString roleCode;
    const Role *role = nullptr;
    Mode mode = Mode::Self;
    bool anonymised = false;
    Stage stage = Stage::OnJob; // the stage most participants have; on-job on a tie

    std::vector<CohortParticipant> participants; // in joining order; by code once anonymised
    std::vector<CohortItem> items;               // catalog order
    std::vector<CohortDimension> dimensions;     // catalog order (a..d)
    std::optional<double> readinessMean;         // none without participants
    std::optional<double> readinessMedian;
    std::array<int, 5> histogram{}; // readiness in [0,.2) [.2,.4) [.4,.6) [.6,.8) [.8,1]
    QStringList priorities;         // items with gap points, most first, then fewest met, then catalog order
    std::vector<WorkshopStep> plan; // one per priority
    // The plan split by what the workshop can deliver (teachable here first, the rest with what
    // Appendix A says they need): for the default offer, a training centre, until planWorkshop.
    WorkshopSplit workshop;

    // Builds the view from a cohort's member assessments (any roles and modes: those of `role`
    // and `mode` count). Fails when the catalog has no role `roleCode`.
    static Result<CohortReport> build(const Catalog &catalog, const Cohort &cohort, const QString &roleCode, Mode mode,
                                      const std::vector<AssessmentSummary> &members);
    // Reads the members from the store and builds the view.
    static Result<CohortReport> load(AssessmentStore &store, const Catalog &catalog, const QString &cohortName,
                                     const QString &roleCode, Mode mode);

    // Removes every personal field (name, organisation, number; evidence and notes are never
    // read): participants are known by their codes only, and listed in the order of the codes (not
    // the joining order, which is the seat order). The cohort's note goes too.
    void anonymise();
    // Lists the participants in the order a window shows them (its sort): the assessments in
    // `assessmentIds` first, in that order; any other participant after them, in the order they had.
    void orderParticipants(const QStringList &assessmentIds);

    // Splits the plan for what this workshop can deliver (WorkshopSplit::build) into `workshop`.
    void planWorkshop(const Catalog &catalog, const WorkshopOffer &offer);

    // The index of an item in `items` (and in each participant's levels), or -1.
    int itemIndex(const QString &requirement) const;
};

// Before and after a course: two cohorts compared for one role and mode over the participants
// present in both (same person).
struct CohortChange final
{
    struct Participant
    {
        QString code; // the same in both cohorts (participantCodes with the before cohort's key)
        Subject subject;
        QString shownName; // viewNames over everybody of the comparison
        QString label(bool anonymised) const
        {
            return anonymised ? code : (shownName.isEmpty() ? subject.name : shownName);
        }
        QString beforeId, afterId;
        double before = 0.0, after = 0.0, delta = 0.0; // readiness
        std::vector<double> dimensionDeltas;           // a..d
    };
    struct Item
    {
        QString requirement;
        QString dimension;
        int required = 0;
        int metBefore = 0;
        int metAfter = 0;
    };
    struct DimensionDelta
    {
        QString key;
        std::optional<double> meanDelta;
    };

    struct Absent
    {
        QString code; // their code in the cohort they are in
        Subject subject;
        QString shownName;
        QString label(bool anonymised) const
        {
            return anonymised ? code : (shownName.isEmpty() ? subject.name : shownName);
        }
    };

    CohortReport before;
    CohortReport after;
    std::vector<Participant> matched; // in the after cohort's order; by code once anonymised
    std::vector<Absent> onlyBefore;
    std::vector<Absent> onlyAfter;
    std::optional<double> meanDelta; // none when nobody is matched
    std::vector<DimensionDelta> dimensions;
    std::vector<Item> items;

    // Matches the people of both cohorts and codes both with the before cohort's key: a person in
    // both has the same code in both, and codes are unique within each.
    static CohortChange build(CohortReport before, CohortReport after);
    // As CohortReport::anonymise, for both cohorts and every list (sorted by code).
    void anonymise();
};

} // namespace iitalent
