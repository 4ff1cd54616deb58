#pragma once

#include "AssessmentStore.h"
#include "Result.h"

namespace iitalent {

// What `store copy` did.
struct StoreCopyCounts
{
    int assessments = 0;  // stored in the target now (new there)
    int updated = 0;      // in both with different content, the source's newer: replaced
    int unchanged = 0;    // in both already, identical (or the target's newer: kept)
    int ratings = 0;      // ratings of the assessments stored or replaced
    int cohorts = 0;      // cohorts and rounds created in the target
    int memberships = 0;  // assessments that became members of a cohort in the target
    int roundRecords = 0; // must-haves, consensus levels and decisions written
};

// Copies every assessment (with its ratings), cohort, membership and hiring round record from
// one store to another, e.g. a SQLite file into a new team store, or a team store into a file as
// a backup. All of it is one transaction of the target: all is copied or nothing. It can be run
// again: what the target has already is left as it is, and an assessment both have in different
// versions keeps the one updated later. A cohort is matched by its name; one of another kind in
// the target is an error.
Result<StoreCopyCounts> copyStore(AssessmentStore &from, AssessmentStore &to);

} // namespace iitalent
