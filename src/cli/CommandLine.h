#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace iitalent::cli {

// The arguments of one command: positional words and --options, parsed by a QCommandLineParser
// against the options the command declares. "--name value" and "--name=value" are both
// accepted; "--" ends the options.
class Arguments final
{
public:
    // valueOptions take a value; flags do not. Anything else starting with "--" is an error.
    bool parse(const QStringList &args, const QSet<QString> &valueOptions, const QSet<QString> &flags);
    const QString &error() const { return m_error; }

    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_flags.contains(name) || m_values.contains(name); }
    // The last value given for an option, or all of them in order (`--role 16 --role 34`).
    QString value(const QString &name) const { return m_values.value(name).value(m_values.value(name).size() - 1); }
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QSet<QString> m_flags;
    QHash<QString, QStringList> m_values;
    QString m_error;
};

// Where a command writes: stdout for results, stderr for errors. Output is buffered and written
// only on success, so nothing reaches stdout when a command fails.
struct Io
{
    QString out;
    QString err;
};

// Exit statuses of iitalent-cli.
enum Exit : int { Ok = 0, Failure = 1, Usage = 2 };

// Reports a usage error and returns Usage.
int usageError(Io &io, const QString &message);
// Reports a failure and returns Failure.
int failure(Io &io, const QString &message);

// `text` padded with spaces to `width` terminal columns, counting CJK characters as two columns.
QString padded(const QString &text, int width);

// A document's UTF-8 bytes as text for stdout, keeping a byte order mark (a CSV's, for Excel)
// that QString::fromUtf8 would drop.
QString documentText(const QByteArray &utf8);

// Hands a document on: to `out` (writeOutputFile, then "wrote PATH" on stderr), or to stdout
// (documentText) when `out` is empty. False when the file could not be written.
bool emitDocument(const QString &out, const QByteArray &bytes, bool force, Io &io);

// Writes a file atomically (writeFileAtomically). An existing file, or a link, is replaced only
// with `force`; a folder is named as one.
bool writeOutputFile(const QString &path, const QByteArray &bytes, bool force, Io &io);

} // namespace iitalent::cli
