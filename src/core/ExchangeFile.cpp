#include "ExchangeFile.h"

#include <nlohmann/json.hpp>

#include "Catalog.h"
#include "CatalogExport.h"
#include "CoreText.h"
#include "FileOutput.h"
#include "Levels.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <algorithm>

namespace iitalent {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

// Collects problems while reading a JSON object, each prefixed by its path.
class Reader
{
public:
    QStringList problems;

    void problem(const QString &where, const QString &what) { problems << QStringLiteral("%1: %2").arg(where, what); }

    // A string field: absent or null gives nullopt (a problem when required).
    std::optional<QString> text(const json &object, const char *key, const QString &where, bool required, int maxLength)
    {
        const QString path = where.isEmpty() ? QString::fromLatin1(key) : where + QLatin1Char('.') + QLatin1String(key);
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) {
            if (required)
                problem(path, CoreText::tr("missing"));
            return std::nullopt;
        }
        if (!it->is_string()) {
            problem(path, CoreText::tr("must be a string"));
            return std::nullopt;
        }
        const QString value = fromStd(it->get<std::string>());
        if (value.size() > maxLength) {
            problem(path, CoreText::tr("%1 characters, more than the %2 allowed").arg(value.size()).arg(maxLength));
            return std::nullopt;
        }
        return value;
    }
};

QDateTime parseTime(Reader &reader, const json &object, const char *key)
{
    const auto value = reader.text(object, key, QString(), true, 64);
    if (!value)
        return {};
    const QDateTime t = QDateTime::fromString(*value, Qt::ISODate);
    if (!t.isValid()) {
        reader.problem(QString::fromLatin1(key), CoreText::tr("\"%1\" is not an ISO 8601 date and time").arg(*value));
        return {};
    }
    // Whole seconds in UTC, as the store keeps them; a time that is valid where it was written
    // may fall outside the years 1 to 9999 once in UTC, which nothing can store or write again.
    const QDateTime inUtc = QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
    if (!inUtc.isValid() || inUtc.date().year() < 1 || inUtc.date().year() > 9999) {
        reader.problem(QString::fromLatin1(key),
                       CoreText::tr("\"%1\" is outside the years 1 to 9999 once converted to UTC").arg(*value));
        return {};
    }
    return inUtc;
}

// JSON nested deeper than this is refused before it is parsed: an assessment file is four levels
// deep, and each level of nesting costs the parser memory (8 MB of "[" would cost hundreds of MB).
constexpr int MaxNesting = 32;

QString checkNesting(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > MaxNesting)
                return CoreText::tr(
                           "not an iitalent assessment: its JSON is nested more than %1 levels deep (at byte %2)")
                    .arg(MaxNesting)
                    .arg(i + 1);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return QString();
}

struct DuplicateKey
{
    std::string key;
    QString where;
};

// Parses JSON and refuses an object that names a key twice (nlohmann keeps the last one, so
// two "ratings" would silently drop the first).
json parseWithoutDuplicateKeys(const QByteArray &bytes)
{
    std::vector<std::vector<std::string>> keys; // per open object, the keys seen in it
    std::vector<std::string> path;              // the key each open object was found under
    std::string lastKey;
    json::parser_callback_t callback = [&](int, json::parse_event_t event, json &parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
            keys.emplace_back();
            path.push_back(lastKey);
            break;
        case json::parse_event_t::object_end:
            if (!keys.empty())
                keys.pop_back();
            if (!path.empty())
                path.pop_back();
            lastKey.clear();
            break;
        case json::parse_event_t::key: {
            lastKey = parsed.get<std::string>();
            auto &seen = keys.back();
            if (std::find(seen.begin(), seen.end(), lastKey) != seen.end()) {
                QStringList where;
                for (const std::string &p : path)
                    if (!p.empty())
                        where << QString::fromStdString(p);
                throw DuplicateKey{lastKey, where.isEmpty() ? CoreText::tr("at the top level")
                                                            : CoreText::tr("in %1").arg(where.join(QLatin1Char('.')))};
            }
            seen.push_back(lastKey);
            break;
        }
        case json::parse_event_t::array_start:
            path.push_back(lastKey);
            lastKey.clear();
            break;
        case json::parse_event_t::array_end:
            if (!path.empty())
                path.pop_back();
            lastKey.clear();
            break;
        case json::parse_event_t::value: break;
        }
        return true;
    };
    return json::parse(bytes.constData(), bytes.constData() + bytes.size(), callback);
}

} // namespace

ojson subjectToJson(const Subject &subject)
{
    return {{"name", toStd(subject.name)},
            {"organisation", toStd(subject.organisation)},
            {"number", toStd(subject.number)},
            {"stage", toStd(stageId(subject.stage))}};
}

ojson ExchangeFile::toJson(const Assessment &a)
{
    ojson j;
    j["schema"] = Schema;
    j["id"] = toStd(a.id);
    j["role"] = toStd(a.role);
    j["mode"] = toStd(modeId(a.mode));
    j["subject"] = subjectToJson(a.subject);
    if (a.mode == Mode::Assessor || !a.assessorName.isEmpty())
        j["assessor"] = {{"name", toStd(a.assessorName)}};
    j["created"] = toStd(isoUtc(a.created));
    j["updated"] = toStd(isoUtc(a.updated));
    ojson ratings = ojson::array();
    for (const Rating &r : a.ratings) {
        if (r.isEmpty())
            continue;
        ojson o;
        o["requirement"] = toStd(r.requirement);
        o["level"] = r.level ? ojson(*r.level) : ojson(nullptr);
        o["evidence"] = toStd(r.evidence);
        o["note"] = toStd(r.note);
        if (!r.level && r.notAssessed)
            o["not_assessed"] = true; // an interviewer's 未考察 (only written when so)
        ratings.push_back(std::move(o));
    }
    j["ratings"] = std::move(ratings);
    return j;
}

QByteArray ExchangeFile::serialize(const Assessment &assessment)
{
    return QByteArray::fromStdString(toJson(assessment).dump(2)) + '\n';
}

ParsedAssessment ExchangeFile::read(const QString &path, const Catalog &catalog)
{
    ParsedAssessment out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.problems << CoreText::tr("the file does not exist");
        return out;
    }
    if (!info.isFile()) {
        out.problems << CoreText::tr("it is not a file");
        return out;
    }
    if (info.size() > Limits::FileBytes) {
        out.problems << CoreText::tr("the file is %1 bytes, more than the %2 an assessment file may have")
                            .arg(info.size())
                            .arg(Limits::FileBytes);
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << CoreText::tr("cannot be read: %1").arg(file.errorString());
        return out;
    }
    return parse(file.read(Limits::FileBytes + 1), catalog);
}

ParsedAssessment ExchangeFile::parse(const QByteArray &bytes, const Catalog &catalog)
{
    ParsedAssessment out;
    if (bytes.size() > Limits::FileBytes) {
        out.problems
            << CoreText::tr("the file is larger than the %1 bytes an assessment file may have").arg(Limits::FileBytes);
        return out;
    }
    if (const QString nesting = checkNesting(bytes); !nesting.isEmpty()) {
        out.problems << nesting;
        return out;
    }
    json doc;
    try {
        doc = parseWithoutDuplicateKeys(bytes);
    } catch (const DuplicateKey &d) {
        out.problems << CoreText::tr("the key \"%1\" appears twice in one object (%2); a file must say each thing once")
                            .arg(QString::fromStdString(d.key), d.where);
        return out;
    } catch (const json::parse_error &e) {
        out.problems << CoreText::tr("not valid JSON (at byte %1)").arg(e.byte);
        return out;
    } catch (const json::exception &) {
        // e.g. out_of_range for a number too large for a double (1e400)
        out.problems << CoreText::tr("not valid JSON (a number is out of range)");
        return out;
    }
    if (!doc.is_object()) {
        out.problems << CoreText::tr("not an iitalent assessment: the file must hold one JSON object");
        return out;
    }

    Reader r;
    const auto schema = r.text(doc, "schema", QString(), true, 100);
    if (schema && *schema != QLatin1String(Schema)) {
        r.problem(QStringLiteral("schema"),
                  CoreText::tr("\"%1\" is not %2; this file is not an iitalent assessment or is of another version")
                      .arg(*schema, QString::fromLatin1(Schema)));
    }
    if (!schema || *schema != QLatin1String(Schema)) {
        out.problems = r.problems; // nothing else can be trusted
        return out;
    }

    Assessment a;
    if (const auto id = r.text(doc, "id", QString(), true, 100)) {
        const QUuid uuid = QUuid::fromString(*id);
        if (uuid.isNull())
            r.problem(QStringLiteral("id"), CoreText::tr("\"%1\" is not a UUID").arg(*id));
        else
            a.id = uuid.toString(QUuid::WithoutBraces);
    }
    const Role *role = nullptr;
    if (const auto code = r.text(doc, "role", QString(), true, Limits::RoleCodeLength)) {
        role = catalog.role(*code);
        if (!role)
            r.problem(QStringLiteral("role"), CoreText::tr("\"%1\" is not a role of the catalog").arg(*code));
        else
            a.role = role->code;
    }
    if (const auto mode = r.text(doc, "mode", QString(), true, 20)) {
        if (const auto m = modeFromId(*mode))
            a.mode = *m;
        else
            r.problem(QStringLiteral("mode"), CoreText::tr("\"%1\" is neither self nor assessor").arg(*mode));
    }

    const auto subject = doc.find("subject");
    if (subject == doc.end() || !subject->is_object()) {
        r.problem(QStringLiteral("subject"),
                  subject == doc.end() ? CoreText::tr("missing") : CoreText::tr("must be an object"));
    } else {
        const QString w = QStringLiteral("subject");
        if (const auto name = r.text(*subject, "name", w, true, Limits::NameLength)) {
            if (name->trimmed().isEmpty())
                r.problem(QStringLiteral("subject.name"), CoreText::tr("is empty"));
            a.subject.name = name->trimmed();
        }
        a.subject.organisation = r.text(*subject, "organisation", w, false, Limits::NameLength).value_or(QString());
        a.subject.number = r.text(*subject, "number", w, false, Limits::NameLength).value_or(QString());
        if (const auto stage = r.text(*subject, "stage", w, false, 20)) {
            if (const auto st = stageFromId(*stage))
                a.subject.stage = *st;
            else
                r.problem(QStringLiteral("subject.stage"),
                          CoreText::tr("\"%1\" is neither pre-job nor on-job").arg(*stage));
        }
    }
    const auto assessor = doc.find("assessor");
    const int problemsBefore = static_cast<int>(r.problems.size());
    if (assessor != doc.end() && !assessor->is_null()) {
        if (!assessor->is_object())
            r.problem(QStringLiteral("assessor"), CoreText::tr("must be an object"));
        else
            a.assessorName = r.text(*assessor, "name", QStringLiteral("assessor"), false, Limits::NameLength)
                                 .value_or(QString())
                                 .trimmed();
    }
    const bool assessorReported = r.problems.size() > problemsBefore;
    if (a.mode == Mode::Assessor && a.assessorName.isEmpty() && !assessorReported)
        r.problem(QStringLiteral("assessor.name"), CoreText::tr("missing; an assessor assessment names its assessor"));

    a.created = parseTime(r, doc, "created");
    a.updated = parseTime(r, doc, "updated");

    const auto ratings = doc.find("ratings");
    if (ratings == doc.end() || ratings->is_null()) {
        // No ratings: nothing answered yet.
    } else if (!ratings->is_array()) {
        r.problem(QStringLiteral("ratings"), CoreText::tr("must be a list"));
    } else {
        QHash<QString, size_t> seen;
        for (size_t i = 0; i < ratings->size(); ++i) {
            const json &item = (*ratings)[i];
            const QString w = QStringLiteral("ratings[%1]").arg(i);
            if (!item.is_object()) {
                r.problem(w, CoreText::tr("must be an object"));
                continue;
            }
            Rating rating;
            bool good = true;
            if (const auto req = r.text(item, "requirement", w, true, 40)) {
                const Requirement *known = catalog.requirement(*req);
                if (!known) {
                    r.problem(w + QStringLiteral(".requirement"),
                              CoreText::tr("\"%1\" is not a requirement of the catalog").arg(*req));
                    good = false;
                } else if (role && known->role != role->code) {
                    r.problem(
                        w + QStringLiteral(".requirement"),
                        CoreText::tr("\"%1\" belongs to role %2, not to role %3").arg(*req, known->role, role->code));
                    good = false;
                } else if (seen.contains(*req)) {
                    r.problem(w + QStringLiteral(".requirement"),
                              CoreText::tr("\"%1\" is rated twice (also ratings[%2])").arg(*req).arg(seen.value(*req)));
                    good = false;
                } else {
                    seen.insert(*req, i);
                    rating.requirement = *req;
                }
            } else {
                good = false;
            }
            const auto level = item.find("level");
            if (level != item.end() && !level->is_null()) {
                if (!level->is_number_integer()) {
                    r.problem(w + QStringLiteral(".level"), CoreText::tr("must be a whole number 0..4 or null"));
                    good = false;
                } else {
                    const auto v = level->get<long long>();
                    if (v < Level::Min || v > Level::Max) {
                        r.problem(w + QStringLiteral(".level"),
                                  CoreText::tr("%1 is outside 0..4").arg(QString::fromStdString(level->dump())));
                        good = false;
                    } else {
                        rating.level = static_cast<int>(v);
                    }
                }
            }
            rating.evidence = r.text(item, "evidence", w, false, Limits::TextLength).value_or(QString());
            rating.note = r.text(item, "note", w, false, Limits::TextLength).value_or(QString());
            if (const auto skipped = item.find("not_assessed"); skipped != item.end()) {
                if (!skipped->is_boolean()) {
                    r.problem(w + QStringLiteral(".not_assessed"), CoreText::tr("must be true or false"));
                    good = false;
                } else if (skipped->get<bool>() && rating.level) {
                    r.problem(w + QStringLiteral(".not_assessed"),
                              CoreText::tr("an item marked not assessed has no level"));
                    good = false;
                } else {
                    rating.notAssessed = skipped->get<bool>();
                }
            }
            if (good && role)
                a.setRating(*role, std::move(rating));
        }
    }

    if (!r.problems.isEmpty()) {
        out.problems = r.problems;
        return out;
    }
    out.assessment = std::move(a);
    return out;
}

QString ExchangeFile::fileNameFor(const Assessment &a)
{
    return safeFileName(QStringLiteral("%1-%2-%3-%4-%5")
                            .arg(a.created.toLocalTime().date().toString(QStringLiteral("yyyyMMdd")), a.subject.name,
                                 a.role, modeId(a.mode), a.id.left(8))) +
           QLatin1String(FileExtension);
}

QStringList ExchangeFile::namePatterns()
{
    return {QLatin1Char('*') + QLatin1String(FileExtension), QStringLiteral("*.json")};
}

QString ExchangeFile::nameFilter()
{
    return namePatterns().join(QLatin1Char(' '));
}

bool ExchangeFile::hasExchangeFileName(const QString &path)
{
    return QDir::match(namePatterns(), QFileInfo(path).fileName()); // as QDir matches: any case
}

} // namespace iitalent
