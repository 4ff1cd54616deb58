#include "FileOutput.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace iitalent {

QString safeFileName(const QString &text, const QString &fallback, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format)
            continue; // control and invisible formatting characters (bidi overrides among them)
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            out += QLatin1Char('_');
        else if (c.isSpace())
            out += QLatin1Char(' ');
        else
            out += c;
    }
    out = out.simplified();
    // No hidden files, nothing that reads as an option, no trailing dot or space (Windows drops them).
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front() == QLatin1Char('-')))
        out.remove(0, 1);
    if (out.size() > maxLength) {
        int cut = maxLength;
        if (out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
    }
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char(' ')))
        out.chop(1);
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    return out.isEmpty() ? fallback : out;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(QStringLiteral("%1 is a folder").arg(path));
    // Without overwrite the name is taken first with O_CREAT|O_EXCL, which fails for anything
    // already there (a dangling link too), so nothing that appears meanwhile is replaced.
    bool reserved = false;
    if (!overwrite) {
        if (info.exists() || info.isSymLink())
            return Status::failure(QStringLiteral("%1 already exists").arg(path));
        QFile placeholder(path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return placeholder.exists() || QFileInfo(path).isSymLink()
                       ? Status::failure(QStringLiteral("%1 already exists").arg(path))
                       : Status::failure(QStringLiteral("cannot write %1: %2").arg(path, placeholder.errorString()));
        reserved = true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString error = file.errorString();
        if (reserved)
            QFile::remove(path);
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, error));
    }
    return Status();
}

} // namespace iitalent
