#include "Comparison.h"

#include "Catalog.h"

#include <QHash>

#include <algorithm>

namespace iitalent {

std::vector<const Assessment *> ofSamePerson(const Assessment &a, const std::vector<Assessment> &others)
{
    std::vector<const Assessment *> candidates;
    std::vector<Subject> subjects{a.subject};
    for (const Assessment &o : others) {
        if (isSamePerson(o.subject, a.subject)) {
            candidates.push_back(&o);
            subjects.push_back(o.subject);
        }
    }
    if (distinctPeople(subjects).size() <= 1)
        return candidates;
    // `a` names no number (or organisation) and its namesakes are several different people:
    // only an exact match is surely the same one.
    std::vector<const Assessment *> exact;
    for (const Assessment *o : candidates)
        if (o->subject.number == a.subject.number && o->subject.organisation == a.subject.organisation)
            exact.push_back(o);
    return exact;
}

std::optional<Assessment> Comparer::counterpartOf(const Assessment &a, const std::vector<Assessment> &others)
{
    const Mode otherMode = a.mode == Mode::Self ? Mode::Assessor : Mode::Self;
    const std::vector<const Assessment *> same = ofSamePerson(a, others);
    for (auto it = same.rbegin(); it != same.rend(); ++it)
        if ((*it)->mode == otherMode && (*it)->role == a.role && (*it)->id != a.id)
            return **it;
    return std::nullopt;
}

Status Comparer::comparable(const Assessment &a, const Assessment &b)
{
    if (!isSamePerson(a.subject, b.subject))
        return Status::failure(
            QStringLiteral("the two assessments are of different people (%1 and %2); only assessments "
                           "of the same person are compared")
                .arg(personLabel(a.subject), personLabel(b.subject)));
    if (a.role != b.role)
        return Status::failure(
            QStringLiteral("the two assessments are of different roles (%1 and %2); only assessments of the same "
                           "role can be compared item by item")
                .arg(a.role, b.role));
    return {};
}

std::vector<Assessment> HistoryBuilder::trackOf(const Assessment &a, const std::vector<Assessment> &others)
{
    std::vector<Assessment> out;
    bool found = false;
    for (const Assessment *o : ofSamePerson(a, others)) {
        if (o->role != a.role || o->mode != a.mode)
            continue;
        found = found || o->id == a.id;
        out.push_back(o->id == a.id ? a : *o);
    }
    if (!found) {
        out.push_back(a);
        std::stable_sort(out.begin(), out.end(),
                         [](const Assessment &x, const Assessment &y) { return x.created < y.created; });
    }
    return out;
}

Result<Comparison> Comparer::compare(const Catalog &catalog, const Assessment &a, const Assessment &b)
{
    if (a.role != b.role)
        return Result<Comparison>::failure(
            QStringLiteral("the two assessments are of different roles (%1 and %2); only assessments of the same "
                           "role can be compared item by item")
                .arg(a.role, b.role));
    const Role *role = catalog.role(a.role);
    if (!role)
        return Result<Comparison>::failure(QStringLiteral("role %1 is not in the catalog").arg(a.role));
    const bool swap = a.mode == Mode::Assessor && b.mode == Mode::Self;
    const Assessment &first = swap ? b : a;
    const Assessment &second = swap ? a : b;
    const bool selfVsAssessor = first.mode == Mode::Self && second.mode == Mode::Assessor;

    Comparison c;
    c.firstId = first.id;
    c.secondId = second.id;
    c.role = role->code;
    c.firstScore = Scoring::score(catalog, *role, first);
    c.secondScore = Scoring::score(catalog, *role, second);
    for (const Requirement &req : role->requirements) {
        ComparedItem item;
        item.requirement = req.id;
        item.dimension = req.dimension;
        item.required = req.level;
        item.first = first.level(req.id);
        item.second = second.level(req.id);
        if (item.first && item.second) {
            item.difference = *item.first - *item.second;
            if (*item.difference >= FlagDifference)
                item.flag = selfVsAssessor ? QStringLiteral("over-estimation") : QStringLiteral("differs");
            else if (*item.difference <= -FlagDifference)
                item.flag = selfVsAssessor ? QStringLiteral("under-estimation") : QStringLiteral("differs");
        }
        if (!item.flag.isEmpty())
            ++c.flagged;
        c.items.push_back(std::move(item));
    }
    return c;
}

std::vector<HistoryEntry> HistoryBuilder::build(const Catalog &catalog, const std::vector<Assessment> &assessments)
{
    std::vector<HistoryEntry> out;
    QHash<QString, int> lastOfRole; // role and mode -> index into out
    QHash<QString, const Assessment *> lastAssessment;
    for (const Assessment &a : assessments) {
        const Role *role = catalog.role(a.role);
        if (!role)
            continue;
        HistoryEntry e;
        e.id = a.id;
        e.role = a.role;
        e.mode = a.mode;
        e.created = a.created;
        e.updated = a.updated;
        e.score = Scoring::score(catalog, *role, a);
        const QString track = a.role + QLatin1Char('/') + modeId(a.mode);
        if (const auto it = lastOfRole.constFind(track); it != lastOfRole.cend()) {
            const HistoryEntry &prev = out[static_cast<size_t>(*it)];
            e.readinessChange = e.score.readiness - prev.score.readiness;
            for (size_t d = 0; d < e.score.dimensions.size(); ++d)
                e.attainmentChanges.push_back(e.score.dimensions[d].attainment - prev.score.dimensions[d].attainment);
            const Assessment *before = lastAssessment.value(track);
            for (const Requirement &req : role->requirements) {
                const auto was = before->level(req.id);
                const auto now = a.level(req.id);
                if (was != now)
                    e.changedRatings.push_back({req.id, {was, now}});
            }
        }
        lastOfRole.insert(track, static_cast<int>(out.size()));
        lastAssessment.insert(track, &a);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace iitalent
