#pragma once

#include "Catalog.h"
#include "Result.h"

namespace iitalent {

// The catalog compiled from data/catalog at build time and embedded in the program.
Result<Catalog> loadEmbeddedCatalog();

// The embedded catalog, or the file at `path` when one is given (--catalog PATH).
Result<Catalog> loadCatalog(const QString &path);

} // namespace iitalent
