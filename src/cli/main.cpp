// iitalent-cli: the command line of iitalent. Results go to stdout, errors to stderr with a
// non-zero exit status (1 for a failure, 2 for a usage error); nothing is printed to stdout on failure.
#include "AssessmentCommands.h"
#include "CatalogCommands.h"
#include "CommandLine.h"
#include "EmbeddedCatalog.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace iitalent;
using namespace iitalent::cli;

namespace {

const char kUsage[] =
    "usage: iitalent-cli [--catalog PATH] [--db PATH] COMMAND [ARGS]\n"
    "\n"
    "Job-competency assessment against 《工业互联网产业人才岗位能力要求》.\n"
    "\n"
    "The command line of iitalent: the same catalog, assessment store and reports as the window,\n"
    "for scripts and for machines without a display.\n"
    "\n"
    "the catalog:\n"
    "  roles [--direction ID] [--json]        the 8 directions and their 41 roles\n"
    "  role CODE [--json]                      a role's duty and requirements with required levels\n"
    "  search TEXT [--json]                    roles whose name or requirements mention TEXT\n"
    "  catalog export --format json [--out FILE [--force]]\n"
    "                                          the whole catalog as JSON (schema iitalent.catalog/1)\n"
    "\n"
    "assessments (stored in the assessment database):\n"
    "  new --role CODE --mode self|assessor --subject NAME [--organisation ORG] [--number NO]\n"
    "      [--stage pre-job|on-job] [--assessor NAME] [--from-last | --from ID]\n"
    "                                          start an assessment; prints its id (--from-last: a\n"
    "                                          new round with the person's last answers)\n"
    "  rate ID REQUIREMENT LEVEL|none|na [--evidence TEXT] [--note TEXT]\n"
    "                                          rate one requirement 0..4 (saved at once); evidence\n"
    "                                          and note have at most 4,000 characters each\n"
    "  list [--json]                           the saved assessments\n"
    "  export ID [--out FILE [--force]]        an assessment as an exchange file (iitalent.assessment/1)\n"
    "  import FILE... [--replace]              exchange files, each all or nothing\n"
    "  delete ID                               delete one assessment\n"
    "  forget-subject NAME [--number NO] [--organisation ORG] [--yes]\n"
    "                                          delete everything about one person (asks first)\n"
    "\n"
    "results (ID is an id, a unique start of one, or an exchange file):\n"
    "  report ID [--format pdf|html|csv|json|text] [--out PATH [--force]] [--lang zh|en]\n"
    "                                          the report: scores, gaps, the improvement plan; pdf, html\n"
    "                                          and csv are the documents to hand on (pdf goes to a file)\n"
    "  report --all [--role CODE] [--subject NAME] [--format pdf|html|csv|json] --out-dir DIR\n"
    "      [--force] [--lang zh|en] [--jobs N]\n"
    "                                          one report file per stored assessment, on every core\n"
    "  compare A B [--json]                    one person's two assessments of a role side by side\n"
    "                                          (self vs assessor)\n"
    "  history NAME [--number NO] [--organisation ORG] [--role CODE] [--mode self|assessor] [--json]\n"
    "                                          one person's assessments over time, per role and mode\n"
    "  fit ID [--json] [--verbose]             all 41 roles ranked for this person, from the latest\n"
    "                                          answers of all their assessments of this mode, and the\n"
    "                                          role to assess next; --verbose lists unanswered items\n"
    "\n"
    "cohorts (a workshop's class, a team, a hiring round):\n"
    "  cohort create NAME [--kind workshop|team|hiring] [--role CODE]... [--date YYYY-MM-DD] [--note TEXT]\n"
    "  cohort list [--json] | cohort show NAME [--json] | cohort delete NAME (the assessments stay)\n"
    "  cohort add NAME (ID | FILE | DIR)... [--replace]\n"
    "                                          stored assessments, exchange files, folders of them;\n"
    "                                          --replace keeps the newer of two different copies\n"
    "  cohort remove NAME ID...                take assessments out of a cohort (they stay stored)\n"
    "  cohort report NAME --role CODE [--mode self|assessor] [--format json|csv|pdf|html] [--anonymize]\n"
    "      [--out PATH [--force]] [--lang zh|en] [--provider P]... [--method M]...\n"
    "                                          the class: heatmap, distributions, priorities, workshop plan\n"
    "  cohort plan NAME --role CODE [--mode self|assessor] [--provider P]... [--method M]... [--top N]\n"
    "      [--json] [--lang zh|en]\n"
    "                                          the priorities this workshop can teach first, then those that\n"
    "                                          need the workplace or a mentor, with the reason (Appendix A);\n"
    "                                          --provider education|enterprise|individual (培训机构, 院校, 企业,\n"
    "                                          个人; default: a training centre), --method an A.2 method\n"
    "  cohort compare BEFORE AFTER --role CODE [--mode self|assessor] [--format json|csv|pdf|html]\n"
    "      [--anonymize] [--out PATH [--force]] [--lang zh|en]\n"
    "                                          before and after a course, over those in both\n"
    "  cohort slides NAME --role CODE --out DIR [--mode self|assessor] [--before NAME] [--anonymize]\n"
    "      [--provider P]... [--method M]... [--force] [--lang zh|en]\n"
    "                                          the class views as 16:9 slides, PNG (1920 x 1080) and SVG:\n"
    "                                          heatmap, distribution, plan; before-after with --before\n"
    "\n"
    "hiring rounds (a cohort of kind hiring for one role):\n"
    "  round create NAME --role CODE [--must-have ID]...\n"
    "  round add NAME (ID | FILE | DIR)... [--replace]   (assessments of other roles are refused)\n"
    "  round consensus NAME --candidate NAME [--number NO] ID LEVEL --reason TEXT | ID --withdraw\n"
    "  round decide NAME --candidate NAME [--number NO] shortlist|hold|reject [--note TEXT]\n"
    "  round submit NAME --candidate NAME [--number NO] --recommend strong-yes|yes|no|strong-no\n"
    "      [--comment TEXT] [--as INTERVIEWER]\n"
    "                                          submit your scorecard of a candidate: every item rated or\n"
    "                                          marked na; read-only and no longer blind afterwards (on a file\n"
    "                                          store --as names the interviewer; on a team store the login is)\n"
    "  round reopen NAME --candidate NAME [--number NO] [--as INTERVIEWER]\n"
    "                                          make a submitted scorecard editable again (recorded)\n"
    "  round audit NAME [--candidate NAME [--number NO]] [--json]\n"
    "                                          who changed what in the round, oldest first (admins)\n"
    "  round report NAME [--format json|csv|pdf|html] [--scorecards all|shortlisted,held,rejected,undecided]\n"
    "      [--out PATH [--force]] [--lang zh|en]\n"
    "                                          json: the figures (iitalent.round-report/1); pdf, html: the\n"
    "                                          hiring-meeting document (the rule, must-haves, ranking, a\n"
    "                                          scorecard per candidate (all, or those with the decisions\n"
    "                                          given), the panel's agreement);\n"
    "                                          csv: the ranking table (pdf goes to a file)\n"
    "\n"
    "a team store (PostgreSQL; --db postgresql://user@host:port/database?sslmode=...):\n"
    "  team init [ADDRESS]                     set up the store's tables and the roles iitalent_admin,\n"
    "                                          iitalent_assessor, iitalent_participant (as the database's owner)\n"
    "  team add-user LOGIN --role admin|assessor|participant [--name DISPLAY]\n"
    "                                          a login of the team store (its password is asked for); an\n"
    "                                          interviewer's name in hiring rounds is DISPLAY, set by the server\n"
    "  team grant LOGIN --cohort NAME          an assessor joins a cohort or round: reads it, adds to it\n"
    "  store copy --from SOURCE --to TARGET    copy every assessment, cohort and round between two stores\n"
    "                                          (files or addresses), all or nothing; again copies what is new\n"
    "\n"
    "options:\n"
    "  --catalog PATH   use this catalog file instead of the built-in one (also IITALENT_CATALOG)\n"
    "  --db PATH        the assessment database: a file, or a team store's postgresql:// address; passwords\n"
    "                   come from PGPASSWORD or ~/.pgpass, or are asked for on a terminal (also IITALENT_DB;\n"
    "                   default: a file in the application data folder)\n"
    "  --help           show this help\n"
    "  --version        show the version\n"
    "\n"
    "direction ids: network identifier platform bigdata security edge application operations\n"
    "levels: 0 未具备 not yet, 1 了解 aware, 2 熟悉 familiar, 3 掌握 proficient, 4 精通 expert\n";

// The help of one command: its entries of kUsage (an entry is a line indented by two spaces and the
// more deeply indented lines after it), those of `subcommand` alone when it has some (cohort add,
// round submit). Empty when kUsage lists no such command.
QString commandHelp(const QString &command, const QString &subcommand)
{
    QList<QStringList> entries;
    for (const QString &line : QString::fromUtf8(kUsage).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("   ")) && !entries.isEmpty())
            entries.last() << line;
        else if (line.startsWith(QLatin1String("  ")))
            entries.append(QStringList{line});
        else
            entries.append(QStringList()); // a section's title or a blank line ends the entry
    }
    const auto select = [&](const QString &words) {
        QString text;
        for (const QStringList &entry : std::as_const(entries)) {
            if (entry.isEmpty())
                continue;
            const QString first = entry.first().mid(2);
            const bool isCommand = first == command || first.startsWith(command + QLatin1Char(' '));
            if (isCommand && (words == command || first.contains(words)))
                text += entry.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
        return text;
    };
    QString text;
    if (!subcommand.isEmpty())
        text = select(command + QLatin1Char(' ') + subcommand);
    if (text.isEmpty())
        text = select(command);
    if (text.isEmpty())
        return {};
    return QStringLiteral("usage: iitalent-cli [--catalog PATH] [--db PATH] %1 ...\n\n%2\n"
                          "iitalent-cli --help lists every command and the options.\n")
        .arg(subcommand.isEmpty() || !text.contains(command + QLatin1Char(' ') + subcommand)
                 ? command
                 : command + QLatin1Char(' ') + subcommand,
             text);
}

// Whether a command's arguments ask for its help: --help or -h before any "--".
bool asksForHelp(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg == QLatin1String("--"))
            return false;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return true;
    }
    return false;
}

// Writes all of `text`; false (with errno set) when the stream did not take it all, e.g. stdout
// redirected to a full disk or a closed pipe.
bool write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    errno = 0;
    const size_t n = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    const bool flushed = std::fflush(stream) == 0;
    return n == static_cast<size_t>(bytes.size()) && flushed && !std::ferror(stream);
}

// The results on stdout: a cut output is a failure, said on stderr, with exit status 1.
int writeResults(const QString &text)
{
    if (write(stdout, text))
        return Ok;
    const int error = errno;
    write(stderr, QStringLiteral("iitalent-cli: the output could not be written in full: %1\n")
                      .arg(QString::fromLocal8Bit(std::strerror(error ? error : EIO))));
    return Failure;
}

// Qt's own warnings are not for the command line's users, except the ones that explain a failure;
// the offscreen platform's note about XDG_RUNTIME_DIR is dropped.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths: ")))
        return;
    write(stderr, QStringLiteral("iitalent-cli: %1\n").arg(message));
}

// The command word of argv (the first argument after the global options) and the word after it
// (a cohort's or round's subcommand).
QByteArrayList commandWords(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--catalog")
            ++i;
        else if (!arg.startsWith("--"))
            return {arg, i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray()};
    }
    return {};
}

// Whether the command lays out a document with fonts: report, and the report and compare of
// cohort and round (their other subcommands only read and write the store).
bool writesDocument(const QByteArrayList &words)
{
    const QByteArray command = words.value(0);
    if (command == "report")
        return true;
    if (command == "cohort" && words.value(1) == "slides")
        return true;
    return (command == "cohort" || command == "round") && (words.value(1) == "report" || words.value(1) == "compare");
}

} // namespace

int main(int argc, char **argv)
{
    // Documents are laid out with fonts, which need a QGuiApplication; on the offscreen platform it
    // needs no display. Every other command gets by with QtCore and starts faster.
    std::unique_ptr<QCoreApplication> application;
    if (writesDocument(commandWords(argc, argv))) {
        qInstallMessageHandler(&quietMessages);
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("iitalent"));
    QCoreApplication::setApplicationName(QStringLiteral("iitalent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IITALENT_VERSION));

    QStringList args = app.arguments().mid(1);
    QString catalogPath = qEnvironmentVariable("IITALENT_CATALOG");
    QString dbPath; // resolved with IITALENT_DB and the default by AssessmentStore::resolvePath
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h"))
            return writeResults(QString::fromUtf8(kUsage));
        if (opt == QLatin1String("--version"))
            return writeResults(QStringLiteral("iitalent-cli %1\n").arg(QCoreApplication::applicationVersion()));
        if (opt == QLatin1String("--db")) {
            if (args.isEmpty()) {
                write(stderr, QStringLiteral("iitalent-cli: --db needs a PATH\n"));
                return Usage;
            }
            dbPath = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            dbPath = opt.mid(5);
        } else if (opt == QLatin1String("--catalog")) {
            if (args.isEmpty()) {
                write(stderr, QStringLiteral("iitalent-cli: --catalog needs a PATH\n"));
                return Usage;
            }
            catalogPath = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--catalog="))) {
            catalogPath = opt.mid(10);
        } else {
            write(stderr, QStringLiteral("iitalent-cli: unknown option %1\n%2").arg(opt, QString::fromUtf8(kUsage)));
            return Usage;
        }
    }
    if (args.isEmpty()) {
        write(stderr, QString::fromUtf8(kUsage));
        return Usage;
    }
    const QString command = args.takeFirst();
    using Handler = int (*)(const Catalog &, const QStringList &, Io &);
    const QHash<QString, Handler> commands{
        {QStringLiteral("roles"), &rolesCommand},
        {QStringLiteral("role"), &roleCommand},
        {QStringLiteral("search"), &searchCommand},
        {QStringLiteral("catalog"), &catalogCommand},
    };
    // `COMMAND --help`, `COMMAND SUBCOMMAND --help` and `help COMMAND [SUBCOMMAND]` show that
    // command's usage.
    const bool helpCommand = command == QLatin1String("help");
    if ((helpCommand && !args.isEmpty()) || asksForHelp(args)) {
        const QString name = helpCommand ? args.first() : command;
        const QString subcommand = args.value(helpCommand ? 1 : 0);
        const QString help = commandHelp(name, subcommand.startsWith(QLatin1Char('-')) ? QString() : subcommand);
        if (help.isEmpty()) {
            write(stderr,
                  QStringLiteral("iitalent-cli: unknown command '%1'\n%2").arg(name, QString::fromUtf8(kUsage)));
            return Usage;
        }
        return writeResults(help);
    }
    if (helpCommand)
        return writeResults(QString::fromUtf8(kUsage));
    using StoreHandler = int (*)(StoreContext &, const QStringList &);
    const QHash<QString, StoreHandler> storeCommands{
        {QStringLiteral("new"), &newCommand},
        {QStringLiteral("rate"), &rateCommand},
        {QStringLiteral("list"), &listCommand},
        {QStringLiteral("export"), &exportCommand},
        {QStringLiteral("import"), &importCommand},
        {QStringLiteral("delete"), &deleteCommand},
        {QStringLiteral("forget-subject"), &forgetSubjectCommand},
        {QStringLiteral("report"), &reportCommand},
        {QStringLiteral("compare"), &compareCommand},
        {QStringLiteral("history"), &historyCommand},
        {QStringLiteral("fit"), &fitCommand},
        {QStringLiteral("cohort"), &cohortCommand},
        {QStringLiteral("round"), &roundCommand},
        {QStringLiteral("team"), &teamCommand},
        {QStringLiteral("store"), &storeCommand},
    };
    const Handler handler = commands.value(command);
    const StoreHandler storeHandler = storeCommands.value(command);
    if (!handler && !storeHandler) {
        write(stderr, QStringLiteral("iitalent-cli: unknown command '%1'\n%2").arg(command, QString::fromUtf8(kUsage)));
        return Usage;
    }

    auto catalog = loadCatalog(catalogPath);
    if (!catalog) {
        write(stderr, QStringLiteral("iitalent-cli: %1\n").arg(catalog.error()));
        return Failure;
    }
    Io io;
    int status = Ok;
    if (handler) {
        status = handler(catalog.value(), args, io);
    } else {
        StoreContext ctx{catalog.value(), AssessmentStore::resolvePath(dbPath), io};
        if (isatty(STDIN_FILENO) && isatty(STDERR_FILENO))
            ctx.askPassword = [](const QString &prompt) { return readSecret(prompt); };
        if (isatty(STDIN_FILENO) && isatty(STDERR_FILENO))
            ctx.confirm = [](const QString &question) {
                write(stderr, question);
                char line[64] = {};
                if (!std::fgets(line, sizeof line, stdin))
                    return false;
                const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
                return answer == QLatin1String("y") || answer == QLatin1String("yes");
            };
        status = storeHandler(ctx, args);
    }
    if (status == Ok)
        status = writeResults(io.out);
    write(stderr, io.err);
    return status;
}
