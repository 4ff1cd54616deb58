#include "AssessmentCommands.h"

#include "HiringRound.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "Comparison.h"
#include "FileOutput.h"
#include "Levels.h"
#include "ReportExport.h"
#include "ReportJson.h"
#include "RoleFit.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace iitalent::cli {

namespace {

QString dumpJson(const nlohmann::ordered_json &j)
{
    return QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
}

QString levelText(const std::optional<int> &level)
{
    return level ? Level::display(*level, Language::Chinese) : QStringLiteral("—");
}

QString dimensionName(const Catalog &catalog, const QString &key)
{
    const Dimension *d = catalog.dimension(key);
    return d ? QStringLiteral("%1 %2").arg(d->nameZh, d->nameEn) : key;
}

QString reportText(const Catalog &catalog, const Report &r)
{
    const Assessment &a = r.assessment;
    QString t;
    t += QStringLiteral("Assessment %1\n").arg(a.id);
    t += QStringLiteral("Role        %1  %2  %3\n").arg(r.role->code, r.role->nameZh, r.role->nameEn);
    t += QStringLiteral("Subject     %1%2%3, %4\n")
             .arg(a.subject.name,
                  a.subject.organisation.isEmpty() ? QString() : QStringLiteral(" · ") + a.subject.organisation,
                  a.subject.number.isEmpty() ? QString() : QStringLiteral(" · ") + a.subject.number,
                  stageId(a.subject.stage));
    t += QStringLiteral("Mode        %1%2\n")
             .arg(modeId(a.mode),
                  a.assessorName.isEmpty() ? QString() : QStringLiteral(" (assessor: %1)").arg(a.assessorName));
    t += QStringLiteral("Updated     %1\n\n").arg(isoUtc(a.updated));
    t += QStringLiteral("Readiness     %1\nCompleteness  %2  (%3 of %4 answered, %5 met)\n\n")
             .arg(percentText(r.score.readiness), percentText(r.score.completeness))
             .arg(r.score.answered)
             .arg(r.score.items)
             .arg(r.score.met);
    t += QStringLiteral("Dimension                               items answered met  points   attainment\n");
    for (const DimensionScore &d : r.score.dimensions) {
        t += QStringLiteral("%1 %2 %3 %4 %5/%6 %7\n")
                 .arg(padded(dimensionName(catalog, d.key), 36))
                 .arg(d.items, 6)
                 .arg(d.answered, 8)
                 .arg(d.met, 4)
                 .arg(d.attainedPoints, 4)
                 .arg(d.requiredPoints, -4)
                 .arg(percentText(d.attainment), 10);
    }
    if (r.score.gaps.empty()) {
        t += QStringLiteral("\nNo gaps: every requirement is met.\n");
        return t;
    }
    t += QStringLiteral("\nGaps (largest first)\n");
    for (const Gap &g : r.score.gaps) {
        const Requirement *req = catalog.requirement(g.requirement);
        t += QStringLiteral("  %1  required %2, rated %3, gap %4  %5\n")
                 .arg(g.requirement, levelText(g.required),
                      g.answered ? levelText(g.rating) : QStringLiteral("unanswered"))
                 .arg(g.gap)
                 .arg(req ? req->textZh : QString());
    }
    t += QStringLiteral("\nImprovement plan (%1, Appendix A; the method for each dimension is iitalent's reading)\n")
             .arg(a.subject.stage == Stage::PreJob ? QStringLiteral("岗前提升 pre-job")
                                                   : QStringLiteral("在岗提升 on-job"));
    const Improvement &imp = catalog.improvement();
    const ImprovementStage *stage = imp.stage(r.plan.stage);
    for (const PlanStep &s : r.plan.steps) {
        QStringList methods;
        for (const QString &id : s.methods)
            if (stage)
                for (const ImprovementMethod &m : stage->methods)
                    if (m.id == id)
                        methods << m.nameZh;
        QStringList providers;
        for (const QString &id : s.providers)
            if (const ImprovementProvider *p = imp.provider(id))
                providers << p->nameZh;
        const ImprovementContent *content = imp.content(s.dimension);
        t += QStringLiteral("  %1. %2  %3 → %4  %5\n     methods: %6; providers: %7\n")
                 .arg(s.order)
                 .arg(s.requirement, levelText(s.from), levelText(s.to), content ? content->textZh : QString(),
                      methods.join(QStringLiteral("、")), providers.join(QStringLiteral("、")));
    }
    return t;
}

} // namespace

namespace {

const char kReportUsage[] =
    "usage: report (ID | FILE.json) [--format pdf|html|csv|json|text] [--out PATH] [--force] [--lang zh|en]\n"
    "       report --all [--role CODE] [--subject NAME] --format pdf|html|csv|json --out-dir DIR [--force]\n"
    "              [--lang zh|en] [--jobs N]";

// The report documents' words, without the core's messages: the command line speaks English
// (its errors, the store's and an exchange file's problems), whatever language a report is in.
class ReportWordsTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        if (qstrcmp(context, "iitalent::CoreText") == 0)
            return QString();
        return QTranslator::translate(context, source, disambiguation, n);
    }
};

int batchReport(StoreContext &ctx, const Arguments &a, Language language)
{
    if (!a.positional().isEmpty())
        return usageError(ctx.io, QStringLiteral("report --all takes no ID\n%1").arg(QString::fromUtf8(kReportUsage)));
    if (!a.has(QStringLiteral("out-dir")))
        return usageError(ctx.io, QStringLiteral("report --all needs --out-dir DIR"));
    const QString formatName =
        a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("pdf");
    const auto format = report::formatFromName(formatName);
    if (!format)
        return usageError(ctx.io,
                          QStringLiteral("--format for --all is pdf, html, csv or json, not '%1'").arg(formatName));
    int jobs = 0;
    if (a.has(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = a.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 64)
            return usageError(ctx.io, QStringLiteral("--jobs is a number from 1 to 64"));
    }
    const QString dir = a.value(QStringLiteral("out-dir"));
    if (!QDir().mkpath(dir))
        return failure(ctx.io, QStringLiteral("cannot create the folder %1").arg(dir));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    if (a.has(QStringLiteral("role")) && !ctx.catalog.role(a.value(QStringLiteral("role"))))
        return usageError(
            ctx.io, QStringLiteral("there is no role '%1'; `roles` lists them").arg(a.value(QStringLiteral("role"))));
    auto items = report::BatchExport::collect(ctx.catalog, *store, a.value(QStringLiteral("role")),
                                              a.value(QStringLiteral("subject")));
    if (!items)
        return failure(ctx.io, items.error());
    if (items->empty())
        return failure(ctx.io, QStringLiteral("no stored assessment matches"));
    report::BatchOptions options;
    options.format = *format;
    options.outputDir = dir;
    options.overwrite = a.has(QStringLiteral("force"));
    options.language = language;
    options.threads = jobs;
    const report::BatchResult result = report::BatchExport::run(ctx.catalog, items.value(), options, &progressLine);
    // The written files on stdout; when some failed, stdout stays empty (as for every failing
    // command) and stderr says how many were written where, and why the others were not.
    if (result.failures.empty()) {
        for (const QString &path : result.written)
            ctx.io.out += path + QLatin1Char('\n');
        return Ok;
    }
    ctx.io.err += QStringLiteral("iitalent-cli: wrote %1 of %2 reports to %3; %4 of %2 reports were not written:\n")
                      .arg(result.written.size())
                      .arg(result.total)
                      .arg(dir)
                      .arg(result.failures.size());
    for (const report::BatchFailure &f : result.failures)
        ctx.io.err += QStringLiteral("  %1 (%2): %3\n").arg(f.id, f.label, f.message);
    return Failure;
}

} // namespace

// The language reports are written in: --lang, else English on an English system, else Chinese.
// Installs the translation the report's words come from.
std::optional<Language> reportLanguage(const Arguments &a, Io &io)
{
    Language language = resolveLanguage(QString());
    if (a.has(QStringLiteral("lang"))) {
        auto chosen = languageFromCode(a.value(QStringLiteral("lang")));
        if (!chosen) {
            usageError(io, QStringLiteral("--lang is zh or en, not '%1'").arg(a.value(QStringLiteral("lang"))));
            return std::nullopt;
        }
        language = *chosen;
    }
    static ReportWordsTranslator translator;
    QCoreApplication::removeTranslator(&translator);
    if (translator.load(report::translationResource(language)))
        QCoreApplication::installTranslator(&translator);
    return language;
}

void progressLine(int done, int total)
{
    // On a terminal's stderr, one line rewritten in place: every report when few, about every
    // percent when many. Logs and pipes get only the summary.
    static const bool terminal = isatty(fileno(stderr));
    if (!terminal)
        return;
    if (done == total || total <= 100 || done % std::max(1, total / 100) == 0)
        std::fprintf(stderr, "\rreport: %d of %d", done, total);
    if (done == total)
        std::fprintf(stderr, "\n");
    std::fflush(stderr);
}

int reportCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args,
                 {QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("lang"), QStringLiteral("role"),
                  QStringLiteral("subject"), QStringLiteral("out-dir"), QStringLiteral("jobs")},
                 {QStringLiteral("force"), QStringLiteral("all")}))
        return usageError(ctx.io, a.error());
    const auto language = reportLanguage(a, ctx.io);
    if (!language)
        return Usage;
    if (a.has(QStringLiteral("all")))
        return batchReport(ctx, a, *language);
    for (const char *batchOnly : {"role", "subject", "out-dir", "jobs"})
        if (a.has(QString::fromLatin1(batchOnly)))
            return usageError(ctx.io, QStringLiteral("--%1 goes with --all").arg(QString::fromLatin1(batchOnly)));
    if (a.positional().size() != 1)
        return usageError(ctx.io, QString::fromUtf8(kReportUsage));
    const QString format = a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("text");
    const auto document = report::formatFromName(format);
    if (!document && format != QLatin1String("text"))
        return usageError(ctx.io, QStringLiteral("--format is pdf, html, csv, json or text, not '%1'").arg(format));
    const QString arg = a.positional().first();
    auto assessment = loadAssessmentArg(ctx, arg);
    if (!assessment)
        return Failure;

    QByteArray bytes;
    QString out = a.value(QStringLiteral("out"));
    if (format == QLatin1String("text")) {
        bytes = reportText(ctx.catalog, Report::build(ctx.catalog, std::move(*assessment))).toUtf8();
    } else {
        // A stored assessment is compared with the subject's latest one in the other mode (for a
        // candidate of a hiring round: the panel's combined levels).
        std::optional<Assessment> counterpart;
        if (!QFileInfo(arg).isFile()) {
            if (auto store = openStore(ctx)) {
                auto found = store->assessmentsOf(assessment->subject, assessment->role);
                if (found)
                    counterpart = reportCounterpart(*store, ctx.catalog, *assessment, found.value());
            }
        }
        if (out.isEmpty() && *document == report::Format::Pdf)
            out = report::reportFileName(*assessment, *document); // a PDF is not for a terminal
        const report::ReportInput input =
            report::makeReportInput(ctx.catalog, std::move(*assessment), counterpart, *language);
        auto rendered = report::renderReport(input, *document);
        if (!rendered)
            return failure(ctx.io, rendered.error());
        bytes = std::move(rendered).value();
    }
    return emitDocument(out, bytes, a.has(QStringLiteral("force")), ctx.io) ? Ok : Failure;
}

int compareCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("json")}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 2)
        return usageError(ctx.io, QStringLiteral("usage: compare A B [--json], each an id or an assessment file"));
    auto first = loadAssessmentArg(ctx, a.positional().at(0));
    if (!first)
        return Failure;
    auto second = loadAssessmentArg(ctx, a.positional().at(1));
    if (!second)
        return Failure;
    if (Status ok = Comparer::comparable(*first, *second); !ok)
        return failure(ctx.io, ok.error());
    if (first->mode == second->mode)
        ctx.io.err += QStringLiteral("iitalent-cli: note: both are %1 assessments, so this compares two rounds of "
                                     "the same mode, not a self-assessment with an assessor's view\n")
                          .arg(modeId(first->mode));
    auto cmp = Comparer::compare(ctx.catalog, *first, *second);
    if (!cmp)
        return failure(ctx.io, cmp.error());
    if (a.has(QStringLiteral("json"))) {
        ctx.io.out += dumpJson(comparisonToJson(ctx.catalog, cmp.value()));
        return Ok;
    }
    const Comparison &c = cmp.value();
    const Assessment &x = first->id == c.firstId ? *first : *second;
    const Assessment &y = first->id == c.firstId ? *second : *first;
    const Role *role = ctx.catalog.role(c.role);
    QString t;
    t += QStringLiteral("Role %1  %2\n").arg(c.role, role->nameZh);
    t += QStringLiteral("A: %1  %2 %3  readiness %4\n")
             .arg(x.id, modeId(x.mode), x.subject.name, percentText(c.firstScore.readiness));
    t += QStringLiteral("B: %1  %2 %3  readiness %4\n\n")
             .arg(y.id, modeId(y.mode), y.subject.name, percentText(c.secondScore.readiness));
    t += QStringLiteral("item      required   A          B          A−B  flag\n");
    for (const ComparedItem &i : c.items)
        t += QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                 .arg(i.requirement, -9)
                 .arg(padded(levelText(i.required), 10))
                 .arg(padded(levelText(i.first), 10))
                 .arg(padded(levelText(i.second), 10))
                 .arg(i.difference ? QStringLiteral("%1%2")
                                         .arg(*i.difference > 0 ? QStringLiteral("+") : QString())
                                         .arg(*i.difference)
                                   : QStringLiteral("—"),
                      3)
                 .arg(i.flag);
    t += QStringLiteral("\n%1 item(s) differ by 2 levels or more.\n").arg(c.flagged);
    ctx.io.out += t;
    return Ok;
}

int historyCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(
            args,
            {QStringLiteral("role"), QStringLiteral("number"), QStringLiteral("organisation"), QStringLiteral("mode")},
            {QStringLiteral("json")}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx.io, QStringLiteral("usage: history NAME [--number NO] [--organisation ORG] [--role CODE] "
                                                 "[--mode self|assessor] [--json]"));
    int status = Ok;
    const auto person = personArg(ctx, a, a.positional().first(), status);
    if (!person)
        return status;
    std::optional<Mode> mode;
    if (a.has(QStringLiteral("mode"))) {
        mode = modeFromId(a.value(QStringLiteral("mode")));
        if (!mode)
            return usageError(
                ctx.io, QStringLiteral("--mode is self or assessor, not '%1'").arg(a.value(QStringLiteral("mode"))));
    }
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto found = store->assessmentsOf(*person, a.value(QStringLiteral("role")));
    if (!found)
        return failure(ctx.io, found.error());
    std::vector<Assessment> list;
    for (Assessment &as : found.value())
        if (!mode || as.mode == *mode)
            list.push_back(std::move(as));
    if (list.empty())
        return failure(ctx.io, QStringLiteral("there is no assessment of %1%2%3")
                                   .arg(personLabel(*person),
                                        a.has(QStringLiteral("role"))
                                            ? QStringLiteral(" for role %1").arg(a.value(QStringLiteral("role")))
                                            : QString(),
                                        mode ? QStringLiteral(" in %1 mode").arg(modeId(*mode)) : QString()));
    // One person's history: namesakes with different numbers are different people.
    const auto one = onePersonOf(list, person->name);
    if (!one)
        return failure(ctx.io, one.error());
    const std::vector<HistoryEntry> entries = HistoryBuilder::build(ctx.catalog, list);
    if (a.has(QStringLiteral("json"))) {
        ctx.io.out += dumpJson(historyToJson(person->name, entries));
        return Ok;
    }
    // One section per role and mode: progress compares like with like.
    QString t = QStringLiteral("History of %1\n").arg(personLabel(one.value()));
    QStringList tracks;
    for (const HistoryEntry &e : entries) {
        const QString track = e.role + QLatin1Char('/') + modeId(e.mode);
        if (!tracks.contains(track))
            tracks << track;
    }
    for (const QString &track : tracks) {
        const QString role = track.section(QLatin1Char('/'), 0, 0);
        const QString trackMode = track.section(QLatin1Char('/'), 1);
        const Role *r = ctx.catalog.role(role);
        t += QStringLiteral("\nRole %1 %2, %3 assessments\n")
                 .arg(role, r ? r->nameZh : QString(),
                      trackMode == QLatin1String("self") ? QStringLiteral("self") : QStringLiteral("assessor"));
        for (const HistoryEntry &e : entries) {
            if (e.role != role || modeId(e.mode) != trackMode)
                continue;
            QStringList dims;
            for (const DimensionScore &d : e.score.dimensions)
                dims << QStringLiteral("%1 %2").arg(d.key, percentText(d.attainment));
            t += QStringLiteral("  %1  %2  readiness %3  (%4)\n")
                     .arg(isoUtc(e.created), e.id.left(8), percentText(e.score.readiness),
                          dims.join(QStringLiteral(", ")));
            if (e.readinessChange) {
                t += QStringLiteral("    since the previous one: readiness %1, %2 rating(s) changed\n")
                         .arg(pointChangeText(*e.readinessChange, Language::English))
                         .arg(e.changedRatings.size());
                for (const auto &[id, levels] : e.changedRatings)
                    t += QStringLiteral("      %1  %2 → %3\n")
                             .arg(id, levelText(levels.first), levelText(levels.second));
            }
        }
    }
    ctx.io.out += t;
    return Ok;
}

int fitCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("json"), QStringLiteral("verbose")}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx.io, QStringLiteral("usage: fit (ID | FILE.json) [--json] [--verbose]"));
    auto assessment = loadAssessmentArg(ctx, a.positional().first());
    if (!assessment)
        return Failure;
    // A stored assessment: the person's latest answers from all their assessments of its mode
    // (RoleFit::forPerson); a file: that file alone.
    std::vector<Assessment> others;
    if (!QFileInfo(a.positional().first()).isFile()) {
        auto store = openStore(ctx);
        if (!store)
            return Failure;
        auto found = store->assessmentsOf(assessment->subject);
        if (!found)
            return failure(ctx.io, found.error());
        others = std::move(found).value();
    }
    const PersonFit fit = RoleFit::forPerson(ctx.catalog, *assessment, others);
    if (a.has(QStringLiteral("json"))) {
        ctx.io.out += dumpJson(fitToJson(ctx.catalog, assessment->id, fit));
        return Ok;
    }
    const QString mode = assessment->mode == Mode::Self ? QStringLiteral("self") : QStringLiteral("assessor");
    QString t = QStringLiteral("Role fit of %1 (%2), carried through shared competencies, from the latest answers "
                               "of %3 %4-assessment(s) of this person\n"
                               "rank role readiness coverage\n")
                    .arg(assessment->subject.name, assessment->id)
                    .arg(fit.assessments.size())
                    .arg(mode);
    int rank = 0;
    const bool verbose = a.has(QStringLiteral("verbose"));
    for (const RoleFitEntry &e : fit.entries) {
        const Role *role = ctx.catalog.role(e.role);
        t += QStringLiteral("%1  %2  %3  %4 (%5/%6)  %7%8\n")
                 .arg(++rank, 3)
                 .arg(e.role)
                 .arg(e.lowCoverage ? QStringLiteral("   —   ") : percentText(e.readiness), 7)
                 .arg(percentText(e.coverage), 6)
                 .arg(e.covered)
                 .arg(e.requirements)
                 .arg(role ? role->nameZh : e.role)
                 .arg(e.lowCoverage ? QStringLiteral("  [low coverage: not ranked by readiness]")
                                    : (e.source ? QStringLiteral("  [assessed role]") : QString()));
        if (verbose && !e.unanswered.isEmpty())
            t += QStringLiteral("       unanswered: %1\n").arg(e.unanswered.join(QStringLiteral(", ")));
    }
    // The rule is RoleFit::assessNext's.
    const QString rule = QStringLiteral("(the highest readiness among the roles with %1 to below %2 of their items "
                                        "covered)")
                             .arg(percentText(RoleFit::AssessNextFrom), percentText(RoleFit::AssessNextBelow));
    if (fit.assessNext) {
        const auto next = std::find_if(fit.entries.begin(), fit.entries.end(),
                                       [&](const RoleFitEntry &e) { return e.role == *fit.assessNext; });
        const Role *role = ctx.catalog.role(*fit.assessNext);
        t += QStringLiteral("Assess next: %1 %2 — readiness %3 on the items known so far, but %4 of its items are "
                            "unanswered %5\n")
                 .arg(*fit.assessNext, role ? role->nameZh : QString(), percentText(next->readiness),
                      percentText(1.0 - next->coverage), rule);
    } else {
        t += QStringLiteral("Assess next: no role to suggest %1\n").arg(rule);
    }
    ctx.io.out += t;
    return Ok;
}

} // namespace iitalent::cli
