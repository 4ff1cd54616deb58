#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QObject>

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
    // Sets the evidence and note, keeping the level.
    Status setNotes(const QString &requirement, const QString &evidence, const QString &note);

Q_SIGNALS:
    void ratingChanged(const QString &requirement);

private:
    Status save(const RatingChange &change);

    const Catalog &m_catalog;
    AssessmentStore &m_store;
    Assessment m_assessment;
    const Role *m_role = nullptr;
};

} // namespace iitalent::gui
