#pragma once

#include "Assessment.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace iitalent {

class AssessmentStore;
class Catalog;

// Imports exchange files into a store, each all or nothing: the one workflow that the window
// and the command line both run (reading and checking a file, what a file whose assessment is
// already stored does, the counts at the end).
class ExchangeImport final
{
public:
    // What to do with a file whose assessment id is already stored; the "all" answers hold for
    // the rest of the run, so 25 duplicates are answered once.
    enum class Choice { Replace, Skip, ReplaceAll, SkipAll };
    // Asked for each such file (unless an earlier "all" answer holds).
    using AskDuplicate = std::function<Choice(const Assessment &incoming, const QString &path)>;

    struct Outcome
    {
        enum class Kind { Imported, Replaced, Skipped, Refused };
        QString path;
        Kind kind = Kind::Refused;
        QString id;
        QString subject;
        QString role;
        Mode mode = Mode::Self;
        int ratings = 0;
        QStringList problems; // why a file was refused or skipped
    };

    struct Result
    {
        std::vector<Outcome> outcomes; // one per path, in order
        int imported = 0;
        int replaced = 0;
        int skipped = 0;
        int refused = 0;
        QStringList storedIds() const; // imported and replaced
    };

    static Result run(AssessmentStore &store, const Catalog &catalog, const QStringList &paths,
                      const AskDuplicate &askDuplicate);
    // Never asks: a duplicate is replaced, or skipped with the reason given.
    static AskDuplicate always(Choice choice);
};

} // namespace iitalent
