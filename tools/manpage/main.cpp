// iitalent-manpage: a manual page (roff, man(7)) from what a program prints for --help.
//
//   iitalent-manpage --program PATH --name NAME --date YYYY-MM-DD --source "iitalent 1.2.3"
//                    [--extra FILE] --out FILE
//
// The help text is read the way both of iitalent's programs write it: a "usage:" line, a
// description, then sections ("Options:", "the catalog:") of entries, each a term and, two or more
// spaces to its right, what it does; deeper-indented lines continue the description, or before
// there is one, the term (up to column 19) or the description (from column 20). A line "name: text" outside a section
// is a note. The page gets NAME, SYNOPSIS, DESCRIPTION, COMMANDS (one subsection per section), OPTIONS, ARGUMENTS and
// NOTES, then the hand-written sections of --extra (ENVIRONMENT, FILES, SEE ALSO...) as they are.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace {

struct Entry
{
    QString term;
    QString description;
};

struct Section
{
    QString title;
    std::vector<Entry> entries;
};

struct Help
{
    QString synopsis; // after the program's name
    QStringList description;
    std::vector<Section> sections;
    std::vector<Entry> notes;
};

int leadingSpaces(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

void append(QString &text, const QString &more)
{
    if (!text.isEmpty())
        text += QLatin1Char(' ');
    text += more;
}

Help parse(const QString &text)
{
    static const QRegularExpression usage(QStringLiteral("^usage:\\s*\\S+\\s*(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gap(QStringLiteral("\\S( {2,})\\S"));
    Help help;
    Section *section = nullptr;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            // A paragraph ends: kept as an empty line between the description's paragraphs.
            if (help.sections.empty() && !help.description.isEmpty() && !help.description.last().isEmpty())
                help.description << QString();
            continue;
        }
        const int indent = leadingSpaces(line);
        if (indent == 0) {
            if (const auto m = usage.match(line); m.hasMatch() && help.synopsis.isEmpty()) {
                help.synopsis = m.captured(1);
            } else if (trimmed.endsWith(QLatin1Char(':'))) {
                help.sections.push_back({trimmed.chopped(1), {}});
                section = &help.sections.back();
            } else if (const int colon = trimmed.indexOf(QLatin1String(": ")); colon > 0 && !help.sections.empty()) {
                help.notes.push_back({trimmed.left(colon), trimmed.mid(colon + 2).trimmed()});
                section = nullptr;
            } else {
                help.description << trimmed;
            }
            continue;
        }
        if (!section)
            continue;
        if (indent <= 2 || section->entries.empty()) {
            Entry entry;
            if (const auto m = gap.match(trimmed); m.hasMatch()) {
                entry.term = trimmed.left(m.capturedStart(1));
                entry.description = trimmed.mid(m.capturedEnd(1));
            } else {
                entry.term = trimmed;
            }
            section->entries.push_back(entry);
        } else if (Entry &last = section->entries.back(); last.description.isEmpty() && indent < 20) {
            append(last.term, trimmed);
        } else {
            append(last.description, trimmed);
        }
    }
    while (!help.description.isEmpty() && help.description.last().isEmpty())
        help.description.removeLast();
    return help;
}

// Text as roff reads it: backslashes and hyphens escaped, no line starting with a control character.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\\(dq")) + QLatin1Char('"');
}

QString entries(const std::vector<Entry> &list)
{
    QString out;
    for (const Entry &e : list) {
        if (e.description.isEmpty())
            out += QStringLiteral(".PP\n\\fB%1\\fR\n").arg(roff(e.term));
        else
            out += QStringLiteral(".TP\n\\fB%1\\fR\n%2\n").arg(roff(e.term), roff(e.description));
    }
    return out;
}

QString page(const Help &help, const QString &name, const QString &date, const QString &source, const QString &extra)
{
    QString summary = help.description.value(0, name);
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    if (summary.size() > 1 && summary.at(0).isUpper() && summary.at(1).isLower())
        summary[0] = summary.at(0).toLower();

    QString out = QStringLiteral(".\\\" Generated by iitalent-manpage from %1 --help; do not edit.\n").arg(name);
    out += QStringLiteral(".TH %1 1 %2 %3 \"User Commands\"\n").arg(name.toUpper(), quoted(date), quoted(source));
    out += QStringLiteral(".ad l\n.nh\n"); // commands and options read better unjustified, unhyphenated
    out += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roff(name), roff(summary));
    out += QStringLiteral(".SH SYNOPSIS\n.B %1\n%2\n").arg(roff(name), roff(help.synopsis));
    out += QStringLiteral(".SH DESCRIPTION\n");
    for (const QString &line : help.description)
        out += line.isEmpty() ? QStringLiteral(".PP\n") : roff(line) + QLatin1Char('\n');
    bool commands = false;
    QString options;
    QString arguments;
    for (const Section &s : help.sections) {
        if (s.title.compare(QLatin1String("options"), Qt::CaseInsensitive) == 0) {
            options += entries(s.entries);
        } else if (s.title.compare(QLatin1String("arguments"), Qt::CaseInsensitive) == 0) {
            arguments += entries(s.entries);
        } else {
            if (!commands)
                out += QStringLiteral(".SH COMMANDS\n");
            commands = true;
            out += QStringLiteral(".SS %1\n").arg(quoted(roff(s.title)));
            out += entries(s.entries);
        }
    }
    if (!options.isEmpty())
        out += QStringLiteral(".SH OPTIONS\n") + options;
    if (!arguments.isEmpty())
        out += QStringLiteral(".SH ARGUMENTS\n") + arguments;
    if (!help.notes.empty())
        out += QStringLiteral(".SH NOTES\n") + entries(help.notes);
    out += extra;
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "iitalent-manpage: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption programOpt(QStringLiteral("program"), QStringLiteral("The program to run."),
                                        QStringLiteral("path"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Its name."), QStringLiteral("name"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("The release date."),
                                     QStringLiteral("date"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"), QStringLiteral("Package and version."),
                                       QStringLiteral("text"));
    const QCommandLineOption extraOpt(QStringLiteral("extra"), QStringLiteral("Sections to append."),
                                      QStringLiteral("file"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("The page to write."),
                                    QStringLiteral("file"));
    parser.addOptions({programOpt, nameOpt, dateOpt, sourceOpt, extraOpt, outOpt});
    parser.process(app);
    for (const auto &opt : {programOpt, nameOpt, dateOpt, sourceOpt, outOpt})
        if (!parser.isSet(opt))
            return fail(QStringLiteral("--%1 is needed").arg(opt.names().constFirst()));

    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    program.setProcessEnvironment(env);
    program.start(parser.value(programOpt), {QStringLiteral("--help")});
    if (!program.waitForFinished(60000) || program.exitStatus() != QProcess::NormalExit || program.exitCode() != 0)
        return fail(QStringLiteral("%1 --help failed: %2 %3")
                        .arg(parser.value(programOpt), program.errorString(),
                             QString::fromUtf8(program.readAllStandardError())));
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    const Help parsed = parse(help);
    if (parsed.synopsis.isEmpty() || parsed.sections.empty())
        return fail(QStringLiteral("%1 --help has no usage line or no sections").arg(parser.value(programOpt)));

    QString extra;
    if (parser.isSet(extraOpt)) {
        QFile file(parser.value(extraOpt));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        extra = QString::fromUtf8(file.readAll());
    }
    QSaveFile out(parser.value(outOpt));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(page(parsed, parser.value(nameOpt), parser.value(dateOpt), parser.value(sourceOpt), extra).toUtf8()) <
            0 ||
        !out.commit())
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
