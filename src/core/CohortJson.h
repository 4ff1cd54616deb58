#pragma once

#include "CohortReport.h"
#include "HiringRound.h"

#include <nlohmann/json_fwd.hpp> // the whole of json.hpp only where the JSON is built or read

namespace iitalent {

// iitalent.cohort-report/1: a cohort's view of one role and mode, with exactly the figures of
// CohortReport (numbers not rounded). Anonymised, `people[].name` is the participant's P-number.
nlohmann::ordered_json cohortReportToJson(const CohortReport &report);
// iitalent.cohort-compare/1: before and after.
nlohmann::ordered_json cohortChangeToJson(const CohortChange &change);
// iitalent.round-report/1: a hiring round's candidates in rank order, the agreement and the
// assessors' calibration.
nlohmann::ordered_json roundReportToJson(const RoundReport &report);
// A cohort as `cohort list` and `cohort show` print it.
nlohmann::ordered_json cohortToJson(const Cohort &cohort);

} // namespace iitalent
