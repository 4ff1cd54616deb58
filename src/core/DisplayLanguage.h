#pragma once

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

} // namespace iitalent
