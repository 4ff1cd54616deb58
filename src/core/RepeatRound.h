#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace iitalent {

class AssessmentStore;
struct Role;

// Repeat rounds: one person assessed again against the same role in the same mode (a month
// later, say). A round is unfinished while fewer of the role's items are dealt with (a level
// given, or marked not assessed) than the role has. Self and assessor rounds are never mixed.
namespace RepeatRound {

// Whether `a` leaves some of `role`'s items undealt with.
bool isUnfinished(const Assessment &a, const Role &role);

// The latest unfinished round among `assessments` of the same person (isSamePerson), role and
// mode as given; nullopt when there is none.
std::optional<Assessment> unfinished(const std::vector<Assessment> &assessments, const Subject &person,
                                     const Role &role, Mode mode);

// The latest round (finished or not) among `assessments` of the same person, role and mode,
// created no later than `before` (any time when invalid), other than the one with `exceptId`.
std::optional<Assessment> previous(const std::vector<Assessment> &assessments, const Subject &person,
                                   const QString &role, Mode mode, const QDateTime &before = {},
                                   const QString &exceptId = {});

// A new round that starts from `last`'s answers: levels, evidence and notes are carried over
// (the proof usually still holds; one changes what changed). "Not assessed" marks are not carried
// over: they belong to that interview. The carried-over levels are real answers of the new round
// and count in its report as any other. Stored with AssessmentStore::insert, every carried-over
// rating gets the new round's creation time as its time of rating.
Assessment startFrom(const Role &role, const Assessment &last, Subject subject, QString assessorName);

// Whether `current`'s answer to `requirement` is still the one carried over from `last`: the
// same level as last time, rated no later than `current` was created (`ratedAt`, the store's time
// of the rating's level). An answer given in the new round is rated after it was created, or has
// another level: the mark goes as soon as the item is changed.
bool fromLastTime(const Assessment &current, const Assessment &last, const QString &requirement,
                  const QDateTime &ratedAt);

// The items of the stored assessment `current` still carried over from the person's previous
// round of the role in the same mode (empty when there is none).
Result<std::set<QString>> carriedOver(AssessmentStore &store, const Assessment &current);

} // namespace RepeatRound

} // namespace iitalent
