#pragma once

#include "AssessmentStore.h"
#include "Comparison.h"
#include "ImprovementPlan.h"
#include "Report.h"
#include "RoleFit.h"
#include "Scoring.h"

#include <nlohmann/json_fwd.hpp> // the whole of json.hpp only where the JSON is built or read

namespace iitalent {

class Catalog;

// The JSON forms the CLI prints and other tools read. Numbers are not rounded.
nlohmann::ordered_json reportToJson(const Catalog &catalog, const Report &report);    // iitalent.report/1
nlohmann::ordered_json comparisonToJson(const Catalog &catalog, const Comparison &c); // iitalent.compare/1
nlohmann::ordered_json historyToJson(const QString &subject, const std::vector<HistoryEntry> &entries);
// iitalent.fit/1: each role's unanswered requirements, the ids whose answers were merged
// ("from_assessments") and the role to assess next ("assess_next", null when none).
nlohmann::ordered_json fitToJson(const Catalog &catalog, const QString &assessmentId, const PersonFit &fit);
nlohmann::ordered_json summariesToJson(const std::vector<AssessmentSummary> &summaries);
nlohmann::ordered_json scoreToJson(const Score &score);

} // namespace iitalent
