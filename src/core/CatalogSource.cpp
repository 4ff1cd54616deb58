#include "CatalogSource.h"

#include "Assessment.h"
#include "CatalogExport.h"
#include "CoreText.h"
#include "Levels.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

namespace iitalent {

namespace {

using json = nlohmann::json;

// Thrown inside the reader to abort with a message that names the place of the problem.
struct SourceError
{
    QString message;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw SourceError{where + QStringLiteral(": ") + what};
}

json readJson(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        fail(name, CoreText::tr("cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    try {
        return json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::exception &e) {
        fail(name, QString::fromUtf8(e.what()));
    }
}

QString str(const json &object, const char *key, const QString &where, bool required = true)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            fail(where, CoreText::tr("missing \"%1\"").arg(QString::fromUtf8(key)));
        return QString();
    }
    if (!it->is_string())
        fail(where, CoreText::tr("\"%1\" must be a string").arg(QString::fromUtf8(key)));
    return fromStd(it->get<std::string>());
}

const json &array(const json &object, const char *key, const QString &where)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array())
        fail(where, CoreText::tr("\"%1\" must be a list").arg(QString::fromUtf8(key)));
    return *it;
}

void readDimensions(const json &dims, CatalogBuilder &b)
{
    if (!dims.is_array())
        fail(QStringLiteral("dimensions.json"), CoreText::tr("must be a list"));
    for (size_t i = 0; i < dims.size(); ++i) {
        const QString where = QStringLiteral("dimensions.json[%1]").arg(i);
        const json &d = dims[i];
        Dimension dim{str(d, "key", where), str(d, "name_zh", where), str(d, "name_en", where), {}};
        const json &elements = array(d, "elements", where);
        for (size_t j = 0; j < elements.size(); ++j) {
            const QString ew = where + QStringLiteral(".elements[%1]").arg(j);
            const json &e = elements[j];
            dim.elements.push_back({str(e, "name_zh", ew), str(e, "name_en", ew), str(e, "description_zh", ew),
                                    str(e, "description_en", ew, false)});
        }
        b.dimensions().push_back(std::move(dim));
    }
}

void readImprovement(const json &imp, CatalogBuilder &b)
{
    const QString where = QStringLiteral("improvement.json");
    Improvement &out = b.improvement();
    out.titleZh = str(imp, "title_zh", where);
    out.titleEn = str(imp, "title_en", where, false);
    out.contentsIntroZh = str(imp, "contents_intro_zh", where, false);
    out.stagesIntroZh = str(imp, "stages_intro_zh", where, false);
    out.providersIntroZh = str(imp, "providers_intro_zh", where, false);
    out.figureCaptionZh = str(imp, "figure_caption_zh", where, false);
    out.figureCaptionEn = str(imp, "figure_caption_en", where, false);
    const json &contents = array(imp, "contents", where);
    for (size_t i = 0; i < contents.size(); ++i) {
        const QString w = where + QStringLiteral(".contents[%1]").arg(i);
        out.contents.push_back(
            {str(contents[i], "dimension", w), str(contents[i], "text_zh", w), str(contents[i], "name_en", w, false)});
    }
    const json &stages = array(imp, "stages", where);
    for (size_t i = 0; i < stages.size(); ++i) {
        const QString w = where + QStringLiteral(".stages[%1]").arg(i);
        const json &s = stages[i];
        ImprovementStage stage{
            str(s, "id", w), str(s, "name_zh", w), str(s, "name_en", w, false), str(s, "text_zh", w, false), {}};
        const json &methods = array(s, "methods", w);
        for (size_t j = 0; j < methods.size(); ++j) {
            const QString mw = w + QStringLiteral(".methods[%1]").arg(j);
            const json &m = methods[j];
            stage.methods.push_back({str(m, "id", mw),
                                     str(m, "name_zh", mw),
                                     str(m, "name_en", mw, false),
                                     str(m, "text_zh", mw, false),
                                     {},
                                     {}});
        }
        out.stages.push_back(std::move(stage));
    }
    const json &providers = array(imp, "providers", where);
    for (size_t i = 0; i < providers.size(); ++i) {
        const QString w = where + QStringLiteral(".providers[%1]").arg(i);
        const json &p = providers[i];
        out.providers.push_back(
            {str(p, "id", w), str(p, "name_zh", w), str(p, "name_en", w, false), str(p, "text_zh", w, false)});
    }
}

// iitalent's own reading of Appendix A: for each method, the dimensions it suits and its providers.
void readImprovementMapping(const json &mapping, CatalogBuilder &b)
{
    const QString where = QStringLiteral("improvement-mapping.json");
    Improvement &imp = b.improvement();
    imp.mappingNoteZh = str(mapping, "note_zh", where, false);
    imp.mappingNoteEn = str(mapping, "note_en", where, false);
    const auto methods = mapping.find("methods");
    if (methods == mapping.end() || !methods->is_object())
        fail(where, CoreText::tr("\"methods\" must be an object keyed by method id"));
    for (auto it = methods->begin(); it != methods->end(); ++it) {
        const QString id = fromStd(it.key());
        const QString w = where + QStringLiteral(".methods.") + id;
        ImprovementMethod *method = nullptr;
        for (ImprovementStage &stage : imp.stages)
            for (ImprovementMethod &m : stage.methods)
                if (m.id == id)
                    method = &m;
        if (!method)
            fail(w, CoreText::tr("there is no improvement method \"%1\" in improvement.json").arg(id));
        for (const char *key : {"dimensions", "providers"}) {
            QStringList &out = std::string(key) == "dimensions" ? method->dimensions : method->providers;
            for (const json &v : array(*it, key, w)) {
                if (!v.is_string())
                    fail(w, CoreText::tr("\"%1\" must list strings").arg(QString::fromLatin1(key)));
                out << fromStd(v.get<std::string>());
            }
        }
    }
}

// Assigns competency ids in order of first appearance, so ids are stable for a given source.
class CompetencyRegistry
{
public:
    explicit CompetencyRegistry(std::vector<Competency> &out) : m_out(out) {}
    QString idFor(const QString &statement)
    {
        const auto it = m_ids.constFind(statement);
        if (it != m_ids.cend())
            return *it;
        const QString id = QStringLiteral("c%1").arg(m_out.size() + 1, 3, 10, QLatin1Char('0'));
        m_out.push_back({id, statement});
        m_ids.insert(statement, id);
        return id;
    }

private:
    std::vector<Competency> &m_out;
    QHash<QString, QString> m_ids;
};

Role readRole(const json &r, const QString &where, const std::vector<Dimension> &dims, CompetencyRegistry &registry)
{
    Role role;
    role.code = str(r, "code", where);
    if (role.code.size() > Limits::RoleCodeLength)
        fail(where, CoreText::tr("role code \"%1\" is longer than %2 characters, which assessment files cannot name")
                        .arg(role.code)
                        .arg(Limits::RoleCodeLength));
    role.section = str(r, "section", where, false);
    role.direction = str(r, "direction", where);
    role.nameZh = str(r, "name_zh", where);
    role.nameEn = str(r, "name_en", where, false);
    role.dutyZh = str(r, "duty_zh", where, false);
    role.dutyEn = str(r, "duty_en", where, false);
    if (const auto aliases = r.find("aliases_zh"); aliases != r.end() && aliases->is_array())
        for (const json &a : *aliases)
            if (a.is_string())
                role.aliasesZh.append(fromStd(a.get<std::string>()));

    const auto reqs = r.find("requirements");
    if (reqs == r.end() || !reqs->is_object())
        fail(where, CoreText::tr("\"requirements\" must be an object keyed by dimension"));
    for (auto it = reqs->begin(); it != reqs->end(); ++it) {
        const QString key = fromStd(it.key());
        const bool known = std::any_of(dims.begin(), dims.end(), [&](const Dimension &d) { return d.key == key; });
        if (!known)
            fail(where, CoreText::tr("requirements of unknown dimension \"%1\"").arg(key));
    }
    for (const Dimension &dim : dims) {
        const auto items = reqs->find(toStd(dim.key));
        if (items == reqs->end())
            continue;
        if (!items->is_array())
            fail(where, CoreText::tr("requirements.%1 must be a list").arg(dim.key));
        int number = 0;
        for (const json &item : *items) {
            ++number;
            const QString iw = where + QStringLiteral(".requirements.%1[%2]").arg(dim.key).arg(number - 1);
            Requirement req;
            req.role = role.code;
            req.dimension = dim.key;
            req.number = number;
            req.id = QStringLiteral("%1.%2.%3").arg(role.code, dim.key).arg(number);
            if (item.is_string()) {
                req.textZh = fromStd(item.get<std::string>());
                const LevelMatch match = LevelRule::classify(req.textZh);
                req.level = match.level;
                req.levelWord = match.word;
            } else if (item.is_object()) {
                // A custom catalog may state the level and its word instead of relying on the rule.
                req.textZh = str(item, "text_zh", iw);
                const LevelMatch match = LevelRule::classify(req.textZh);
                const auto level = item.find("level");
                if (level != item.end() && !level->is_number_integer())
                    fail(iw, CoreText::tr("\"level\" must be an integer 1..4"));
                if (level != item.end()) {
                    // Read wide and check before narrowing: 4294967297 is no level 1.
                    const long long v = level->is_number_unsigned() && level->get<unsigned long long>() > 4
                                            ? 5
                                            : level->get<long long>();
                    req.level = v < Level::Aware || v > Level::Max ? -1 : static_cast<int>(v);
                    if (req.level < 0)
                        fail(iw, CoreText::tr("level %1 is outside 1..4").arg(QString::fromStdString(level->dump())));
                } else {
                    req.level = match.level;
                }
                req.levelWord = item.contains("level_word") ? str(item, "level_word", iw) : match.word;
            } else {
                fail(iw, CoreText::tr("must be a string or an object"));
            }
            if (req.level < Level::Aware || req.level > Level::Max)
                fail(iw, CoreText::tr("level %1 is outside 1..4").arg(req.level));
            req.competency = registry.idFor(LevelRule::statement(req.textZh));
            role.requirements.push_back(std::move(req));
        }
    }
    return role;
}

void readAll(const QDir &dir, Catalog &catalog)
{
    CatalogBuilder b(catalog);
    const json meta = readJson(dir, QStringLiteral("meta.json"));
    b.setTitle(str(meta, "title_zh", QStringLiteral("meta.json")),
               str(meta, "title_en", QStringLiteral("meta.json"), false));
    b.setEdition(str(meta, "edition", QStringLiteral("meta.json")));

    const json directions = readJson(dir, QStringLiteral("directions.json"));
    if (!directions.is_array())
        fail(QStringLiteral("directions.json"), CoreText::tr("must be a list"));
    for (size_t i = 0; i < directions.size(); ++i) {
        const QString where = QStringLiteral("directions.json[%1]").arg(i);
        b.directions().push_back({str(directions[i], "id", where), str(directions[i], "name_zh", where),
                                  str(directions[i], "name_en", where, false)});
    }

    readDimensions(readJson(dir, QStringLiteral("dimensions.json")), b);
    readImprovement(readJson(dir, QStringLiteral("improvement.json")), b);
    if (dir.exists(QStringLiteral("improvement-mapping.json")))
        readImprovementMapping(readJson(dir, QStringLiteral("improvement-mapping.json")), b);

    CompetencyRegistry registry(b.competencies());
    const QDir rolesDir(dir.filePath(QStringLiteral("roles")));
    const QStringList files = rolesDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        fail(QStringLiteral("roles/"), CoreText::tr("has no role files"));
    for (const QString &file : files) {
        const QString name = QStringLiteral("roles/") + file;
        Role role = readRole(readJson(dir, name), name, b.dimensions(), registry);
        if (role.code + QStringLiteral(".json") != file)
            fail(name, CoreText::tr("holds role \"%1\"; a role file is named after its code").arg(role.code));
        b.roles().push_back(std::move(role));
    }
}

// directions.json may list each direction's roles; the list must agree with the role files.
// Runs after the catalog's own checks, so every role's direction is known.
void checkDirectionLists(const QDir &dir, const Catalog &catalog)
{
    const json directions = readJson(dir, QStringLiteral("directions.json"));
    for (size_t i = 0; i < directions.size(); ++i) {
        const auto listed = directions[i].find("roles");
        if (listed == directions[i].end())
            continue;
        const QString where = QStringLiteral("directions.json[%1].roles").arg(i);
        if (!listed->is_array())
            fail(where, CoreText::tr("must be a list of role codes"));
        QStringList expected;
        for (const json &code : *listed)
            expected << (code.is_string() ? fromStd(code.get<std::string>()) : QString());
        QStringList actual;
        for (const Role *r : catalog.rolesOf(catalog.directions()[i].id))
            actual << r->code;
        if (expected != actual)
            fail(where, CoreText::tr("lists %1 but the role files of this direction are %2")
                            .arg(expected.join(QStringLiteral(", ")), actual.join(QStringLiteral(", "))));
    }
}

} // namespace

Result<Catalog> CatalogSource::read(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return Result<Catalog>::failure(CoreText::tr("The catalog source folder %1 does not exist.").arg(directory));
    Catalog catalog;
    try {
        readAll(dir, catalog);
    } catch (const SourceError &e) {
        return Result<Catalog>::failure(CoreText::tr("%1: %2").arg(directory, e.message));
    } catch (const nlohmann::json::exception &e) {
        return Result<Catalog>::failure(CoreText::tr("%1: %2").arg(directory, QString::fromUtf8(e.what())));
    }
    if (Status s = CatalogBuilder(catalog).finish(); !s)
        return Result<Catalog>::failure(CoreText::tr("%1: %2").arg(directory, s.error()));
    try {
        checkDirectionLists(dir, catalog);
    } catch (const SourceError &e) {
        return Result<Catalog>::failure(CoreText::tr("%1: %2").arg(directory, e.message));
    }
    CatalogBuilder(catalog).setOrigin(directory);
    return catalog;
}

} // namespace iitalent
