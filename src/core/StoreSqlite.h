#pragma once

#include "Sqlite.h"
#include "StoreConnection.h"

namespace iitalent {

// The SQLite engine of AssessmentStore: a connection to a store file (or to a backup beside it).
class SqliteStoreConnection final : public StoreConnection
{
public:
    explicit SqliteStoreConnection(SqliteDatabase db, QString path = QString())
        : m_db(std::move(db)), m_path(std::move(path))
    {}

    Status exec(const QString &sql) override;
    Result<StoreStatement> prepare(const QString &sql) override;
    Status begin() override;
    int changes() const override { return m_db.changes(); }
    bool hasTable(const QString &name) override;
    // SQLite's PRAGMA data_version.
    std::optional<qint64> dataVersion() override;
    QString lastFailureCause() const override;
    void afterForget(const Subject &person, const QStringList &ids, QStringList &cleanedBackups,
                     QStringList &problems) override;

    void setActor(const QString &name) override;
    Result<int> forgetAudit(const Subject &person) override;
    // The hiring rounds' rules on this connection: the submitted scorecards' guard, the audit
    // trail's triggers and the functions they ask who is acting (see kRoundTriggers).
    Status installRoundRules();

    SqliteDatabase &database() { return m_db; }

private:
    // Before m_db: the connection's functions read them until it closes.
    QByteArray m_actor;
    QByteArray m_osUser;
    SqliteDatabase m_db;
    QString m_path;
};

// Opens (creating, checking or upgrading) the store file at `path`: see AssessmentStore.
Result<OpenedStore> openSqliteStore(const QString &path);

} // namespace iitalent
