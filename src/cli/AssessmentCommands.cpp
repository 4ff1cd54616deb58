#include "AssessmentCommands.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CatalogExport.h"
#include "ExchangeFile.h"
#include "ExchangeImport.h"
#include "Levels.h"
#include "RepeatRound.h"
#include "ReportJson.h"
#include "StorePostgres.h"

#include <QFileInfo>

namespace iitalent::cli {

namespace {

QString dumpJson(const nlohmann::ordered_json &j)
{
    return QString::fromStdString(j.dump(2)) + QLatin1Char('\n');
}

bool isFileArg(const QString &arg)
{
    return QFileInfo(arg).isFile();
}

// The stored assessment an id or a unique start of one names; reports why not on failure.
std::optional<Assessment> loadStored(StoreContext &ctx, AssessmentStore &store, const QString &idOrPrefix,
                                     const QString &orElse = QString())
{
    auto id = store.resolveId(idOrPrefix);
    if (!id) {
        failure(ctx.io, id.error() + orElse);
        return std::nullopt;
    }
    auto a = store.load(id.value());
    if (!a) {
        failure(ctx.io, a.error());
        return std::nullopt;
    }
    return std::move(a).value();
}

} // namespace

std::optional<AssessmentStore> openStore(StoreContext &ctx)
{
    auto store = AssessmentStore::open(ctx.dbPath);
    if (!store && ctx.askPassword && teamStoreNeedsPassword(ctx.dbPath)) {
        // The team store wants a password that PGPASSWORD and ~/.pgpass do not give: ask, once.
        auto address = TeamStoreAddress::parse(ctx.dbPath).value();
        if (auto typed = ctx.askPassword(QStringLiteral("password for %1: ").arg(address.display()));
            typed && !typed->isEmpty()) {
            address.password = *typed;
            ctx.dbPath = address.withPassword(); // for the rest of this command only
            store = AssessmentStore::open(ctx.dbPath);
        }
    }
    if (!store) {
        failure(ctx.io, store.error());
        return std::nullopt;
    }
    if (!store->migrationBackup().isEmpty())
        ctx.io.err += QStringLiteral("iitalent-cli: upgraded the assessment database from version %1 to %2; "
                                     "the old file is kept as %3\n")
                          .arg(store->migratedFrom())
                          .arg(AssessmentStore::SchemaVersion)
                          .arg(store->migrationBackup());
    return std::move(store).value();
}

std::optional<Assessment> loadAssessmentArg(StoreContext &ctx, const QString &arg)
{
    if (isFileArg(arg)) {
        ParsedAssessment parsed = ExchangeFile::read(arg, ctx.catalog);
        if (!parsed.ok()) {
            ctx.io.err += QStringLiteral("iitalent-cli: %1 is not a usable assessment file:\n").arg(arg);
            for (const QString &p : parsed.problems)
                ctx.io.err += QStringLiteral("  %1\n").arg(p);
            return std::nullopt;
        }
        return std::move(parsed.assessment);
    }
    auto store = openStore(ctx);
    if (!store)
        return std::nullopt;
    auto a = loadStored(ctx, *store, arg, QStringLiteral(" (nor is it a file)"));
    if (!a)
        return std::nullopt;
    if (!ctx.catalog.role(a->role)) {
        failure(ctx.io,
                QStringLiteral("assessment %1 is of role %2, which this catalog does not have").arg(a->id, a->role));
        return std::nullopt;
    }
    return a;
}

int newCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    const QSet<QString> values{QStringLiteral("role"),     QStringLiteral("mode"),         QStringLiteral("subject"),
                               QStringLiteral("stage"),    QStringLiteral("organisation"), QStringLiteral("number"),
                               QStringLiteral("assessor"), QStringLiteral("from")};
    if (!a.parse(args, values, {QStringLiteral("from-last")}))
        return usageError(ctx.io, a.error());
    if (a.has(QStringLiteral("from")) && a.has(QStringLiteral("from-last")))
        return usageError(ctx.io, QStringLiteral("give --from ID or --from-last, not both"));
    if (!a.positional().isEmpty())
        return usageError(ctx.io,
                          QStringLiteral("new takes options only, e.g. new --role 01 --mode self --subject 张三"));
    for (const char *required : {"role", "mode", "subject"})
        if (!a.has(QString::fromLatin1(required)))
            return usageError(ctx.io, QStringLiteral("new needs --%1").arg(QString::fromLatin1(required)));

    QString code = a.value(QStringLiteral("role"));
    if (code.size() == 1 && code.at(0).isDigit())
        code.prepend(QLatin1Char('0'));
    if (!ctx.catalog.role(code))
        return failure(ctx.io, QStringLiteral("there is no role '%1'; `iitalent-cli roles` lists them").arg(code));
    const auto mode = modeFromId(a.value(QStringLiteral("mode")));
    if (!mode)
        return usageError(ctx.io,
                          QStringLiteral("--mode is self or assessor, not '%1'").arg(a.value(QStringLiteral("mode"))));
    Subject subject;
    subject.name = a.value(QStringLiteral("subject")).trimmed();
    subject.organisation = a.value(QStringLiteral("organisation")).trimmed();
    subject.number = a.value(QStringLiteral("number")).trimmed();
    if (subject.name.isEmpty())
        return usageError(ctx.io, QStringLiteral("--subject needs a name"));
    if (a.has(QStringLiteral("stage"))) {
        const auto stage = stageFromId(a.value(QStringLiteral("stage")));
        if (!stage)
            return usageError(
                ctx.io, QStringLiteral("--stage is pre-job or on-job, not '%1'").arg(a.value(QStringLiteral("stage"))));
        subject.stage = *stage;
    }
    const QString assessor = a.value(QStringLiteral("assessor")).trimmed();
    if (*mode == Mode::Assessor && assessor.isEmpty())
        return usageError(ctx.io, QStringLiteral("an assessor assessment needs --assessor NAME"));
    for (const QString &text : {subject.name, subject.organisation, subject.number, assessor})
        if (text.size() > Limits::NameLength)
            return usageError(ctx.io, QStringLiteral("names are at most %1 characters").arg(Limits::NameLength));

    auto store = openStore(ctx);
    if (!store)
        return Failure;
    Assessment assessment = Assessment::create(code, *mode, subject, assessor);
    // A repeat round may start from an earlier round's answers (RepeatRound): the person's latest
    // round of the role in this mode, or the one named.
    std::optional<Assessment> last;
    if (a.has(QStringLiteral("from-last"))) {
        auto rounds = store->assessmentsOf(subject, code);
        if (!rounds)
            return failure(ctx.io, rounds.error());
        last = RepeatRound::previous(rounds.value(), subject, code, *mode);
        if (!last)
            return failure(ctx.io, QStringLiteral("%1 has no earlier %2 assessment of role %3 to start from")
                                       .arg(subject.name, modeId(*mode), code));
    } else if (a.has(QStringLiteral("from"))) {
        auto id = store->resolveId(a.value(QStringLiteral("from")));
        if (!id)
            return failure(ctx.io, id.error());
        auto loaded = store->load(id.value());
        if (!loaded)
            return failure(ctx.io, loaded.error());
        if (loaded->role != code || loaded->mode != *mode || !isSamePerson(loaded->subject, subject))
            return failure(ctx.io, QStringLiteral("assessment %1 is not a %2 assessment of %3 on role %4")
                                       .arg(loaded->id, modeId(*mode), subject.name, code));
        last = std::move(loaded).value();
    }
    if (last)
        assessment = RepeatRound::startFrom(*ctx.catalog.role(code), *last, subject, assessor);
    if (Status s = store->insert(assessment); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += assessment.id + QLatin1Char('\n');
    return Ok;
}

int rateCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("evidence"), QStringLiteral("note")}, {}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 3)
        return usageError(ctx.io, QStringLiteral("usage: rate ID REQUIREMENT LEVEL [--evidence TEXT] [--note TEXT], "
                                                 "LEVEL 0..4, none, or na (not assessed)"));
    const QString levelArg = a.positional().at(2);
    std::optional<int> level;
    const bool notAssessed = levelArg == QLatin1String("na");
    if (levelArg != QLatin1String("none") && levelArg != QLatin1String("-") && !notAssessed) {
        bool ok = false;
        const int v = levelArg.toInt(&ok);
        if (!ok || v < Level::Min || v > Level::Max)
            return usageError(ctx.io, QStringLiteral("LEVEL is 0..4, none or na, not '%1'").arg(levelArg));
        level = v;
    }
    for (const RatingText field : {RatingText::Evidence, RatingText::Note})
        if (Status s = checkRatingText(
                field, a.value(field == RatingText::Evidence ? QStringLiteral("evidence") : QStringLiteral("note")));
            !s)
            return usageError(ctx.io, s.error());

    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto assessment = loadStored(ctx, *store, a.positional().at(0));
    if (!assessment)
        return Failure;
    const QString reqId = a.positional().at(1);
    const Requirement *req = ctx.catalog.requirement(reqId);
    if (!req)
        return failure(ctx.io, QStringLiteral("there is no requirement '%1'; `iitalent-cli role %2` lists them")
                                   .arg(reqId, assessment->role));
    if (req->role != assessment->role)
        return failure(ctx.io, QStringLiteral("requirement %1 belongs to role %2, but assessment %3 is of role %4")
                                   .arg(reqId, req->role, assessment->id, assessment->role));
    // Only what was given is written: evidence and note keep what is stored unless given.
    RatingChange change = notAssessed ? RatingChange::markNotAssessed(reqId) : RatingChange::levelOnly(reqId, level);
    if (a.has(QStringLiteral("evidence")))
        change.evidence = a.value(QStringLiteral("evidence"));
    if (a.has(QStringLiteral("note")))
        change.note = a.value(QStringLiteral("note"));
    if (auto stored = store->setRating(assessment->id, change, nowUtc()); !stored)
        return failure(ctx.io, stored.error());
    ctx.io.out += level ? QStringLiteral("%1 rated %2 (%3), required %4 (%5)\n")
                              .arg(reqId)
                              .arg(*level)
                              .arg(Level::nameZh(*level))
                              .arg(req->level)
                              .arg(Level::nameZh(req->level))
                  : notAssessed ? QStringLiteral("%1 is marked not assessed\n").arg(reqId)
                                : QStringLiteral("%1 has no rating now\n").arg(reqId);
    return Ok;
}

int listCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("json")}))
        return usageError(ctx.io, a.error());
    if (!a.positional().isEmpty())
        return usageError(ctx.io, QStringLiteral("list takes no arguments"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto list = store->list();
    if (!list)
        return failure(ctx.io, list.error());
    if (a.has(QStringLiteral("json"))) {
        ctx.io.out += dumpJson(summariesToJson(list.value()));
        return Ok;
    }
    if (list->empty()) {
        ctx.io.out += QStringLiteral("No assessments in %1.\n").arg(store->path());
        return Ok;
    }
    for (const AssessmentSummary &s : list.value()) {
        const Role *role = ctx.catalog.role(s.role);
        const int items = role ? static_cast<int>(role->requirements.size()) : 0;
        ctx.io.out +=
            QStringLiteral("%1  %2 %3  %4  %5%6  %7  %8/%9 answered  updated %10\n")
                .arg(s.id.left(8), s.role, role ? role->nameZh : QStringLiteral("?"), modeId(s.mode), s.subject.name,
                     s.subject.organisation.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.subject.organisation),
                     stageId(s.subject.stage))
                .arg(s.answered)
                .arg(items)
                .arg(isoUtc(s.updated));
    }
    return Ok;
}

int exportCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("out")}, {QStringLiteral("force")}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx.io, QStringLiteral("usage: export ID [--out FILE [--force]]"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto assessment = loadStored(ctx, *store, a.positional().first());
    if (!assessment)
        return Failure;
    const QByteArray bytes = ExchangeFile::serialize(*assessment);
    if (!a.has(QStringLiteral("out"))) {
        ctx.io.out += QString::fromUtf8(bytes);
        return Ok;
    }
    if (!writeOutputFile(a.value(QStringLiteral("out")), bytes, a.has(QStringLiteral("force")), ctx.io))
        return Failure;
    ctx.io.out += QStringLiteral("Exported %1 to %2\n").arg(assessment->id, a.value(QStringLiteral("out")));
    return Ok;
}

int importCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {QStringLiteral("replace")}))
        return usageError(ctx.io, a.error());
    if (a.positional().isEmpty())
        return usageError(ctx.io, QStringLiteral("usage: import FILE... [--replace]"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    // One line per file; the whole summary goes to stdout when every file came in, and to stderr
    // (with a non-zero status) when any was refused, so stdout stays empty on failure. The
    // workflow is the core's, as in the window; without --replace a stored assessment is kept.
    const bool replace = a.has(QStringLiteral("replace"));
    const ExchangeImport::Result result = ExchangeImport::run(
        *store, ctx.catalog, a.positional(),
        ExchangeImport::always(replace ? ExchangeImport::Choice::Replace : ExchangeImport::Choice::Skip));
    QString summary;
    using Kind = ExchangeImport::Outcome::Kind;
    for (const ExchangeImport::Outcome &o : result.outcomes) {
        switch (o.kind) {
        case Kind::Refused:
            summary += QStringLiteral("refused %1:\n").arg(o.path);
            for (const QString &p : o.problems)
                summary += QStringLiteral("  %1\n").arg(p);
            break;
        case Kind::Skipped:
            summary += QStringLiteral("refused %1:\n  assessment %2 is already stored; add --replace to replace it\n")
                           .arg(o.path, o.id);
            break;
        case Kind::Imported:
        case Kind::Replaced:
            summary += QStringLiteral("%1 %2: %3, %4, role %5 (%6), %7 rating(s)\n")
                           .arg(o.kind == Kind::Replaced ? QStringLiteral("replaced") : QStringLiteral("imported"),
                                o.path, o.id, o.subject, o.role, modeId(o.mode))
                           .arg(o.ratings);
            break;
        }
    }
    const int refused = result.refused + result.skipped;
    summary += QStringLiteral("%1 imported, %2 refused\n").arg(result.imported + result.replaced).arg(refused);
    if (refused > 0) {
        ctx.io.err += summary;
        return Failure;
    }
    ctx.io.out += summary;
    return Ok;
}

int deleteCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {}, {}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1)
        return usageError(ctx.io, QStringLiteral("usage: delete ID"));
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto id = store->resolveId(a.positional().first());
    if (!id)
        return failure(ctx.io, id.error());
    if (Status s = store->remove(id.value()); !s)
        return failure(ctx.io, s.error());
    ctx.io.out += QStringLiteral("Deleted assessment %1\n").arg(id.value());
    return Ok;
}

std::optional<Subject> personArg(StoreContext &ctx, const Arguments &a, const QString &name, int &status)
{
    Subject person;
    person.name = name.trimmed();
    person.number = a.value(QStringLiteral("number")).trimmed();
    person.organisation = a.value(QStringLiteral("organisation")).trimmed();
    if (person.name.isEmpty()) {
        status = usageError(ctx.io, QStringLiteral("a person needs a name"));
        return std::nullopt;
    }
    return person;
}

int forgetSubjectCommand(StoreContext &ctx, const QStringList &args)
{
    Arguments a;
    if (!a.parse(args, {QStringLiteral("number"), QStringLiteral("organisation")}, {QStringLiteral("yes")}))
        return usageError(ctx.io, a.error());
    if (a.positional().size() != 1 || a.positional().first().trimmed().isEmpty())
        return usageError(ctx.io,
                          QStringLiteral("usage: forget-subject NAME [--number NO] [--organisation ORG] [--yes]"));
    int status = Ok;
    const auto person = personArg(ctx, a, a.positional().first(), status);
    if (!person)
        return status;
    auto store = openStore(ctx);
    if (!store)
        return Failure;
    auto found = store->assessmentsOf(*person);
    if (!found)
        return failure(ctx.io, found.error());
    if (found->empty())
        return failure(ctx.io, QStringLiteral("there is no assessment of %1").arg(personLabel(*person)));
    // Namesakes are different people: never remove two of them at once.
    const auto one = onePersonOf(found.value(), person->name);
    if (!one)
        return failure(ctx.io, one.error());
    QString listing = QStringLiteral("This removes %1 assessment(s) of %2 and everything recorded in them, also "
                                     "from the backups beside the store:\n")
                          .arg(found->size())
                          .arg(personLabel(one.value()));
    for (const Assessment &as : found.value())
        listing +=
            QStringLiteral("  %1  role %2  %3  %4%5  %6/%7 answered\n")
                .arg(as.id.left(8), as.role, modeId(as.mode), isoUtc(as.created),
                     as.assessorName.isEmpty() ? QString() : QStringLiteral("  assessor %1").arg(as.assessorName))
                .arg(as.answeredCount())
                .arg(ctx.catalog.role(as.role) ? ctx.catalog.role(as.role)->requirements.size() : 0);
    if (!a.has(QStringLiteral("yes"))) {
        if (!ctx.confirm) {
            ctx.io.err += listing;
            return usageError(ctx.io, QStringLiteral("nothing was removed; add --yes to remove them"));
        }
        if (!ctx.confirm(listing + QStringLiteral("Remove them? [y/N] "))) {
            ctx.io.err += QStringLiteral("Nothing was removed.\n");
            return Failure;
        }
    } else {
        ctx.io.out += listing;
    }
    // Exactly what was listed goes from the store (nothing stored while the question waited);
    // the backups are cleaned of those and of whatever the person's rule finds in them.
    QStringList ids;
    for (const Assessment &as : found.value())
        ids << as.id;
    auto forgotten = store->forget(*person, ids);
    if (!forgotten)
        return failure(ctx.io, forgotten.error());
    const auto &f = forgotten.value();
    QString done = QStringLiteral("Removed %1 assessment(s) of %2 and everything recorded in them\n")
                       .arg(f.removed)
                       .arg(personLabel(*person));
    for (const QString &backup : f.cleanedBackups)
        done += QStringLiteral("Cleaned the backup %1\n").arg(backup);
    if (!f.problems.isEmpty()) {
        ctx.io.err += done;
        for (const QString &p : f.problems)
            ctx.io.err += QStringLiteral("iitalent-cli: %1\n").arg(p);
        return Failure;
    }
    ctx.io.out += done;
    return Ok;
}

} // namespace iitalent::cli
