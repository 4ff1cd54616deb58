#pragma once

#include "Result.h"
#include "StoreConnection.h"

#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace iitalent {

// Whether a --db value is a team store's address (postgresql:// or postgres://) rather than a file.
bool isTeamStoreAddress(const QString &location);

// A team store's address: postgresql://user[:password]@host[:port]/dbname[?sslmode=...&...],
// as libpq writes it. A password may be in the address (the user's choice, e.g. in a script);
// iitalent never writes one down: display() leaves it out, and libpq finds it in PGPASSWORD or
// ~/.pgpass when the address has none.
struct TeamStoreAddress
{
    QString user;
    QString password;
    QString host; // a name, an address, or a folder with the server's socket
    int port = 5432;
    QString database;
    QMap<QString, QString> options; // sslmode, connect_timeout, ...

    static Result<TeamStoreAddress> parse(const QString &address);
    // The address without the password, as it may be shown and remembered.
    QString display() const;
    // The address with the password (to connect with; never to be shown or written down).
    QString withPassword() const;
};

// Whether connecting to `address` fails only for want of a password: the server asks for one
// and neither the address, PGPASSWORD nor ~/.pgpass gives it (libpq's PQconnectionNeedsPassword).
// A program that can ask its user then asks, and connects with the answer.
bool teamStoreNeedsPassword(const QString &address);

// The PostgreSQL roles of a team store (team init makes them; they are the server's, shared by
// its databases).
enum class TeamRole { Admin, Assessor, Participant };
QString teamRoleName(TeamRole role);                       // iitalent_admin, ...
std::optional<TeamRole> teamRoleFromId(const QString &id); // admin, assessor, participant

// Connects to a team store and checks its schema (a database without an iitalent store, or of a
// newer iitalent, is refused untouched; an older one is upgraded in one transaction).
Result<OpenedStore> openPostgresStore(const QString &address);

// team init: as a user who may create roles and tables in the database (its owner, or a
// superuser), creates the store's schema, the three roles and what each may do (grants and
// row-level security). Running it again on a set-up store changes nothing and succeeds.
struct TeamInitDone
{
    bool createdSchema = false;
    int upgradedFrom = 0; // the version an older store was upgraded from, or 0
    QStringList createdRoles;
};
Result<TeamInitDone> initTeamStore(const QString &address);

// team add-user: a login that is a member of one of the roles, with the name a hiring round shows
// for it (an interviewer's name; the login when empty). Done by the owner or an admin login.
Status addTeamUser(const QString &address, const QString &name, TeamRole role, const QString &password,
                   const QString &displayName = QString());

// A change someone made in a team store, as the server announces it: the table and the row's key
// (for ratings: the assessment and the requirement; for cohort members: the cohort and the
// assessment; for a round's records: the cohort).
struct StoreChange
{
    QString table;
    QString key;
    QString detail;
};

// Listens to a team store's announcements (LISTEN iitalent_store) on a connection of its own, in
// the thread that made it (which needs an event loop), so that open views update what changed
// without reading whole tables again. When the server goes away it says so, connects again as soon
// as it can, and says so again (notifications may have been missed meanwhile: read again).
class TeamStoreWatcher
{
public:
    using Changed = std::function<void(const StoreChange &)>;
    using Reachable = std::function<void(bool reachable)>;
    static Result<std::unique_ptr<TeamStoreWatcher>> watch(const QString &address, Changed changed,
                                                           Reachable reachable);
    ~TeamStoreWatcher();

    struct Impl;

private:
    explicit TeamStoreWatcher(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// team grant: an assessor joins a cohort or hiring round (reads it, its members and their
// ratings, and adds their own assessments to it). Only an admin may.
Status grantTeamCohort(const QString &address, const QString &login, const QString &cohortName);

} // namespace iitalent
