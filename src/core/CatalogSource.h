#pragma once

#include "Catalog.h"
#include "Result.h"

namespace iitalent {

// Reads the catalog's reviewable JSON source (data/catalog: meta.json, directions.json,
// dimensions.json, improvement.json, roles/NN.json) into a Catalog. Required levels come from
// the level rule unless an item states its own; identical statements share one competency.
class CatalogSource final
{
public:
    static Result<Catalog> read(const QString &directory);
};

} // namespace iitalent
