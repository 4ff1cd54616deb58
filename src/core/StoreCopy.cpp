#include "StoreCopy.h"

#include "CoreText.h"

#include <QHash>

namespace iitalent {

namespace {

// Two versions of an assessment with the same id hold the same (ratings in any order).
bool sameContent(Assessment a, Assessment b)
{
    auto byId = [](const Rating &x, const Rating &y) { return x.requirement < y.requirement; };
    std::sort(a.ratings.begin(), a.ratings.end(), byId);
    std::sort(b.ratings.begin(), b.ratings.end(), byId);
    if (a.role != b.role || a.mode != b.mode || a.subject.name != b.subject.name ||
        a.subject.organisation != b.subject.organisation || a.subject.number != b.subject.number ||
        a.subject.stage != b.subject.stage || a.assessorName != b.assessorName || a.created != b.created ||
        a.updated != b.updated || a.ratings.size() != b.ratings.size())
        return false;
    for (size_t i = 0; i < a.ratings.size(); ++i) {
        const Rating &x = a.ratings[i];
        const Rating &y = b.ratings[i];
        if (x.requirement != y.requirement || x.level != y.level || x.evidence != y.evidence || x.note != y.note)
            return false;
    }
    return true;
}

} // namespace

Result<StoreCopyCounts> copyStore(AssessmentStore &from, AssessmentStore &to)
{
    using Out = Result<StoreCopyCounts>;
    if (from.path() == to.path())
        return Out::failure(CoreText::tr("the source and the target are the same store (%1)").arg(from.path()));
    // Read everything first: the source is not written, and a failure here changes nothing.
    auto summaries = from.list();
    if (!summaries)
        return Out::failure(CoreText::tr("reading %1: %2").arg(from.path(), summaries.error()));
    std::vector<Assessment> assessments;
    assessments.reserve(summaries->size());
    for (const AssessmentSummary &s : summaries.value()) {
        auto a = from.load(s.id);
        if (!a)
            return Out::failure(CoreText::tr("reading %1: %2").arg(from.path(), a.error()));
        assessments.push_back(std::move(a).value());
    }
    // Oldest first, so that the target lists them in the order they were made.
    std::stable_sort(assessments.begin(), assessments.end(),
                     [](const Assessment &x, const Assessment &y) { return x.created < y.created; });
    struct CohortCopy
    {
        Cohort cohort;
        QStringList members;
        QStringList mustHaves;
        std::vector<RoundConsensus> consensus;
        std::vector<RoundDecision> decisions;
        std::vector<RoundScorecard> scorecards;
    };
    std::vector<CohortCopy> cohorts;
    auto sourceCohorts = from.cohorts();
    if (!sourceCohorts)
        return Out::failure(CoreText::tr("reading %1: %2").arg(from.path(), sourceCohorts.error()));
    for (const Cohort &c : sourceCohorts.value()) {
        CohortCopy copy{c, {}, {}, {}, {}, {}};
        auto members = from.cohortMembers(c.id);
        auto must = from.mustHaves(c.id);
        auto consensus = from.consensus(c.id);
        auto decisions = from.decisions(c.id);
        if (!members || !must || !consensus || !decisions)
            return Out::failure(CoreText::tr("reading %1: %2")
                                    .arg(from.path(), !members     ? members.error()
                                                      : !must      ? must.error()
                                                      : !consensus ? consensus.error()
                                                                   : decisions.error()));
        for (const AssessmentSummary &m : members.value())
            copy.members << m.id;
        copy.mustHaves = must.value();
        copy.consensus = std::move(consensus).value();
        copy.decisions = std::move(decisions).value();
        auto cards = from.scorecards(c.id);
        if (!cards)
            return Out::failure(CoreText::tr("reading %1: %2").arg(from.path(), cards.error()));
        copy.scorecards = std::move(cards).value();
        cohorts.push_back(std::move(copy));
    }

    StoreCopyCounts counts;
    Status s = to.transaction([&]() -> Status {
        for (const Assessment &a : assessments) {
            if (!to.contains(a.id)) {
                if (Status st = to.insert(a); !st)
                    return st;
                ++counts.assessments;
                counts.ratings += static_cast<int>(a.ratings.size());
                continue;
            }
            auto stored = to.load(a.id);
            if (!stored)
                return Status::failure(stored.error());
            if (sameContent(stored.value(), a) || stored->updated >= a.updated) {
                ++counts.unchanged;
                continue;
            }
            if (Status st = to.replace(a); !st)
                return st;
            ++counts.updated;
            counts.ratings += static_cast<int>(a.ratings.size());
        }
        for (const CohortCopy &c : cohorts) {
            auto existing = to.cohort(c.cohort.name);
            qint64 id = 0;
            if (existing) {
                if (existing->kind != c.cohort.kind)
                    return Status::failure(
                        CoreText::tr("the target has a cohort named %1 of another kind (%2, not %3)")
                            .arg(c.cohort.name, cohortKindId(existing->kind), cohortKindId(c.cohort.kind)));
                id = existing->id;
            } else {
                auto made = to.createCohort(c.cohort);
                if (!made)
                    return Status::failure(made.error());
                id = made->id;
                ++counts.cohorts;
            }
            auto added = to.addToCohort(id, c.members);
            if (!added)
                return Status::failure(added.error());
            counts.memberships += added->added;
            if (!c.mustHaves.isEmpty()) {
                auto stored = to.mustHaves(id);
                if (!stored)
                    return Status::failure(stored.error());
                if (stored.value() != c.mustHaves) {
                    if (Status st = to.setMustHaves(id, c.mustHaves); !st)
                        return st;
                    counts.roundRecords += static_cast<int>(c.mustHaves.size());
                }
            }
            auto storedConsensus = to.consensus(id);
            auto storedDecisions = to.decisions(id);
            if (!storedConsensus || !storedDecisions)
                return Status::failure(!storedConsensus ? storedConsensus.error() : storedDecisions.error());
            for (const RoundConsensus &r : c.consensus) {
                const bool same =
                    std::any_of(storedConsensus->begin(), storedConsensus->end(), [&](const RoundConsensus &x) {
                        return x.candidate.name == r.candidate.name && x.candidate.number == r.candidate.number &&
                               x.candidate.organisation == r.candidate.organisation && x.requirement == r.requirement &&
                               x.level == r.level && x.reason == r.reason && x.recordedBy == r.recordedBy;
                    });
                if (same)
                    continue;
                if (Status st = to.setConsensus(id, r); !st)
                    return st;
                ++counts.roundRecords;
            }
            for (const RoundDecision &d : c.decisions) {
                const bool same =
                    std::any_of(storedDecisions->begin(), storedDecisions->end(), [&](const RoundDecision &x) {
                        return x.candidate.name == d.candidate.name && x.candidate.number == d.candidate.number &&
                               x.candidate.organisation == d.candidate.organisation && x.decision == d.decision &&
                               x.note == d.note;
                    });
                if (same)
                    continue;
                if (Status st = to.setDecision(id, d); !st)
                    return st;
                ++counts.roundRecords;
            }
            // The panel's scorecards last: a submitted one keeps its ratings from changing.
            auto storedCards = to.scorecards(id);
            if (!storedCards)
                return Status::failure(storedCards.error());
            for (const RoundScorecard &card : c.scorecards) {
                const bool same = std::any_of(storedCards->begin(), storedCards->end(), [&](const RoundScorecard &x) {
                    return x.assessment == card.assessment && x.submitted == card.submitted &&
                           x.recommendation == card.recommendation && x.comment == card.comment &&
                           x.seenOthers == card.seenOthers && x.changedAfterVisible == card.changedAfterVisible;
                });
                if (same)
                    continue;
                if (Status st = to.putScorecard(id, card); !st)
                    return st;
                ++counts.roundRecords;
            }
        }
        return {};
    });
    if (!s)
        return Out::failure(CoreText::tr("copying into %1: %2. Nothing was copied.").arg(to.path(), s.error()));
    return counts;
}

} // namespace iitalent
