#include "Levels.h"

#include <array>

namespace iitalent {

namespace {

struct LevelWord
{
    const char16_t *word;
    int level;
};

// Longer words are listed with the shorter words they start with; ties at one position are
// broken by length, so the order here does not matter.
constexpr std::array<LevelWord, 11> kLevelWords{{
    {u"熟练掌握", Level::Proficient},
    {u"熟练使用", Level::Proficient},
    {u"熟练操作", Level::Proficient},
    {u"具备一定的", Level::Familiar},
    {u"具备丰富的", Level::Expert},
    {u"具备相当的", Level::Expert},
    {u"具备", Level::Proficient},
    {u"了解", Level::Aware},
    {u"熟悉", Level::Familiar},
    {u"掌握", Level::Proficient},
    {u"精通", Level::Expert},
}};

} // namespace

QString Level::nameZh(int level)
{
    switch (level) {
    case NotYet: return QStringLiteral("未具备");
    case Aware: return QStringLiteral("了解");
    case Familiar: return QStringLiteral("熟悉");
    case Proficient: return QStringLiteral("掌握");
    case Expert: return QStringLiteral("精通");
    default: return QString();
    }
}

QString Level::nameEn(int level)
{
    switch (level) {
    case NotYet: return QStringLiteral("Not yet");
    case Aware: return QStringLiteral("Aware");
    case Familiar: return QStringLiteral("Familiar");
    case Proficient: return QStringLiteral("Proficient");
    case Expert: return QStringLiteral("Expert");
    default: return QString();
    }
}

QString Level::display(int level, Language language)
{
    return QStringLiteral("%1 %2").arg(level).arg(language == Language::Chinese ? nameZh(level) : nameEn(level));
}

LevelMatch LevelRule::classify(const QString &text)
{
    LevelMatch best;
    for (const LevelWord &lw : kLevelWords) {
        const QString word = QString::fromUtf16(lw.word);
        const int pos = text.indexOf(word);
        if (pos < 0)
            continue;
        const bool earlier = best.position < 0 || pos < best.position;
        const bool longerAtSamePos = pos == best.position && word.size() > best.word.size();
        if (earlier || longerAtSamePos) {
            best.level = lw.level;
            best.word = word;
            best.position = pos;
        }
    }
    return best;
}

QString LevelRule::statement(const QString &text)
{
    const LevelMatch match = classify(text);
    QString rest = match.position < 0 ? text : text.mid(match.position + match.word.size());
    rest = rest.trimmed();
    static const QString trailing = QStringLiteral("；;。.，,、 ");
    while (!rest.isEmpty() && trailing.contains(rest.back()))
        rest.chop(1);
    return rest.trimmed();
}

} // namespace iitalent
