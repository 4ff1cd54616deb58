// round ...: hiring rounds (issue 11): a cohort of kind hiring with one role, must-haves, the
// panel's consensus levels and the decisions about candidates.
#include "AssessmentCommands.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CohortCollect.h"
#include "CohortJson.h"
#include "FileOutput.h"
#include "HiringRound.h"
#include "RoundDocuments.h"

namespace iitalent::cli {

namespace {

const char kRoundUsage[] =
    "usage: round create NAME --role CODE [--must-have ID]... [--date YYYY-MM-DD] [--note TEXT]\n"
    "       round add NAME (ID | FILE | DIR)... [--replace]\n"
    "       round consensus NAME --candidate NAME [--number NO] [--organisation ORG] ID LEVEL --reason TEXT\n"
    "             [--by NAME]\n"
    "       round consensus NAME --candidate NAME [--number NO] [--organisation ORG] ID --withdraw\n"
    "       round decide NAME --candidate NAME [--number NO] [--organisation ORG] shortlist|hold|reject\n"
    "             [--note TEXT]\n"
    "       round report NAME [--format json|csv|pdf|html] [--out PATH [--force]] [--lang zh|en]";

int usage(Io &io, const QString &problem = QString())
{
    return usageError(io, problem.isEmpty() ? QString::fromUtf8(kRoundUsage)
                                            : QStringLiteral("%1\n%2").arg(problem, QString::fromUtf8(kRoundUsage)));
}

// --candidate NAME [--number NO] [--organisation ORG], resolved to one candidate of the round.
std::optional<Subject> candidateArg(StoreContext &ctx, const RoundReport &report, const Arguments &a, int &status)
{
    if (!a.has(QStringLiteral("candidate"))) {
        status = usage(ctx.io, QStringLiteral("--candidate NAME is needed"));
        return std::nullopt;
    }
    Subject named;
    named.name = a.value(QStringLiteral("candidate")).trimmed();
    named.number = a.value(QStringLiteral("number")).trimmed();
    named.organisation = a.value(QStringLiteral("organisation")).trimmed();
    auto found = candidateOf(report, named);
    if (!found) {
        status = failure(ctx.io, found.error());
        return std::nullopt;
    }
    return found.value();
}

int create(StoreContext &ctx, const Arguments &a, const QStringList &mustHaves)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("round create takes one NAME"));
    if (!a.has(QStringLiteral("role")))
        return usage(ctx.io, QStringLiteral("--role CODE is needed: a round is for one role"));
    Cohort c;
    c.name = a.positional().first();
    c.roles = QStringList{a.value(QStringLiteral("role"))};
    c.date = a.value(QStringLiteral("date"));
    c.note = a.value(QStringLiteral("note"));
    // Bad input is refused before the store is opened (or created, or upgraded).
    if (Status s = checkRound(ctx.catalog, c, mustHaves); !s)
        return failure(ctx.io, s.error());
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto created = createRound(*store, ctx.catalog, c, mustHaves);
    if (!created)
        return failure(ctx.io, created.error());
    ctx.io.out += QStringLiteral("created hiring round %1 for role %2 with %3 must-have(s)\n")
                      .arg(created->name, created->roles.first())
                      .arg(mustHaves.size());
    return Ok;
}

int add(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() < 2)
        return usage(ctx.io, QStringLiteral("round add takes NAME and at least one ID, FILE or DIR"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto round = store->cohort(a.positional().first());
    if (!round)
        return failure(ctx.io, round.error());
    if (round->kind != CohortKind::Hiring || round->roles.size() != 1)
        return failure(ctx.io, QStringLiteral("%1 is not a hiring round with one role").arg(round->name));
    return collectInto(ctx, *store, round.value(), a.positional().mid(1), a.has(QStringLiteral("replace")),
                       CohortCollect::onlyRoleOf(round.value()));
}

int consensus(StoreContext &ctx, const Arguments &a)
{
    const bool withdraw = a.has(QStringLiteral("withdraw"));
    if (a.positional().size() != (withdraw ? 2 : 3))
        return usage(ctx.io, withdraw ? QStringLiteral("round consensus NAME ... ID --withdraw")
                                      : QStringLiteral("round consensus NAME ... ID LEVEL --reason TEXT"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto report = RoundReport::load(*store, ctx.catalog, a.positional().first());
    if (!report)
        return failure(ctx.io, report.error());
    int status = Ok;
    const auto candidate = candidateArg(ctx, report.value(), a, status);
    if (!candidate)
        return status;
    const QString id = a.positional().at(1);
    if (withdraw) {
        if (Status s = withdrawConsensus(*store, report.value(), *candidate, id); !s)
            return failure(ctx.io, s.error());
        ctx.io.out += QStringLiteral("withdrew the consensus on %1 for %2\n").arg(id, personLabel(*candidate));
        return Ok;
    }
    bool ok = false;
    const int level = a.positional().at(2).toInt(&ok);
    if (!ok || level < 0 || level > 4)
        return usage(ctx.io, QStringLiteral("LEVEL is 0 to 4, not '%1'").arg(a.positional().at(2)));
    RoundConsensus c;
    c.candidate = *candidate;
    c.requirement = id;
    c.level = level;
    c.reason = a.value(QStringLiteral("reason"));
    c.recordedBy = a.value(QStringLiteral("by"));
    if (Status s = recordConsensus(*store, report.value(), c); !s)
        return failure(ctx.io, s.error());
    ctx.io.out +=
        QStringLiteral("recorded the consensus %1 on %2 for %3\n").arg(level).arg(id, personLabel(*candidate));
    return Ok;
}

int decide(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 2)
        return usage(ctx.io, QStringLiteral("round decide NAME --candidate NAME shortlist|hold|reject"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto report = RoundReport::load(*store, ctx.catalog, a.positional().first());
    if (!report)
        return failure(ctx.io, report.error());
    int status = Ok;
    const auto candidate = candidateArg(ctx, report.value(), a, status);
    if (!candidate)
        return status;
    RoundDecision d;
    d.candidate = *candidate;
    d.decision = a.positional().at(1);
    d.note = a.value(QStringLiteral("note"));
    if (Status s = recordDecision(*store, report.value(), d); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += QStringLiteral("%1: %2\n").arg(personLabel(*candidate), d.decision);
    return Ok;
}

// The round's figures as JSON, or its hiring-meeting document (the ranking as CSV; the whole
// document as PDF or HTML). A PDF without --out goes to a file named after the round.
int reportCmd(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("round report takes one NAME"));
    const QString format = a.has(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("json");
    if (!QStringList{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("html")}
             .contains(format))
        return usageError(ctx.io, QStringLiteral("--format is json, csv, pdf or html, not '%1'").arg(format));
    const auto language = reportLanguage(a, ctx.io);
    if (!language)
        return Usage;
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto report = RoundReport::load(*store, ctx.catalog, a.positional().first());
    if (!report)
        return failure(ctx.io, report.error());
    // The scorecards print the panel's evidence.
    if (Status s = loadShortlistRemarks(*store, report.value()); !s)
        return failure(ctx.io, s.error());
    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = QByteArray::fromStdString(roundReportToJson(report.value()).dump(2)) + '\n';
    } else if (format == QLatin1String("csv")) {
        bytes = roundReportCsv(ctx.catalog, report.value(), *language);
    } else if (format == QLatin1String("html")) {
        bytes = roundReportHtml(ctx.catalog, report.value(), *language);
    } else {
        auto pdf = roundReportPdf(ctx.catalog, report.value(), *language);
        if (!pdf)
            return failure(ctx.io, pdf.error());
        bytes = std::move(pdf).value();
    }
    QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty() && format == QLatin1String("pdf"))
        out = safeFileName(report->round.name) + QStringLiteral(".pdf");
    return emitDocument(out, bytes, a.has(QStringLiteral("force")), ctx.io) ? Ok : Failure;
}

} // namespace

int roundCommand(StoreContext &ctx, const QStringList &args)
{
    if (args.isEmpty())
        return usage(ctx.io);
    const QString sub = args.first();
    Arguments a;
    const QSet<QString> values{QStringLiteral("role"),      QStringLiteral("date"),   QStringLiteral("note"),
                               QStringLiteral("candidate"), QStringLiteral("number"), QStringLiteral("organisation"),
                               QStringLiteral("reason"),    QStringLiteral("by"),     QStringLiteral("format"),
                               QStringLiteral("out"),       QStringLiteral("lang"),   QStringLiteral("must-have")};
    const QSet<QString> flags{QStringLiteral("replace"), QStringLiteral("withdraw"), QStringLiteral("force")};
    if (!a.parse(args.mid(1), values, flags))
        return usage(ctx.io, a.error());
    if (a.has(QStringLiteral("must-have")) && sub != QLatin1String("create"))
        return usage(ctx.io, QStringLiteral("--must-have goes with round create"));
    if (sub == QLatin1String("create"))
        return create(ctx, a, a.values(QStringLiteral("must-have")));
    if (sub == QLatin1String("add"))
        return add(ctx, a);
    if (sub == QLatin1String("consensus"))
        return consensus(ctx, a);
    if (sub == QLatin1String("decide"))
        return decide(ctx, a);
    if (sub == QLatin1String("report"))
        return reportCmd(ctx, a);
    return usage(ctx.io, QStringLiteral("unknown round command '%1'").arg(sub));
}

} // namespace iitalent::cli
