#include "CohortJson.h"

#include <nlohmann/json.hpp>

#include "CatalogExport.h"

namespace iitalent {

using ojson = nlohmann::ordered_json;

namespace {

ojson optionalNumber(const std::optional<double> &value)
{
    return value ? ojson(*value) : ojson(nullptr);
}

ojson strings(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

ojson attainments(const Score &score)
{
    ojson j = ojson::object();
    for (const DimensionScore &d : score.dimensions)
        j[toStd(d.key)] = d.attainment;
    return j;
}

} // namespace

ojson cohortToJson(const Cohort &cohort)
{
    return {
        {"name", toStd(cohort.name)},     {"kind", toStd(cohortKindId(cohort.kind))},
        {"roles", strings(cohort.roles)}, {"date", cohort.date.isEmpty() ? ojson(nullptr) : ojson(toStd(cohort.date))},
        {"note", toStd(cohort.note)},     {"created", toStd(isoUtc(cohort.created))},
        {"members", cohort.members}};
}

ojson cohortReportToJson(const CohortReport &r)
{
    ojson j;
    j["schema"] = "iitalent.cohort-report/1";
    j["cohort"] = toStd(r.cohort.name);
    j["kind"] = toStd(cohortKindId(r.cohort.kind));
    j["role"] = toStd(r.roleCode);
    j["mode"] = toStd(modeId(r.mode));
    j["anonymised"] = r.anonymised;
    j["stage"] = toStd(stageId(r.stage));
    j["participants"] = r.participants.size();
    ojson items = ojson::array();
    for (const CohortItem &i : r.items)
        items.push_back({{"id", toStd(i.requirement)},
                         {"dimension", toStd(i.dimension)},
                         {"required", i.required},
                         {"answered", i.answered},
                         {"met", i.met},
                         {"gap_points", i.gapPoints},
                         {"mean_gap", i.meanGap},
                         {"mean_rating", optionalNumber(i.meanRating)}});
    j["items"] = std::move(items);
    ojson dims = ojson::array();
    for (const CohortDimension &d : r.dimensions)
        dims.push_back({{"key", toStd(d.key)}, {"mean_attainment", d.meanAttainment}});
    j["dimensions"] = std::move(dims);
    ojson histogram = ojson::array();
    for (int count : r.histogram)
        histogram.push_back(count);
    j["readiness"] = {{"mean", optionalNumber(r.readinessMean)},
                      {"median", optionalNumber(r.readinessMedian)},
                      {"histogram", std::move(histogram)}};
    j["priorities"] = strings(r.priorities);
    ojson plan = ojson::array();
    for (const WorkshopStep &s : r.plan)
        plan.push_back({{"order", s.order},
                        {"id", toStd(s.requirement)},
                        {"dimension", toStd(s.dimension)},
                        {"gap_points", s.gapPoints},
                        {"met", s.met},
                        {"methods", strings(s.methods)},
                        {"providers", strings(s.providers)}});
    j["workshop_plan"] = std::move(plan);
    // The plan split by what this workshop can deliver (WorkshopSplit): teachable here first, and
    // what needs the workplace or a mentor with the A.2 methods and A.3 providers it needs.
    const WorkshopOffer offer = r.workshop.offer.effective();
    ojson here = ojson::array();
    for (const WorkshopPlacement &p : r.workshop.teachableHere)
        here.push_back({{"rank", p.rank},
                        {"order", r.plan[static_cast<size_t>(p.step)].order},
                        {"id", toStd(r.plan[static_cast<size_t>(p.step)].requirement)},
                        {"methods_here", strings(p.methodsHere)}});
    ojson elsewhere = ojson::array();
    for (const WorkshopPlacement &p : r.workshop.elsewhere)
        elsewhere.push_back({{"rank", p.rank},
                             {"order", r.plan[static_cast<size_t>(p.step)].order},
                             {"id", toStd(r.plan[static_cast<size_t>(p.step)].requirement)},
                             {"needs_methods", strings(p.neededMethods)},
                             {"needs_providers", strings(p.neededProviders)}});
    j["workshop"] = {{"offer",
                      {{"providers", strings(offer.providers)},
                       {"methods", strings(offer.methods)},
                       {"default", r.workshop.offer.isEmpty()}}},
                     {"teachable_here", std::move(here)},
                     {"elsewhere", std::move(elsewhere)}};
    ojson people = ojson::array();
    for (const CohortParticipant &p : r.participants)
        people.push_back({{"assessment", toStd(p.assessmentId)},
                          {"name", toStd(r.anonymised ? p.code : p.subject.name)},
                          {"readiness", p.score.readiness},
                          {"attainments", attainments(p.score)}});
    j["people"] = std::move(people);
    return j;
}

ojson cohortChangeToJson(const CohortChange &c)
{
    const bool anonymised = c.after.anonymised;
    ojson j;
    j["schema"] = "iitalent.cohort-compare/1";
    j["before"] = toStd(c.before.cohort.name);
    j["after"] = toStd(c.after.cohort.name);
    j["role"] = toStd(c.after.roleCode);
    j["mode"] = toStd(modeId(c.after.mode));
    j["anonymised"] = anonymised;
    j["matched"] = c.matched.size();
    auto names = [&](const std::vector<CohortChange::Absent> &list) {
        ojson a = ojson::array();
        for (const CohortChange::Absent &p : list)
            a.push_back(toStd(p.label(anonymised))); // namesakes with their numbers
        return a;
    };
    j["only_before"] = names(c.onlyBefore);
    j["only_after"] = names(c.onlyAfter);
    j["mean_delta"] = optionalNumber(c.meanDelta);
    ojson dims = ojson::array();
    for (const CohortChange::DimensionDelta &d : c.dimensions)
        dims.push_back({{"key", toStd(d.key)}, {"mean_delta", optionalNumber(d.meanDelta)}});
    j["dimensions"] = std::move(dims);
    ojson items = ojson::array();
    for (const CohortChange::Item &i : c.items)
        items.push_back({{"id", toStd(i.requirement)},
                         {"dimension", toStd(i.dimension)},
                         {"required", i.required},
                         {"met_before", i.metBefore},
                         {"met_after", i.metAfter}});
    j["items"] = std::move(items);
    ojson people = ojson::array();
    for (const CohortChange::Participant &p : c.matched)
        people.push_back({{"name", toStd(anonymised ? p.code : p.subject.name)},
                          {"before_assessment", toStd(p.beforeId)},
                          {"after_assessment", toStd(p.afterId)},
                          {"before", p.before},
                          {"after", p.after},
                          {"delta", p.delta}});
    j["participants"] = std::move(people);
    return j;
}

ojson roundReportToJson(const RoundReport &r)
{
    auto optionalInt = [](const std::optional<int> &v) { return v ? ojson(*v) : ojson(nullptr); };
    ojson j;
    j["schema"] = "iitalent.round-report/1";
    j["round"] = toStd(r.round.name);
    j["role"] = toStd(r.roleCode);
    j["must_haves"] = strings(r.mustHaves);
    ojson candidates = ojson::array();
    for (const RoundCandidate &c : r.candidates) {
        ojson cj;
        cj["rank"] = c.rank;
        cj["subject"] = {{"name", toStd(c.subject.name)},
                         {"organisation", toStd(c.subject.organisation)},
                         {"number", toStd(c.subject.number)}};
        cj["panel"] = strings(c.panel);
        ojson cards = ojson::array();
        for (int k = 0; k < c.panel.size(); ++k) {
            const RoundScorecard &card = c.scorecards.at(static_cast<size_t>(k));
            cards.push_back(
                {{"name", toStd(c.panel.at(k))},
                 {"submitted", card.isSubmitted()},
                 {"submitted_at", card.isSubmitted() ? ojson(toStd(isoUtc(card.submitted))) : ojson(nullptr)},
                 {"recommendation", card.recommendation.isEmpty() ? ojson(nullptr) : ojson(toStd(card.recommendation))},
                 {"comment", toStd(card.comment)},
                 {"changed_after_visible", card.changedAfterVisible}});
        }
        cj["panel_members"] = std::move(cards);
        cj["readiness"] = c.score.readiness;
        cj["completeness"] = c.score.completeness;
        ojson dims = ojson::array();
        for (const DimensionScore &d : c.score.dimensions)
            dims.push_back({{"key", toStd(d.key)}, {"attainment", d.attainment}});
        cj["dimensions"] = std::move(dims);
        cj["failed_must_haves"] = strings(c.failedMustHaves);
        cj["gaps_of_two_or_more"] = c.gapsOfTwoOrMore;
        cj["decision"] = c.decision.isEmpty() ? ojson(nullptr) : ojson(toStd(c.decision));
        ojson items = ojson::array();
        for (const RoundItem &i : c.items) {
            ojson ratings = ojson::object();
            for (size_t k = 0; k < i.ratings.size(); ++k)
                ratings[toStd(i.ratings[k].first)] =
                    i.notAssessed.at(k) ? ojson("na") : optionalInt(i.ratings[k].second);
            ojson ij = {{"id", toStd(i.requirement)},
                        {"required", i.required},
                        {"ratings", std::move(ratings)},
                        {"combined", optionalInt(i.combined)},
                        {"source", toStd(roundSourceId(i.source))},
                        {"spread", i.spread},
                        {"disagreement", i.disagreement}};
            if (i.source == RoundItem::Source::Consensus) {
                ij["consensus_reason"] = toStd(i.consensusReason);
                ij["recorded_by"] = toStd(i.consensusBy);
            }
            items.push_back(std::move(ij));
        }
        cj["items"] = std::move(items);
        candidates.push_back(std::move(cj));
    }
    j["candidates"] = std::move(candidates);
    j["agreement"] = {{"pairs", r.agreement.pairs},
                      {"exact", optionalNumber(r.agreement.exact)},
                      {"adjacent", optionalNumber(r.agreement.adjacent)}};
    ojson assessors = ojson::array();
    for (const AssessorCalibration &a : r.assessors)
        assessors.push_back({{"name", toStd(a.name)}, {"mean_difference", optionalNumber(a.meanDifference)}});
    j["assessors"] = std::move(assessors);
    return j;
}

} // namespace iitalent
