#include "Assessment.h"

#include "Catalog.h"
#include "CoreText.h"

#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace iitalent {

bool isSamePerson(const Subject &a, const Subject &b)
{
    auto agree = [](const QString &x, const QString &y) { return x.isEmpty() || y.isEmpty() || x == y; };
    return a.name == b.name && agree(a.number, b.number) && agree(a.organisation, b.organisation);
}

namespace {

// personIndexes, and each person as their subjects merged (the number and organisation any of
// them gives), in `people`.
std::vector<int> groupPeople(const std::vector<Subject> &subjects, std::vector<Subject> &people)
{
    // The most specific first, so that a subject without a number joins a numbered one. Only
    // namesakes can be the same person, so each subject is matched within its name only.
    std::vector<size_t> order(subjects.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto specificity = [&](size_t i) {
        return (subjects[i].number.isEmpty() ? 0 : 2) + (subjects[i].organisation.isEmpty() ? 0 : 1);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return specificity(x) > specificity(y); });
    std::vector<int> index(subjects.size(), -1);
    QHash<QString, std::vector<int>> byName;
    for (size_t i : order) {
        const Subject &s = subjects[i];
        std::vector<int> &namesakes = byName[s.name];
        auto same = std::find_if(namesakes.begin(), namesakes.end(),
                                 [&](int p) { return isSamePerson(people[static_cast<size_t>(p)], s); });
        if (same == namesakes.end()) {
            index[i] = static_cast<int>(people.size());
            namesakes.push_back(index[i]);
            people.push_back(s);
            continue;
        }
        index[i] = *same;
        Subject &p = people[static_cast<size_t>(*same)];
        if (p.number.isEmpty())
            p.number = s.number;
        if (p.organisation.isEmpty())
            p.organisation = s.organisation;
    }
    return index;
}

} // namespace

std::vector<int> personIndexes(const std::vector<Subject> &subjects)
{
    std::vector<Subject> people;
    return groupPeople(subjects, people);
}

std::vector<Subject> distinctPeople(const std::vector<Subject> &subjects)
{
    std::vector<Subject> people;
    groupPeople(subjects, people);
    return people;
}

QString personLabel(const Subject &subject)
{
    QStringList parts;
    if (!subject.number.isEmpty())
        parts << QStringLiteral("number %1").arg(subject.number);
    if (!subject.organisation.isEmpty())
        parts << subject.organisation;
    if (parts.isEmpty())
        parts << QStringLiteral("no number or organisation");
    return QStringLiteral("%1 (%2)").arg(subject.name, parts.join(QStringLiteral(", ")));
}

Result<Subject> onePersonOf(const std::vector<Assessment> &assessments, const QString &name)
{
    std::vector<Subject> subjects;
    for (const Assessment &a : assessments)
        subjects.push_back(a.subject);
    const std::vector<Subject> people = distinctPeople(subjects);
    if (people.empty())
        return Result<Subject>::failure(QStringLiteral("there is no assessment of %1").arg(name));
    if (people.size() == 1)
        return people.front();
    QString list;
    for (const Subject &p : people)
        list += QStringLiteral("\n  %1").arg(personLabel(p));
    return Result<Subject>::failure(
        QStringLiteral("there are %1 different people named %2; say which with --number or --organisation:%3")
            .arg(people.size())
            .arg(name, list));
}

bool Assessment::sameContent(const Assessment &o) const
{
    auto sameSubject = [](const Subject &x, const Subject &y) {
        return x.name == y.name && x.organisation == y.organisation && x.number == y.number && x.stage == y.stage;
    };
    auto nonEmpty = [](const std::vector<Rating> &all) {
        std::vector<const Rating *> out;
        for (const Rating &r : all)
            if (!r.isEmpty())
                out.push_back(&r);
        // Compared by requirement, whatever order each side keeps them in.
        std::sort(out.begin(), out.end(),
                  [](const Rating *x, const Rating *y) { return x->requirement < y->requirement; });
        return out;
    };
    if (id != o.id || role != o.role || mode != o.mode || !sameSubject(subject, o.subject) ||
        assessorName != o.assessorName || created != o.created || updated != o.updated)
        return false;
    const auto mine = nonEmpty(ratings);
    const auto theirs = nonEmpty(o.ratings);
    if (mine.size() != theirs.size())
        return false;
    for (size_t i = 0; i < mine.size(); ++i) {
        const Rating &x = *mine[i];
        const Rating &y = *theirs[i];
        if (x.requirement != y.requirement || x.level != y.level || x.evidence != y.evidence || x.note != y.note ||
            x.notAssessed != y.notAssessed)
            return false;
    }
    return true;
}

RatingChange RatingChange::levelOnly(const QString &requirement, std::optional<int> level)
{
    RatingChange c;
    c.requirement = requirement;
    c.level = level;
    return c;
}

RatingChange RatingChange::markNotAssessed(const QString &requirement)
{
    RatingChange c;
    c.requirement = requirement;
    c.level = std::optional<int>();
    c.notAssessed = true;
    return c;
}

RatingChange RatingChange::notesOnly(const QString &requirement, const QString &evidence, const QString &note)
{
    RatingChange c;
    c.requirement = requirement;
    c.evidence = evidence;
    c.note = note;
    return c;
}

RatingChange RatingChange::whole(const Rating &rating)
{
    RatingChange c;
    c.requirement = rating.requirement;
    c.level = rating.level;
    c.notAssessed = !rating.level && rating.notAssessed;
    c.evidence = rating.evidence;
    c.note = rating.note;
    return c;
}

QString modeId(Mode mode)
{
    return mode == Mode::Self ? QStringLiteral("self") : QStringLiteral("assessor");
}

std::optional<Mode> modeFromId(const QString &id)
{
    if (id == QLatin1String("self"))
        return Mode::Self;
    if (id == QLatin1String("assessor"))
        return Mode::Assessor;
    return std::nullopt;
}

QString stageId(Stage stage)
{
    return stage == Stage::PreJob ? QStringLiteral("pre-job") : QStringLiteral("on-job");
}

std::optional<Stage> stageFromId(const QString &id)
{
    if (id == QLatin1String("pre-job"))
        return Stage::PreJob;
    if (id == QLatin1String("on-job"))
        return Stage::OnJob;
    return std::nullopt;
}

Status checkRatingText(RatingText field, const QString &text)
{
    if (text.size() <= Limits::TextLength)
        return {};
    // Grouped digits ("4,000") in either language: both write them so.
    const QLocale numbers(QLocale::English);
    const QString limit = numbers.toString(Limits::TextLength);
    const QString length = numbers.toString(static_cast<qlonglong>(text.size()));
    return Status::failure(field == RatingText::Evidence
                               ? CoreText::tr("Evidence has at most %1 characters; the text has %2").arg(limit, length)
                               : CoreText::tr("A note has at most %1 characters; the text has %2").arg(limit, length));
}

QString Rating::evidenceAndNote() const
{
    if (evidence.isEmpty() || note.isEmpty())
        return evidence + note;
    return evidence + QStringLiteral(" · ") + note;
}

const Rating *Assessment::rating(const QString &requirement) const
{
    for (const Rating &r : ratings)
        if (r.requirement == requirement)
            return &r;
    return nullptr;
}

std::optional<int> Assessment::level(const QString &requirement) const
{
    const Rating *r = rating(requirement);
    return r ? r->level : std::nullopt;
}

void Assessment::setRating(const Role &roleRef, Rating value)
{
    ratings.erase(std::remove_if(ratings.begin(), ratings.end(),
                                 [&](const Rating &r) { return r.requirement == value.requirement; }),
                  ratings.end());
    if (value.isEmpty())
        return;
    // Insert in catalog order.
    auto orderOf = [&roleRef](const QString &id) {
        for (size_t i = 0; i < roleRef.requirements.size(); ++i)
            if (roleRef.requirements[i].id == id)
                return static_cast<int>(i);
        return static_cast<int>(roleRef.requirements.size());
    };
    const int order = orderOf(value.requirement);
    auto pos =
        std::find_if(ratings.begin(), ratings.end(), [&](const Rating &r) { return orderOf(r.requirement) > order; });
    ratings.insert(pos, std::move(value));
}

bool Assessment::dealtWith(const QString &requirement) const
{
    const Rating *r = rating(requirement);
    return r && (r->level.has_value() || r->notAssessed);
}

int Assessment::dealtWithCount(const Role &role) const
{
    return static_cast<int>(std::count_if(role.requirements.begin(), role.requirements.end(),
                                          [this](const Requirement &req) { return dealtWith(req.id); }));
}

int Assessment::answeredCount() const
{
    return static_cast<int>(
        std::count_if(ratings.begin(), ratings.end(), [](const Rating &r) { return r.level.has_value(); }));
}

Assessment Assessment::create(const QString &role, Mode mode, Subject subject, QString assessorName)
{
    Assessment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.role = role;
    a.mode = mode;
    a.subject = std::move(subject);
    a.assessorName = std::move(assessorName);
    a.created = nowUtc();
    a.updated = a.created;
    return a;
}

QDateTime nowUtc()
{
    const qint64 secs = QDateTime::currentSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace iitalent
