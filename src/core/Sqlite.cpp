#include "Sqlite.h"

#include "CoreText.h"

#include <sqlite3.h>

#include <fcntl.h>

#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <mutex>

namespace iitalent {

namespace {

// SQLite's unix VFS locks files with POSIX record locks (F_SETLK). Those belong to the process,
// and closing *any* descriptor of a file drops all of the process's locks on it: a file dialog
// that peeks into the store, a QFile, a MIME sniffer. Without its locks the connection is
// invisible to other processes, which then checkpoint and delete the WAL it still writes to.
// Open file description locks (F_OFD_SETLK, Linux 3.15) belong to the descriptor SQLite opened
// and survive any other open and close in the process; they conflict with classic POSIX locks,
// so other programs (the sqlite3 shell, an older iitalent) still see them. SQLite lets a program
// replace the system calls its unix VFS makes: its fcntl is swapped for this one once, before
// the first connection opens.
// One limit follows: SQLite shares one set of locks among the connections of a process to the
// same file, taking them through whichever connection came first. With OFD locks, two
// connections in one process to one file can leave a lock held by the first one's descriptor
// (a WAL then stays after the last close, and a rollback-journal writer can wait for itself).
// iitalent keeps one connection per store file per process (the window's, or a command's).
int ofdFcntl(int fd, int op, ...)
{
    va_list ap;
    va_start(ap, op);
    void *arg = va_arg(ap, void *); // as glibc's fcntl reads it: unused by the commands without one
    va_end(ap);
#if defined(F_OFD_SETLK)
    int ofd = 0;
    if (op == F_SETLK)
        ofd = F_OFD_SETLK;
    else if (op == F_SETLKW)
        ofd = F_OFD_SETLKW;
    else if (op == F_GETLK)
        ofd = F_OFD_GETLK;
    if (ofd != 0) {
        auto *lock = static_cast<struct flock *>(arg);
        lock->l_pid = 0; // required by OFD commands
        const int rc = ::fcntl(fd, ofd, lock);
        if (rc == 0 || errno != EINVAL)
            return rc;
        // A kernel without OFD locks: the classic ones, as SQLite would have used.
    }
#endif
    return ::fcntl(fd, op, arg);
}

void useDescriptorLocks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_vfs *vfs = sqlite3_vfs_find("unix"); vfs && vfs->iVersion >= 3 && vfs->xSetSystemCall)
            vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&ofdFcntl));
    });
}

} // namespace

bool SqliteDatabase::usesDescriptorLocks()
{
    useDescriptorLocks();
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    return vfs && vfs->xGetSystemCall &&
           vfs->xGetSystemCall(vfs, "fcntl") == reinterpret_cast<sqlite3_syscall_ptr>(&ofdFcntl);
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(other.m_db), m_openErrorCode(other.m_openErrorCode)
{
    other.m_db = nullptr;
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_openErrorCode = other.m_openErrorCode;
        other.m_db = nullptr;
    }
    return *this;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status SqliteDatabase::open(const QString &path, Mode mode)
{
    close();
    useDescriptorLocks();
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray utf8 = path.toUtf8();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(utf8.constData(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        m_openErrorCode = db ? sqlite3_extended_errcode(db) : rc;
        if (db)
            sqlite3_close_v2(db);
        return Status::failure(message);
    }
    m_db = db;
    m_openErrorCode = 0;
    sqlite3_extended_result_codes(m_db, 1);
    return {};
}

Status SqliteDatabase::openBytes(const QByteArray &bytes)
{
    close();
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
    if (rc != SQLITE_OK) {
        if (db)
            sqlite3_close_v2(db);
        return Status::failure(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    // sqlite3_deserialize takes ownership of a buffer from sqlite3_malloc64.
    const auto size = static_cast<sqlite3_int64>(bytes.size());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size > 0 ? size : 1)));
    if (!buffer) {
        sqlite3_close_v2(db);
        return Status::failure(QStringLiteral("out of memory"));
    }
    if (size > 0)
        std::memcpy(buffer, bytes.constData(), static_cast<size_t>(size));
    rc = sqlite3_deserialize(db, "main", buffer, size, size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return Status::failure(message);
    }
    m_db = db;
    return {};
}

Status SqliteDatabase::exec(const QString &sql)
{
    if (!m_db)
        return Status::failure(QStringLiteral("database is not open"));
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        return Status::failure(message);
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(const QString &sql)
{
    if (!m_db)
        return Result<SqliteStatement>::failure(QStringLiteral("database is not open"));
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return Result<SqliteStatement>::failure(lastError());
    return SqliteStatement(m_db, stmt);
}

int SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, milliseconds);
}

int SqliteDatabase::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : (m_openErrorCode ? m_openErrorCode : SQLITE_MISUSE);
}

QString SqliteDatabase::explain(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return CoreText::tr("the disk is full");
    case SQLITE_READONLY: return CoreText::tr("it cannot be written: the file, its folder or the disk is read-only");
    case SQLITE_CANTOPEN:
        return CoreText::tr("it cannot be opened: its folder is missing, not writable or on a read-only disk");
    case SQLITE_PERM:
    case SQLITE_AUTH: return CoreText::tr("permission was denied");
    case SQLITE_NOTADB: return CoreText::tr("it is not an SQLite database");
    case SQLITE_CORRUPT: return CoreText::tr("it is damaged");
    case SQLITE_IOERR: return CoreText::tr("the disk reported an input/output error");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return CoreText::tr("another program kept it locked for too long");
    case SQLITE_NOMEM: return CoreText::tr("there is not enough memory");
    default: return QString();
    }
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_failed(other.m_failed)
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

Status SqliteStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    Status status;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        status = Status::failure(error());
    reset();
    return status;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray SqliteStatement::rawText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray::fromRawData(data, size) : QByteArray();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace iitalent
