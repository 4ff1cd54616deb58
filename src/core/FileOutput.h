#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace iitalent {

// A file name made from people's text (a subject's name): path separators, characters that
// Windows or macOS reserve, control characters and leading dots or dashes are replaced, device
// names such as CON or LPT1 are prefixed, and the result is cut to `maxLength` characters.
// `fallback` is used when nothing usable remains.
QString safeFileName(const QString &text, const QString &fallback = QStringLiteral("report"), int maxLength = 80);

// Writes `bytes` to `path` through a temporary file that replaces it only when complete, so a
// reader never sees half a file. An existing file is kept (and an error returned) unless
// `overwrite` is true. A new file is created owner-only (0600): what iitalent writes holds
// people's data; a replaced file keeps its permissions.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool overwrite);

} // namespace iitalent
