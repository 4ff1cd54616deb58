#pragma once

#include "Catalog.h"
#include "Result.h"

namespace iitalent {

// Writes a Catalog as an SQLite catalog file (schema Catalog::SchemaVersion). The file is
// written beside the target and renamed into place, so a failed write leaves no half file.
class CatalogWriter final
{
public:
    static Status write(const Catalog &catalog, const QString &path);
};

} // namespace iitalent
