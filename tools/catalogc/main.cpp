// iitalent-catalogc SOURCE_DIR OUTPUT.sqlite
// Compiles the catalog's JSON source into an SQLite catalog, checking it on the way, and reads
// the written file back to prove it loads. Run by the build; usable by an organisation that
// maintains its own framework.
#include "Catalog.h"
#include "CatalogSource.h"
#include "CatalogWriter.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace iitalent;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: iitalent-catalogc SOURCE_DIR OUTPUT.sqlite\n";
        return 2;
    }
    auto catalog = CatalogSource::read(args.at(1));
    if (!catalog) {
        err << "iitalent-catalogc: " << catalog.error() << "\n";
        return 1;
    }
    if (Status s = CatalogWriter::write(catalog.value(), args.at(2)); !s) {
        err << "iitalent-catalogc: " << s.error() << "\n";
        return 1;
    }
    auto check = Catalog::load(args.at(2));
    if (!check) {
        err << "iitalent-catalogc: the written catalog does not load: " << check.error() << "\n";
        return 1;
    }
    QTextStream(stdout) << "iitalent-catalogc: " << check->roles().size() << " roles, " << check->requirementCount()
                        << " requirements, " << check->competencies().size() << " competencies -> " << args.at(2)
                        << "\n";
    return 0;
}
