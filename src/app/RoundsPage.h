#pragma once

#include "AssessmentStore.h"
#include "HiringRound.h"
#include "Language.h"
#include "RoundModels.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace iitalent {
class Catalog;
namespace report {
enum class Format;
}
} // namespace iitalent

namespace iitalent::gui {

class HeatmapDelegate;

// The Hiring Rounds page, for HR (issue 11): the store's hiring rounds on the left, with New,
// Delete, adding the panel's questionnaires (files, folders, or dropped on the page) and rating a
// candidate in this window; on the right the selected round:
// - Ranking: the candidates in rank order with the rule in words, sortable by any column, and the
//   decision about the selected candidate (shortlist, hold, reject, with a note) recorded in place;
// - Side by side: 2 to 6 candidates chosen in the ranking as columns, the role's requirements as
//   rows, the panel's levels and evidence on hover, must-haves marked, differences marked (or
//   alone);
// - Panel: one candidate's interviewers item by item, disagreements flagged, their evidence and
//   notes side by side, the candidate's own rating beside them, and the chair's consensus with
//   its reason recorded or withdrawn in place.
// Blind until submitted: until the interviewer this window rates as (Rate as) has submitted their
// scorecard of a candidate, nothing made of the other panel members' scorecards of that candidate
// is shown: levels, combined levels, rank, figures, decisions, agreement, export. On a team store
// the server enforces the same (row-level security); here it is the window's view of it.
class RoundsPage final : public QWidget
{
    Q_OBJECT

public:
    enum View { RankingView = 0, SideBySideView = 1, PanelView = 2, ChangesView = 3 };

    explicit RoundsPage(QWidget *parent = nullptr);
    ~RoundsPage() override;

    void setStoreProvider(std::function<AssessmentStore *()> provider);
    void setCatalog(const Catalog *catalog);
    void setLanguage(Language language);

    // Reads the rounds and the selected round again.
    void reload();
    // Reloads and puts the focus in the list of rounds (or the ranking when a round is shown).
    void activate();

    bool selectRound(const QString &name);
    QString currentRoundName() const;
    const RoundReport *report() const { return m_report.get(); }

    // The ranking, in the order shown: select candidates (by rank) and show them.
    QTableView *rankingTable() const { return m_ranking; }
    RoundRankingModel *rankingModel() const { return m_rankingModel; }
    bool selectCandidates(const std::vector<int> &ranks);
    // Shows the candidates selected in the ranking side by side (2 to 6); false otherwise.
    bool showSideBySide();
    RoundSideBySideModel *sideBySideModel() const { return m_sideModel; }
    QTableView *sideBySideTable() const { return m_side; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    // Shows the panel of the candidate of rank `rank` (the selected one when 0).
    bool showPanel(int rank = 0);
    RoundPanelModel *panelModel() const { return m_panelModel; }
    QTableView *panelTable() const { return m_panel; }
    QTextBrowser *remarksView() const { return m_remarks; }
    // The round's audit trail (Changes): who changed what, oldest first; empty while blind.
    QTreeWidget *changesList() const { return m_changes; }
    void setView(View view);
    View currentView() const;

    // Whom this window rates as in hiring rounds (blind until submitted decides what it shows):
    // nullopt until chosen (then every candidate's panel is hidden), empty for nobody (the HR lead
    // leading the round, who sees everything), or an interviewer's name. On a team store it is the
    // login's: an interviewer's name, nobody for an admin, and cannot be changed here.
    void setRateAs(const std::optional<QString> &name);
    const std::optional<QString> &rateAs() const { return m_rateAs; }
    // Submits (or reopens) the rate-as interviewer's scorecard of the candidate selected in the
    // ranking, as the buttons do; false with the error shown.
    bool submitScorecard(const QString &recommendation, const QString &comment);
    bool reopenScorecard();

    // In-place records (the widgets' values), as the buttons do; false with the error shown.
    bool recordConsensus(const QString &requirement, int level, const QString &reason, const QString &chair);
    bool withdrawConsensus(const QString &requirement);
    bool recordDecision(const QString &decision, const QString &note);

    // Adds files, folders and ids to the selected round (its role only), with progress.
    void addToCurrentRound(const QStringList &sources);
    // Writes the round's hiring-meeting document without asking (tests).
    Status writeDocument(const QString &path, report::Format format, bool overwrite);

Q_SIGNALS:
    void questionnaireRequested(const QString &assessmentId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    void assessmentsChanged();
    // Whom the window rates as changed (what blind until submitted hides elsewhere changes too).
    void rateAsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    AssessmentStore *store();
    void buildLayout();
    void retranslate();
    void fillRoundList(const QString &select);
    void loadRound();
    RoundView makeView() const;
    void updateHeader();
    void updateActions();
    void updateDecisionEditor();
    void updatePanelEditor();
    void updateRemarks();
    void refreshViews();
    void fillChanges();
    void newRound();
    void deleteRound();
    void chooseFiles();
    void chooseFolder();
    void rateCandidate();
    void chooseRateAs(int comboIndex);
    void fillRateAsCombo();
    void askSubmit();
    // The rate-as interviewer's place on the selected candidate's panel, or -1.
    int myPanelPlace() const;
    // Reads who the team store's login is (its name and role), once per store.
    void readLogin();
    void exportDocument();
    // The shown round as its document needs it (the shortlisted candidates' evidence read), or why
    // it may not leave the window.
    Result<RoundReport> documentReport();
    std::vector<int> selectedCandidates() const; // indexes into m_report->candidates, in rank order
    int panelItemRow() const;
    // Whether a candidate's panel is hidden from someone rating here (then nothing of the round
    // leaves the window: no export).
    bool anyHidden() const;
    void fillLevelCombo();

    std::function<AssessmentStore *()> m_storeProvider;
    const Catalog *m_catalog = nullptr;
    Language m_language = Language::Chinese;

    std::vector<Cohort> m_rounds;
    std::shared_ptr<const RoundReport> m_report;
    std::vector<int> m_sideIndexes;  // candidates shown side by side (indexes into the report)
    int m_panelIndex = -1;           // candidate whose panel is shown
    std::optional<QString> m_rateAs; // see setRateAs()
    QString m_loginRole;             // on a team store: admin, assessor or participant
    QString m_loginStore;            // the store whose login was read
    bool m_filling = false;

    QSplitter *m_splitter = nullptr;
    QLabel *m_listLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_addFolderButton = nullptr;
    QPushButton *m_rateButton = nullptr;
    QLabel *m_rateAsLabel = nullptr;
    QComboBox *m_rateAsCombo = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_rule = nullptr;
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_scorecardScope = nullptr;
    QLabel *m_changesNote = nullptr;
    QTreeWidget *m_changes = nullptr;
    QTabWidget *m_views = nullptr;

    QTableView *m_ranking = nullptr;
    RoundRankingModel *m_rankingModel = nullptr;
    QSortFilterProxyModel *m_rankingProxy = nullptr;
    QPushButton *m_sideButton = nullptr;
    QPushButton *m_panelButton = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QComboBox *m_decision = nullptr;
    QLabel *m_decisionNoteLabel = nullptr;
    QLineEdit *m_decisionNote = nullptr;
    QPushButton *m_decideButton = nullptr;

    QLabel *m_sideHint = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QTableView *m_side = nullptr;
    RoundSideBySideModel *m_sideModel = nullptr;
    RoundDifferencesFilter *m_sideFilter = nullptr;
    HeatmapDelegate *m_sideCells = nullptr;

    QLabel *m_panelTitle = nullptr;
    QTableView *m_panel = nullptr;
    RoundPanelModel *m_panelModel = nullptr;
    HeatmapDelegate *m_panelCells = nullptr;
    QTextBrowser *m_remarks = nullptr;
    QLabel *m_consensusLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_chairLabel = nullptr;
    QLineEdit *m_chair = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_withdrawButton = nullptr;
};

} // namespace iitalent::gui
