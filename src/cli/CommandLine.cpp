#include "CommandLine.h"

#include "FileOutput.h"

#include <QFileInfo>

namespace iitalent::cli {

bool Arguments::parse(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positional << args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (flags.contains(name)) {
            if (hasInlineValue) {
                m_error = QStringLiteral("--%1 takes no value").arg(name);
                return false;
            }
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("--%1 needs a value").arg(name);
                    return false;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
    }
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

} // namespace iitalent::cli
