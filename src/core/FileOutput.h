#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace iitalent {

// A file name made from people's text (a subject's name): path separators, characters that
// Windows or macOS reserve, control characters and leading dots or dashes are replaced, device
// names such as CON or LPT1 are prefixed, and the result is cut to `maxLength` characters.
// `fallback` is used when nothing usable remains.
QString safeFileName(const QString &text, const QString &fallback = QStringLiteral("report"), int maxLength = 80);

// The name suggested for a document of a group of people (a cohort, a hiring round, or a before
// and after: several groups) for one role, without extension: the names, then the role apart in
// brackets, "智能制造班 2026-12 (role 16)" ("(岗位 16)" in Chinese), "A → B (role 16)", so that
// the role's code never reads as part of a name or a date ("智能制造班 2026-12-16"). Each name is
// made safe and cut on its own, so the role is never cut off.
QString groupDocumentFileName(const QStringList &groupNames, const QString &roleCode);

// Writes `bytes` to `path` through a temporary file that replaces it only when complete, so a
// reader never sees half a file. An existing file is kept (and an error returned) unless
// `overwrite` is true. A new file is created owner-only (0600): what iitalent writes holds
// people's data; a replaced file keeps its permissions.
Status writeFileAtomically(const QString &path, const QByteArray &bytes, bool overwrite);

} // namespace iitalent
