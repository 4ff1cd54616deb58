#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace iitalent {

class SqliteStatement;

// A thin RAII wrapper of an SQLite connection. Errors come back as Status with SQLite's message.
class SqliteDatabase final
{
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    Status open(const QString &path, Mode mode);
    // True when SQLite locks files with open file description locks, which no other open and
    // close of the same file in this process can drop (see Sqlite.cpp). Set up by the first open.
    static bool usesDescriptorLocks();
    // Opens an in-memory, read-only copy of a database file's bytes (e.g. from a Qt resource).
    Status openBytes(const QByteArray &bytes);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    QString lastError() const;
    // SQLite's extended result code of the last call that failed on this connection.
    int lastErrorCode() const;
    // What an SQLite result code means for the person whose file it is, in a few words: "the disk
    // is full", "it is damaged", "it is read-only" ...; empty for codes without a plain meaning.
    static QString explain(int code);
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    // How long a statement waits for another connection's lock before giving up.
    void setBusyTimeout(int milliseconds);
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    int m_openErrorCode = 0; // why the last open failed, when m_db is null
};

// A prepared statement. step() returns true while there is a row; check error() after the loop.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindNull(int index);
    bool step();
    // Runs a statement that returns no rows; resets it so it can be bound and run again.
    Status run();
    void reset();

    QString text(int column) const;
    // The column's UTF-8 bytes without a copy: valid until the next step() or reset().
    QByteArray rawText(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    bool failed() const { return m_failed; }
    QString error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace iitalent
