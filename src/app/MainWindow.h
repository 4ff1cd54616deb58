#pragma once

#include "AssessmentStore.h"
#include "Catalog.h"
#include "FileStoreWatcher.h"
#include "Language.h"
#include "StorePostgres.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QActionGroup;
class QItemSelection;

namespace iitalent::gui {

class FileHandOff;

class AssessmentFilterProxy;
class AssessmentListModel;
class QuestionnaireWidget;
class ReportExporter;
class ReportWidget;
class RoleDetailWidget;
class RoleFilterProxyModel;
class RoleTreeModel;

// The main window: the role browser (directions, roles, search) and the selected role's detail.
// It coordinates; each view is its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `dbPath` is the assessment database (--db, IITALENT_DB or the default); it is opened when
    // first needed.
    explicit MainWindow(QWidget *parent = nullptr, const QString &dbPath = QString());
    ~MainWindow() override;

    // Takes the catalog to show (replacing any earlier one).
    void setCatalog(Catalog catalog);
    const Catalog *catalog() const { return m_catalog ? &*m_catalog : nullptr; }

    // Opens a catalog file; on failure the current catalog stays and the error is shown.
    bool openCatalogFile(const QString &path);

    bool selectRole(const QString &code);
    QString selectedRoleCode() const;
    void setSearchText(const QString &text);

    // Assessments.
    AssessmentStore *store();
    // Starts an assessment of a role: asks for the subject, then opens the questionnaire.
    void startAssessment(const QString &roleCode, Mode mode);
    // After the subject is known: when the person (same-person rule) has an unfinished round of
    // the role in this mode, offers to continue it; when they have an earlier one, offers to start
    // from its answers (RepeatRound). Returns the questionnaire opened, none when cancelled.
    QuestionnaireWidget *startAssessmentFor(const QString &roleCode, Mode mode, const Subject &subject,
                                            const QString &assessorName = QString());
    // Creates an assessment without asking (for scripts and tests) and opens its questionnaire.
    QuestionnaireWidget *createAssessment(const QString &roleCode, Mode mode, const Subject &subject,
                                          const QString &assessorName = QString());
    // Ticks the Language menu's item for a choice ("zh", "en" or "" for the system's); main()
    // calls it when --lang chose the language for this run only.
    void showLanguageChoice(const QString &code);
    // An assessment by its id or a unique start of one (at least 4 characters).
    QuestionnaireWidget *openQuestionnaire(const QString &idOrPrefix);
    ReportWidget *openReport(const QString &idOrPrefix);
    // Imports exchange files; asks before replacing an assessment that is already stored (unless
    // `replaceWithoutAsking`). Returns the ids imported; problems are shown.
    QStringList importFiles(const QStringList &paths, bool replaceWithoutAsking = false);
    // Files handed to the program from outside (opened from the file manager, named on the command
    // line): asks whether to import them, naming them and the store, then imports. Returns the ids
    // imported; none when the person says no.
    QStringList offerImport(const QStringList &paths);
    // Which store the window works on (AssessmentStore::identity: no password, however written).
    QString storeIdentity() const;
    // Takes the files opened later on this store (the file manager starting iitalent again, see
    // FileHandOff), also after the window changes store. main() calls it; tests' windows do not.
    void takeOpenedFiles();
    // Files opened from outside: offered for import once no dialog is open (one question for all
    // that came meanwhile), with the window brought forward.
    void openFilesLater(const QStringList &paths);
    void refreshAssessmentList();
    AssessmentListModel *assessmentModel() const;

    RoleTreeModel *roleModel() const { return m_roleModel; }
    RoleFilterProxyModel *roleProxy() const { return m_proxy; }
    RoleDetailWidget *detailWidget() const { return m_detail; }

    // Shows an error in words a user can read: in the status bar and a non-blocking dialog.
    void showError(const QString &message);

Q_SIGNALS:
    // Emitted with a message a user can read when something went wrong (also shown in a dialog).
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onSearchChanged(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    void chooseCatalogFile();
    void useBuiltInCatalog();
    void setLanguagePreference(const QString &code);
    void applyLanguage(Language language);
    void retranslate();
    void retitleTabs();
    static QString assessmentIdOf(QWidget *page);
    void updateAccessibleNames();
    void updateStatus();
    void updateMatchLabel();
    void showAbout();
    void restoreState();
    void closeAssessmentTabs();
    void watchStore();
    // File > Connect to Team Store... (and a team store that did not answer): the dialog, then
    // the store it connected to.
    void connectTeamStore(const QString &problem);
    void useLocalStore();
    void retranslateStoreActions();
    void switchStore(const QString &location);
    void applyLiveChanges();
    // The store's views on screen read it again (the assessment list only when `assessmentList`);
    // the others when they are next shown.
    void reloadStoreViews(bool assessmentList);
    // Offers the files openFilesLater gathered, once no dialog is open.
    void offerOpenedFiles();
    void closeTab(int index);
    QString selectedAssessmentId() const;
    QStringList selectedAssessmentIds() const;
    ReportWidget *currentReport() const;
    void exportSelectedReports();
    void chooseImportFiles();
    void exportSelected();
    void deleteSelected();
    QString tabTitle(const Assessment &a, bool report) const;
    // A stored assessment whose role the catalog has, or nullopt after showing why not.
    QString resolveId(const QString &idOrPrefix);
    // Loads an assessment to show it; refused for one of `hidden` (hiddenHere()).
    std::optional<Assessment> loadForView(const QString &assessmentId, const QStringList &hidden);
    // What blind until submitted keeps from whoever rates in this window (the Hiring Rounds page's
    // panel member): other interviewers' assessments in hiring rounds (blindPanelAssessments).
    QStringList hiddenHere();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::optional<Catalog> m_catalog;
    RoleTreeModel *m_roleModel = nullptr;
    RoleFilterProxyModel *m_proxy = nullptr;
    RoleDetailWidget *m_detail = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QString m_dbPath;
    FileHandOff *m_handOff = nullptr;
    QStringList m_openedFiles;
    std::optional<AssessmentStore> m_store;
    // A team store's announcements of what others changed, applied in batches (applyLiveChanges).
    std::unique_ptr<TeamStoreWatcher> m_watcher;
    std::unique_ptr<FileStoreWatcher> m_fileWatcher; // a file store: what other processes write
    std::vector<StoreChange> m_liveChanges;
    class QTimer *m_liveTimer = nullptr;
    bool m_storeReachable = true;
    bool m_askingForTeamStore = false;
    class QAction *m_connectTeamAction = nullptr;
    class QAction *m_localStoreAction = nullptr;
    bool m_assessmentListDirty = false;
    Qt::WindowStates m_windowStateBeforeProjector;
    ReportExporter *m_exporter = nullptr;
    Language m_language = Language::Chinese;
};

} // namespace iitalent::gui
