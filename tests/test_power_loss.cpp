// Power loss, not just a crash: a process killed with SIGKILL leaves its writes in the kernel's
// page cache, so a crash test cannot tell whether the store syncs its commits. Here an SQLite VFS
// wraps the "unix" one and keeps, for every file, the bytes that would survive a power cut: those
// the file had when it was opened, replaced by its whole contents each time it is synced. Cutting
// the power writes those bytes into a fresh folder, which is opened as the store after a reboot.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "Sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

using namespace iitalent;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// An SQLite VFS, the default one while it lives, that forwards everything to the "unix" VFS and
// remembers each file's durable bytes. Writes that were never synced are what a power cut loses;
// a file deleted is gone at once (the harsher case: a journal removed before the file it protects
// was synced is lost too). A new file is there after a reboot once it has been synced (its name
// in the folder is taken as durable then: SQLite does not sync the folder after creating a WAL).
// Locks and shared memory (-shm, rebuilt on opening) are the unix VFS's own, untouched.
class PowerLossVfs final
{
public:
    PowerLossVfs()
    {
        m_real = sqlite3_vfs_find("unix");
        if (!m_real)
            return;
        m_vfs.iVersion = 3;
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        m_vfs.mxPathname = m_real->mxPathname;
        m_vfs.pNext = nullptr;
        m_vfs.zName = "iitalent-power-loss";
        m_vfs.pAppData = this;
        m_vfs.xOpen = &PowerLossVfs::open;
        m_vfs.xDelete = &PowerLossVfs::remove;
        m_vfs.xAccess = [](sqlite3_vfs *v, const char *name, int flags, int *out) {
            return real(v)->xAccess(real(v), name, flags, out);
        };
        m_vfs.xFullPathname = [](sqlite3_vfs *v, const char *name, int n, char *out) {
            return real(v)->xFullPathname(real(v), name, n, out);
        };
        m_vfs.xDlOpen = [](sqlite3_vfs *v, const char *name) { return real(v)->xDlOpen(real(v), name); };
        m_vfs.xDlError = [](sqlite3_vfs *v, int n, char *out) { real(v)->xDlError(real(v), n, out); };
        m_vfs.xDlSym = [](sqlite3_vfs *v, void *lib, const char *sym) { return real(v)->xDlSym(real(v), lib, sym); };
        m_vfs.xDlClose = [](sqlite3_vfs *v, void *lib) { real(v)->xDlClose(real(v), lib); };
        m_vfs.xRandomness = [](sqlite3_vfs *v, int n, char *out) { return real(v)->xRandomness(real(v), n, out); };
        m_vfs.xSleep = [](sqlite3_vfs *v, int us) { return real(v)->xSleep(real(v), us); };
        m_vfs.xCurrentTime = [](sqlite3_vfs *v, double *out) { return real(v)->xCurrentTime(real(v), out); };
        m_vfs.xGetLastError = [](sqlite3_vfs *v, int n, char *out) { return real(v)->xGetLastError(real(v), n, out); };
        m_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *v, sqlite3_int64 *out) {
            return real(v)->xCurrentTimeInt64(real(v), out);
        };
        m_vfs.xSetSystemCall = [](sqlite3_vfs *v, const char *name, sqlite3_syscall_ptr call) {
            return real(v)->xSetSystemCall(real(v), name, call);
        };
        m_vfs.xGetSystemCall = [](sqlite3_vfs *v, const char *name) { return real(v)->xGetSystemCall(real(v), name); };
        m_vfs.xNextSystemCall = [](sqlite3_vfs *v, const char *name) {
            return real(v)->xNextSystemCall(real(v), name);
        };
        m_registered = m_real->iVersion >= 3 && sqlite3_vfs_register(&m_vfs, 1) == SQLITE_OK;
    }
    // Every connection opened through this VFS must be closed before it goes.
    ~PowerLossVfs()
    {
        if (m_registered)
            sqlite3_vfs_unregister(&m_vfs);
    }
    PowerLossVfs(const PowerLossVfs &) = delete;
    PowerLossVfs &operator=(const PowerLossVfs &) = delete;

    bool registered() const { return m_registered; }
    int syncs() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_syncs;
    }

    // The power goes off: writes the durable bytes of every file SQLite opened in `from` into
    // `to` under the same names (files that would not be there after a reboot are not written).
    // Returns the names written.
    QStringList cutPower(const QString &from, const QString &to) const
    {
        const QString fromDir = QFileInfo(from).canonicalFilePath();
        QStringList written;
        if (fromDir.isEmpty() || !QDir().mkpath(to))
            return written;
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const auto &[path, durable] : m_files) {
            const QFileInfo info(QString::fromStdString(path));
            if (!durable.exists || QFileInfo(info.absolutePath()).canonicalFilePath() != fromDir)
                continue;
            if (!test::writeFileBytes(QDir(to).filePath(info.fileName()), durable.bytes))
                return {};
            written << info.fileName();
        }
        written.sort();
        return written;
    }

private:
    struct Durable
    {
        bool exists = false;
        QByteArray bytes;
    };
    // SQLite's memory for one open file: this, then the unix VFS's own file right after it.
    struct File
    {
        sqlite3_file base;
        PowerLossVfs *vfs;
        Durable *durable; // null for a file without a name (a temporary one)
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };
    static_assert(sizeof(File) % 8 == 0, "the unix file after File must stay aligned");

    static sqlite3_vfs *real(sqlite3_vfs *vfs) { return static_cast<PowerLossVfs *>(vfs->pAppData)->m_real; }
    static File *file(sqlite3_file *f) { return reinterpret_cast<File *>(f); }
    static sqlite3_file *real(sqlite3_file *f) { return file(f)->real(); }

    // A file's whole current contents, read through its own unix file.
    static int readAll(sqlite3_file *realFile, QByteArray &out)
    {
        sqlite3_int64 size = 0;
        if (int rc = realFile->pMethods->xFileSize(realFile, &size); rc != SQLITE_OK)
            return rc;
        out = QByteArray(static_cast<qsizetype>(size), '\0');
        if (size == 0)
            return SQLITE_OK;
        return realFile->pMethods->xRead(realFile, out.data(), static_cast<int>(size), 0);
    }

    static int open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags)
    {
        auto *self = static_cast<PowerLossVfs *>(vfs->pAppData);
        File *p = file(f);
        p->base.pMethods = nullptr;
        p->vfs = self;
        p->durable = nullptr;
        int existed = 0;
        if (name && self->m_real->xAccess(self->m_real, name, SQLITE_ACCESS_EXISTS, &existed) != SQLITE_OK)
            existed = 0;
        const int rc = self->m_real->xOpen(self->m_real, name, p->real(), flags, outFlags);
        if (rc != SQLITE_OK) {
            if (p->real()->pMethods)
                p->real()->pMethods->xClose(p->real());
            return rc;
        }
        p->base.pMethods = &kMethods;
        if (!name)
            return SQLITE_OK;
        std::lock_guard<std::mutex> lock(self->m_mutex);
        const auto [it, added] = self->m_files.try_emplace(std::string(name));
        if (added && existed) {
            // First seen: what it holds now is what a reboot would find.
            it->second.exists = true;
            if (int r = readAll(p->real(), it->second.bytes); r != SQLITE_OK) {
                p->real()->pMethods->xClose(p->real());
                p->base.pMethods = nullptr;
                self->m_files.erase(it);
                return r;
            }
        }
        p->durable = &it->second;
        return SQLITE_OK;
    }

    static int remove(sqlite3_vfs *vfs, const char *name, int syncDir)
    {
        auto *self = static_cast<PowerLossVfs *>(vfs->pAppData);
        const int rc = self->m_real->xDelete(self->m_real, name, syncDir);
        if (rc == SQLITE_OK || rc == SQLITE_IOERR_DELETE_NOENT) {
            std::lock_guard<std::mutex> lock(self->m_mutex);
            Durable &d = self->m_files[std::string(name)];
            d.exists = false;
            d.bytes.clear();
        }
        return rc;
    }

    static int sync(sqlite3_file *f, int flags)
    {
        File *p = file(f);
        const int rc = p->real()->pMethods->xSync(p->real(), flags);
        if (rc != SQLITE_OK || !p->durable)
            return rc;
        QByteArray now;
        if (int r = readAll(p->real(), now); r != SQLITE_OK)
            return r;
        std::lock_guard<std::mutex> lock(p->vfs->m_mutex);
        p->durable->exists = true;
        p->durable->bytes = std::move(now);
        ++p->vfs->m_syncs;
        return SQLITE_OK;
    }

    static const sqlite3_io_methods kMethods;

    sqlite3_vfs m_vfs = {};
    sqlite3_vfs *m_real = nullptr;
    bool m_registered = false;
    mutable std::mutex m_mutex;
    std::map<std::string, Durable> m_files; // by the path SQLite opened; nodes stay where they are
    int m_syncs = 0;
};

const sqlite3_io_methods PowerLossVfs::kMethods = {
    3,
    [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); },
    [](sqlite3_file *f, void *buf, int n, sqlite3_int64 at) { return real(f)->pMethods->xRead(real(f), buf, n, at); },
    [](sqlite3_file *f, const void *buf, int n, sqlite3_int64 at) {
        return real(f)->pMethods->xWrite(real(f), buf, n, at);
    },
    // A truncation, like a write, is durable once the file is synced (its new size is read then).
    [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
    &PowerLossVfs::sync,
    [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
    [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
    [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
    [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
    // No promise that would let SQLite skip a sync: this disk keeps only what was synced.
    [](sqlite3_file *f) {
        return real(f)->pMethods->xDeviceCharacteristics(real(f)) &
               ~(SQLITE_IOCAP_SEQUENTIAL | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_BATCH_ATOMIC);
    },
    [](sqlite3_file *f, int page, int size, int extend, void volatile **out) {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    },
    [](sqlite3_file *f, int offset, int n, int flags) {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    },
    [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); },
    [](sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); },
    [](sqlite3_file *f, sqlite3_int64 at, int n, void **out) { return real(f)->pMethods->xFetch(real(f), at, n, out); },
    [](sqlite3_file *f, sqlite3_int64 at, void *page) { return real(f)->pMethods->xUnfetch(real(f), at, page); },
};

const char *const kRequirements[] = {"01.a.1", "01.a.2", "01.a.3", "01.a.4", "01.b.1",
                                     "01.b.2", "01.b.3", "01.b.4", "01.b.5", "01.b.6"};

// Cuts the power into `copyDir` and opens what a reboot finds there as the store: it must hold
// assessment `id` with exactly the `committed` levels.
void checkAfterPowerCut(const PowerLossVfs &vfs, const QString &liveDir, const QString &copyDir, const QString &id,
                        const std::vector<std::pair<QString, int>> &committed)
{
    INFO("ratings committed before the power cut: " << committed.size());
    const QStringList files = vfs.cutPower(liveDir, copyDir);
    INFO("files after the reboot: " << files.join(QStringLiteral(", ")));
    REQUIRE(files.contains(QStringLiteral("assessments.sqlite")));
    auto rebooted = AssessmentStore::open(QDir(copyDir).filePath(QStringLiteral("assessments.sqlite")));
    INFO(rebooted.error());
    REQUIRE(rebooted.ok());
    auto loaded = rebooted->load(id);
    INFO(loaded.error());
    REQUIRE(loaded.ok());
    for (const auto &[requirement, level] : committed) {
        INFO(requirement);
        CHECK(loaded->level(requirement) == level);
    }
    CHECK(loaded->answeredCount() == static_cast<int>(committed.size()));
}

// Rows 1-3 are committed with synchronous = FULL, rows 4-6 with `laterSync`, on a WAL database of
// a raw connection; returns the rows a reboot after a power cut finds.
std::vector<qint64> rowsAfterPowerCut(const char *laterSync)
{
    PowerLossVfs vfs;
    REQUIRE(vfs.registered());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString liveDir = tmp.filePath(QStringLiteral("live"));
    REQUIRE(QDir().mkpath(liveDir));
    const QString copyDir = tmp.filePath(QStringLiteral("rebooted"));
    {
        SqliteDatabase db;
        REQUIRE(
            db.open(QDir(liveDir).filePath(QStringLiteral("raw.sqlite")), SqliteDatabase::Mode::ReadWriteCreate).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                       "CREATE TABLE t(n INTEGER NOT NULL);"))
                    .ok());
        for (int n = 1; n <= 3; ++n)
            REQUIRE(db.exec(QStringLiteral("INSERT INTO t VALUES (%1);").arg(n)).ok());
        REQUIRE(db.exec(QStringLiteral("PRAGMA synchronous = %1;").arg(QString::fromUtf8(laterSync))).ok());
        for (int n = 4; n <= 6; ++n)
            REQUIRE(db.exec(QStringLiteral("INSERT INTO t VALUES (%1);").arg(n)).ok());
        auto live = db.prepare(QStringLiteral("SELECT count(*) FROM t"));
        REQUIRE(live.ok());
        REQUIRE(live->step());
        REQUIRE(live->integer(0) == 6);
        // The power goes off with the connection open, before it can checkpoint on closing.
        const QStringList files = vfs.cutPower(liveDir, copyDir);
        INFO("files after the reboot: " << files.join(QStringLiteral(", ")));
        REQUIRE(files.contains(QStringLiteral("raw.sqlite")));
    }
    std::vector<qint64> rows;
    SqliteDatabase rebooted;
    REQUIRE(rebooted.open(QDir(copyDir).filePath(QStringLiteral("raw.sqlite")), SqliteDatabase::Mode::ReadWriteCreate)
                .ok());
    auto q = rebooted.prepare(QStringLiteral("SELECT n FROM t ORDER BY n"));
    INFO(q.error());
    REQUIRE(q.ok());
    while (q->step())
        rows.push_back(q->integer(0));
    REQUIRE_FALSE(q->failed());
    return rows;
}

} // namespace

TEST_CASE("power loss: every rating the store committed survives a power cut", "[store][power]")
{
    PowerLossVfs vfs; // the default VFS before the store opens, and until it is closed
    REQUIRE(vfs.registered());
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString liveDir = tmp.filePath(QStringLiteral("live"));
    auto opened = AssessmentStore::open(QDir(liveDir).filePath(QStringLiteral("assessments.sqlite")));
    INFO(opened.error());
    REQUIRE(opened.ok());
    AssessmentStore &store = opened.value();

    Subject subject;
    subject.name = u("李明");
    subject.number = QStringLiteral("007");
    const Assessment a = Assessment::create(QStringLiteral("01"), Mode::Self, subject, QString());
    REQUIRE(store.insert(a).ok());
    std::vector<std::pair<QString, int>> committed;
    checkAfterPowerCut(vfs, liveDir, tmp.filePath(QStringLiteral("cut-0")), a.id, committed);

    // The power may go off after any commit: each must be on the disk by the time setRating returns.
    int cut = 0;
    for (const char *requirement : kRequirements) {
        const QString r = QString::fromUtf8(requirement);
        const int level = static_cast<int>((committed.size() * 3 + 1) % 5);
        auto stored = store.setRating(a.id, RatingChange::levelOnly(r, level), nowUtc());
        INFO(stored.error());
        REQUIRE(stored.ok());
        REQUIRE(stored->level == level);
        committed.emplace_back(r, level);
        checkAfterPowerCut(vfs, liveDir, tmp.filePath(QStringLiteral("cut-%1").arg(++cut)), a.id, committed);
    }
    // A changed level: the new one survives, not the one before it.
    auto changed = store.setRating(a.id, RatingChange::levelOnly(QStringLiteral("01.a.1"), 4), nowUtc());
    REQUIRE(changed.ok());
    committed.front().second = 4;
    checkAfterPowerCut(vfs, liveDir, tmp.filePath(QStringLiteral("cut-%1").arg(++cut)), a.id, committed);
    CHECK(vfs.syncs() > cut);
}

TEST_CASE("power loss: the simulated disk loses the commits that were not synced", "[store][power]")
{
    // The proof that the test above can fail: with the same VFS, commits made with less than
    // synchronous = FULL are gone after the power cut, those made with FULL before them are not.
    SECTION("synchronous = FULL keeps every commit")
    {
        CHECK(rowsAfterPowerCut("FULL") == std::vector<qint64>{1, 2, 3, 4, 5, 6});
    }
    SECTION("synchronous = NORMAL loses the commits not yet checkpointed")
    {
        CHECK(rowsAfterPowerCut("NORMAL") == std::vector<qint64>{1, 2, 3});
    }
    SECTION("synchronous = OFF loses them too")
    {
        CHECK(rowsAfterPowerCut("OFF") == std::vector<qint64>{1, 2, 3});
    }
}
