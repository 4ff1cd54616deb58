#pragma once

#include "Cohort.h"
#include "CohortCollect.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace iitalent {
class AssessmentStore;
class Catalog;
} // namespace iitalent

namespace iitalent::gui {

// The window's side of CohortCollect (the core's one workflow for adding a class's answers): a
// window-modal progress dialog whose Cancel stops the run, then a summary that does not block,
// with the conflicts' update times and the refused files' reasons in its details.
class CohortCollectFlow final
{
    Q_DECLARE_TR_FUNCTIONS(CohortCollectFlow)

public:
    static CohortCollect::Result run(QWidget *parent, AssessmentStore &store, const Catalog &catalog,
                                     const Cohort &cohort, const QStringList &sources, bool replaceWithNewer);

    // Shows what came in. When conflicts were left unsettled it asks "Replace with the newer?";
    // `replace` is then called with those files, after the box has closed. Returns the headline
    // (for a status bar).
    static QString showSummary(QWidget *parent, const Cohort &cohort, const CohortCollect::Result &result,
                               bool replaceWithNewer, const std::function<void(const QStringList &)> &replace);
};

} // namespace iitalent::gui
