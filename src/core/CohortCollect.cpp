#include "CohortCollect.h"

#include "AssessmentStore.h"
#include "CoreText.h"
#include "ExchangeFile.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace iitalent {

QStringList CohortCollect::expand(const QStringList &sources)
{
    QStringList out;
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.isDir()) {
            out << source;
            continue;
        }
        QStringList files;
        QDirIterator it(source, ExchangeFile::namePatterns(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        std::sort(files.begin(), files.end());
        out << files;
    }
    return out;
}

CohortCollect::Result CohortCollect::run(AssessmentStore &store, const Catalog &catalog, qint64 cohort,
                                         const QStringList &sources, bool replaceWithNewer, const Progress &progress,
                                         const QString &onlyRole)
{
    auto otherRole = [&](const QString &role) {
        return CoreText::tr("it is an assessment of role %1; this round is for role %2").arg(role, onlyRole);
    };
    Result result;
    const QStringList items = expand(sources);
    std::vector<Assessment> batch;
    std::vector<Entry> batchEntries;

    auto record = [&](Entry e) {
        switch (e.kind) {
        case Entry::Kind::Added:
            ++result.added;
            if (e.imported)
                ++result.imported;
            break;
        case Entry::Kind::AlreadyPresent: ++result.alreadyPresent; break;
        case Entry::Kind::Conflict: break;
        case Entry::Kind::Refused: ++result.refused; break;
        }
        result.entries.push_back(std::move(e));
    };
    auto flush = [&]() -> bool {
        if (batch.empty())
            return true;
        auto done = store.collectIntoCohort(cohort, batch, replaceWithNewer);
        if (!done) {
            result.failure = done.error();
            batch.clear();
            batchEntries.clear();
            return false;
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            Entry e = std::move(batchEntries[i]);
            const AssessmentStore::Collected &c = done.value()[i];
            using K = AssessmentStore::Collected::Kind;
            e.storedUpdated = c.storedUpdated;
            e.fileUpdated = batch[i].updated;
            e.imported = c.kind == K::Imported;
            if (c.kind == K::Conflict || c.kind == K::ReplacedOlder || c.kind == K::KeptNewer) {
                ++result.conflicts;
                e.conflict = true;
                e.resolved = c.kind != K::Conflict;
                e.replaced = c.kind == K::ReplacedOlder;
            }
            if (c.kind == K::Conflict)
                e.kind = Entry::Kind::Conflict;
            else
                e.kind = c.wasMember ? Entry::Kind::AlreadyPresent : Entry::Kind::Added;
            record(std::move(e));
        }
        batch.clear();
        batchEntries.clear();
        return true;
    };

    int done = 0;
    for (const QString &item : items) {
        Entry e;
        e.source = item;
        if (QFileInfo(item).exists()) {
            ParsedAssessment parsed = ExchangeFile::read(item, catalog);
            if (!parsed.ok()) {
                e.problems = parsed.problems;
                record(std::move(e));
            } else if (!onlyRole.isEmpty() && parsed.assessment->role != onlyRole) {
                e.id = parsed.assessment->id;
                e.subject = parsed.assessment->subject.name;
                e.problems << otherRole(parsed.assessment->role);
                record(std::move(e));
            } else {
                e.id = parsed.assessment->id;
                e.subject = parsed.assessment->subject.name;
                batch.push_back(std::move(*parsed.assessment));
                batchEntries.push_back(std::move(e));
                if (static_cast<int>(batch.size()) >= BatchSize && !flush())
                    return result;
            }
        } else {
            // Not a file: a stored assessment's id (or the start of one).
            if (!flush())
                return result;
            auto id = store.resolveId(item);
            if (!id) {
                e.problems << CoreText::tr("there is no such file, folder or stored assessment");
                record(std::move(e));
            } else if (auto stored = store.load(id.value());
                       !onlyRole.isEmpty() && stored && stored->role != onlyRole) {
                e.id = id.value();
                e.subject = stored->subject.name;
                e.problems << otherRole(stored->role);
                record(std::move(e));
            } else {
                e.id = id.value();
                auto added = store.addToCohort(cohort, {id.value()});
                if (!added) {
                    result.failure = added.error();
                    return result;
                }
                e.kind = added->added > 0 ? Entry::Kind::Added : Entry::Kind::AlreadyPresent;
                record(std::move(e));
            }
        }
        ++done;
        if (progress && !progress(done, static_cast<int>(items.size()))) {
            result.cancelled = true;
            break;
        }
    }
    flush();
    return result;
}

QString CohortCollect::onlyRoleOf(const Cohort &cohort)
{
    return cohort.kind == CohortKind::Hiring && cohort.roles.size() == 1 ? cohort.roles.first() : QString();
}

} // namespace iitalent
