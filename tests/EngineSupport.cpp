#include "EngineSupport.h"

#include "Sqlite.h"
#include "StorePostgres.h"
#include "TestSupport.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <iostream>

namespace iitalent::test {

namespace {

QAtomicInt connections;

// Runs `work` on a QPSQL connection to `address`, closed and removed afterwards.
template <typename Work>
bool withConnection(const QString &address, QString *error, Work work)
{
    auto parsed = TeamStoreAddress::parse(address);
    if (!parsed) {
        if (error)
            *error = parsed.error();
        return false;
    }
    const QString name = QStringLiteral("iitalent-test-%1").arg(connections.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        db.setPassword(parsed->password);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            ok = work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool postgresRequired()
{
    return qEnvironmentVariable("IITALENT_TEST_PG_REQUIRED") == QLatin1String("1");
}

QString postgresTestServer()
{
    const QString server = qEnvironmentVariable("IITALENT_TEST_PG");
    if (server.isEmpty() && postgresRequired())
        FAIL("scripts/test.sh could not start the PostgreSQL test server (IITALENT_TEST_PG is not set): the team "
             "store's tests cannot run. See the server's log above.");
    return server;
}

bool postgresTestServerOrSkip()
{
    if (!postgresTestServer().isEmpty())
        return true;
    std::cout << "SKIPPED: no PostgreSQL test server (IITALENT_TEST_PG); scripts/test.sh starts one.\n";
    return false;
}

QString postgresAddress(const QString &database, const QString &user, const QString &password)
{
    const QString server = postgresTestServer();
    auto parsed = TeamStoreAddress::parse(server);
    REQUIRE(parsed.ok());
    QString credentials;
    if (user.isEmpty())
        credentials = parsed->user + QLatin1Char(':') + parsed->password;
    else
        credentials = user + (password.isEmpty() ? QString() : QLatin1Char(':') + password);
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(credentials, parsed->host).arg(parsed->port).arg(database);
}

QString postgresQuery(const QString &address, const QString &sql, QString *error)
{
    QString out;
    QString why;
    const bool ok = withConnection(address, &why, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            why = q.lastError().databaseText();
            return false;
        }
        if (q.isSelect() && q.next())
            out = q.value(0).toString();
        return true;
    });
    if (error)
        *error = ok ? QString() : why;
    return out;
}

ScratchDatabase::ScratchDatabase()
{
    m_name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    postgresQuery(postgresAddress(QStringLiteral("postgres")), QStringLiteral("CREATE DATABASE %1").arg(m_name),
                  &error);
    INFO("CREATE DATABASE: " << error.toStdString());
    REQUIRE(error.isEmpty());
}

ScratchDatabase::~ScratchDatabase()
{
    postgresQuery(postgresAddress(QStringLiteral("postgres")),
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

TestStore::TestStore(const QString &engine)
{
    REQUIRE(m_dir.isValid());
    if (engine == QLatin1String("sqlite")) {
        m_location = m_dir.filePath(QStringLiteral("store.sqlite"));
        return;
    }
    REQUIRE(engine == QLatin1String("postgresql"));
    if (postgresTestServer().isEmpty()) {
        static bool said = false;
        if (!said)
            std::cout << "NOTE: the PostgreSQL half of the store's tests did not run: no test server "
                         "(IITALENT_TEST_PG); scripts/test.sh starts one.\n";
        said = true;
        return;
    }
    m_scratch = std::make_unique<ScratchDatabase>();
    auto init = initTeamStore(m_scratch->address());
    INFO("team init: " << init.error().toStdString());
    REQUIRE(init.ok());
    m_location = m_scratch->address();
}

TestStore::~TestStore() = default;

AssessmentStore TestStore::open() const
{
    auto store = AssessmentStore::open(m_location);
    INFO("open " << m_location.toStdString() << ": " << store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

QString TestStore::queryText(const QString &sql) const
{
    if (isPostgres()) {
        QString error;
        const QString out = postgresQuery(m_location, sql, &error);
        INFO(sql.toStdString() << ": " << error.toStdString());
        REQUIRE(error.isEmpty());
        return out;
    }
    SqliteDatabase db;
    REQUIRE(db.open(m_location, SqliteDatabase::Mode::ReadWriteCreate).ok());
    auto q = db.prepare(sql);
    INFO(sql.toStdString() << ": " << q.error().toStdString());
    REQUIRE(q.ok());
    return q->step() ? q->text(0) : QString();
}

qint64 TestStore::queryInt(const QString &sql) const
{
    return queryText(sql).toLongLong();
}

void TestStore::exec(const QString &sql) const
{
    if (isPostgres()) {
        QString error;
        postgresQuery(m_location, sql, &error);
        INFO(sql.toStdString() << ": " << error.toStdString());
        REQUIRE(error.isEmpty());
        return;
    }
    SqliteDatabase db;
    REQUIRE(db.open(m_location, SqliteDatabase::Mode::ReadWriteCreate).ok());
    Status s = db.exec(sql);
    INFO(sql.toStdString() << ": " << s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace iitalent::test
