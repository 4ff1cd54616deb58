#include "Language.h"

#include "ReportText.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace iitalent::gui {

namespace {

const Setting<QString> kLanguage{"ui/language", QString()};

Language g_current = Language::Chinese;
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;

} // namespace

QString LanguageManager::preference()
{
    return kLanguage.get();
}

void LanguageManager::setPreference(const QString &code)
{
    if (code.isEmpty())
        kLanguage.reset();
    else
        kLanguage.set(code);
}

Language LanguageManager::resolve(const QString &preference)
{
    return resolveLanguage(preference);
}

void LanguageManager::apply(Language language)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_current = language;
    const bool zh = language == Language::Chinese;
    const QLocale locale(zh ? QLocale::Chinese : QLocale::English, zh ? QLocale::China : QLocale::UnitedStates);
    QLocale::setDefault(locale);

    g_app = new QTranslator(app);
    if (g_app->load(report::translationResource(language)))
        QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator(app);
    if (zh && g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
}

Language LanguageManager::current()
{
    return g_current;
}

} // namespace iitalent::gui
