#pragma once

#include "DisplayLanguage.h"

#include <QString>

class QTranslator;

namespace iitalent::gui {

// The language of the user interface and of catalog names (see DisplayLanguage.h in the core).
using iitalent::Language;

// Chooses and installs the translation. Chinese is the default; English when the system locale
// is English or the user chose it (setting "ui/language": "zh", "en" or empty for the system).
class LanguageManager final
{
public:
    // The user's choice: "zh", "en" or "" (follow the system).
    static QString preference();
    static void setPreference(const QString &code);

    // The language that a preference ("zh", "en" or "") means on this system.
    static Language resolve(const QString &preference);

    // Installs the translators for a language into the application, replacing earlier ones.
    static void apply(Language language);
    static Language current();
};

} // namespace iitalent::gui
