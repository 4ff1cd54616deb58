#pragma once

#include "Assessment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace iitalent {

// What a cohort is for: a class of a workshop, a team, or the candidates of a hiring round.
enum class CohortKind { Workshop, Team, Hiring };

QString cohortKindId(CohortKind kind); // "workshop" / "team" / "hiring"
std::optional<CohortKind> cohortKindFromId(const QString &id);

// A cohort (班级/批次): a named group of stored assessments. Assessments of any role and mode may
// belong to it, and an assessment to several cohorts; deleting a cohort never deletes an
// assessment. Within a cohort one person (isSamePerson) is one participant.
struct Cohort final
{
    qint64 id = 0; // the store's key; 0 before it is stored
    QString name;  // unique in a store
    CohortKind kind = CohortKind::Workshop;
    QStringList roles; // target roles (codes), in the order given; may be empty
    QString date;      // the day it was held, yyyy-MM-dd, or empty
    QString note;
    QDateTime created; // UTC
    int members = 0;   // member assessments (as listed by the store)
};

// A consensus level the chair of a hiring panel recorded for one item of one candidate, with
// the reason (required). It overrides the panel's combined level; the ratings stay as given.
struct RoundConsensus final
{
    Subject candidate;
    QString requirement;
    int level = 0;
    QString reason;
    QString recordedBy;
    QDateTime recorded;
};

// The decisions a hiring round records about a candidate: "shortlist", "hold", "reject".
const QStringList &roundDecisionIds();

// A hiring round's decision about a candidate (shortlist, hold, reject) with a note.
struct RoundDecision final
{
    Subject candidate;
    QString decision; // "shortlist" / "hold" / "reject"
    QString note;
};

// A panel member's overall recommendation on a scorecard: "strong-yes", "yes", "no", "strong-no".
const QStringList &recommendationIds();

// A panel member's scorecard of a candidate in a hiring round: their assessment of the candidate,
// open or submitted, with an overall recommendation and a summary comment. A submitted scorecard
// is read-only until it is reopened; once submitted, its author could see the others' (blind
// until submitted), so a change made after that is marked.
struct RoundScorecard final
{
    QString assessment;
    QDateTime submitted;    // UTC; invalid while open
    QString recommendation; // one of recommendationIds(), or empty
    QString comment;
    bool seenOthers = false;          // submitted at least once
    bool changedAfterVisible = false; // a rating changed after it was first submitted

    bool isSubmitted() const { return submitted.isValid(); }
};

// One line of a round's audit trail: who changed what about a candidate, when, old -> new.
// `kind`: level, evidence, note (a panel member's rating of `item`), recommendation, comment,
// submit, reopen (their scorecard), consensus (of `item`), decision, join, leave, deleted (an
// assessment, `item`, joined or left the round, or was deleted). Levels are "0".."4", "na" (not assessed) or empty.
struct RoundAuditEntry final
{
    QDateTime at;
    QString login;  // the team store's login; on a file store the name it rated as
    QString osUser; // on a file store: the operating-system user
    Subject candidate;
    QString panelMember; // whose scorecard (the interviewer's name), when it is one
    QString kind;
    QString item;
    QString oldValue;
    QString newValue;
};

} // namespace iitalent
