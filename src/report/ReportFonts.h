#pragma once

#include <QString>

namespace iitalent::report {

// The font family reports are set in. PDF needs a TrueType font with Chinese glyphs so that the
// font is embedded with a correct Unicode map (text can be searched and copied): WenQuanYi Micro
// Hei (Debian's fonts-wqy-microhei, which scripts/deps.sh installs) first. CFF fonts such as Noto
// Sans CJK embed too but map some characters to look-alike radicals (工 becomes ⼯), so they are
// only a fallback. Safe to call from any thread once a QGuiApplication exists.
QString reportFontFamily();

// True when reportFontFamily() is one of the preferred TrueType fonts.
bool reportFontIsPreferred();

} // namespace iitalent::report
