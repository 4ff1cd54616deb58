#pragma once

#include "Language.h"

#include <QString>

namespace iitalent::gui {

// What each level 0..4 means in plain words for a dimension: knowing a topic (专业知识) reads
// differently from having an ability (综合能力, 技术技能, 工程实践). iitalent's own wording.
class LevelDescriptions final
{
public:
    static bool isKnowledge(const QString &dimension) { return dimension == QLatin1String("b"); }
    // "2 熟悉" / "2 Familiar"
    static QString name(int level, Language language);
    // The plain-words meaning in the current UI language (translated with tr()).
    static QString meaning(int level, const QString &dimension);
};

} // namespace iitalent::gui
