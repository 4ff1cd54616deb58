#pragma once

#include "Assessment.h"
#include "Cohort.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <vector>

namespace iitalent {

class AssessmentStore;
class Catalog;

// Brings a class's answers into a cohort: stored assessments by id, exchange files, and folders
// of them (searched recursively for *.json), many at once. The one workflow that the window and
// the command line both run.
//   - a file whose assessment is stored with identical content is simply added;
//   - the same id with different content is a conflict: listed with both update times, and with
//     `replaceWithNewer` the newer of the two is kept (and added);
//   - a broken file is listed with its reasons and the rest still come in.
// Files are written in batches, each one transaction.
class CohortCollect final
{
public:
    struct Entry
    {
        enum class Kind { Added, AlreadyPresent, Conflict, Refused };
        Kind kind = Kind::Refused;
        QString source; // the file, or the id as given
        QString id;
        QString subject;
        bool imported = false;   // newly stored by this run
        bool conflict = false;   // stored with different content (kind Conflict when unresolved)
        bool resolved = false;   // a conflict settled by replaceWithNewer (then also added)
        bool replaced = false;   // ... by replacing the stored assessment with the file's newer one
        QDateTime storedUpdated; // conflicts: the stored assessment's update time
        QDateTime fileUpdated;   // conflicts: the file's
        QStringList problems;    // why it was refused
    };
    struct Result
    {
        std::vector<Entry> entries;
        int added = 0;          // became members (newly stored or already stored)
        int alreadyPresent = 0; // were members already
        int conflicts = 0;      // same id, different content (resolved or not)
        int refused = 0;        // broken files, unknown ids
        int imported = 0;       // of those added, newly stored
        bool cancelled = false;
        QString failure; // the store failed: what was written before stays, nothing after
    };
    // Called as each source is done; returning false stops after the current batch.
    using Progress = std::function<bool(int done, int total)>;

    // The files and ids that `sources` name: folders become the *.json files in them (and in
    // their subfolders, not following links), in name order.
    static QStringList expand(const QStringList &sources);

    // With `onlyRole` (a hiring round's role), an assessment of another role is refused with the
    // reason, and nothing of it is stored.
    static Result run(AssessmentStore &store, const Catalog &catalog, qint64 cohort, const QStringList &sources,
                      bool replaceWithNewer, const Progress &progress = {}, const QString &onlyRole = QString());

    // The role a cohort takes assessments of only: a hiring round's one role; empty (any role)
    // for workshops and teams. Every way of adding to a cohort passes it to run().
    static QString onlyRoleOf(const Cohort &cohort);

    static constexpr int BatchSize = 500;
};

} // namespace iitalent
