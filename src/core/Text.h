#pragma once

#include <QString>

namespace iitalent {

// People's text (a name) set apart from the text around it for the Unicode bidirectional
// algorithm: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. A name such as
// "王明 محمد العلي" joined with a role and a date ("王明 محمد العلي · 10 · 自评") otherwise pulls the
// separators and numbers into its right-to-left run and the title reads scrambled. Every title,
// tab and header that joins a name with other text isolates the name with this.
inline QString isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace iitalent
