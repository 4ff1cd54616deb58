#include "CommandLine.h"

#include "FileOutput.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace iitalent::cli {

bool Arguments::parse(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    // Each command declares its options to a QCommandLineParser, as the window's main() does:
    // "--name value", "--name=value", "--" before positional words that start with a dash.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const QString &name : valueOptions)
        parser.addOption(QCommandLineOption(name, QString(), QStringLiteral("value")));
    for (const QString &name : flags)
        parser.addOption(QCommandLineOption(name));
    // The parser takes the first word for the program's name.
    if (!parser.parse(QStringList{QStringLiteral("iitalent-cli")} + args)) {
        m_error = parser.errorText();
        return false;
    }
    m_positional = parser.positionalArguments();
    for (const QString &name : flags)
        if (parser.isSet(name))
            m_flags.insert(name);
    for (const QString &name : valueOptions)
        if (parser.isSet(name))
            m_values.insert(name, parser.values(name));
    return true;
}

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

QString padded(const QString &text, int width)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns >= width ? text : text + QString(width - columns, QLatin1Char(' '));
}

int usageError(Io &io, const QString &message)
{
    io.err += QStringLiteral("iitalent-cli: %1\n").arg(message);
    return Usage;
}

int failure(Io &io, const QString &message)
{
    io.err += QStringLiteral("iitalent-cli: %1\n").arg(message);
    return Failure;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, bool force, Io &io)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        io.err += QStringLiteral("iitalent-cli: %1 is a folder; give a file name\n").arg(path);
        return false;
    }
    // A link is never followed without --force, even one that points nowhere.
    if (!force && (info.exists() || info.isSymLink())) {
        io.err += QStringLiteral("iitalent-cli: %1 exists; add --force to replace it\n").arg(path);
        return false;
    }
    const Status written = writeFileAtomically(path, bytes, force);
    if (!written)
        io.err += QStringLiteral("iitalent-cli: %1%2\n")
                      .arg(written.error(), written.error().endsWith(QLatin1String("already exists"))
                                                ? QStringLiteral("; add --force to replace it")
                                                : QString());
    return written.ok();
}

QString documentText(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (utf8.startsWith("\xEF\xBB\xBF"))
        text.prepend(QChar(0xFEFF));
    return text;
}

bool emitDocument(const QString &out, const QByteArray &bytes, bool force, Io &io)
{
    if (out.isEmpty()) {
        io.out += documentText(bytes);
        return true;
    }
    if (!writeOutputFile(out, bytes, force, io))
        return false;
    io.err += QStringLiteral("wrote %1\n").arg(out);
    return true;
}

} // namespace iitalent::cli
