#pragma once

#include "DisplayLanguage.h"

#include <QString>

namespace iitalent {

// Proficiency levels of the standard's level words: 0 未具备 (not yet), 1 了解 (aware),
// 2 熟悉 (familiar), 3 掌握 (proficient), 4 精通 (expert).
namespace Level {
constexpr int NotYet = 0;
constexpr int Aware = 1;
constexpr int Familiar = 2;
constexpr int Proficient = 3;
constexpr int Expert = 4;
constexpr int Min = NotYet;
constexpr int Max = Expert;
// The level of an item that contains none of the level words.
constexpr int Default = Familiar;

QString nameZh(int level);
QString nameEn(int level);
// "2 熟悉" / "2 Familiar"
QString display(int level, Language language);
} // namespace Level

// What the level rule found in a requirement item: the required level, the word it came from
// (empty when the item has none, which means Level::Default) and where the word starts.
struct LevelMatch final
{
    int level = Level::Default;
    QString word;
    int position = -1;
};

// The rule that turns a requirement's wording into its required level: the earliest occurrence of
// any level word wins; at the same position the longer word wins.
class LevelRule final
{
public:
    static LevelMatch classify(const QString &text);

    // The competency statement of a requirement: its text after the level word, without trailing
    // punctuation or whitespace. Identical statements across roles are one competency.
    static QString statement(const QString &text);
};

} // namespace iitalent
