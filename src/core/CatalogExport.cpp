#include "CatalogExport.h"

#include <nlohmann/json.hpp>

#include "Levels.h"

namespace iitalent {

using ojson = nlohmann::ordered_json;

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

namespace {

ojson stringList(const QStringList &list)
{
    ojson a = ojson::array();
    for (const QString &s : list)
        a.push_back(toStd(s));
    return a;
}

} // namespace

ojson requirementToJson(const Requirement &req)
{
    ojson j;
    j["id"] = toStd(req.id);
    j["dimension"] = toStd(req.dimension);
    j["text_zh"] = toStd(req.textZh);
    j["level"] = req.level;
    j["level_word"] = req.levelWord.isEmpty() ? ojson(nullptr) : ojson(toStd(req.levelWord));
    j["competency"] = toStd(req.competency);
    return j;
}

ojson roleToJson(const Catalog &catalog, const Role &role)
{
    Q_UNUSED(catalog);
    ojson j;
    j["code"] = toStd(role.code);
    j["section"] = toStd(role.section);
    j["direction"] = toStd(role.direction);
    j["name_zh"] = toStd(role.nameZh);
    j["name_en"] = toStd(role.nameEn);
    j["aliases_zh"] = stringList(role.aliasesZh);
    j["duty_zh"] = toStd(role.dutyZh);
    j["duty_en"] = toStd(role.dutyEn);
    ojson reqs = ojson::array();
    for (const Requirement &req : role.requirements)
        reqs.push_back(requirementToJson(req));
    j["requirements"] = std::move(reqs);
    return j;
}

ojson catalogToJson(const Catalog &catalog)
{
    ojson j;
    j["schema"] = "iitalent.catalog/1";
    j["title_zh"] = toStd(catalog.title());
    j["title_en"] = toStd(catalog.titleEn());
    j["edition"] = toStd(catalog.edition());

    ojson levels = ojson::array();
    for (int l = Level::Min; l <= Level::Max; ++l)
        levels.push_back({{"level", l}, {"name_zh", toStd(Level::nameZh(l))}, {"name_en", toStd(Level::nameEn(l))}});
    j["levels"] = std::move(levels);

    ojson dirs = ojson::array();
    for (const Direction &d : catalog.directions())
        dirs.push_back({{"id", toStd(d.id)}, {"name_zh", toStd(d.nameZh)}, {"name_en", toStd(d.nameEn)}});
    j["directions"] = std::move(dirs);

    ojson dims = ojson::array();
    for (const Dimension &d : catalog.dimensions()) {
        ojson elements = ojson::array();
        for (const Element &e : d.elements)
            elements.push_back({{"name_zh", toStd(e.nameZh)},
                                {"name_en", toStd(e.nameEn)},
                                {"description_zh", toStd(e.descriptionZh)},
                                {"description_en", toStd(e.descriptionEn)}});
        dims.push_back({{"key", toStd(d.key)},
                        {"name_zh", toStd(d.nameZh)},
                        {"name_en", toStd(d.nameEn)},
                        {"elements", std::move(elements)}});
    }
    j["dimensions"] = std::move(dims);

    ojson roles = ojson::array();
    for (const Role &r : catalog.roles())
        roles.push_back(roleToJson(catalog, r));
    j["roles"] = std::move(roles);

    ojson comps = ojson::array();
    for (const Competency &c : catalog.competencies()) {
        ojson used = ojson::array();
        for (const Role &r : catalog.roles())
            for (const Requirement &q : r.requirements)
                if (q.competency == c.id)
                    used.push_back(toStd(q.id));
        comps.push_back(
            {{"id", toStd(c.id)}, {"statement_zh", toStd(c.statementZh)}, {"requirements", std::move(used)}});
    }
    j["competencies"] = std::move(comps);

    const Improvement &imp = catalog.improvement();
    ojson contents = ojson::array();
    for (const ImprovementContent &c : imp.contents)
        contents.push_back(
            {{"dimension", toStd(c.dimension)}, {"text_zh", toStd(c.textZh)}, {"name_en", toStd(c.nameEn)}});
    ojson stages = ojson::array();
    for (const ImprovementStage &s : imp.stages) {
        ojson methods = ojson::array();
        for (const ImprovementMethod &m : s.methods)
            methods.push_back({{"id", toStd(m.id)},
                               {"name_zh", toStd(m.nameZh)},
                               {"name_en", toStd(m.nameEn)},
                               {"text_zh", toStd(m.textZh)},
                               {"suits_dimensions", stringList(m.dimensions)},
                               {"providers", stringList(m.providers)}});
        stages.push_back({{"id", toStd(s.id)},
                          {"name_zh", toStd(s.nameZh)},
                          {"name_en", toStd(s.nameEn)},
                          {"text_zh", toStd(s.textZh)},
                          {"methods", std::move(methods)}});
    }
    ojson providers = ojson::array();
    for (const ImprovementProvider &p : imp.providers)
        providers.push_back({{"id", toStd(p.id)},
                             {"name_zh", toStd(p.nameZh)},
                             {"name_en", toStd(p.nameEn)},
                             {"text_zh", toStd(p.textZh)}});
    ojson improvement;
    improvement["title_zh"] = toStd(imp.titleZh);
    improvement["title_en"] = toStd(imp.titleEn);
    improvement["contents_intro_zh"] = toStd(imp.contentsIntroZh);
    improvement["contents"] = std::move(contents);
    improvement["stages_intro_zh"] = toStd(imp.stagesIntroZh);
    improvement["stages"] = std::move(stages);
    improvement["providers_intro_zh"] = toStd(imp.providersIntroZh);
    improvement["providers"] = std::move(providers);
    improvement["figure_caption_zh"] = toStd(imp.figureCaptionZh);
    improvement["figure_caption_en"] = toStd(imp.figureCaptionEn);
    improvement["mapping_note_zh"] = toStd(imp.mappingNoteZh);
    improvement["mapping_note_en"] = toStd(imp.mappingNoteEn);
    j["improvement"] = std::move(improvement);
    return j;
}

} // namespace iitalent
