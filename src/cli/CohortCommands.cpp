// cohort ...: groups of assessments (a workshop's class, a team, a hiring round) and their views.
#include "AssessmentCommands.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CatalogExport.h"
#include "CohortCollect.h"
#include "CohortDocuments.h"
#include "CohortJson.h"
#include "CohortReport.h"
#include "CohortSlides.h"
#include "FileOutput.h"

#include <QDir>
#include <QFileInfo>

namespace iitalent::cli {

namespace {

const char kCohortUsage[] =
    "usage: cohort create NAME [--kind workshop|team|hiring] [--role CODE]... [--date YYYY-MM-DD] [--note TEXT]\n"
    "       cohort list [--json]\n"
    "       cohort show NAME [--json]\n"
    "       cohort add NAME (ID | FILE | DIR)... [--replace]\n"
    "       cohort remove NAME ID...\n"
    "       cohort delete NAME\n"
    "       cohort report NAME --role CODE [--mode self|assessor] [--format json|csv|pdf|html] [--anonymize]\n"
    "              [--out PATH [--force]] [--lang zh|en] [--provider P]... [--method M]...\n"
    "       cohort plan NAME --role CODE [--mode self|assessor] [--provider P]... [--method M]... [--top N]\n"
    "              [--json] [--lang zh|en]\n"
    "       cohort compare BEFORE AFTER --role CODE [--mode self|assessor] [--format json|csv|pdf|html]\n"
    "              [--anonymize] [--out PATH [--force]] [--lang zh|en]\n"
    "       cohort slides NAME --role CODE --out DIR [--mode self|assessor] [--before NAME] [--anonymize]\n"
    "              [--provider P]... [--method M]... [--force] [--lang zh|en]";

int usage(Io &io, const QString &problem = QString())
{
    return usageError(io, problem.isEmpty() ? QString::fromUtf8(kCohortUsage)
                                            : QStringLiteral("%1\n%2").arg(problem, QString::fromUtf8(kCohortUsage)));
}

std::optional<Mode> modeArg(const Arguments &a, Io &io)
{
    if (!a.has(QStringLiteral("mode")))
        return Mode::Self;
    auto mode = modeFromId(a.value(QStringLiteral("mode")));
    if (!mode)
        usageError(io, QStringLiteral("--mode is self or assessor, not '%1'").arg(a.value(QStringLiteral("mode"))));
    return mode;
}

// What the workshop delivers: --provider P (an id, 培训机构, 院校, 企业, 个人 ...) and --method M
// (an A.2 method's id or name), each repeatable or comma-separated. Neither: a training centre.
std::optional<WorkshopOffer> offerArg(const Catalog &catalog, const Arguments &a, Io &io)
{
    WorkshopOffer offer;
    for (const QString &given : a.values(QStringLiteral("provider")))
        for (const QString &word : given.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = workshopProviderId(catalog, word);
            if (id.isEmpty()) {
                usageError(io,
                           QStringLiteral("--provider is education (培训机构, 院校), enterprise (企业) or individual "
                                          "(个人), not '%1'")
                               .arg(word));
                return std::nullopt;
            }
            if (!offer.providers.contains(id))
                offer.providers << id;
        }
    for (const QString &given : a.values(QStringLiteral("method")))
        for (const QString &word : given.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = workshopMethodId(catalog, word);
            if (id.isEmpty()) {
                QStringList known;
                for (const ImprovementStage &st : catalog.improvement().stages)
                    for (const ImprovementMethod &m : st.methods)
                        known << m.id;
                usageError(
                    io, QStringLiteral("--method is one of %1, not '%2'").arg(known.join(QStringLiteral(", ")), word));
                return std::nullopt;
            }
            if (!offer.methods.contains(id))
                offer.methods << id;
        }
    return offer;
}

QString cohortLine(const Cohort &c)
{
    QString line = QStringLiteral("%1  %2  %3 assessment(s)")
                       .arg(padded(c.name, 24), padded(cohortKindId(c.kind), 8))
                       .arg(c.members);
    if (!c.roles.isEmpty())
        line += QStringLiteral("  roles %1").arg(c.roles.join(QStringLiteral(", ")));
    if (!c.date.isEmpty())
        line += QStringLiteral("  %1").arg(c.date);
    return line;
}

int createCohort(StoreContext &ctx, const Arguments &a, const QStringList &roles)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("cohort create takes one NAME"));
    Cohort c;
    c.name = a.positional().first();
    if (a.has(QStringLiteral("kind"))) {
        auto kind = cohortKindFromId(a.value(QStringLiteral("kind")));
        if (!kind)
            return usageError(
                ctx.io,
                QStringLiteral("--kind is workshop, team or hiring, not '%1'").arg(a.value(QStringLiteral("kind"))));
        c.kind = *kind;
    }
    for (const QString &role : roles)
        if (!ctx.catalog.role(role))
            return failure(ctx.io, QStringLiteral("there is no role %1 in the catalog").arg(role));
    c.roles = roles;
    c.date = a.value(QStringLiteral("date"));
    c.note = a.value(QStringLiteral("note"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto created = store->createCohort(c);
    if (!created)
        return failure(ctx.io, created.error());
    ctx.io.out += QStringLiteral("created cohort %1 (%2)\n").arg(created->name, cohortKindId(created->kind));
    return Ok;
}

int listCohorts(StoreContext &ctx, const Arguments &a)
{
    if (!a.positional().isEmpty())
        return usage(ctx.io, QStringLiteral("cohort list takes no arguments"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto all = store->cohorts();
    if (!all)
        return failure(ctx.io, all.error());
    if (a.has(QStringLiteral("json"))) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const Cohort &c : all.value())
            j.push_back(cohortToJson(c));
        ctx.io.out += QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
        return Ok;
    }
    if (all->empty())
        ctx.io.out += QStringLiteral("no cohorts yet (cohort create NAME)\n");
    for (const Cohort &c : all.value())
        ctx.io.out += cohortLine(c) + QLatin1Char('\n');
    return Ok;
}

int showCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("cohort show takes one NAME"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto c = store->cohort(a.positional().first());
    if (!c)
        return failure(ctx.io, c.error());
    auto members = store->cohortMembers(c->id);
    if (!members)
        return failure(ctx.io, members.error());
    if (a.has(QStringLiteral("json"))) {
        nlohmann::ordered_json j = cohortToJson(c.value());
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const AssessmentSummary &m : members.value())
            list.push_back({{"id", toStd(m.id)},
                            {"role", toStd(m.role)},
                            {"mode", toStd(modeId(m.mode))},
                            {"subject", toStd(m.subject.name)},
                            {"number", toStd(m.subject.number)},
                            {"organisation", toStd(m.subject.organisation)},
                            {"answered", m.answered},
                            {"updated", toStd(isoUtc(m.updated))}});
        j["assessments"] = std::move(list);
        ctx.io.out += QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
        return Ok;
    }
    ctx.io.out += cohortLine(c.value()) + QLatin1Char('\n');
    if (!c->note.isEmpty())
        ctx.io.out += QStringLiteral("note: %1\n").arg(c->note);
    for (const AssessmentSummary &m : members.value())
        ctx.io.out +=
            QStringLiteral("  %1  %2  role %3  %4  %5 answered  updated %6\n")
                .arg(m.id.left(8), padded(personLabel(m.subject), 32), padded(m.role, 4), padded(modeId(m.mode), 8))
                .arg(m.answered)
                .arg(isoUtc(m.updated));
    return Ok;
}

int addToCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() < 2)
        return usage(ctx.io, QStringLiteral("cohort add takes NAME and at least one ID, FILE or DIR"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto c = store->cohort(a.positional().first());
    if (!c)
        return failure(ctx.io, c.error());
    return collectInto(ctx, *store, c.value(), a.positional().mid(1), a.has(QStringLiteral("replace")),
                       CohortCollect::onlyRoleOf(c.value()));
}

} // namespace

int collectInto(StoreContext &ctx, AssessmentStore &store, const Cohort &c, const QStringList &sources, bool replace,
                const QString &onlyRole)
{
    const CohortCollect::Result r = CohortCollect::run(
        store, ctx.catalog, c.id, sources, replace,
        [](int done, int total) {
            progressLine(done, total);
            return true;
        },
        onlyRole);
    // Every problem is listed; the summary counts what came in.
    QString lines;
    using Kind = CohortCollect::Entry::Kind;
    int unresolved = 0;
    for (const CohortCollect::Entry &e : r.entries) {
        if (e.kind == Kind::Refused) {
            lines += QStringLiteral("refused %1:\n").arg(e.source);
            for (const QString &p : e.problems)
                lines += QStringLiteral("  %1\n").arg(p);
        } else if (e.conflict) {
            const QString times = QStringLiteral("stored updated %1, file updated %2")
                                      .arg(isoUtc(e.storedUpdated), isoUtc(e.fileUpdated));
            if (!e.resolved) {
                ++unresolved;
                lines += QStringLiteral("conflict %1: assessment %2 (%3) is stored with different content (%4); "
                                        "add --replace to keep the newer\n")
                             .arg(e.source, e.id, e.subject, times);
            } else {
                lines += QStringLiteral("conflict %1: assessment %2 (%3) differs (%4): kept the %5\n")
                             .arg(e.source, e.id, e.subject, times,
                                  e.replaced ? QStringLiteral("file's, which is newer")
                                             : QStringLiteral("stored one, which is not older"));
            }
        }
    }
    const QString summary = QStringLiteral("cohort %1: %2 added (%3 newly stored), %4 already present, %5 conflict(s), "
                                           "%6 refused\n")
                                .arg(c.name)
                                .arg(r.added)
                                .arg(r.imported)
                                .arg(r.alreadyPresent)
                                .arg(r.conflicts)
                                .arg(r.refused);
    if (!r.failure.isEmpty()) {
        ctx.io.err += lines + summary;
        return failure(ctx.io, QStringLiteral("stopped: %1").arg(r.failure));
    }
    if (r.refused > 0 || unresolved > 0) {
        ctx.io.err += lines + summary;
        return Failure;
    }
    ctx.io.out += lines + summary;
    return Ok;
}

namespace {

int removeFromCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() < 2)
        return usage(ctx.io, QStringLiteral("cohort remove takes NAME and at least one ID"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto c = store->cohort(a.positional().first());
    if (!c)
        return failure(ctx.io, c.error());
    QStringList ids;
    for (const QString &arg : a.positional().mid(1)) {
        auto id = store->resolveId(arg);
        if (!id)
            return failure(ctx.io, id.error());
        ids << id.value();
    }
    auto removed = store->removeFromCohort(c->id, ids);
    if (!removed)
        return failure(ctx.io, removed.error());
    if (removed.value() < ids.size()) {
        ctx.io.err += QStringLiteral("removed %1 of %2 from cohort %3; the others were not in it\n")
                          .arg(removed.value())
                          .arg(ids.size())
                          .arg(c->name);
        return Failure;
    }
    ctx.io.out += QStringLiteral("removed %1 assessment(s) from cohort %2 (they stay stored)\n")
                      .arg(removed.value())
                      .arg(c->name);
    return Ok;
}

int deleteCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("cohort delete takes one NAME"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    if (Status s = store->deleteCohort(a.positional().first()); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += QStringLiteral("deleted cohort %1; its assessments stay stored\n").arg(a.positional().first());
    return Ok;
}

// Writes a document to --out, or to stdout (not a PDF: that goes to a file named after it).
int emit(StoreContext &ctx, const Arguments &a, const QByteArray &bytes, const QString &defaultPdfName, bool pdf)
{
    QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty() && pdf)
        out = defaultPdfName;
    return emitDocument(out, bytes, a.has(QStringLiteral("force")), ctx.io) ? Ok : Failure;
}

int reportOrCompare(StoreContext &ctx, const Arguments &a, bool compare)
{
    const int names = compare ? 2 : 1;
    if (a.positional().size() != names)
        return usage(ctx.io, compare ? QStringLiteral("cohort compare takes BEFORE and AFTER")
                                     : QStringLiteral("cohort report takes one NAME"));
    if (!a.has(QStringLiteral("role")))
        return usage(ctx.io, QStringLiteral("--role CODE is needed"));
    const auto mode = modeArg(a, ctx.io);
    if (!mode)
        return Usage;
    const QString format = a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("html")}
             .contains(format))
        return usageError(ctx.io, QStringLiteral("--format is json, csv, pdf or html, not '%1'").arg(format));
    const auto language = reportLanguage(a, ctx.io);
    if (!language)
        return Usage;
    const QString role = a.value(QStringLiteral("role"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    const bool anonymise = a.has(QStringLiteral("anonymize"));
    QByteArray bytes;
    QByteArray itemsCsv; // the class report's second CSV table, written beside --out
    QString pdfName;
    if (!compare) {
        auto report = CohortReport::load(*store, ctx.catalog, a.positional().first(), role, *mode);
        if (!report)
            return failure(ctx.io, report.error());
        const auto offer = offerArg(ctx.catalog, a, ctx.io);
        if (!offer)
            return Usage;
        report->planWorkshop(ctx.catalog, *offer);
        if (anonymise)
            report->anonymise();
        pdfName = groupDocumentFileName({report->cohort.name}, role) + QStringLiteral(".pdf");
        if (format == QLatin1String("json")) {
            bytes = QByteArray::fromStdString(cohortReportToJson(report.value()).dump(2)) + '\n';
        } else if (format == QLatin1String("csv")) {
            bytes = cohortReportCsv(ctx.catalog, report.value(), *language);
            itemsCsv = cohortItemsCsv(ctx.catalog, report.value(), *language);
        } else if (format == QLatin1String("html")) {
            bytes = cohortReportHtml(ctx.catalog, report.value(), *language);
        } else {
            auto pdf = cohortReportPdf(ctx.catalog, report.value(), *language);
            if (!pdf)
                return failure(ctx.io, pdf.error());
            bytes = std::move(pdf).value();
        }
    } else {
        auto before = CohortReport::load(*store, ctx.catalog, a.positional().at(0), role, *mode);
        if (!before)
            return failure(ctx.io, before.error());
        auto after = CohortReport::load(*store, ctx.catalog, a.positional().at(1), role, *mode);
        if (!after)
            return failure(ctx.io, after.error());
        CohortChange change = CohortChange::build(std::move(before).value(), std::move(after).value());
        if (anonymise)
            change.anonymise();
        pdfName =
            groupDocumentFileName({change.before.cohort.name, change.after.cohort.name}, role) + QStringLiteral(".pdf");
        if (format == QLatin1String("json")) {
            bytes = QByteArray::fromStdString(cohortChangeToJson(change).dump(2)) + '\n';
        } else if (format == QLatin1String("csv")) {
            bytes = cohortChangeCsv(ctx.catalog, change, *language);
        } else if (format == QLatin1String("html")) {
            bytes = cohortChangeHtml(ctx.catalog, change, *language);
        } else {
            auto pdf = cohortChangePdf(ctx.catalog, change, *language);
            if (!pdf)
                return failure(ctx.io, pdf.error());
            bytes = std::move(pdf).value();
        }
    }
    const int status = emit(ctx, a, bytes, pdfName, format == QLatin1String("pdf"));
    // The CSV holds participants only; its required levels and met counts go beside it.
    const QString out = a.value(QStringLiteral("out"));
    if (status != Ok || itemsCsv.isEmpty() || out.isEmpty())
        return status;
    return emitDocument(cohortItemsCsvPath(out), itemsCsv, a.has(QStringLiteral("force")), ctx.io) ? Ok : Failure;
}

// cohort plan: the class priorities split by what this workshop delivers, teachable here first
// (the top N with --top), then what needs the workplace or a mentor with its reason (Appendix A).
int planCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("cohort plan takes one NAME"));
    if (!a.has(QStringLiteral("role")))
        return usage(ctx.io, QStringLiteral("--role CODE is needed"));
    const auto mode = modeArg(a, ctx.io);
    if (!mode)
        return Usage;
    const auto language = reportLanguage(a, ctx.io);
    if (!language)
        return Usage;
    const auto offer = offerArg(ctx.catalog, a, ctx.io);
    if (!offer)
        return Usage;
    int top = 0;
    if (a.has(QStringLiteral("top"))) {
        bool ok = false;
        top = a.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return usageError(
                ctx.io, QStringLiteral("--top is a number of 1 or more, not '%1'").arg(a.value(QStringLiteral("top"))));
    }
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto report =
        CohortReport::load(*store, ctx.catalog, a.positional().first(), a.value(QStringLiteral("role")), *mode);
    if (!report)
        return failure(ctx.io, report.error());
    report->planWorkshop(ctx.catalog, *offer);
    const WorkshopSplit &split = report->workshop;
    const size_t shown = top > 0 ? std::min(size_t(top), split.teachableHere.size()) : split.teachableHere.size();
    if (a.has(QStringLiteral("json"))) {
        nlohmann::ordered_json j = cohortReportToJson(report.value())["workshop"];
        if (top > 0 && j["teachable_here"].size() > shown)
            j["teachable_here"].erase(j["teachable_here"].begin() + std::ptrdiff_t(shown), j["teachable_here"].end());
        ctx.io.out += QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
        return Ok;
    }
    const int n = static_cast<int>(report->participants.size());
    auto line = [&](const WorkshopPlacement &p, const QString &why) {
        const WorkshopStep &s = report->plan[static_cast<size_t>(p.step)];
        const Requirement *req = ctx.catalog.requirement(s.requirement);
        return QStringLiteral("%1. %2 %3\n     class rank %4, %5 gap point(s), %6 of %7 met; %8\n")
            .arg(p.rank, 3)
            .arg(s.requirement, req ? req->textZh : QString())
            .arg(s.order)
            .arg(s.gapPoints)
            .arg(s.met)
            .arg(n)
            .arg(why);
    };
    QString out = QStringLiteral("cohort %1, role %2: %3 priorities; this workshop delivers %4\n")
                      .arg(report->cohort.name, report->roleCode)
                      .arg(report->plan.size())
                      .arg(workshopOfferText(ctx.catalog, split.offer, *language));
    out += QStringLiteral("\nteachable here (%1 of %2):\n").arg(shown).arg(split.teachableHere.size());
    for (size_t i = 0; i < shown; ++i)
        out += line(split.teachableHere[i], workshopHowText(ctx.catalog, split.teachableHere[i], *language));
    out += QStringLiteral("\nneeds the workplace or a mentor (%1):\n").arg(split.elsewhere.size());
    for (const WorkshopPlacement &p : split.elsewhere)
        out += line(p, workshopReasonText(ctx.catalog, p, *language));
    ctx.io.out += out;
    return Ok;
}

// cohort slides: each class view as a 16:9 slide (PNG at 1920 x 1080 and SVG) in --out DIR:
// heatmap, distribution, plan (split by --provider/--method as cohort plan does) and, with
// --before NAME, before-after. --anonymize shows participants by their codes only.
int slidesCohort(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("cohort slides takes one NAME"));
    if (!a.has(QStringLiteral("role")))
        return usage(ctx.io, QStringLiteral("--role CODE is needed"));
    if (a.value(QStringLiteral("out")).isEmpty())
        return usage(ctx.io, QStringLiteral("--out DIR is needed"));
    const auto mode = modeArg(a, ctx.io);
    if (!mode)
        return Usage;
    const auto language = reportLanguage(a, ctx.io);
    if (!language)
        return Usage;
    const auto offer = offerArg(ctx.catalog, a, ctx.io);
    if (!offer)
        return Usage;
    const QString role = a.value(QStringLiteral("role"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto report = CohortReport::load(*store, ctx.catalog, a.positional().first(), role, *mode);
    if (!report)
        return failure(ctx.io, report.error());
    report->planWorkshop(ctx.catalog, *offer);
    std::optional<CohortChange> change;
    if (a.has(QStringLiteral("before"))) {
        auto before = CohortReport::load(*store, ctx.catalog, a.value(QStringLiteral("before")), role, *mode);
        if (!before)
            return failure(ctx.io, before.error());
        change = CohortChange::build(std::move(before).value(), report.value());
    }
    const bool anonymise = a.has(QStringLiteral("anonymize"));
    if (anonymise) {
        report->anonymise();
        if (change)
            change->anonymise();
    }
    auto files = cohortSlideFiles(ctx.catalog, report.value(), change ? &*change : nullptr, *language);
    if (!files)
        return failure(ctx.io, files.error());
    const QDir dir(a.value(QStringLiteral("out")));
    if (!QDir().mkpath(dir.absolutePath()))
        return failure(ctx.io, QStringLiteral("cannot make the folder %1").arg(dir.path()));
    const bool force = a.has(QStringLiteral("force"));
    for (const SlideFile &f : files.value())
        if (!force && QFileInfo::exists(dir.filePath(f.fileName)))
            return failure(ctx.io, QStringLiteral("%1 exists (--force replaces it)").arg(dir.filePath(f.fileName)));
    for (const SlideFile &f : files.value()) {
        if (Status s = writeFileAtomically(dir.filePath(f.fileName), f.bytes, true); !s)
            return failure(ctx.io, s.error());
        ctx.io.out += QStringLiteral("wrote %1\n").arg(QDir::toNativeSeparators(dir.filePath(f.fileName)));
    }
    return Ok;
}

} // namespace

int cohortCommand(StoreContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return usage(ctx.io);
    const QString sub = args.first();
    Arguments a;
    const QSet<QString> values{QStringLiteral("kind"),   QStringLiteral("role"), QStringLiteral("date"),
                               QStringLiteral("note"),   QStringLiteral("mode"), QStringLiteral("format"),
                               QStringLiteral("out"),    QStringLiteral("lang"), QStringLiteral("provider"),
                               QStringLiteral("method"), QStringLiteral("top"),  QStringLiteral("before")};
    const QSet<QString> flags{QStringLiteral("json"), QStringLiteral("replace"), QStringLiteral("anonymize"),
                              QStringLiteral("force")};
    if (!a.parse(args.mid(1), values, flags))
        return usage(ctx.io, a.error());
    if (sub == QLatin1String("create"))
        return createCohort(ctx, a, a.values(QStringLiteral("role")));
    if (sub == QLatin1String("list"))
        return listCohorts(ctx, a);
    if (sub == QLatin1String("show"))
        return showCohort(ctx, a);
    if (sub == QLatin1String("add"))
        return addToCohort(ctx, a);
    if (sub == QLatin1String("remove"))
        return removeFromCohort(ctx, a);
    if (sub == QLatin1String("delete"))
        return deleteCohort(ctx, a);
    if (sub == QLatin1String("report"))
        return reportOrCompare(ctx, a, false);
    if (sub == QLatin1String("compare"))
        return reportOrCompare(ctx, a, true);
    if (sub == QLatin1String("plan"))
        return planCohort(ctx, a);
    if (sub == QLatin1String("slides"))
        return slidesCohort(ctx, a);
    return usage(ctx.io, QStringLiteral("unknown cohort command '%1'").arg(sub));
}

} // namespace iitalent::cli
