#include "ExchangeImport.h"

#include "AssessmentStore.h"
#include "ExchangeFile.h"

namespace iitalent {

QStringList ExchangeImport::Result::storedIds() const
{
    QStringList ids;
    for (const Outcome &o : outcomes)
        if (o.kind == Outcome::Kind::Imported || o.kind == Outcome::Kind::Replaced)
            ids << o.id;
    return ids;
}

ExchangeImport::AskDuplicate ExchangeImport::always(Choice choice)
{
    return [choice](const Assessment &, const QString &) { return choice; };
}

ExchangeImport::Result ExchangeImport::run(AssessmentStore &store, const Catalog &catalog, const QStringList &paths,
                                           const AskDuplicate &askDuplicate)
{
    Result result;
    std::optional<Choice> forAll;
    for (const QString &path : paths) {
        Outcome o;
        o.path = path;
        ParsedAssessment parsed = ExchangeFile::read(path, catalog);
        if (!parsed.ok()) {
            o.problems = parsed.problems;
            ++result.refused;
            result.outcomes.push_back(std::move(o));
            continue;
        }
        const Assessment &a = *parsed.assessment;
        o.id = a.id;
        o.subject = a.subject.name;
        o.role = a.role;
        o.mode = a.mode;
        o.ratings = a.answeredCount();
        const bool exists = store.contains(a.id);
        if (exists) {
            Choice choice = forAll ? *forAll : askDuplicate(a, path);
            if (choice == Choice::ReplaceAll || choice == Choice::SkipAll) {
                forAll = choice;
                choice = choice == Choice::ReplaceAll ? Choice::Replace : Choice::Skip;
            }
            if (choice == Choice::Skip) {
                o.kind = Outcome::Kind::Skipped;
                o.problems << QStringLiteral("assessment %1 is already stored; it was kept as it is").arg(a.id);
                ++result.skipped;
                result.outcomes.push_back(std::move(o));
                continue;
            }
        }
        const Status written = exists ? store.replace(a) : store.insert(a);
        if (!written) {
            o.problems << written.error();
            ++result.refused;
        } else if (exists) {
            o.kind = Outcome::Kind::Replaced;
            ++result.replaced;
        } else {
            o.kind = Outcome::Kind::Imported;
            ++result.imported;
        }
        result.outcomes.push_back(std::move(o));
    }
    return result;
}

} // namespace iitalent
