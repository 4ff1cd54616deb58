#include "CohortJson.h"

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
    ojson people = ojson::array();
    for (const CohortParticipant &p : r.participants)
        people.push_back({{"assessment", toStd(p.assessmentId)},
                          {"name", toStd(p.label(r.anonymised))},
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
            a.push_back(toStd(anonymised ? p.code : p.subject.name));
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

} // namespace iitalent
