#pragma once

#include "Assessment.h"
#include "Result.h"
#include "Scoring.h"

#include <optional>
#include <vector>

namespace iitalent {

// One requirement rated in two assessments of the same role, side by side (never averaged).
struct ComparedItem final
{
    QString requirement;
    QString dimension;
    int required = 0;
    std::optional<int> first;      // the self rating when one assessment is self and the other assessor
    std::optional<int> second;     // the assessor rating in that case
    std::optional<int> difference; // first - second, when both are rated
    // "over-estimation" (self ≥ 2 above the assessor), "under-estimation" (≥ 2 below), or empty;
    // for two assessments of the same mode, "differs" when they are 2 or more apart.
    QString flag;
};

struct Comparison final
{
    QString firstId;
    QString secondId;
    QString role;
    Score firstScore;
    Score secondScore;
    std::vector<ComparedItem> items; // catalog order
    int flagged = 0;
};

// Of `others`, the assessments of the person `a` is of: isSamePerson, and, when `a` gives no
// number or organisation while `others` hold several different people of its name, only those
// with exactly its number and organisation (a 陈静 without a number is not mixed with #001 and
// #002). The rule every history and comparison of a report uses.
std::vector<const Assessment *> ofSamePerson(const Assessment &a, const std::vector<Assessment> &others);

class Comparer final
{
public:
    static constexpr int FlagDifference = 2;
    // Whether two assessments may be compared item by item: the same person (isSamePerson) and
    // the same role. Comparing two different people, even namesakes, is refused.
    static Status comparable(const Assessment &a, const Assessment &b);
    // Compares two assessments of the same role; a self/assessor pair is put in that order.
    static Result<Comparison> compare(const Catalog &catalog, const Assessment &a, const Assessment &b);
    // What a report of `a` compares with: the latest of `others` (the subject's assessments of the
    // role, oldest first) made in the other mode of the same person (isSamePerson), or nothing.
    static std::optional<Assessment> counterpartOf(const Assessment &a, const std::vector<Assessment> &others);
};

// A subject's assessments in time order and what changed between consecutive ones.
struct HistoryEntry final
{
    QString id;
    QString role;
    Mode mode = Mode::Self;
    QDateTime created;
    QDateTime updated;
    Score score;
    // Against the previous assessment of the same role in the same mode (absent for the first):
    std::optional<double> readinessChange;
    std::vector<double> attainmentChanges; // per dimension, catalog order
    std::vector<std::pair<QString, std::pair<std::optional<int>, std::optional<int>>>> changedRatings;
};

class HistoryBuilder final
{
public:
    // `assessments` oldest first, as AssessmentStore::assessmentsOf gives them. Each entry is
    // compared with the previous one of its role and mode: progress compares like with like.
    static std::vector<HistoryEntry> build(const Catalog &catalog, const std::vector<Assessment> &assessments);
    // The history a report of `a` shows: of `others` (oldest first), those of the same person,
    // role and mode as `a`, `a` itself included.
    static std::vector<Assessment> trackOf(const Assessment &a, const std::vector<Assessment> &others);
};

} // namespace iitalent
