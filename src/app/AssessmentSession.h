#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <set>

namespace iitalent {
class AssessmentStore;
class Catalog;
struct Role;
} // namespace iitalent

namespace iitalent::gui {

// The assessment being answered in the window: every change is written to the store at once
// (there is no Save button to forget), then announced so the views update.
class AssessmentSession final : public QObject
{
    Q_OBJECT

public:
    AssessmentSession(const Catalog &catalog, AssessmentStore &store, Assessment assessment, QObject *parent = nullptr);

    const Assessment &assessment() const { return m_assessment; }
    const Role &role() const { return *m_role; }
    const Catalog &catalog() const { return m_catalog; }

    // Sets a level (nullopt clears it), keeping the item's evidence and note.
    Status setLevel(const QString &requirement, std::optional<int> level);
    // Marks an item not assessed (an interviewer's "未考察": no level, never a figure).
    Status markNotAssessed(const QString &requirement);
    // Sets the evidence and note, keeping the level.
    Status setNotes(const QString &requirement, const QString &evidence, const QString &note);

    // Another machine changed this assessment's `requirement` in the team store: takes the
    // stored rating (unless an answer of ours to it is still unsent: ours is the later write).
    void reloadItem(const QString &requirement);
    // Another window or process changed this assessment (a file store says only that something
    // changed): reads it once and takes every stored rating that differs from the one shown,
    // except `editing` (an item whose evidence or note is being typed) and unsent answers.
    void reloadAll(const QString &editing = QString());

    // Items whose answer was carried over from the previous round (RepeatRound) and not changed
    // since: the questionnaire marks them "from last time".
    void setFromLastTime(std::set<QString> items) { m_fromLastTime = std::move(items); }
    bool fromLastTime(const QString &requirement) const { return m_fromLastTime.count(requirement) > 0; }

    // Answers given while the team store could not be reached: kept here (and shown), and sent
    // in the order given as soon as it answers (tried every two seconds).
    int unsentCount() const { return static_cast<int>(m_unsent.size()); }
    // Tries to send the unsent answers now.
    void retry();

Q_SIGNALS:
    void ratingChanged(const QString &requirement);
    // The unsent answers went from none to some, changed in number, or were all sent (0).
    void unsentChanged(int count, const QString &reason);

private:
    Status save(const RatingChange &change);
    void keepUnsent(const RatingChange &change, const QString &reason, const QDateTime &given);

    const Catalog &m_catalog;
    AssessmentStore &m_store;
    Assessment m_assessment;
    const Role *m_role = nullptr;
    struct Unsent
    {
        RatingChange change;
        QDateTime given; // when it was given: the time it is stored with
    };
    std::vector<Unsent> m_unsent; // in the order given
    std::set<QString> m_fromLastTime;
    QTimer m_retry;
};

} // namespace iitalent::gui
