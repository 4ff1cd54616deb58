#include "Scoring.h"

#include "Assessment.h"

#include <cstdlib>

namespace iitalent {

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

QString pointChangeText(double before, double after)
{
    // From the two figures exactly as percentText prints them, then subtracted.
    const auto tenths = [](double share) {
        const QString printed = percentText(share);
        return qRound64(printed.left(printed.size() - 1).toDouble() * 10.0);
    };
    const qint64 d = tenths(after) - tenths(before);
    return QStringLiteral("%1%2.%3 pt")
        .arg(d < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(std::abs(d) / 10)
        .arg(std::abs(d) % 10);
}

Score Scoring::score(const Catalog &catalog, const Role &role, const Assessment &assessment)
{
    return scoreWith(catalog, role, [&](const Requirement &req) -> std::optional<std::optional<int>> {
        return assessment.level(req.id); // every requirement counts; unanswered is nullopt
    });
}

} // namespace iitalent
