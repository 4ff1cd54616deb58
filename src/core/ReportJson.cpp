#include "ReportJson.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CatalogExport.h"
#include "ExchangeFile.h"

namespace iitalent {

using ojson = nlohmann::ordered_json;

namespace {

ojson optionalLevel(const std::optional<int> &level)
{
    return level ? ojson(*level) : ojson(nullptr);
}

ojson strings(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

ojson dimensionsJson(const Score &score)
{
    ojson dims = ojson::array();
    for (const DimensionScore &d : score.dimensions)
        dims.push_back({{"key", toStd(d.key)},
                        {"items", d.items},
                        {"answered", d.answered},
                        {"met", d.met},
                        {"required_points", d.requiredPoints},
                        {"attained_points", d.attainedPoints},
                        {"attainment", d.attainment}});
    return dims;
}

} // namespace

ojson scoreToJson(const Score &score)
{
    ojson j;
    j["completeness"] = score.completeness;
    j["readiness"] = score.readiness;
    j["dimensions"] = dimensionsJson(score);
    return j;
}

ojson reportToJson(const Catalog &catalog, const Report &report)
{
    const Assessment &a = report.assessment;
    ojson j;
    j["schema"] = "iitalent.report/1";
    j["assessment"] = toStd(a.id);
    j["role"] = toStd(a.role);
    j["mode"] = toStd(modeId(a.mode));
    j["subject"] = subjectToJson(a.subject);
    j["assessor"] = toStd(a.assessorName);
    j["created"] = toStd(isoUtc(a.created));
    j["updated"] = toStd(isoUtc(a.updated));
    j["completeness"] = report.score.completeness;
    j["readiness"] = report.score.readiness;
    j["items"] = report.score.items;
    j["answered"] = report.score.answered;
    j["met"] = report.score.met;
    j["dimensions"] = dimensionsJson(report.score);
    ojson gaps = ojson::array();
    for (const Gap &g : report.score.gaps)
        gaps.push_back({{"id", toStd(g.requirement)},
                        {"dimension", toStd(g.dimension)},
                        {"required", g.required},
                        {"rating", g.rating},
                        {"answered", g.answered},
                        {"gap", g.gap}});
    j["gaps"] = std::move(gaps);

    const Improvement &imp = catalog.improvement();
    ojson plan = ojson::array();
    for (const PlanStep &s : report.plan.steps) {
        const Requirement *req = catalog.requirement(s.requirement);
        const ImprovementContent *content = imp.content(s.dimension);
        ojson step;
        step["order"] = s.order;
        step["requirement"] = toStd(s.requirement);
        step["dimension"] = toStd(s.dimension);
        step["text_zh"] = req ? toStd(req->textZh) : std::string();
        step["from"] = s.from;
        step["to"] = s.to;
        step["levels"] = s.levels;
        step["kind_zh"] = content ? toStd(content->textZh) : std::string();
        step["kind_en"] = content ? toStd(content->nameEn) : std::string();
        step["stage"] = toStd(s.stage);
        step["methods"] = strings(s.methods);
        step["providers"] = strings(s.providers);
        plan.push_back(std::move(step));
    }
    j["plan"] = std::move(plan);
    j["plan_note_en"] = toStd(imp.mappingNoteEn);
    return j;
}

ojson comparisonToJson(const Catalog &catalog, const Comparison &c)
{
    Q_UNUSED(catalog);
    ojson j;
    j["schema"] = "iitalent.compare/1";
    j["role"] = toStd(c.role);
    j["first"] = {{"assessment", toStd(c.firstId)}, {"score", scoreToJson(c.firstScore)}};
    j["second"] = {{"assessment", toStd(c.secondId)}, {"score", scoreToJson(c.secondScore)}};
    ojson items = ojson::array();
    for (const ComparedItem &i : c.items)
        items.push_back({{"id", toStd(i.requirement)},
                         {"dimension", toStd(i.dimension)},
                         {"required", i.required},
                         {"first", optionalLevel(i.first)},
                         {"second", optionalLevel(i.second)},
                         {"difference", optionalLevel(i.difference)},
                         {"flag", i.flag.isEmpty() ? ojson(nullptr) : ojson(toStd(i.flag))}});
    j["items"] = std::move(items);
    j["flagged"] = c.flagged;
    return j;
}

ojson historyToJson(const QString &subject, const std::vector<HistoryEntry> &entries)
{
    ojson list = ojson::array();
    for (const HistoryEntry &e : entries) {
        ojson o;
        o["assessment"] = toStd(e.id);
        o["role"] = toStd(e.role);
        o["mode"] = toStd(modeId(e.mode));
        o["created"] = toStd(isoUtc(e.created));
        o["updated"] = toStd(isoUtc(e.updated));
        o["completeness"] = e.score.completeness;
        o["readiness"] = e.score.readiness;
        ojson att = ojson::object();
        for (const DimensionScore &d : e.score.dimensions)
            att[toStd(d.key)] = d.attainment;
        o["attainment"] = std::move(att);
        if (e.readinessChange) {
            ojson change;
            change["readiness"] = *e.readinessChange;
            ojson dims = ojson::object();
            for (size_t d = 0; d < e.attainmentChanges.size() && d < e.score.dimensions.size(); ++d)
                dims[toStd(e.score.dimensions[d].key)] = e.attainmentChanges[d];
            change["attainment"] = std::move(dims);
            ojson ratings = ojson::array();
            for (const auto &[id, levels] : e.changedRatings)
                ratings.push_back({{"id", toStd(id)},
                                   {"before", optionalLevel(levels.first)},
                                   {"after", optionalLevel(levels.second)}});
            change["ratings"] = std::move(ratings);
            o["change"] = std::move(change);
        } else {
            o["change"] = nullptr;
        }
        list.push_back(std::move(o));
    }
    return {{"schema", "iitalent.history/1"}, {"subject", toStd(subject)}, {"assessments", std::move(list)}};
}

ojson fitToJson(const Catalog &catalog, const QString &assessmentId, const PersonFit &fit)
{
    ojson list = ojson::array();
    int rank = 0;
    for (const RoleFitEntry &e : fit.entries) {
        ojson unanswered = ojson::array();
        for (const QString &id : e.unanswered)
            unanswered.push_back(toStd(id));
        const Role *role = catalog.role(e.role);
        list.push_back({{"rank", ++rank},
                        {"role", toStd(e.role)},
                        {"name_zh", role ? toStd(role->nameZh) : std::string()},
                        {"name_en", role ? toStd(role->nameEn) : std::string()},
                        {"requirements", e.requirements},
                        {"covered", e.covered},
                        {"coverage", e.coverage},
                        {"readiness", e.readiness},
                        {"low_coverage", e.lowCoverage},
                        {"assessed_role", e.source},
                        {"unanswered", std::move(unanswered)}});
    }
    ojson from = ojson::array();
    for (const QString &id : fit.assessments)
        from.push_back(toStd(id));
    ojson next = nullptr;
    if (fit.assessNext)
        next = {{"role", toStd(*fit.assessNext)},
                {"rule", "the highest readiness among the roles with coverage from assess_next_from to below "
                         "assess_next_below"}};
    return {{"schema", "iitalent.fit/1"},
            {"assessment", toStd(assessmentId)},
            {"from_assessments", std::move(from)},
            {"low_coverage_below", RoleFit::LowCoverage},
            {"assess_next_from", RoleFit::AssessNextFrom},
            {"assess_next_below", RoleFit::AssessNextBelow},
            {"assess_next", std::move(next)},
            {"roles", std::move(list)}};
}

ojson summariesToJson(const std::vector<AssessmentSummary> &summaries)
{
    ojson list = ojson::array();
    for (const AssessmentSummary &s : summaries)
        list.push_back({{"id", toStd(s.id)},
                        {"role", toStd(s.role)},
                        {"mode", toStd(modeId(s.mode))},
                        {"subject", subjectToJson(s.subject)},
                        {"assessor", toStd(s.assessorName)},
                        {"created", toStd(isoUtc(s.created))},
                        {"updated", toStd(isoUtc(s.updated))},
                        {"answered", s.answered}});
    return {{"assessments", std::move(list)}};
}

} // namespace iitalent
