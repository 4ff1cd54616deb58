#include "CohortCollectFlow.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

namespace iitalent::gui {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

CohortCollect::Result CohortCollectFlow::run(QWidget *parent, AssessmentStore &store, const Catalog &catalog,
                                             const Cohort &cohort, const QStringList &sources, bool replaceWithNewer)
{
    QProgressDialog progress(tr("Adding to “%1”…").arg(cohort.name), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Adding Assessments"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    CohortCollect::Result result = CohortCollect::run(
        store, catalog, cohort.id, sources, replaceWithNewer,
        [&](int done, int total) {
            if (progress.maximum() != total)
                progress.setMaximum(total);
            progress.setLabelText(tr("Adding to “%1”: %2 of %3").arg(cohort.name).arg(done).arg(total));
            progress.setValue(done); // window-modal: processes events, so Cancel can be pressed
            return !progress.wasCanceled();
        },
        CohortCollect::onlyRoleOf(cohort));
    progress.close();
    return result;
}

QString CohortCollectFlow::showSummary(QWidget *parent, const Cohort &cohort, const CohortCollect::Result &r,
                                       bool replaceWithNewer, const std::function<void(const QStringList &)> &replace)
{
    QStringList lines;
    lines << tr("Added %n assessment(s) to “%1”.", nullptr, r.added).arg(cohort.name);
    if (r.imported > 0)
        lines << tr("Newly stored among them: %n.", nullptr, r.imported);
    if (r.alreadyPresent > 0)
        lines << tr("Already in the cohort: %n.", nullptr, r.alreadyPresent);
    QStringList conflicts;
    QStringList conflictSources;
    QStringList settled;
    QStringList refused;
    for (const CohortCollect::Entry &e : r.entries) {
        const QString source = QFileInfo::exists(e.source) ? QDir::toNativeSeparators(e.source) : e.source;
        if (e.kind == CohortCollect::Entry::Kind::Conflict) {
            conflictSources << e.source;
            conflicts << tr("%1 (%2): stored %3, in the file %4")
                             .arg(source, e.subject, timeText(e.storedUpdated), timeText(e.fileUpdated));
        } else if (e.conflict && e.resolved) {
            settled << (e.replaced ? tr("%1 (%2): replaced by the file's newer one").arg(source, e.subject)
                                   : tr("%1 (%2): the stored one is newer and was kept").arg(source, e.subject));
        } else if (e.kind == CohortCollect::Entry::Kind::Refused) {
            refused << tr("%1: %2").arg(source, e.problems.join(QStringLiteral("; ")));
        }
    }
    if (!conflicts.isEmpty())
        lines << tr("Conflicts: %n (stored with different answers: left as stored and not added).", nullptr,
                    static_cast<int>(conflicts.size()));
    if (!settled.isEmpty())
        lines << tr("Conflicts settled by keeping the newer: %n.", nullptr, static_cast<int>(settled.size()));
    if (r.refused > 0)
        lines << tr("Refused: %n (see the details); the rest came in.", nullptr, r.refused);
    if (r.cancelled)
        lines << tr("Cancelled: what came in before stays in the cohort.");
    if (!r.failure.isEmpty())
        lines << tr("The assessment database failed: %1. What was written before stays.").arg(r.failure);

    QStringList details;
    if (!conflicts.isEmpty())
        details << tr("Conflicts:") << conflicts << QString();
    if (!settled.isEmpty())
        details << tr("Settled:") << settled << QString();
    if (!refused.isEmpty())
        details << tr("Refused:") << refused;

    const bool trouble = !conflicts.isEmpty() || !refused.isEmpty() || !r.failure.isEmpty();
    auto *box =
        new QMessageBox(trouble ? QMessageBox::Warning : QMessageBox::Information, tr("Added to “%1”").arg(cohort.name),
                        lines.join(QLatin1Char('\n')), QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details.join(QLatin1Char('\n')).trimmed());
    if (!conflictSources.isEmpty() && !replaceWithNewer && replace) {
        box->setInformativeText(tr("Replace with the newer? For each conflict the newer of the two is kept (the "
                                   "stored one on a tie) and added to the cohort."));
        QAbstractButton *replaceButton = box->addButton(tr("&Replace with the Newer"), QMessageBox::AcceptRole);
        box->addButton(tr("&Keep the Stored Ones"), QMessageBox::RejectRole);
        QObject::connect(box, &QMessageBox::buttonClicked, parent,
                         [parent, replaceButton, replace, conflictSources](QAbstractButton *clicked) {
                             if (clicked != replaceButton)
                                 return;
                             // After the box has closed: the rerun shows its own progress and summary.
                             QTimer::singleShot(0, parent, [replace, conflictSources] { replace(conflictSources); });
                         });
    } else {
        box->addButton(QMessageBox::Ok);
    }
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return lines.first();
}

} // namespace iitalent::gui
