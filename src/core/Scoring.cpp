#include "Scoring.h"

#include "Assessment.h"

#include <cmath>
#include <cstdlib>

namespace iitalent {

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

QStringList unassessedDimensions(const Score &score)
{
    QStringList keys;
    for (const DimensionScore &d : score.dimensions)
        if (d.items > 0 && !isAssessed(d))
            keys << d.key;
    return keys;
}

qint64 pointChangeTenths(double change)
{
    // Rounded once from the exact figure. The tolerance (a ten-millionth of a tenth) only absorbs
    // the binary representation of a change that is exactly a half, such as 1/80 = 1.25 points.
    const double tenths = change * 1000.0;
    const double magnitude = std::floor(std::abs(tenths) + 0.5 + 1e-7);
    return static_cast<qint64>(tenths < 0 ? -magnitude : magnitude);
}

namespace {

QString tenthsText(qint64 d, bool plus)
{
    return QStringLiteral("%1%2.%3")
        .arg(d < 0 ? QStringLiteral("-") : (plus ? QStringLiteral("+") : QString()))
        .arg(std::abs(d) / 10)
        .arg(std::abs(d) % 10);
}

} // namespace

QString pointChangeNumber(double change)
{
    return tenthsText(pointChangeTenths(change), false);
}

QString pointChangeText(double change, Language language)
{
    // The unit as each language writes it: "pt" is not read as percentage points in Chinese.
    return tenthsText(pointChangeTenths(change), true) +
           (language == Language::Chinese ? QStringLiteral("个百分点") : QStringLiteral(" pt"));
}

Score Scoring::score(const Catalog &catalog, const Role &role, const Assessment &assessment)
{
    return scoreWith(catalog, role, [&](const Requirement &req) -> std::optional<std::optional<int>> {
        return assessment.level(req.id); // every requirement counts; unanswered is nullopt
    });
}

} // namespace iitalent
