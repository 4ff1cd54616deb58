#include "CatalogCommands.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CatalogExport.h"
#include "Levels.h"

namespace iitalent::cli {

namespace {

using ojson = nlohmann::ordered_json;

QString dumpJson(const ojson &j)
{
    return QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
}

QString levelLabel(int level)
{
    return QStringLiteral("%1 %2").arg(level).arg(Level::nameZh(level));
}

int usage(Io &io, const QString &message)
{
    return usageError(io, message);
}

ojson roleSummaryJson(const Role &r)
{
    ojson j;
    j["code"] = toStd(r.code);
    j["section"] = toStd(r.section);
    j["direction"] = toStd(r.direction);
    j["name_zh"] = toStd(r.nameZh);
    j["name_en"] = toStd(r.nameEn);
    j["requirements"] = r.requirements.size();
    return j;
}

} // namespace

int rolesCommand(const Catalog &catalog, const QStringList &args, Io &io)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("direction")}, {QStringLiteral("json")}))
        return usage(io, a.error());
    if (!a.positional().isEmpty())
        return usage(io, QStringLiteral("roles takes no arguments, only --direction ID and --json"));
    const QString only = a.value(QStringLiteral("direction"));
    if (a.has(QStringLiteral("direction")) && !catalog.direction(only)) {
        QStringList ids;
        for (const Direction &d : catalog.directions())
            ids << d.id;
        io.err += QStringLiteral("iitalent-cli: unknown direction '%1'; the directions are: %2\n")
                      .arg(only, ids.join(QStringLiteral(", ")));
        return Failure;
    }

    ojson dirs = ojson::array();
    QString text;
    for (const Direction &d : catalog.directions()) {
        if (!only.isEmpty() && d.id != only)
            continue;
        ojson roles = ojson::array();
        text += QStringLiteral("%1 %2 (%3)\n").arg(d.nameZh, d.nameEn, d.id);
        for (const Role *r : catalog.rolesOf(d.id)) {
            roles.push_back(roleSummaryJson(*r));
            text += QStringLiteral("  %1  %2  %3  [%4, %5 items]\n")
                        .arg(r->code, r->nameZh, r->nameEn, r->section)
                        .arg(r->requirements.size());
        }
        dirs.push_back(
            {{"id", toStd(d.id)}, {"name_zh", toStd(d.nameZh)}, {"name_en", toStd(d.nameEn)}, {"roles", roles}});
    }
    io.out += a.has(QStringLiteral("json")) ? dumpJson(ojson{{"directions", dirs}}) : text;
    return Ok;
}

int roleCommand(const Catalog &catalog, const QStringList &args, Io &io)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("json")}))
        return usage(io, a.error());
    if (a.positional().size() != 1)
        return usage(io, QStringLiteral("role needs one role code, e.g. `iitalent-cli role 01`"));
    QString code = a.positional().first();
    if (code.size() == 1 && code.at(0).isDigit())
        code.prepend(QLatin1Char('0'));
    const Role *role = catalog.role(code);
    if (!role) {
        io.err += QStringLiteral("iitalent-cli: there is no role '%1'; `iitalent-cli roles` lists them\n")
                      .arg(a.positional().first());
        return Failure;
    }
    if (a.has(QStringLiteral("json"))) {
        io.out += dumpJson(roleToJson(catalog, *role));
        return Ok;
    }
    const Direction *dir = catalog.direction(role->direction);
    QString t;
    t += QStringLiteral("%1  %2\n%3\n").arg(role->code, role->nameZh, role->nameEn);
    t += QStringLiteral("Section %1 · Direction %2 %3\n")
             .arg(role->section, dir ? dir->nameZh : role->direction, dir ? dir->nameEn : QString());
    if (!role->aliasesZh.isEmpty())
        t += QStringLiteral("Also called: %1\n").arg(role->aliasesZh.join(QStringLiteral("、")));
    t += QStringLiteral("Duty: %1\n").arg(role->dutyZh);
    for (const Dimension &dim : catalog.dimensions()) {
        t += QStringLiteral("\n%1）%2  %3\n").arg(dim.key, dim.nameZh, dim.nameEn);
        for (const Requirement &req : role->requirements) {
            if (req.dimension != dim.key)
                continue;
            t += QStringLiteral("  %1  [%2]  %3\n").arg(req.id, levelLabel(req.level), req.textZh);
        }
    }
    io.out += t;
    return Ok;
}

int searchCommand(const Catalog &catalog, const QStringList &args, Io &io)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("json")}))
        return usage(io, a.error());
    const QString needle = a.positional().join(QLatin1Char(' ')).simplified();
    if (needle.isEmpty())
        return usage(io, QStringLiteral("search needs a text, e.g. `iitalent-cli search \"OPC UA\"`"));
    const std::vector<SearchHit> hits = catalog.search(needle);

    if (a.has(QStringLiteral("json"))) {
        ojson roles = ojson::array();
        for (const SearchHit &hit : hits) {
            ojson reqs = ojson::array();
            for (const Requirement *q : hit.requirements)
                reqs.push_back(requirementToJson(*q));
            ojson r = roleSummaryJson(*hit.role);
            r.erase("requirements");
            r["name_matched"] = hit.nameMatched;
            r["matches"] = std::move(reqs);
            roles.push_back(std::move(r));
        }
        io.out += dumpJson(ojson{{"query", toStd(needle)}, {"roles", std::move(roles)}});
        return Ok;
    }
    if (hits.empty()) {
        io.out += QStringLiteral("No role mentions \"%1\".\n").arg(needle);
        return Ok;
    }
    QString t = QStringLiteral("\"%1\" is found in %2 role(s):\n").arg(needle).arg(hits.size());
    for (const SearchHit &hit : hits) {
        t += QStringLiteral("\n%1  %2  %3%4\n")
                 .arg(hit.role->code, hit.role->nameZh, hit.role->nameEn,
                      hit.nameMatched ? QStringLiteral("  (name)") : QString());
        for (const Requirement *q : hit.requirements)
            t += QStringLiteral("  %1  [%2]  %3\n").arg(q->id, levelLabel(q->level), q->textZh);
    }
    io.out += t;
    return Ok;
}

int catalogCommand(const Catalog &catalog, const QStringList &args, Io &io)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("format"), QStringLiteral("out")}, {QStringLiteral("force")}))
        return usage(io, a.error());
    if (a.positional() != QStringList{QStringLiteral("export")})
        return usage(io, QStringLiteral("usage: iitalent-cli catalog export --format json [--out FILE [--force]]"));
    const QString format = a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json"))
        return usage(io, QStringLiteral("the catalog exports as --format json only, not '%1'").arg(format));
    const QString json = dumpJson(catalogToJson(catalog));
    if (!a.has(QStringLiteral("out"))) {
        io.out += json;
        return Ok;
    }
    const QString path = a.value(QStringLiteral("out"));
    if (!writeOutputFile(path, json.toUtf8(), a.has(QStringLiteral("force")), io))
        return Failure;
    io.out += QStringLiteral("Wrote the catalog to %1\n").arg(path);
    return Ok;
}

} // namespace iitalent::cli
