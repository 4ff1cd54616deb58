#include "FileOutput.h"

#include "CoreText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString groupDocumentFileName(const QStringList &groupNames, const QString &roleCode)
{
    QStringList names;
    const int each = std::max(12, 60 / std::max(1, static_cast<int>(groupNames.size())));
    for (const QString &name : groupNames)
        names << safeFileName(name, QStringLiteral("cohort"), each);
    const QString role = safeFileName(CoreText::tr("role %1").arg(roleCode), QStringLiteral("role"), 20);
    return QStringLiteral("%1 (%2)").arg(names.join(QStringLiteral(" → ")), role);
}

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// The permissions a new file gets: owner-only (0600, narrowed further by the umask), since what
// iitalent writes (reports, class and hiring documents, exchange files) holds people's data. Read
// once when the library is loaded, before any thread can create files meanwhile (reading the
// umask means setting it).
const mode_t g_newFileMode = [] {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0600 & ~mask);
}();

Status writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Status::failure(systemError(errno));
        }
        data += n;
        left -= n;
    }
    if (::fsync(fd) != 0 && errno != EINVAL)
        return Status::failure(systemError(errno));
    return {};
}

// Without a rename that refuses to replace, nor hard links (some network and FUSE mounts):
// create the name exclusively and write the bytes into it.
Status writeExclusively(const QString &path, const QByteArray &target, const QByteArray &bytes)
{
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, g_newFileMode);
    if (fd < 0)
        return Status::failure(errno == EEXIST ? QStringLiteral("%1 already exists").arg(path)
                                               : QStringLiteral("cannot write %1: %2").arg(path, systemError(errno)));
    Status written = writeAll(fd, bytes);
    if (::close(fd) != 0 && written)
        written = Status::failure(systemError(errno));
    if (!written) {
        ::unlink(target.constData());
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, written.error()));
    }
    return {};
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool overwrite)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Status::failure(QStringLiteral("%1 is a folder").arg(path));
    if (!overwrite && (info.exists() || info.isSymLink()))
        return Status::failure(QStringLiteral("%1 already exists").arg(path));
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Status::failure(QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder));

    // The bytes go into a new file beside the target, which takes the target's name only when
    // complete: a reader never sees half a file, and a failure leaves the target as it was.
    QByteArray temp = QFile::encodeName(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, systemError(errno)));
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    // A replaced file keeps its permissions (a report made owner-only stays so); a new one gets
    // what the umask gives.
    mode_t mode = g_newFileMode;
    struct stat existing = {};
    if (overwrite && ::stat(target.constData(), &existing) == 0 && S_ISREG(existing.st_mode))
        mode = existing.st_mode & 07777;
    Status written = writeAll(fd, bytes);
    if (written && ::fchmod(fd, mode) != 0)
        written = Status::failure(systemError(errno));
    if (::close(fd) != 0 && written)
        written = Status::failure(systemError(errno));
    if (!written) {
        ::unlink(temp.constData());
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, written.error()));
    }
    int rc = 0;
    if (overwrite) {
        // rename replaces whatever has the name, a link included, and never writes through it.
        rc = ::rename(temp.constData(), target.constData());
    } else {
        // Never replaces anything, not even a dangling link or a file that appeared meanwhile.
        rc = ::renameat2(AT_FDCWD, temp.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            rc = ::link(temp.constData(), target.constData());
            if (rc == 0) {
                ::unlink(temp.constData());
            } else if (errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == ENOSYS) {
                ::unlink(temp.constData());
                return writeExclusively(path, target, bytes);
            }
        }
    }
    if (rc != 0) {
        const int error = errno;
        ::unlink(temp.constData());
        if (error == EEXIST)
            return Status::failure(QStringLiteral("%1 already exists").arg(path));
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, systemError(error)));
    }
    // The new name itself is made durable too.
    const int dirFd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return Status();
}

} // namespace iitalent
