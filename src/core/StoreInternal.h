#pragma once

// What the store's engines share of AssessmentStore's SQL (AssessmentStore.cpp): the SQLite
// engine runs these on the backups beside a store file as well.
#include "Assessment.h"
#include "Result.h"
#include "StoreConnection.h"

namespace iitalent::store {

// The ids of a person's assessments (isSamePerson), optionally of one role, oldest first.
Result<QStringList> idsOfPerson(StoreConnection &db, const Subject &person, const QString &role = QString());
// Deletes (in a transaction of the caller's) the assessments `ids` and, when `person` has a
// name, every assessment of that person; returns how many.
Result<int> deleteAssessments(StoreConnection &db, const Subject &person, QStringList ids);
// Deletes (in a transaction of the caller's) the consensus levels and decisions hiring rounds
// recorded about a person; returns how many rows.
Result<int> deleteRoundRecords(StoreConnection &db, const Subject &person);
// Deletes the rows of a round table (candidate_name, candidate_organisation, candidate_number)
// whose candidate is the person; none when the table does not exist. Returns how many.
Result<int> deleteRowsAbout(StoreConnection &db, const char *table, const Subject &person);

} // namespace iitalent::store
