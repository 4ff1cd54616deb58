#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace iitalent {

class Catalog;
struct Role;

// Who rates: the person themselves, or an assessor (HR, an instructor) rating someone.
enum class Mode { Self, Assessor };
// Appendix A.2's two stages: students and job seekers (pre-job), employees (on-job).
enum class Stage { PreJob, OnJob };

QString modeId(Mode mode); // "self" / "assessor"
std::optional<Mode> modeFromId(const QString &id);
QString stageId(Stage stage); // "pre-job" / "on-job"
std::optional<Stage> stageFromId(const QString &id);

// The person assessed.
struct Subject final
{
    QString name;
    QString organisation;
    QString number; // staff or student number
    Stage stage = Stage::OnJob;
};

// Whether two subjects are the same person: the same name, and the same staff or student number
// and organisation wherever both give one (two 张伟 of one class differ by number).
bool isSamePerson(const Subject &a, const Subject &b);
// The different people among `subjects`: those that are the same person (isSamePerson) are
// merged into one, which keeps the number and organisation any of them gives. Two 陈静 with
// different numbers are two people; a 陈静 without a number joins the first 陈静 that matches.
std::vector<Subject> distinctPeople(const std::vector<Subject> &subjects);
// The same rule as an index: for each subject, which of the different people it is (0, 1, ...,
// numbered as distinctPeople lists them). Subjects are matched only among namesakes, so a class
// of 10,000 different names takes 10,000 steps, not 10,000².
std::vector<int> personIndexes(const std::vector<Subject> &subjects);
// A person in a list of namesakes: "陈静 (number 002, 华东班)".
QString personLabel(const Subject &subject);
struct Assessment;
// The one person that `assessments` (found by a name, and a number or organisation if given)
// are of; a failure that lists the different people among them when several share the name, so
// that the person asking can say which (forget-subject and history refuse to mix namesakes).
Result<Subject> onePersonOf(const std::vector<Assessment> &assessments, const QString &name);

// One requirement's rating: a level 0..4 or none yet, with optional evidence and note. An
// interviewer may mark an item "not assessed" (未考察) instead of giving a level: it has no level
// and never enters a figure, but it counts as dealt with when a scorecard is submitted.
struct Rating final
{
    QString requirement; // e.g. "01.a.1"
    std::optional<int> level;
    QString evidence;
    QString note;
    bool notAssessed = false; // never together with a level

    bool isEmpty() const { return !level && !notAssessed && evidence.isEmpty() && note.isEmpty(); }
    // Evidence and note for one line of a table: the non-empty ones joined by " · ".
    QString evidenceAndNote() const;
};

// A change to one stored rating: only the fields that are given are written; the others keep
// what is stored, whoever wrote it meanwhile (a level-only rating never wipes evidence).
struct RatingChange final
{
    QString requirement;
    std::optional<std::optional<int>> level; // a level, or "no level", when set
    bool notAssessed = false;                // with `level` set to "no level": marked not assessed
    std::optional<QString> evidence;
    std::optional<QString> note;

    static RatingChange levelOnly(const QString &requirement, std::optional<int> level);
    static RatingChange markNotAssessed(const QString &requirement);
    static RatingChange notesOnly(const QString &requirement, const QString &evidence, const QString &note);
    static RatingChange whole(const Rating &rating);
};

// One person assessed against one role. Ratings are kept in the role's catalog order and hold
// only requirements that have a level, evidence or a note; a missing one is unanswered.
struct Assessment final
{
    QString id; // a UUID without braces
    QString role;
    Mode mode = Mode::Self;
    Subject subject;
    QString assessorName; // in assessor mode
    QDateTime created;    // UTC, whole seconds
    QDateTime updated;    // UTC, whole seconds
    std::vector<Rating> ratings;

    const Rating *rating(const QString &requirement) const;
    std::optional<int> level(const QString &requirement) const;
    // Sets or replaces a rating; an empty rating removes it. Keeps the order of `role`'s items.
    void setRating(const Role &role, Rating rating);
    int answeredCount() const;
    // Whether an item is dealt with: a level given, or marked not assessed.
    bool dealtWith(const QString &requirement) const;
    // How many of `role`'s items are dealt with.
    int dealtWithCount(const Role &role) const;

    // The same assessment in every field and rating (what "identical content" means when one
    // arrives twice).
    bool sameContent(const Assessment &other) const;

    // A new assessment with a fresh id and the current time.
    static Assessment create(const QString &role, Mode mode, Subject subject, QString assessorName);
};

// Limits on people's text, so an imported file cannot fill the store or a report with megabytes.
namespace Limits {
constexpr int NameLength = 200;               // subject name, organisation, number, assessor name
constexpr int TextLength = 4000;              // evidence, note
constexpr qint64 FileBytes = 8 * 1024 * 1024; // one exchange file
constexpr int RoleCodeLength = 20;            // a role's code, in a catalog and in an exchange file
} // namespace Limits

// A rating's two texts, for the rule on their length.
enum class RatingText { Evidence, Note };
// Whether `text` fits a rating's evidence or note (Limits::TextLength characters); the failure
// names the field, the limit and the text's length: "Evidence has at most 4,000 characters; the
// text has 5,000". The window, the command line and the store all apply this one rule.
Status checkRatingText(RatingText field, const QString &text);

// Current time in UTC rounded to whole seconds, as assessments store it.
QDateTime nowUtc();
// ISO 8601 in UTC with a Z, e.g. "2026-11-23T10:00:00Z".
QString isoUtc(const QDateTime &time);

} // namespace iitalent
