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
// Blind until submitted: while a panel member rates a candidate in this window and has not
// answered every item, that candidate's panel ratings (and the figures made of them) are hidden.
class RoundsPage final : public QWidget
{
    Q_OBJECT

public:
    enum View { RankingView = 0, SideBySideView = 1, PanelView = 2 };

    explicit RoundsPage(QWidget *parent = nullptr);
    ~RoundsPage() override;

    void setStoreProvider(std::function<AssessmentStore *()> provider);
    // The assessments whose questionnaires are open in this window (for blind until submitted).
    void setOpenAssessmentsProvider(std::function<QStringList()> provider);
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
    void setView(View view);
    View currentView() const;

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
    void newRound();
    void deleteRound();
    void chooseFiles();
    void chooseFolder();
    void rateCandidate();
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
    std::function<QStringList()> m_openAssessments;
    const Catalog *m_catalog = nullptr;
    Language m_language = Language::Chinese;

    std::vector<Cohort> m_rounds;
    std::shared_ptr<const RoundReport> m_report;
    std::vector<int> m_sideIndexes; // candidates shown side by side (indexes into the report)
    int m_panelIndex = -1;          // candidate whose panel is shown
    QStringList m_ratersHere;       // assessors who rated with Rate a Candidate since the window opened
    bool m_filling = false;

    QSplitter *m_splitter = nullptr;
    QLabel *m_listLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_addFilesButton = nullptr;
    QPushButton *m_addFolderButton = nullptr;
    QPushButton *m_rateButton = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_rule = nullptr;
    QPushButton *m_exportButton = nullptr;
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
