#pragma once

#include "CommandLine.h"

namespace iitalent {
class Catalog;
}

namespace iitalent::cli {

// `roles [--direction ID] [--json]`: the directions and their roles.
int rolesCommand(const Catalog &catalog, const QStringList &args, Io &io);
// `role CODE [--json]`: one role with its duty and requirements.
int roleCommand(const Catalog &catalog, const QStringList &args, Io &io);
// `search TEXT [--json]`: which roles require something, and at which level.
int searchCommand(const Catalog &catalog, const QStringList &args, Io &io);
// `catalog export --format json [--out FILE]`: the whole catalog as JSON.
int catalogCommand(const Catalog &catalog, const QStringList &args, Io &io);

} // namespace iitalent::cli
