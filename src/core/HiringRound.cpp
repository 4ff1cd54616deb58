#include "HiringRound.h"

#include "Catalog.h"
#include "Comparison.h"
#include "CoreText.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace iitalent {

namespace {

bool later(const AssessmentSummary &x, const AssessmentSummary &y)
{
    if (x.updated != y.updated)
        return x.updated > y.updated;
    if (x.created != y.created)
        return x.created > y.created;
    return x.id > y.id;
}

} // namespace

QString roundSourceId(RoundItem::Source source)
{
    switch (source) {
    case RoundItem::Source::None: return QStringLiteral("none");
    case RoundItem::Source::Single: return QStringLiteral("single");
    case RoundItem::Source::Median: return QStringLiteral("median");
    case RoundItem::Source::Consensus: return QStringLiteral("consensus");
    }
    return QStringLiteral("none");
}

Result<RoundReport> RoundReport::build(const Catalog &catalog, const Cohort &round, const QString &roleCode,
                                       const QStringList &mustHaves, const std::vector<AssessmentSummary> &members,
                                       const std::vector<RoundConsensus> &consensus,
                                       const std::vector<RoundDecision> &decisions,
                                       const std::vector<RoundScorecard> &scorecards)
{
    using Fail = Result<RoundReport>;
    RoundReport r;
    r.round = round;
    r.roleCode = roleCode;
    r.role = catalog.role(roleCode);
    if (!r.role)
        return Fail::failure(CoreText::tr("there is no role %1 in the catalog").arg(roleCode));
    const Role &role = *r.role;
    QHash<QString, int> itemOf;
    for (size_t i = 0; i < role.requirements.size(); ++i)
        itemOf.insert(role.requirements[i].id, static_cast<int>(i));
    for (const QString &id : mustHaves)
        if (!itemOf.contains(id))
            return Fail::failure(CoreText::tr("%1 is not a requirement of role %2").arg(id, roleCode));
    for (const Requirement &req : role.requirements)
        if (mustHaves.contains(req.id))
            r.mustHaves << req.id;

    // The participants (same-person rule) among the assessments of the role.
    std::vector<const AssessmentSummary *> ofRole;
    for (const AssessmentSummary &m : members)
        if (m.role == roleCode)
            ofRole.push_back(&m);
    std::vector<Subject> subjects;
    for (const AssessmentSummary *m : ofRole)
        subjects.push_back(m->subject);
    const std::vector<int> person = personIndexes(subjects);
    const std::vector<Subject> people = distinctPeople(subjects);

    struct Panel
    {
        std::vector<const AssessmentSummary *> byAssessor; // latest per assessor, first-rated order
        const AssessmentSummary *self = nullptr;
    };
    std::vector<Panel> panels(people.size());
    std::vector<int> order; // people in the order they first appear
    for (size_t i = 0; i < ofRole.size(); ++i) {
        const int p = person[i];
        if (std::find(order.begin(), order.end(), p) == order.end())
            order.push_back(p);
        Panel &panel = panels[static_cast<size_t>(p)];
        const AssessmentSummary *a = ofRole[i];
        if (a->mode == Mode::Self) {
            if (!panel.self || later(*a, *panel.self))
                panel.self = a;
            continue;
        }
        auto same = std::find_if(panel.byAssessor.begin(), panel.byAssessor.end(),
                                 [&](const AssessmentSummary *x) { return x->assessorName == a->assessorName; });
        if (same == panel.byAssessor.end())
            panel.byAssessor.push_back(a);
        else if (later(*a, **same))
            *same = a;
    }

    // Each candidate's items, scores and standing.
    for (int p : order) {
        const Panel &panel = panels[static_cast<size_t>(p)];
        if (panel.byAssessor.empty())
            continue; // a participant without an assessor's assessment is no candidate
        RoundCandidate c;
        c.subject = people[static_cast<size_t>(p)];
        if (panel.self)
            c.selfAssessmentId = panel.self->id;
        const auto levelsOf = [&](const AssessmentSummary &a, std::vector<bool> *notAssessed = nullptr) {
            std::vector<std::optional<int>> mine(role.requirements.size());
            if (notAssessed)
                notAssessed->assign(role.requirements.size(), false);
            for (const Rating &rating : a.levels) {
                const auto it = itemOf.constFind(rating.requirement);
                if (it != itemOf.cend() && rating.level)
                    mine[static_cast<size_t>(*it)] = *rating.level;
                else if (it != itemOf.cend() && rating.notAssessed && notAssessed)
                    (*notAssessed)[static_cast<size_t>(*it)] = true;
            }
            return mine;
        };
        std::vector<std::vector<std::optional<int>>> levels; // per assessor, per item
        std::vector<std::vector<bool>> skipped;              // per assessor, per item: not assessed
        for (const AssessmentSummary *a : panel.byAssessor) {
            c.panel << a->assessorName;
            c.panelAssessmentIds << a->id;
            skipped.emplace_back();
            levels.push_back(levelsOf(*a, &skipped.back()));
            bool complete = true;
            for (size_t i = 0; i < levels.back().size(); ++i)
                complete = complete && (levels.back()[i].has_value() || skipped.back()[i]);
            c.panelComplete.push_back(complete);
            RoundScorecard card;
            card.assessment = a->id;
            for (const RoundScorecard &stored : scorecards)
                if (stored.assessment == a->id)
                    card = stored;
            c.scorecards.push_back(card);
        }
        const std::vector<std::optional<int>> selfLevels =
            panel.self ? levelsOf(*panel.self) : std::vector<std::optional<int>>(role.requirements.size());
        for (size_t i = 0; i < role.requirements.size(); ++i) {
            const Requirement &req = role.requirements[i];
            RoundItem item;
            item.requirement = req.id;
            item.required = req.level;
            item.self = selfLevels[i];
            std::vector<int> answered;
            for (size_t k = 0; k < levels.size(); ++k) {
                item.ratings.emplace_back(c.panel.at(static_cast<int>(k)), levels[k][i]);
                item.notAssessed.push_back(skipped[k][i]);
                if (levels[k][i])
                    answered.push_back(*levels[k][i]);
            }
            std::sort(answered.begin(), answered.end());
            if (answered.size() >= 2)
                item.spread = answered.back() - answered.front();
            // The latest consensus recorded for this person and item (one person may have been
            // recorded under two spellings of their subject, before and after a number was known).
            auto agreed = consensus.end();
            for (auto x = consensus.begin(); x != consensus.end(); ++x)
                if (x->requirement == req.id && isSamePerson(x->candidate, c.subject) &&
                    (agreed == consensus.end() || x->recorded >= agreed->recorded))
                    agreed = x;
            if (agreed != consensus.end()) {
                item.combined = agreed->level;
                item.source = RoundItem::Source::Consensus;
                item.consensusReason = agreed->reason;
                item.consensusBy = agreed->recordedBy;
                item.consensusAt = agreed->recorded;
            } else if (answered.size() == 1) {
                item.combined = answered.front();
                item.source = RoundItem::Source::Single;
            } else if (answered.size() >= 2) {
                item.combined = answered[(answered.size() - 1) / 2];
                item.source = RoundItem::Source::Median;
            }
            item.disagreement = item.spread >= 2 && item.source != RoundItem::Source::Consensus;
            if (item.disagreement)
                ++c.openDisagreements;
            const int combined = item.combined.value_or(0);
            if (req.level - combined >= 2)
                ++c.gapsOfTwoOrMore;
            if (r.mustHaves.contains(req.id) && combined < req.level)
                c.failedMustHaves << req.id;
            c.items.push_back(std::move(item));
        }
        const Requirement *first = role.requirements.data();
        c.score = Scoring::scoreWith(catalog, role, [&](const Requirement &req) {
            return std::optional<std::optional<int>>(c.items[static_cast<size_t>(&req - first)].combined);
        });
        for (const RoundDecision &d : decisions)
            if (isSamePerson(d.candidate, c.subject)) {
                c.decision = d.decision;
                c.decisionNote = d.note;
            }
        r.candidates.push_back(std::move(c));
    }

    // The ranking, and ranks without ties.
    std::stable_sort(r.candidates.begin(), r.candidates.end(), [](const RoundCandidate &x, const RoundCandidate &y) {
        if (x.failedMustHaves.isEmpty() != y.failedMustHaves.isEmpty())
            return x.failedMustHaves.isEmpty();
        if (x.score.readiness != y.score.readiness)
            return x.score.readiness > y.score.readiness;
        if (x.gapsOfTwoOrMore != y.gapsOfTwoOrMore)
            return x.gapsOfTwoOrMore < y.gapsOfTwoOrMore;
        if (x.score.completeness != y.score.completeness)
            return x.score.completeness > y.score.completeness;
        return x.subject.name.toUcs4() < y.subject.name.toUcs4(); // code-point order
    });
    for (size_t i = 0; i < r.candidates.size(); ++i)
        r.candidates[i].rank = static_cast<int>(i) + 1;

    // Agreement and calibration over the whole round.
    int exact = 0, adjacent = 0;
    QHash<QString, std::pair<double, int>> difference; // assessor -> (sum, items)
    for (const RoundCandidate &c : r.candidates) {
        for (const QString &name : c.panel)
            if (std::none_of(r.assessors.begin(), r.assessors.end(),
                             [&](const AssessorCalibration &a) { return a.name == name; }))
                r.assessors.push_back({name, 0, std::nullopt});
        for (const RoundItem &item : c.items) {
            for (size_t x = 0; x < item.ratings.size(); ++x) {
                if (!item.ratings[x].second)
                    continue;
                const int mine = *item.ratings[x].second;
                double others = 0.0;
                int count = 0;
                for (size_t y = 0; y < item.ratings.size(); ++y) {
                    if (y == x || !item.ratings[y].second)
                        continue;
                    others += *item.ratings[y].second;
                    ++count;
                    if (y > x) {
                        ++r.agreement.pairs;
                        const int d = std::abs(mine - *item.ratings[y].second);
                        exact += d == 0 ? 1 : 0;
                        adjacent += d <= 1 ? 1 : 0;
                    }
                }
                if (count > 0) {
                    auto &[sum, n] = difference[item.ratings[x].first];
                    sum += mine - others / count;
                    ++n;
                }
            }
        }
    }
    if (r.agreement.pairs > 0) {
        r.agreement.exact = double(exact) / r.agreement.pairs;
        r.agreement.adjacent = double(adjacent) / r.agreement.pairs;
    }
    for (AssessorCalibration &a : r.assessors) {
        const auto it = difference.constFind(a.name);
        if (it != difference.cend() && it->second > 0) {
            a.items = it->second;
            a.meanDifference = it->first / it->second;
        }
    }
    return r;
}

Result<RoundReport> RoundReport::load(AssessmentStore &store, const Catalog &catalog, const QString &roundName)
{
    using Fail = Result<RoundReport>;
    auto round = store.cohort(roundName);
    if (!round)
        return Fail::failure(round.error());
    if (round->kind != CohortKind::Hiring)
        return Fail::failure(
            CoreText::tr("%1 is not a hiring round (its kind is %2)").arg(round->name, cohortKindId(round->kind)));
    if (round->roles.size() != 1)
        return Fail::failure(CoreText::tr("the hiring round %1 needs exactly one role").arg(round->name));
    auto members = store.cohortMembers(round->id, round->roles.first());
    if (!members)
        return Fail::failure(members.error());
    auto must = store.mustHaves(round->id);
    if (!must)
        return Fail::failure(must.error());
    auto agreed = store.consensus(round->id);
    if (!agreed)
        return Fail::failure(agreed.error());
    auto decided = store.decisions(round->id);
    if (!decided)
        return Fail::failure(decided.error());
    auto cards = store.scorecards(round->id);
    if (!cards)
        return Fail::failure(cards.error());
    return build(catalog, round.value(), round->roles.first(), must.value(), members.value(), agreed.value(),
                 decided.value(), cards.value());
}

Status loadRemarks(AssessmentStore &store, RoundCandidate &candidate)
{
    std::vector<Assessment> panel;
    for (const QString &id : candidate.panelAssessmentIds) {
        auto a = store.load(id);
        if (!a)
            return Status::failure(a.error());
        panel.push_back(std::move(a.value()));
    }
    for (RoundItem &item : candidate.items) {
        item.remarks.clear();
        for (const Assessment &a : panel) {
            Rating remark;
            remark.requirement = item.requirement;
            if (const Rating *r = a.rating(item.requirement)) {
                remark.evidence = r->evidence;
                remark.note = r->note;
            }
            item.remarks.push_back(remark);
        }
    }
    return {};
}

Result<QStringList> scorecardScopeFromText(const QString &text)
{
    const QString all = text.trimmed().toLower();
    if (all.isEmpty() || all == QLatin1String("all"))
        return QStringList();
    static const QHash<QString, QString> words{{QStringLiteral("shortlisted"), QStringLiteral("shortlist")},
                                               {QStringLiteral("held"), QStringLiteral("hold")},
                                               {QStringLiteral("rejected"), QStringLiteral("reject")},
                                               {QStringLiteral("undecided"), QStringLiteral("undecided")}};
    QStringList out;
    for (const QString &word : all.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto it = words.constFind(word.trimmed());
        if (it == words.cend())
            return Result<QStringList>::failure(
                CoreText::tr("the scorecards are all, or some of shortlisted, held, rejected, undecided (not %1)")
                    .arg(word.trimmed()));
        if (!out.contains(*it))
            out << *it;
    }
    return out;
}

Status loadScorecardRemarks(AssessmentStore &store, RoundReport &report)
{
    for (RoundCandidate &c : report.candidates)
        if (report.inDocument(c))
            if (Status s = loadRemarks(store, c); !s)
                return s;
    return {};
}

bool blindUntilSubmitted(const RoundCandidate &candidate, const QString &interviewer)
{
    if (interviewer.isEmpty())
        return false;
    const int k = candidate.panel.indexOf(interviewer);
    return k < 0 || !candidate.scorecards.at(static_cast<size_t>(k)).isSubmitted();
}

namespace {

// The interviewer's place on a candidate's panel, or an error that says they have none.
Result<int> panelPlace(const RoundReport &report, const Subject &named, const QString &interviewer,
                       const RoundCandidate **candidate)
{
    auto found = candidateOf(report, named);
    if (!found)
        return Result<int>::failure(found.error());
    for (const RoundCandidate &c : report.candidates) {
        if (!isSamePerson(c.subject, found.value()))
            continue;
        const int k = c.panel.indexOf(interviewer);
        if (k < 0)
            return Result<int>::failure(CoreText::tr("%1 has no scorecard of %2 in the round %3")
                                            .arg(interviewer.isEmpty() ? CoreText::tr("(nobody)") : interviewer,
                                                 personLabel(c.subject), report.round.name));
        *candidate = &c;
        return k;
    }
    return Result<int>::failure(found.error());
}

} // namespace

QStringList itemsLeft(const RoundCandidate &candidate, int member)
{
    QStringList left;
    const size_t k = static_cast<size_t>(member);
    for (const RoundItem &item : candidate.items)
        if (!item.ratings.at(k).second && !item.notAssessed.at(k))
            left << item.requirement;
    return left;
}

Status submitScorecard(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                       const QString &interviewer, const QString &recommendation, const QString &comment)
{
    const RoundCandidate *c = nullptr;
    auto k = panelPlace(report, candidate, interviewer, &c);
    if (!k)
        return Status::failure(k.error());
    if (!recommendationIds().contains(recommendation))
        return Status::failure(
            CoreText::tr("a scorecard is submitted with a recommendation: strong-yes, yes, no or strong-no"));
    const QStringList open = itemsLeft(*c, k.value());
    if (!open.isEmpty())
        return Status::failure(CoreText::tr("%1 items are neither rated nor marked not assessed: %2")
                                   .arg(open.size())
                                   .arg(open.join(QStringLiteral(", "))));
    if (c->scorecards.at(static_cast<size_t>(k.value())).isSubmitted())
        return Status::failure(
            CoreText::tr("%1's scorecard of %2 is submitted already").arg(interviewer, personLabel(c->subject)));
    return store.setScorecard(report.round.id, c->panelAssessmentIds.at(k.value()), true, recommendation, comment);
}

Status reopenScorecard(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                       const QString &interviewer)
{
    const RoundCandidate *c = nullptr;
    auto k = panelPlace(report, candidate, interviewer, &c);
    if (!k)
        return Status::failure(k.error());
    if (!c->scorecards.at(static_cast<size_t>(k.value())).isSubmitted())
        return Status::failure(
            CoreText::tr("%1's scorecard of %2 is not submitted").arg(interviewer, personLabel(c->subject)));
    return store.setScorecard(report.round.id, c->panelAssessmentIds.at(k.value()), false, QString(), QString());
}

namespace {

Status checkRequirement(const Role &role, const QString &id)
{
    if (std::none_of(role.requirements.begin(), role.requirements.end(),
                     [&](const Requirement &r) { return r.id == id; }))
        return Status::failure(CoreText::tr("%1 is not a requirement of role %2").arg(id, role.code));
    return {};
}

} // namespace

Status recordConsensus(AssessmentStore &store, const RoundReport &report, RoundConsensus consensus,
                       std::optional<RoundConsensus> *replaced)
{
    auto candidate = candidateOf(report, consensus.candidate);
    if (!candidate)
        return Status::failure(candidate.error());
    if (Status s = checkRequirement(*report.role, consensus.requirement); !s)
        return s;
    consensus.candidate = candidate.value();
    if (replaced) {
        // What counts now for this person and item (the latest, under whichever spelling).
        replaced->reset();
        for (const RoundCandidate &c : report.candidates)
            if (isSamePerson(c.subject, consensus.candidate))
                for (const RoundItem &item : c.items)
                    if (item.requirement == consensus.requirement && item.source == RoundItem::Source::Consensus) {
                        RoundConsensus old;
                        old.candidate = c.subject;
                        old.requirement = item.requirement;
                        old.level = item.combined.value_or(0);
                        old.reason = item.consensusReason;
                        old.recordedBy = item.consensusBy;
                        old.recorded = item.consensusAt;
                        *replaced = old;
                    }
    }
    return store.setConsensus(report.round.id, consensus);
}

Status withdrawConsensus(AssessmentStore &store, const RoundReport &report, const Subject &candidate,
                         const QString &requirement)
{
    auto found = candidateOf(report, candidate);
    if (!found)
        return Status::failure(found.error());
    if (Status s = checkRequirement(*report.role, requirement); !s)
        return s;
    // Every consensus on this item recorded for the person, under whichever spelling of them.
    auto stored = store.consensus(report.round.id);
    if (!stored)
        return Status::failure(stored.error());
    bool any = false;
    for (const RoundConsensus &c : stored.value()) {
        if (c.requirement != requirement || !isSamePerson(c.candidate, found.value()))
            continue;
        if (Status s = store.withdrawConsensus(report.round.id, c.candidate, requirement); !s)
            return s;
        any = true;
    }
    if (!any)
        return store.withdrawConsensus(report.round.id, found.value(), requirement); // says there is none
    return {};
}

Status recordDecision(AssessmentStore &store, const RoundReport &report, RoundDecision decision)
{
    auto candidate = candidateOf(report, decision.candidate);
    if (!candidate)
        return Status::failure(candidate.error());
    decision.candidate = candidate.value();
    return store.setDecision(report.round.id, decision);
}

Status checkRound(const Catalog &catalog, const Cohort &round, const QStringList &mustHaves)
{
    if (round.roles.size() != 1)
        return Status::failure(CoreText::tr("the hiring round %1 needs exactly one role").arg(round.name));
    const Role *role = catalog.role(round.roles.first());
    if (!role)
        return Status::failure(CoreText::tr("there is no role %1 in the catalog").arg(round.roles.first()));
    for (const QString &id : mustHaves)
        if (Status s = checkRequirement(*role, id); !s)
            return s;
    return {};
}

Result<Cohort> createRound(AssessmentStore &store, const Catalog &catalog, Cohort round, const QStringList &mustHaves)
{
    if (Status s = checkRound(catalog, round, mustHaves); !s)
        return Result<Cohort>::failure(s.error());
    round.kind = CohortKind::Hiring;
    auto created = store.createCohort(round);
    if (!created)
        return created;
    if (Status s = store.setMustHaves(created->id, mustHaves); !s) {
        (void)store.deleteCohort(created->name);
        return Result<Cohort>::failure(s.error());
    }
    return created;
}

namespace {

// The store's hiring rounds with their figures (a round that cannot be read is left out).
std::vector<RoundReport> hiringRounds(AssessmentStore &store, const Catalog &catalog)
{
    std::vector<RoundReport> out;
    auto all = store.cohorts();
    if (!all)
        return out;
    for (const Cohort &c : all.value()) {
        if (c.kind != CohortKind::Hiring)
            continue;
        if (auto r = RoundReport::load(store, catalog, c.name))
            out.push_back(std::move(r.value()));
    }
    return out;
}

} // namespace

Result<QStringList> blindPanelAssessments(AssessmentStore &store, const Catalog &catalog,
                                          const std::optional<QString> &interviewer)
{
    QStringList hidden;
    if (interviewer && interviewer->isEmpty())
        return hidden;
    auto all = store.cohorts();
    if (!all)
        return Result<QStringList>::failure(all.error());
    for (const Cohort &round : all.value()) {
        if (round.kind != CohortKind::Hiring)
            continue;
        auto report = RoundReport::load(store, catalog, round.name);
        auto members = store.cohortMembers(round.id, QString(), Mode::Assessor);
        if (!members)
            return Result<QStringList>::failure(members.error());
        for (const AssessmentSummary &m : members.value()) {
            if (interviewer && m.assessorName == *interviewer)
                continue;
            bool blind = !interviewer || !report;
            if (report && interviewer)
                for (const RoundCandidate &c : report->candidates)
                    if (isSamePerson(c.subject, m.subject))
                        blind = blindUntilSubmitted(c, *interviewer);
            if (blind && !hidden.contains(m.id))
                hidden << m.id;
        }
    }
    return hidden;
}

std::optional<Assessment> reportCounterpart(AssessmentStore &store, const Catalog &catalog, const Assessment &a,
                                            const std::vector<Assessment> &others, const QStringList &hidden)
{
    const std::vector<RoundReport> rounds = hiringRounds(store, catalog);
    if (a.mode == Mode::Self) {
        const RoundReport *latest = nullptr;
        const RoundCandidate *candidate = nullptr;
        for (const RoundReport &r : rounds) {
            if (r.roleCode != a.role)
                continue;
            for (const RoundCandidate &c : r.candidates)
                if (isSamePerson(c.subject, a.subject) &&
                    (!latest || r.round.created > latest->round.created ||
                     (r.round.created == latest->round.created && r.round.id > latest->round.id))) {
                    latest = &r;
                    candidate = &c;
                }
        }
        if (candidate && std::any_of(candidate->panelAssessmentIds.begin(), candidate->panelAssessmentIds.end(),
                                     [&](const QString &id) { return hidden.contains(id); }))
            return std::nullopt; // made of scorecards hidden from whoever looks
        if (candidate) {
            const Role *role = catalog.role(a.role);
            Assessment panel;
            panel.id = QStringLiteral("panel-%1").arg(latest->round.id);
            panel.role = a.role;
            panel.mode = Mode::Assessor;
            panel.subject = candidate->subject;
            panel.created = latest->round.created;
            panel.updated = latest->round.created;
            for (const RoundItem &item : candidate->items) {
                Rating r;
                r.requirement = item.requirement;
                r.level = item.combined;
                if (role)
                    panel.setRating(*role, r);
            }
            return panel;
        }
    }
    // Otherwise the other mode's latest, but never a panel member's assessment of a round.
    QStringList panelIds;
    for (const RoundReport &r : rounds)
        for (const RoundCandidate &c : r.candidates)
            panelIds << c.panelAssessmentIds;
    std::vector<Assessment> allowed;
    for (const Assessment &o : others)
        if (a.mode == Mode::Assessor || !panelIds.contains(o.id))
            allowed.push_back(o);
    return Comparer::counterpartOf(a, allowed);
}

Result<Subject> candidateOf(const RoundReport &report, const Subject &named)
{
    std::vector<Subject> found;
    for (const RoundCandidate &c : report.candidates)
        if (isSamePerson(c.subject, named))
            found.push_back(c.subject);
    if (found.empty())
        return Result<Subject>::failure(
            CoreText::tr("%1 is not a candidate of the round %2").arg(named.name, report.round.name));
    if (found.size() > 1) {
        QString list;
        for (const Subject &s : found)
            list += QStringLiteral("\n  %1").arg(personLabel(s));
        return Result<Subject>::failure(
            CoreText::tr("%1 candidates are named %2; say which with --number or --organisation:%3")
                .arg(found.size())
                .arg(named.name, list));
    }
    return found.front();
}

} // namespace iitalent
