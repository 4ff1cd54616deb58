#include "FileStoreWatcher.h"

#include "AssessmentStore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace iitalent {

struct FileStoreWatcher::Impl
{
    AssessmentStore *store = nullptr;
    Changed changed;
    std::optional<qint64> version;
    QObject context; // owns the timer and the watcher; their connections end with it
    QTimer *timer = nullptr;
    QFileSystemWatcher *files = nullptr;
    QString path;

    // The file, its write-ahead log and shared memory (made and removed as connections come and
    // go), and the folder, which tells when they appear.
    void watchFiles()
    {
        const QFileInfo file(path);
        QStringList wanted{file.absolutePath(), file.absoluteFilePath()};
        for (const char *suffix : {"-wal", "-shm"})
            wanted << file.absoluteFilePath() + QLatin1String(suffix);
        QStringList missing;
        const QStringList watched = files->files() + files->directories();
        for (const QString &p : wanted)
            if (!watched.contains(p) && QFileInfo::exists(p))
                missing << p;
        if (!missing.isEmpty())
            files->addPaths(missing);
    }
};

std::unique_ptr<FileStoreWatcher> FileStoreWatcher::watch(AssessmentStore &store, Changed changed, int intervalMs)
{
    if (store.isTeamStore())
        return nullptr;
    auto impl = std::make_unique<Impl>();
    impl->store = &store;
    impl->changed = std::move(changed);
    impl->version = store.dataVersion();
    impl->path = store.path();
    std::unique_ptr<FileStoreWatcher> watcher(new FileStoreWatcher(std::move(impl)));
    FileStoreWatcher *self = watcher.get();
    Impl *d = self->d.get();
    d->timer = new QTimer(&d->context);
    d->timer->setInterval(intervalMs);
    QObject::connect(d->timer, &QTimer::timeout, &d->context, [self] { self->check(); });
    d->timer->start();
    d->files = new QFileSystemWatcher(&d->context);
    // A change on disk: ask at once (a little later, so that a burst of writes is asked about once).
    const auto soon = [self, d] {
        d->watchFiles(); // a write-ahead log made since, or a file replaced
        QTimer::singleShot(20, &d->context, [self] { self->check(); });
    };
    QObject::connect(d->files, &QFileSystemWatcher::fileChanged, &d->context, soon);
    QObject::connect(d->files, &QFileSystemWatcher::directoryChanged, &d->context, soon);
    d->watchFiles();
    return watcher;
}

FileStoreWatcher::FileStoreWatcher(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

FileStoreWatcher::~FileStoreWatcher() = default;

void FileStoreWatcher::check()
{
    const std::optional<qint64> now = d->store->dataVersion();
    if (!now)
        return; // in a transaction of its own: ask again later
    const bool moved = d->version && *now != *d->version;
    d->version = now;
    if (moved && d->changed)
        d->changed();
}

} // namespace iitalent
