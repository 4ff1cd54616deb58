#pragma once

#include "Assessment.h"

#include <vector>

class QTemporaryDir;

namespace iitalent {
class AssessmentStore;
class Catalog;
} // namespace iitalent

namespace iitalent::bench {

// The catalog built into the program, loaded once for the benchmarks (aborts when it cannot be).
const Catalog &benchCatalog();

// A realistic synthetic class for one role: each participant has an ability that shapes their
// self-ratings around the required levels (some met, some one or two below, a few above), about
// 5% of items are unanswered, about 70% are on the job, names are drawn from common Chinese
// surnames and given names (so there are namesakes, told apart by their student numbers), and
// every 30th participant has an earlier first round as well. The same seed gives the same class.
std::vector<Assessment> generateClass(const Catalog &catalog, const QString &role, int participants,
                                      unsigned seed = 20261201);

// A hiring round "round" of role 16 in a new store file in `dir`: the generated class as
// `candidates` candidates, each rated by three interviewers who see them a little differently
// (levels shifted by -1..+1), two must-haves, and a consensus on every tenth candidate. Returns
// the store file's path.
QString makeRound(const Catalog &catalog, const QTemporaryDir &dir, int candidates);

// Stores `all` in one new cohort "bench" of `store` (collectIntoCohort, in transactions of 1,000);
// returns the cohort's id. Aborts when the store refuses.
qint64 fillStore(AssessmentStore &store, const std::vector<Assessment> &all);

} // namespace iitalent::bench
