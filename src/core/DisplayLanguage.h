#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace iitalent {

// The language of what iitalent shows or writes: the user interface, and the reports it hands
// on. Catalog names (roles, directions, dimensions) have Chinese and English forms; requirement
// texts are always the standard's Chinese.
enum class Language { Chinese, English };

// "zh" / "en"
inline QString languageCode(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh");
}

// "zh", "zh_CN", "en", "en_GB"... ; nullopt for anything else.
inline std::optional<Language> languageFromCode(const QString &code)
{
    if (code == QLatin1String("zh") || code.startsWith(QLatin1String("zh_")) || code.startsWith(QLatin1String("zh-")))
        return Language::Chinese;
    if (code == QLatin1String("en") || code.startsWith(QLatin1String("en_")) || code.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

// The one rule for which language iitalent speaks: "zh" or "en" (or zh_CN, en_GB ...) as
// given; anything else, or nothing, follows the system: English on an English system, Chinese
// everywhere else. The window's language setting and the command line's --lang both use it.
inline Language resolveLanguage(const QString &preference)
{
    if (const auto chosen = languageFromCode(preference))
        return *chosen;
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Chinese;
}

} // namespace iitalent
