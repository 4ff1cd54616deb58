#include "RepeatRound.h"

#include "AssessmentStore.h"
#include "Catalog.h"

#include <algorithm>

namespace iitalent::RepeatRound {

bool isUnfinished(const Assessment &a, const Role &role)
{
    return a.dealtWithCount(role) < static_cast<int>(role.requirements.size());
}

namespace {

bool sameRound(const Assessment &a, const Subject &person, const QString &role, Mode mode)
{
    return a.role == role && a.mode == mode && isSamePerson(a.subject, person);
}

// The later of two rounds: by creation time, then by the last change.
bool later(const Assessment &a, const Assessment &than)
{
    if (a.created != than.created)
        return a.created > than.created;
    return a.updated > than.updated;
}

} // namespace

std::optional<Assessment> unfinished(const std::vector<Assessment> &assessments, const Subject &person,
                                     const Role &role, Mode mode)
{
    std::optional<Assessment> found;
    for (const Assessment &a : assessments)
        if (sameRound(a, person, role.code, mode) && isUnfinished(a, role) && (!found || later(a, *found)))
            found = a;
    return found;
}

std::optional<Assessment> previous(const std::vector<Assessment> &assessments, const Subject &person,
                                   const QString &role, Mode mode, const QDateTime &before, const QString &exceptId)
{
    std::optional<Assessment> found;
    for (const Assessment &a : assessments) {
        if (!sameRound(a, person, role, mode) || a.id == exceptId)
            continue;
        if (before.isValid() && a.created > before)
            continue;
        if (!found || later(a, *found))
            found = a;
    }
    return found;
}

Assessment startFrom(const Role &role, const Assessment &last, Subject subject, QString assessorName)
{
    Assessment a = Assessment::create(role.code, last.mode, std::move(subject), std::move(assessorName));
    for (const Rating &r : last.ratings) {
        if (std::none_of(role.requirements.begin(), role.requirements.end(),
                         [&](const Requirement &req) { return req.id == r.requirement; }))
            continue;
        Rating copy = r;
        copy.notAssessed = false;
        if (!copy.isEmpty())
            a.setRating(role, std::move(copy));
    }
    return a;
}

bool fromLastTime(const Assessment &current, const Assessment &last, const QString &requirement,
                  const QDateTime &ratedAt)
{
    const std::optional<int> level = current.level(requirement);
    return level && level == last.level(requirement) && ratedAt.isValid() && ratedAt <= current.created;
}

Result<std::set<QString>> carriedOver(AssessmentStore &store, const Assessment &current)
{
    auto rounds = store.assessmentsOf(current.subject, current.role);
    if (!rounds)
        return Result<std::set<QString>>::failure(rounds.error());
    const auto last =
        previous(rounds.value(), current.subject, current.role, current.mode, current.created, current.id);
    std::set<QString> items;
    if (!last)
        return items;
    auto times = store.ratedTimes(current.id);
    if (!times)
        return Result<std::set<QString>>::failure(times.error());
    for (const auto &[requirement, ratedAt] : times.value())
        if (fromLastTime(current, *last, requirement, ratedAt))
            items.insert(requirement);
    return items;
}

} // namespace iitalent::RepeatRound
