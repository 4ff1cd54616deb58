#pragma once

#include "Catalog.h"

#include <nlohmann/json_fwd.hpp> // the whole of json.hpp only where the JSON is built or read

namespace iitalent {

// The catalog as JSON, schema "iitalent.catalog/1" (what `iitalent-cli catalog export` prints).
nlohmann::ordered_json catalogToJson(const Catalog &catalog);
nlohmann::ordered_json roleToJson(const Catalog &catalog, const Role &role);
nlohmann::ordered_json requirementToJson(const Requirement &req);

// Conversions between QString and the UTF-8 std::string that nlohmann::json holds.
std::string toStd(const QString &s);
QString fromStd(const std::string &s);

} // namespace iitalent
