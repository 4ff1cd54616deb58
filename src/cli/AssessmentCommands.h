#pragma once

#include "AssessmentStore.h"
#include "CommandLine.h"
#include "DisplayLanguage.h"

#include <functional>
#include <optional>

namespace iitalent {
class Catalog;
}

namespace iitalent::cli {

// What an assessment command works with: the catalog, the store's path and the output.
struct StoreContext
{
    const Catalog &catalog;
    QString dbPath; // --db PATH, IITALENT_DB or the default
    Io &io;
    // Asks a yes/no question on the terminal; empty when there is no terminal to ask on.
    std::function<bool(const QString &question)> confirm = {};
    // Asks for a password on the terminal without echo; empty when there is no terminal.
    std::function<std::optional<QString>(const QString &prompt)> askPassword = {};
};

// Opens the store named by the context; on failure reports it and returns nullopt.
std::optional<AssessmentStore> openStore(StoreContext &ctx);
// The person NAME [--number NO] [--organisation ORG] names; on a usage error sets `status`.
std::optional<Subject> personArg(StoreContext &ctx, const Arguments &a, const QString &name, int &status);
// An assessment named by a store id (or unique prefix) or an exchange file path.
std::optional<Assessment> loadAssessmentArg(StoreContext &ctx, const QString &arg);

// The language of a document: --lang zh|en, else the user's; loads the documents' words. On a
// usage error reports it and returns nullopt.
std::optional<Language> reportLanguage(const Arguments &a, Io &io);
// A progress line on a terminal's stderr, rewritten in place.
void progressLine(int done, int total);

// new --role CODE --mode self|assessor --subject NAME [--organisation ORG] [--number NO]
//     [--stage pre-job|on-job] [--assessor NAME]
int newCommand(StoreContext &ctx, const QStringList &args);
// rate ID REQUIREMENT LEVEL|none [--evidence TEXT] [--note TEXT]
int rateCommand(StoreContext &ctx, const QStringList &args);
// list [--json]
int listCommand(StoreContext &ctx, const QStringList &args);
// export ID [--out FILE [--force]]
int exportCommand(StoreContext &ctx, const QStringList &args);
// import FILE... [--replace]
int importCommand(StoreContext &ctx, const QStringList &args);
// delete ID
int deleteCommand(StoreContext &ctx, const QStringList &args);
// forget-subject NAME [--number NO] [--organisation ORG] [--yes]
int forgetSubjectCommand(StoreContext &ctx, const QStringList &args);

// report (ID | FILE.json) [--format json|text]
int reportCommand(StoreContext &ctx, const QStringList &args);
// compare A B [--json]
int compareCommand(StoreContext &ctx, const QStringList &args);
// history NAME [--number NO] [--organisation ORG] [--role CODE] [--mode self|assessor] [--json]
int historyCommand(StoreContext &ctx, const QStringList &args);
// fit (ID | FILE.json) [--json] [--verbose]
int fitCommand(StoreContext &ctx, const QStringList &args);

// cohort create|list|show|add|remove|delete|report|compare ... (CohortCommands.cpp)
int cohortCommand(StoreContext &ctx, const QStringList &args);
// Brings ids, files and folders into a cohort and reports every line and the summary; with
// `onlyRole`, assessments of other roles are refused (a hiring round).
int collectInto(StoreContext &ctx, AssessmentStore &store, const Cohort &cohort, const QStringList &sources,
                bool replace, const QString &onlyRole);
// round create|add|consensus|decide|report ... (RoundCommands.cpp)
int roundCommand(StoreContext &ctx, const QStringList &args);
// team init [ADDRESS] | team add-user LOGIN --role R [--name DISPLAY] (TeamCommands.cpp)
int teamCommand(StoreContext &ctx, const QStringList &args);
// store copy --from SOURCE --to TARGET
int storeCommand(StoreContext &ctx, const QStringList &args);
// A line typed on the terminal without echo (after `prompt` on stderr), or read from stdin when
// it is not a terminal; nullopt at the end of input (TeamCommands.cpp).
std::optional<QString> readSecret(const QString &prompt);

} // namespace iitalent::cli
