#pragma once

// The store's tests run against both engines: SQLite always, PostgreSQL on the test server that
// scripts/test.sh starts (IITALENT_TEST_PG, the address of a superuser; IITALENT_TEST_PG_REQUIRED=1
// makes a missing server a failure). A plain ctest run without a server skips the PostgreSQL
// half with a message saying so.
#include "AssessmentStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace iitalent::test {

// The test server's superuser address, or empty (after a FAIL when one is required).
QString postgresTestServer();
// For a test that needs the server: true when there is one; otherwise prints SKIPPED (ctest counts
// the test as skipped) and returns false, or FAILs when scripts/test.sh requires the server.
bool postgresTestServerOrSkip();
// Whether the PostgreSQL tests must run (scripts/test.sh).
bool postgresRequired();
// The address of database `name` on the test server, as `user` (with `password`), or as the
// superuser when `user` is empty.
QString postgresAddress(const QString &database, const QString &user = {}, const QString &password = {});

// A new, empty database on the test server, dropped when this goes.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;
    const QString &name() const { return m_name; }
    QString address() const { return postgresAddress(m_name); }

private:
    QString m_name;
};

// Raw SQL on the test server, as the psql tool would send it: as the superuser on `database`, or
// through an address of a user. Returns the first column of the first row (empty when there is no
// row); `error` gets the server's message when it fails.
QString postgresQuery(const QString &address, const QString &sql, QString *error = nullptr);

// An empty store of one engine ("sqlite" or "postgresql": a file in a temporary folder, or a new
// database set up by team init), with raw SQL on it for the checks the store's interface cannot
// make. available() is false when the engine cannot be tested here (and the test should return).
class TestStore
{
public:
    explicit TestStore(const QString &engine);
    ~TestStore();
    bool available() const { return !m_location.isEmpty(); }
    bool isPostgres() const { return m_scratch != nullptr; }
    const QString &location() const { return m_location; }
    AssessmentStore open() const;
    qint64 queryInt(const QString &sql) const;
    QString queryText(const QString &sql) const;
    void exec(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchDatabase> m_scratch;
    QString m_location;
};

} // namespace iitalent::test

// The engines a store case runs on, one after the other (Catch2 runs the case once for each).
#define IITALENT_FOR_EACH_ENGINE(store)                                                                                \
    const QString engineName_ = QString::fromLatin1(GENERATE(as<const char *>{}, "sqlite", "postgresql"));             \
    INFO("engine: " << engineName_.toStdString());                                                                     \
    iitalent::test::TestStore store(engineName_);                                                                      \
    if (!store.available())                                                                                            \
        return;
