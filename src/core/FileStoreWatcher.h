#pragma once

#include <functional>
#include <memory>

namespace iitalent {

class AssessmentStore;

// Follows a store file for changes made by other processes: the kiosk and iitalent-cli write to
// the same SQLite file as the window. It asks the store's own connection for SQLite's
// data_version, which changes only when another connection has committed, every `intervalMs`
// and at once when the file or its write-ahead log changes on disk (a file system watcher), and
// calls `changed` (in the thread that made it, which needs an event loop) when it moved. The
// window's own writes do not call it. The team store's counterpart is TeamStoreWatcher.
class FileStoreWatcher
{
public:
    using Changed = std::function<void()>;
    // `store` is a file store that outlives the watcher; nullptr for a team store.
    static std::unique_ptr<FileStoreWatcher> watch(AssessmentStore &store, Changed changed, int intervalMs = 500);
    ~FileStoreWatcher();

    // Asks the store now (the timer and the file system watcher call it too).
    void check();

    struct Impl;

private:
    explicit FileStoreWatcher(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace iitalent
