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
    "       round report NAME [--format json|csv|pdf|html] [--scorecards all|shortlisted,held,rejected,undecided]\n"
    "             [--out PATH [--force]] [--lang zh|en]\n"
    "       round submit NAME --candidate NAME [--number NO] --recommend strong-yes|yes|no|strong-no\n"
    "             [--comment TEXT] [--as INTERVIEWER]\n"
    "       round reopen NAME --candidate NAME [--number NO] [--as INTERVIEWER]\n"
    "       round audit NAME [--candidate NAME [--number NO]] [--json]\n"
    "  (--as NAME: who acts, on a file store; the audit trail records it)";

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

// The store, with who acts on it: on a file store the --as name, which the audit trail records.
std::optional<AssessmentStore> openRoundStore(StoreContext &ctx, const Arguments &a)
{
    auto store = openStore(ctx);
    if (store)
        store->setActor(a.value(QStringLiteral("as")));
    return store;
}

// What consensus, decide, submit and reopen act on: the store, the round named first and its
// candidate given with --candidate. On failure `status` says how the command ends.
struct RoundCandidateArgs
{
    AssessmentStore store;
    RoundReport report;
    Subject candidate;
};

std::optional<RoundCandidateArgs> openRoundCandidate(StoreContext &ctx, const Arguments &a, int &status)
{
    auto store = openRoundStore(ctx, a);
    if (!store) {
        status = Failure;
        return std::nullopt;
    }
    auto report = RoundReport::load(*store, ctx.catalog, a.positional().first());
    if (!report) {
        status = failure(ctx.io, report.error());
        return std::nullopt;
    }
    const auto candidate = candidateArg(ctx, report.value(), a, status);
    if (!candidate)
        return std::nullopt;
    return RoundCandidateArgs{std::move(store).value(), std::move(report).value(), *candidate};
}

// Whose scorecard: on a team store the login's (an admin may name another with --as); on a file
// store the --as name.
std::optional<QString> interviewerOf(StoreContext &ctx, AssessmentStore &store, const Arguments &a, int &status)
{
    const QString named = a.value(QStringLiteral("as")).trimmed();
    if (store.isTeamStore()) {
        auto me = store.teamLogin();
        if (!me) {
            status = failure(ctx.io, me.error());
            return std::nullopt;
        }
        if (!named.isEmpty() && named != me->name && me->role != QLatin1String("admin")) {
            status = failure(ctx.io, QStringLiteral("you are %1 in this team store: only an admin acts for another "
                                                    "interviewer")
                                         .arg(me->name));
            return std::nullopt;
        }
        return named.isEmpty() ? me->name : named;
    }
    if (named.isEmpty()) {
        status = usage(ctx.io, QStringLiteral("on a file store, say whose scorecard it is with --as INTERVIEWER"));
        return std::nullopt;
    }
    return named;
}

int submitOrReopen(StoreContext &ctx, const Arguments &a, bool submit)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, submit ? QStringLiteral("round submit takes one NAME")
                                    : QStringLiteral("round reopen takes one NAME"));
    if (submit && !a.has(QStringLiteral("recommend")))
        return usage(ctx.io, QStringLiteral("--recommend strong-yes|yes|no|strong-no is needed to submit"));
    if (submit && !recommendationIds().contains(a.value(QStringLiteral("recommend"))))
        return usage(ctx.io, QStringLiteral("--recommend is strong-yes, yes, no or strong-no, not '%1'")
                                 .arg(a.value(QStringLiteral("recommend"))));
    if (a.value(QStringLiteral("comment")).size() > Limits::TextLength)
        return usage(ctx.io, QStringLiteral("--comment is at most %1 characters").arg(Limits::TextLength));
    int status = Ok;
    auto target = openRoundCandidate(ctx, a, status);
    if (!target)
        return status;
    AssessmentStore &store = target->store;
    const RoundReport &report = target->report;
    const Subject &candidate = target->candidate;
    const auto interviewer = interviewerOf(ctx, store, a, status);
    if (!interviewer)
        return status;
    Status s = submit ? submitScorecard(store, report, candidate, *interviewer, a.value(QStringLiteral("recommend")),
                                        a.has(QStringLiteral("comment")) ? a.value(QStringLiteral("comment"))
                                                                         : QString(QLatin1String("")))
                      : reopenScorecard(store, report, candidate, *interviewer);
    if (!s)
        return failure(ctx.io, s.error());
    ctx.io.out += submit ? QStringLiteral("submitted %1's scorecard of %2 (%3)\n")
                               .arg(*interviewer, personLabel(candidate), a.value(QStringLiteral("recommend")))
                         : QStringLiteral("reopened %1's scorecard of %2\n").arg(*interviewer, personLabel(candidate));
    return Ok;
}

int audit(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 1)
        return usage(ctx.io, QStringLiteral("round audit takes one NAME"));
    auto store = openRoundStore(ctx, a);
    if (!store)
        return Failure;
    auto round = store->cohort(a.positional().first());
    if (!round)
        return failure(ctx.io, round.error());
    if (round->kind != CohortKind::Hiring)
        return failure(ctx.io, QStringLiteral("%1 is not a hiring round").arg(round->name));
    auto trail = store->audit(round->id);
    if (!trail)
        return failure(ctx.io, trail.error());
    std::optional<Subject> only;
    if (a.has(QStringLiteral("candidate"))) {
        Subject named;
        named.name = a.value(QStringLiteral("candidate")).trimmed();
        named.number = a.value(QStringLiteral("number")).trimmed();
        named.organisation = a.value(QStringLiteral("organisation")).trimmed();
        only = named;
    }
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const RoundAuditEntry &e : trail.value()) {
        if (only && !isSamePerson(e.candidate, *only))
            continue;
        const QString who = e.osUser.isEmpty()  ? e.login
                            : e.login.isEmpty() ? QStringLiteral("(%1)").arg(e.osUser)
                                                : QStringLiteral("%1 (%2)").arg(e.login, e.osUser);
        if (a.has(QStringLiteral("json"))) {
            rows.push_back({{"at", isoUtc(e.at).toStdString()},
                            {"login", e.login.toStdString()},
                            {"os_user", e.osUser.toStdString()},
                            {"candidate",
                             {{"name", e.candidate.name.toStdString()},
                              {"organisation", e.candidate.organisation.toStdString()},
                              {"number", e.candidate.number.toStdString()}}},
                            {"panel_member", e.panelMember.toStdString()},
                            {"kind", e.kind.toStdString()},
                            {"item", e.item.toStdString()},
                            {"old", e.oldValue.toStdString()},
                            {"new", e.newValue.toStdString()}});
            continue;
        }
        QString line = QStringLiteral("%1  %2  %3  %4").arg(isoUtc(e.at), who, personLabel(e.candidate), e.kind);
        if (!e.panelMember.isEmpty() && e.kind != QLatin1String("join") && e.kind != QLatin1String("leave"))
            line += QStringLiteral(" [%1]").arg(e.panelMember);
        if (!e.item.isEmpty())
            line += QLatin1Char(' ') + e.item;
        line += QStringLiteral(": %1 -> %2")
                    .arg(e.oldValue.isEmpty() ? QStringLiteral("-") : e.oldValue,
                         e.newValue.isEmpty() ? QStringLiteral("-") : e.newValue);
        ctx.io.out += line + QLatin1Char('\n');
    }
    if (a.has(QStringLiteral("json")))
        ctx.io.out += QString::fromStdString(rows.dump(2)) + QLatin1Char('\n');
    return Ok;
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
    auto store = openRoundStore(ctx, a);
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
    auto store = openRoundStore(ctx, a);
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
    int status = Ok;
    auto target = openRoundCandidate(ctx, a, status);
    if (!target)
        return status;
    AssessmentStore &store = target->store;
    const RoundReport &report = target->report;
    const Subject &candidate = target->candidate;
    const QString id = a.positional().at(1);
    if (withdraw) {
        if (Status s = withdrawConsensus(store, report, candidate, id); !s)
            return failure(ctx.io, s.error());
        ctx.io.out += QStringLiteral("withdrew the consensus on %1 for %2\n").arg(id, personLabel(candidate));
        return Ok;
    }
    bool ok = false;
    const int level = a.positional().at(2).toInt(&ok);
    if (!ok || level < 0 || level > 4)
        return usage(ctx.io, QStringLiteral("LEVEL is 0 to 4, not '%1'").arg(a.positional().at(2)));
    RoundConsensus c;
    c.candidate = candidate;
    c.requirement = id;
    c.level = level;
    c.reason = a.value(QStringLiteral("reason"));
    c.recordedBy = a.value(QStringLiteral("by"));
    std::optional<RoundConsensus> replaced;
    if (Status s = recordConsensus(store, report, c, &replaced); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += QStringLiteral("recorded the consensus %1 on %2 for %3\n").arg(level).arg(id, personLabel(candidate));
    if (replaced)
        ctx.io.out +=
            QStringLiteral("it replaces the consensus %1 recorded %2%3: %4\n")
                .arg(replaced->level)
                .arg(isoUtc(replaced->recorded),
                     replaced->recordedBy.isEmpty() ? QString() : QStringLiteral(" by %1").arg(replaced->recordedBy),
                     replaced->reason);
    return Ok;
}

int decide(StoreContext &ctx, const Arguments &a)
{
    if (a.positional().size() != 2)
        return usage(ctx.io, QStringLiteral("round decide NAME --candidate NAME shortlist|hold|reject"));
    int status = Ok;
    auto target = openRoundCandidate(ctx, a, status);
    if (!target)
        return status;
    AssessmentStore &store = target->store;
    const RoundReport &report = target->report;
    const Subject &candidate = target->candidate;
    RoundDecision d;
    d.candidate = candidate;
    d.decision = a.positional().at(1);
    d.note = a.value(QStringLiteral("note"));
    if (Status s = recordDecision(store, report, d); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += QStringLiteral("%1: %2\n").arg(personLabel(candidate), d.decision);
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
    const auto scope = scorecardScopeFromText(a.value(QStringLiteral("scorecards")));
    if (!scope)
        return usageError(ctx.io, QStringLiteral("--scorecards: %1").arg(scope.error()));
    auto store = openRoundStore(ctx, a);
    if (!store)
        return Failure;
    auto report = RoundReport::load(*store, ctx.catalog, a.positional().first());
    if (!report)
        return failure(ctx.io, report.error());
    // The scorecards print the panel's evidence.
    report->documentScorecards = scope.value();
    if (Status s = loadScorecardRemarks(*store, report.value()); !s)
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
    const QSet<QString> values{QStringLiteral("role"),      QStringLiteral("date"),      QStringLiteral("note"),
                               QStringLiteral("candidate"), QStringLiteral("number"),    QStringLiteral("organisation"),
                               QStringLiteral("reason"),    QStringLiteral("by"),        QStringLiteral("format"),
                               QStringLiteral("out"),       QStringLiteral("lang"),      QStringLiteral("must-have"),
                               QStringLiteral("as"),        QStringLiteral("recommend"), QStringLiteral("comment"),
                               QStringLiteral("scorecards")};
    const QSet<QString> flags{QStringLiteral("replace"), QStringLiteral("withdraw"), QStringLiteral("force"),
                              QStringLiteral("json")};
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
    if (sub == QLatin1String("submit"))
        return submitOrReopen(ctx, a, true);
    if (sub == QLatin1String("reopen"))
        return submitOrReopen(ctx, a, false);
    if (sub == QLatin1String("audit"))
        return audit(ctx, a);
    return usage(ctx.io, QStringLiteral("unknown round command '%1'").arg(sub));
}

} // namespace iitalent::cli
