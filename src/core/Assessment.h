#pragma once

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

// One requirement's rating: a level 0..4 or none yet, with optional evidence and note.
struct Rating final
{
    QString requirement; // e.g. "01.a.1"
    std::optional<int> level;
    QString evidence;
    QString note;

    bool isEmpty() const { return !level && evidence.isEmpty() && note.isEmpty(); }
    // Evidence and note for one line of a table: the non-empty ones joined by " · ".
    QString evidenceAndNote() const;
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

    // A new assessment with a fresh id and the current time.
    static Assessment create(const QString &role, Mode mode, Subject subject, QString assessorName);
};

// Limits on people's text, so an imported file cannot fill the store or a report with megabytes.
namespace Limits {
constexpr int NameLength = 200;               // subject name, organisation, number, assessor name
constexpr int TextLength = 4000;              // evidence, note
constexpr qint64 FileBytes = 8 * 1024 * 1024; // one exchange file
} // namespace Limits

// Current time in UTC rounded to whole seconds, as assessments store it.
QDateTime nowUtc();
// ISO 8601 in UTC with a Z, e.g. "2026-11-23T10:00:00Z".
QString isoUtc(const QDateTime &time);

} // namespace iitalent
