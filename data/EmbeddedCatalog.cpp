#include "EmbeddedCatalog.h"

#include <QFile>

namespace iitalent {

Result<Catalog> loadEmbeddedCatalog()
{
    QFile file(QStringLiteral(":/iitalent/catalog.sqlite"));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Catalog>::failure(QStringLiteral("The built-in catalog is missing from this build of iitalent."));
    return Catalog::loadFromBytes(file.readAll(), QStringLiteral("The built-in catalog"));
}

Result<Catalog> loadCatalog(const QString &path)
{
    return path.isEmpty() ? loadEmbeddedCatalog() : Catalog::load(path);
}

} // namespace iitalent
