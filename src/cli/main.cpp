// iitalent-cli: the command line of iitalent. Results go to stdout, errors to stderr with a
// non-zero exit status (1 for a failure, 2 for a usage error); nothing is printed to stdout on failure.
#include "CatalogCommands.h"
#include "CommandLine.h"
#include "EmbeddedCatalog.h"

#include <QCoreApplication>

#include <cstdio>

using namespace iitalent;
using namespace iitalent::cli;

namespace {

const char kUsage[] =
    "usage: iitalent-cli [--catalog PATH] COMMAND [ARGS]\n"
    "\n"
    "Browse the job-competency catalog of 《工业互联网产业人才岗位能力要求》.\n"
    "\n"
    "commands:\n"
    "  roles [--direction ID] [--json]        the 8 directions and their 41 roles\n"
    "  role CODE [--json]                      a role's duty and requirements with required levels\n"
    "  search TEXT [--json]                    roles whose name or requirements mention TEXT\n"
    "  catalog export --format json [--out FILE [--force]]\n"
    "                                          the whole catalog as JSON (schema iitalent.catalog/1)\n"
    "\n"
    "options:\n"
    "  --catalog PATH   use this catalog file instead of the built-in one (also IITALENT_CATALOG)\n"
    "  --help           show this help\n"
    "  --version        show the version\n"
    "\n"
    "direction ids: network identifier platform bigdata security edge application operations\n";

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iitalent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IITALENT_VERSION));

    QStringList args = app.arguments().mid(1);
    QString catalogPath = qEnvironmentVariable("IITALENT_CATALOG");
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            write(stdout, QString::fromUtf8(kUsage));
            return Ok;
        }
        if (opt == QLatin1String("--version")) {
            write(stdout, QStringLiteral("iitalent-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        if (opt == QLatin1String("--catalog")) {
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
    if (command == QLatin1String("help")) {
        write(stdout, QString::fromUtf8(kUsage));
        return Ok;
    }
    const Handler handler = commands.value(command);
    if (!handler) {
        write(stderr, QStringLiteral("iitalent-cli: unknown command '%1'\n%2").arg(command, QString::fromUtf8(kUsage)));
        return Usage;
    }

    auto catalog = loadCatalog(catalogPath);
    if (!catalog) {
        write(stderr, QStringLiteral("iitalent-cli: %1\n").arg(catalog.error()));
        return Failure;
    }
    Io io;
    const int status = handler(catalog.value(), args, io);
    if (status == Ok)
        write(stdout, io.out);
    write(stderr, io.err);
    return status;
}
