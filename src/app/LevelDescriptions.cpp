#include "LevelDescriptions.h"

#include "Levels.h"

#include <QCoreApplication>

namespace iitalent::gui {

QString LevelDescriptions::name(int level, Language language)
{
    return Level::display(level, language);
}

QString LevelDescriptions::meaning(int level, const QString &dimension)
{
    if (isKnowledge(dimension)) {
        switch (level) {
        case 0: return QCoreApplication::translate("LevelDescriptions", "Has not learned it yet");
        case 1: return QCoreApplication::translate("LevelDescriptions", "Knows what it is and what it is for");
        case 2: return QCoreApplication::translate("LevelDescriptions", "Understands it and can explain it");
        case 3: return QCoreApplication::translate("LevelDescriptions", "Commands it and applies it on their own");
        case 4: return QCoreApplication::translate("LevelDescriptions", "Knows it in depth and can teach it");
        default: return {};
        }
    }
    switch (level) {
    case 0: return QCoreApplication::translate("LevelDescriptions", "Cannot do it yet");
    case 1: return QCoreApplication::translate("LevelDescriptions", "Has seen it done; can help with guidance");
    case 2: return QCoreApplication::translate("LevelDescriptions", "Does routine work of this kind alone");
    case 3: return QCoreApplication::translate("LevelDescriptions", "Does it well, including complex cases");
    case 4: return QCoreApplication::translate("LevelDescriptions", "Solves the hardest cases and guides others");
    default: return {};
    }
}

} // namespace iitalent::gui
