#pragma once

#include "AssessmentStore.h"
#include "CohortReport.h"
#include "Language.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace iitalent {
class Catalog;
namespace report {
enum class Format;
}
} // namespace iitalent

namespace iitalent::gui {

class CohortCompareDialog;
class CohortDistributionView;
class CohortHeatmapModel;
class CohortHeatmapPanel;
class WorkshopPlanView;

// The Cohorts page, for instructors (and later HR): the cohorts of the store on the left, with
// New, Delete, and adding a class's answers (files, folders, or by dropping them on the page);
// on the right the class view of the selected cohort for one role and mode: the heatmap, the
// distributions, and the priorities with the workshop plan. Projector mode shows the view in
// large type with participants as P417, P052, …; the key to those numbers is the instructor's
// alone (Show key…) and never shown on the projector. Export… saves the view shown (PDF, HTML,
// CSV or JSON; anonymised when the page is), and Before and after… compares two cohorts.
class CohortsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsPage(QWidget *parent = nullptr);
    ~CohortsPage() override;

    // Where the page gets the store: the main window's (opened on first use; nullptr when it
    // cannot be opened, having said why).
    void setStoreProvider(std::function<AssessmentStore *()> provider);
    void setCatalog(const Catalog *catalog);
    void setLanguage(Language language);

    // Reads the cohorts and the selected cohort's members again (after changes elsewhere).
    void reload();
    // Reloads and puts the focus in the list of cohorts (the heatmap in projector mode): call
    // when the page is shown.
    void activate();

    bool selectCohort(const QString &name);
    QString currentCohortName() const;
    // Shows role `code` (if the catalog has it) in `mode` for the selected cohort.
    bool showRole(const QString &code, Mode mode);

    // Brings files, folders (recursively) and stored ids into the selected cohort, with progress
    // and cancel, then a summary; conflicts may then be settled by taking the newer.
    void addToCurrentCohort(const QStringList &sources);

    void setProjectorMode(bool on);
    bool projectorMode() const { return m_projector; }
    void setAnonymised(bool on);
    bool isAnonymised() const;

    // Asks for a file and exports the view shown (cohort, role, mode) in the format chosen, in the
    // page's language; anonymised when the page is (always in projector mode). The participant key
    // is never exported. Returns the path written, or empty.
    QString exportView();
    // Writes the view shown without asking (tests); anonymised as exportView() would.
    Status writeView(const QString &path, report::Format format, bool overwrite);
    // Asks for a file and saves the tab shown (heatmap, distributions, plan) as a 16:9 slide, PNG
    // at 1920 × 1080 or SVG (CohortSlides); anonymised as exportView() is. Returns the path written.
    QString saveSlide();
    // Writes the slide of the tab shown without asking (tests): SVG for a .svg path, else PNG.
    Status writeSlide(const QString &path, bool overwrite);
    // Opens the before-and-after dialog for the shown role and mode, the selected cohort as AFTER
    // (window-modal; nullptr when fewer than two cohorts or no role). Returns the dialog opened.
    CohortCompareDialog *compareCohorts();
    CohortCompareDialog *compareDialog() const;

    // Takes the participant of the heatmap's current row out of the cohort, after asking (the
    // question names the person and the cohort); the assessment stays stored. Not in projector
    // mode nor while anonymised: the question would show the name. False when nothing was removed.
    bool removeCurrentMember();
    QAction *removeMemberAction() const { return m_removeMemberAction; }

    // The class view shown (nullptr when none), and its heatmap.
    const CohortReport *report() const { return m_report.get(); }
    CohortHeatmapModel *heatmapModel() const;
    QTableView *heatmapTable() const;

Q_SIGNALS:
    // A participant's row was opened (double-click or Enter; never in projector mode).
    void reportRequested(const QString &assessmentId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // Assessments were stored or replaced by an add: other lists may be out of date.
    void assessmentsChanged();
    // Projector mode began or ended: the window shows only this page, full screen, meanwhile.
    void projectorModeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    AssessmentStore *store();
    void buildLayout();
    void retranslate();
    void fillCohortList(const QString &select);
    void onCohortChanged();
    void loadMembers();
    void fillRoleCombo();
    void fillModeCombo();
    void rebuildReport();
    void updateSummary();
    void updateActions();
    void newCohort();
    void deleteCohort();
    // The participant of the heatmap's current row (nullptr when none).
    const CohortParticipant *currentParticipant() const;
    void chooseFiles();
    void chooseFolder();
    // `cohort` by value: the list it came from is read again while it runs.
    void collect(Cohort cohort, const QStringList &sources, bool replaceWithNewer);
    void showKey();
    // The view as it may leave the instructor's screen: a copy, anonymised when the page is.
    std::optional<CohortReport> exportableReport() const;
    bool exportAnonymised() const;
    void openRow(int modelRow);
    QString kindName(CohortKind kind) const;
    QString roleTitle(const QString &code) const;
    std::optional<Cohort> selectedCohort() const;

    std::function<AssessmentStore *()> m_storeProvider;
    const Catalog *m_catalog = nullptr;
    Language m_language = Language::Chinese;

    std::vector<Cohort> m_cohorts;
    std::optional<Cohort> m_cohort;               // the one whose members are loaded
    std::vector<AssessmentSummary> m_members;     // all of its members, any role and mode
    std::shared_ptr<const CohortReport> m_report; // the class view shown
    QString m_roleCode;                           // the role last chosen
    bool m_projector = false;
    bool m_anonymisedBeforeProjector = false;
    bool m_filling = false;

    QSplitter *m_splitter = nullptr;
    QWidget *m_leftPane = nullptr;
    QWidget *m_rightPane = nullptr;
    QLabel *m_listLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_addFolderButton = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_cohortInfo = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QCheckBox *m_anonymise = nullptr;
    QPushButton *m_keyButton = nullptr;
    QPushButton *m_projectorButton = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_slideButton = nullptr;
    QPushButton *m_removeMemberButton = nullptr;
    QTabWidget *m_views = nullptr;
    CohortHeatmapPanel *m_heatmap = nullptr;
    CohortDistributionView *m_distributions = nullptr;
    WorkshopPlanView *m_plan = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_removeMemberAction = nullptr;
    QAction *m_projectorAction = nullptr;
    QAction *m_leaveProjectorAction = nullptr;
    QPointer<QDialog> m_keyDialog;
    QPointer<CohortCompareDialog> m_compareDialog;
};

} // namespace iitalent::gui
