// team init, team add-user and store copy: setting up a team store and moving data between stores.
#include "AssessmentCommands.h"

#include "AssessmentStore.h"

#include "StoreCopy.h"
#include "StorePostgres.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace iitalent::cli {

std::optional<QString> readSecret(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[1024] = {};
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!got)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

namespace {

int teamInit(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() > 1)
        return usageError(ctx.io, QStringLiteral("team init takes one address: postgresql://admin@host/db"));
    const QString address = a.positional().value(0, ctx.dbPath);
    if (!isTeamStoreAddress(address))
        return usageError(ctx.io, QStringLiteral("team init needs a team store's address "
                                                 "(postgresql://user@host:port/database), not %1")
                                      .arg(address));
    auto done = initTeamStore(address);
    if (!done)
        return failure(ctx.io, done.error());
    const QString display = TeamStoreAddress::parse(address)->display();
    ctx.io.out += done->createdSchema  ? QStringLiteral("set up the team store %1\n").arg(display)
                  : done->upgradedFrom ? QStringLiteral("upgraded the team store %1 from version %2 to %3\n")
                                             .arg(display)
                                             .arg(done->upgradedFrom)
                                             .arg(AssessmentStore::SchemaVersion)
                                       : QStringLiteral("the team store %1 was set up already\n").arg(display);
    for (const QString &role : done->createdRoles)
        ctx.io.out += QStringLiteral("created the role %1\n").arg(role);
    ctx.io.out +=
        QStringLiteral(
            "next: iitalent-cli --db %1 team add-user LOGIN --role admin|assessor|participant --name DISPLAY\n")
            .arg(display);
    return Ok;
}

int teamAddUser(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("role"), QStringLiteral("name")}, {}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1 || !a.has(QStringLiteral("role")))
        return usageError(
            ctx.io, QStringLiteral("usage: team add-user LOGIN --role admin|assessor|participant [--name DISPLAY]"));
    const auto role = teamRoleFromId(a.value(QStringLiteral("role")));
    if (!role)
        return usageError(
            ctx.io,
            QStringLiteral("--role is admin, assessor or participant, not %1").arg(a.value(QStringLiteral("role"))));
    if (!isTeamStoreAddress(ctx.dbPath))
        return usageError(ctx.io, QStringLiteral("team add-user works on a team store: give its address with --db "
                                                 "postgresql://admin@host/database (or IITALENT_DB)"));
    const QString name = a.positional().first();
    // Typed twice on a terminal; one line when piped (scripts).
    auto password = readSecret(QStringLiteral("password for %1: ").arg(name));
    if (password && isatty(STDIN_FILENO)) {
        auto again = readSecret(QStringLiteral("the same password again: "));
        if (!again || again.value() != password.value())
            return failure(ctx.io, QStringLiteral("the two passwords differ; nothing was changed"));
    }
    if (!password || password->isEmpty())
        return failure(ctx.io, QStringLiteral("no password was given for %1 (type it, or give it as one line on "
                                              "stdin); nothing was changed")
                                   .arg(name));
    const QString display = a.value(QStringLiteral("name")).trimmed();
    if (Status s = addTeamUser(ctx.dbPath, name, *role, *password, display); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += display.isEmpty() ? QStringLiteral("added %1 as %2\n").arg(name, teamRoleName(*role))
                                    : QStringLiteral("added %1 (%2) as %3\n").arg(name, display, teamRoleName(*role));
    return Ok;
}

int teamGrant(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("cohort")}, {}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1 || a.values(QStringLiteral("cohort")).isEmpty())
        return usageError(ctx.io, QStringLiteral("usage: team grant LOGIN --cohort NAME [--cohort NAME]..."));
    if (!isTeamStoreAddress(ctx.dbPath))
        return usageError(ctx.io, QStringLiteral("team grant works on a team store: give its address with --db"));
    for (const QString &cohort : a.values(QStringLiteral("cohort"))) {
        if (Status s = grantTeamCohort(ctx.dbPath, a.positional().first(), cohort); !s)
            return failure(ctx.io, s.error());
        ctx.io.out +=
            QStringLiteral("%1 may now read %2 and add assessments to it\n").arg(a.positional().first(), cohort);
    }
    return Ok;
}

} // namespace

int teamCommand(StoreContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("grant"))
        return teamGrant(ctx, args.mid(1));
    if (sub == QLatin1String("init"))
        return teamInit(ctx, args.mid(1));
    if (sub == QLatin1String("add-user"))
        return teamAddUser(ctx, args.mid(1));
    return usageError(ctx.io, QStringLiteral("team needs init, add-user or grant, not '%1'").arg(sub));
}

int storeCommand(StoreContext &ctx, const QStringList &args)
{
    if (args.value(0) != QLatin1String("copy"))
        return usageError(ctx.io, QStringLiteral("store needs copy, not '%1'").arg(args.value(0)));
    Arguments a;
    if (!a.parse(args.mid(1), {QStringLiteral("from"), QStringLiteral("to")}, {}))
        return usageError(ctx.io, a.error());
    if (!a.positional().isEmpty() || a.value(QStringLiteral("from")).isEmpty() ||
        a.value(QStringLiteral("to")).isEmpty())
        return usageError(ctx.io, QStringLiteral("usage: store copy --from SOURCE --to TARGET (files or "
                                                 "postgresql:// addresses)"));
    auto from = AssessmentStore::open(a.value(QStringLiteral("from")));
    if (!from)
        return failure(ctx.io, from.error());
    auto to = AssessmentStore::open(a.value(QStringLiteral("to")));
    if (!to)
        return failure(ctx.io, to.error());
    auto counts = copyStore(from.value(), to.value());
    if (!counts)
        return failure(ctx.io, counts.error());
    const StoreCopyCounts &c = counts.value();
    ctx.io.out += QStringLiteral("copied %1 -> %2\n").arg(from->path(), to->path());
    ctx.io.out += QStringLiteral("assessments: %1 new, %2 updated, %3 already there\n")
                      .arg(c.assessments)
                      .arg(c.updated)
                      .arg(c.unchanged);
    ctx.io.out += QStringLiteral("ratings: %1\ncohorts and rounds: %2 new, %3 memberships added\nround records: %4\n")
                      .arg(c.ratings)
                      .arg(c.cohorts)
                      .arg(c.memberships)
                      .arg(c.roundRecords);
    return Ok;
}

} // namespace iitalent::cli
