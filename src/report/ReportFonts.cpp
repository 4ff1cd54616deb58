#include "ReportFonts.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QStringList>

#include <mutex>

namespace iitalent::report {

namespace {

struct Choice
{
    QString family;
    bool preferred = false;
};

const Choice &choice()
{
    static Choice chosen;
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList preferred{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
                                    QStringLiteral("AR PL UMing CN")};
        QStringList families = QFontDatabase::families();
        // A font installed after fontconfig's cache was built is still found by its file.
        if (!families.contains(preferred.first())) {
            for (const char *file :
                 {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"}) {
                if (QFileInfo::exists(QString::fromLatin1(file)))
                    QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            }
            families = QFontDatabase::families();
        }
        for (const QString &f : preferred) {
            if (families.contains(f)) {
                chosen = {f, true};
                return;
            }
        }
        for (const QString &f : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")}) {
            if (families.contains(f)) {
                chosen = {f, false};
                return;
            }
        }
        chosen = {QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(), false};
    });
    return chosen;
}

} // namespace

QString reportFontFamily()
{
    return choice().family;
}

bool reportFontIsPreferred()
{
    return choice().preferred;
}

} // namespace iitalent::report
