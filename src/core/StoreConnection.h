#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace iitalent {

// What AssessmentStore needs of a database engine, and nothing more: statements with `?`
// parameters (or `?N` for a numbered one used twice), transactions, and the engine's plain words
// for a failure. Two engines implement it, each in one file: SQLite (StoreSqlite.cpp) for the
// file on one machine, PostgreSQL (StorePostgres.cpp) for a team store. The store's SQL is
// written once, in the subset both understand (ON CONFLICT, RETURNING, CAST; `rowid` is SQLite's
// implicit insertion order and a column of that name in PostgreSQL).
class StoreStatement final
{
public:
    class Impl
    {
    public:
        virtual ~Impl() = default;
        virtual void bindText(int index, const QString &value) = 0;
        virtual void bindInteger(int index, qint64 value) = 0;
        virtual void bindNull(int index) = 0;
        virtual bool step() = 0;
        virtual Status run() = 0;
        virtual void reset() = 0;
        virtual QString text(int column) const = 0;
        virtual QByteArray rawText(int column) const = 0;
        virtual qint64 integer(int column) const = 0;
        virtual bool isNull(int column) const = 0;
        virtual bool failed() const = 0;
        virtual QString error() const = 0;
    };

    explicit StoreStatement(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

    // Parameters count from 1, as in SQLite.
    StoreStatement &bind(int index, const QString &value)
    {
        m_impl->bindText(index, value);
        return *this;
    }
    StoreStatement &bind(int index, qint64 value)
    {
        m_impl->bindInteger(index, value);
        return *this;
    }
    StoreStatement &bindNull(int index)
    {
        m_impl->bindNull(index);
        return *this;
    }
    // True while there is a row; check failed() after the loop.
    bool step() { return m_impl->step(); }
    // Runs a statement that returns no rows; resets it so it can be bound and run again.
    Status run() { return m_impl->run(); }
    void reset() { m_impl->reset(); }
    QString text(int column) const { return m_impl->text(column); }
    // The column's UTF-8 bytes; with SQLite without a copy, valid until the next step() or reset().
    QByteArray rawText(int column) const { return m_impl->rawText(column); }
    qint64 integer(int column) const { return m_impl->integer(column); }
    bool isNull(int column) const { return m_impl->isNull(column); }
    bool failed() const { return m_impl->failed(); }
    QString error() const { return m_impl->error(); }

private:
    std::unique_ptr<Impl> m_impl;
};

class StoreConnection
{
public:
    virtual ~StoreConnection() = default;

    // Runs statements without parameters (several, separated by semicolons).
    virtual Status exec(const QString &sql) = 0;
    virtual Result<StoreStatement> prepare(const QString &sql) = 0;
    // Starts a transaction that writes (SQLite takes the write lock at once).
    virtual Status begin() = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;
    // Whether a table of this name exists (a backup of an older version may lack some).
    virtual bool hasTable(const QString &name) = 0;
    // What the last failure means for the person whose data it is, in a few words ("the disk is
    // full", "the team store cannot be reached"), or empty when there is nothing plainer to say
    // than the engine's message.
    virtual QString lastFailureCause() const = 0;
    // Who is acting on a file store (the name the window or `--as` rates as), as the audit trail
    // records it beside the operating-system user. A team store knows its login and ignores it.
    virtual void setActor(const QString &name) { (void)name; }
    // Removes the rounds' audit rows about a person (isSamePerson) after their assessments are
    // gone, in the caller's transaction; returns how many.
    virtual Result<int> forgetAudit(const Subject &person) = 0;
    // Whether the engine can be reached now (a file always can; a server may have gone away).
    virtual bool isConnected() const { return true; }
    // A number that changes when another connection (another process: the kiosk, iitalent-cli)
    // has committed to the store since it was last read, and not for this connection's own
    // writes; nullopt where the engine does not tell (a team store announces its changes).
    virtual std::optional<qint64> dataVersion() { return std::nullopt; }
    // After the store forgot a person (the assessments `ids` and every one of `person`): what the
    // engine does beyond deleting rows, e.g. overwrite the freed pages and clean the person from
    // backups beside the file. Files cleaned and problems met are added to the lists.
    virtual void afterForget(const Subject &person, const QStringList &ids, QStringList &cleanedBackups,
                             QStringList &problems) = 0;
};

// A store's connection, ready for use: its schema is the current one.
struct OpenedStore
{
    std::unique_ptr<StoreConnection> db;
    QString location;        // the file, or the team store's address without a password
    QString migrationBackup; // the copy written before upgrading an older schema, or empty
    int migratedFrom = 0;
};

} // namespace iitalent
