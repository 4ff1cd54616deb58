#include "RoundsPage.h"

#include "Catalog.h"
#include "CohortCollectFlow.h"
#include "CohortExport.h"
#include "CohortText.h"
#include "DroppedFiles.h"
#include "ExchangeFile.h"
#include "HeatmapDelegate.h"
#include "Levels.h"
#include "RoundText.h"
#include "Settings.h"
#include "SubjectDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace iitalent::gui {

namespace {

const Setting<QString> kCollectDir{"rounds/lastFolder", QString()};
const Setting<QString> kChair{"rounds/chair", QString()};
const Setting<QByteArray> kSplitter{"rounds/splitter", QByteArray()};

constexpr int NameColumn = 0;
constexpr int RoleColumn = 1;
constexpr int MembersColumn = 2;

QTableView *makeTable(QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setHighlightSections(false);
    t->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the window
    return t;
}

// The form that creates a hiring round: its name, its one role and the must-haves among that
// role's requirements, the date and a note.
class NewRoundDialog final : public QDialog
{
public:
    NewRoundDialog(const Catalog &catalog, Language language, QWidget *parent) : QDialog(parent), m_catalog(catalog)
    {
        setWindowTitle(RoundsPage::tr("New Hiring Round"));
        auto *form = new QFormLayout;
        m_name = new QLineEdit(this);
        m_role = new QComboBox(this);
        for (const Role &role : catalog.roles())
            m_role->addItem(QStringLiteral("%1 %2").arg(role.code, role.name(language)), role.code);
        m_mustHaves = new QListWidget(this);
        m_mustHaves->setMinimumHeight(fontMetrics().height() * 12);
        m_date = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this);
        m_note = new QLineEdit(this);
        form->addRow(RoundsPage::tr("&Name:"), m_name);
        form->addRow(RoundsPage::tr("&Role:"), m_role);
        form->addRow(RoundsPage::tr("&Must-haves:"), m_mustHaves);
        form->addRow(RoundsPage::tr("&Date:"), m_date);
        form->addRow(RoundsPage::tr("N&ote:"), m_note);
        auto *hint =
            new QLabel(RoundsPage::tr("Tick the requirements a candidate must meet (必备要求). A candidate who "
                                      "fails one ranks after every candidate who meets them all."),
                       this);
        hint->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setText(RoundsPage::tr("Create"));
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(hint);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_name, &QLineEdit::textChanged, this, [this] { validate(); });
        connect(m_role, &QComboBox::currentIndexChanged, this, [this] { fillMustHaves(); });
        fillMustHaves();
        validate();
        resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    }

    Cohort round() const
    {
        Cohort c;
        c.name = m_name->text().trimmed();
        c.kind = CohortKind::Hiring;
        c.roles = QStringList{m_role->currentData().toString()};
        c.date = m_date->text().trimmed();
        c.note = m_note->text().trimmed();
        return c;
    }
    QStringList mustHaves() const
    {
        QStringList ids;
        for (int i = 0; i < m_mustHaves->count(); ++i)
            if (m_mustHaves->item(i)->checkState() == Qt::Checked)
                ids << m_mustHaves->item(i)->data(Qt::UserRole).toString();
        return ids;
    }

private:
    void fillMustHaves()
    {
        m_mustHaves->clear();
        const Role *role = m_catalog.role(m_role->currentData().toString());
        if (!role)
            return;
        for (const Requirement &req : role->requirements) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1  %2  (%3)").arg(req.id, req.textZh).arg(req.level), m_mustHaves);
            item->setData(Qt::UserRole, req.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(req.textZh);
        }
    }
    void validate() { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); }

    const Catalog &m_catalog;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_mustHaves = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace

RoundsPage::RoundsPage(QWidget *parent) : QWidget(parent)
{
    buildLayout();
    setAcceptDrops(true);
    retranslate();
    updateActions();
}

RoundsPage::~RoundsPage()
{
    kSplitter.set(m_splitter->saveState());
}

void RoundsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    // Left: the rounds.
    auto *leftPane = new QWidget(m_splitter);
    auto *left = new QVBoxLayout(leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    // Who rates here, above the rounds: what the page shows depends on it.
    m_rateAsLabel = new QLabel(leftPane);
    m_rateAsCombo = new QComboBox(leftPane);
    m_rateAsCombo->setObjectName(QStringLiteral("roundRateAs"));
    m_rateAsCombo->setMinimumContentsLength(12);
    m_rateAsCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rateAsLabel->setBuddy(m_rateAsCombo);
    left->addWidget(m_rateAsLabel);
    left->addWidget(m_rateAsCombo);
    m_listLabel = new QLabel(leftPane);
    left->addWidget(m_listLabel);
    m_list = new QTreeWidget(leftPane);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MembersColumn, QHeaderView::ResizeToContents);
    m_listLabel->setBuddy(m_list);
    left->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    m_newButton = new QPushButton(leftPane);
    m_deleteButton = new QPushButton(leftPane);
    m_addFilesButton = new QPushButton(leftPane);
    m_addFolderButton = new QPushButton(leftPane);
    m_rateButton = new QPushButton(leftPane);
    m_rateButton->setObjectName(QStringLiteral("roundRateButton"));
    buttons->addWidget(m_newButton, 0, 0);
    buttons->addWidget(m_deleteButton, 0, 1);
    buttons->addWidget(m_addFilesButton, 1, 0);
    buttons->addWidget(m_addFolderButton, 1, 1);
    buttons->addWidget(m_rateButton, 2, 0, 1, 2);
    m_submitButton = new QPushButton(leftPane);
    m_submitButton->setObjectName(QStringLiteral("roundSubmitButton"));
    m_reopenButton = new QPushButton(leftPane);
    m_reopenButton->setObjectName(QStringLiteral("roundReopenButton"));
    buttons->addWidget(m_submitButton, 3, 0, 1, 2); // a row each: their words are long in English
    buttons->addWidget(m_reopenButton, 4, 0, 1, 2);
    left->addLayout(buttons);
    m_dropHint = new QLabel(leftPane);
    m_dropHint->setWordWrap(true);
    left->addWidget(m_dropHint);

    // Right: the selected round.
    auto *rightPane = new QWidget(m_splitter);
    auto *right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_header = new QLabel(rightPane);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_header, 1);
    m_exportButton = new QPushButton(rightPane);
    m_exportButton->setObjectName(QStringLiteral("roundExportButton"));
    m_scorecardScope = new QComboBox(rightPane);
    m_scorecardScope->setObjectName(QStringLiteral("roundScorecardScope"));
    for (const char *scope : {"all", "shortlisted", "shortlisted,held", "held", "rejected"})
        m_scorecardScope->addItem(QString(), QString::fromLatin1(scope));
    top->addWidget(m_scorecardScope, 0, Qt::AlignTop);
    top->addWidget(m_exportButton, 0, Qt::AlignTop);
    right->addLayout(top);
    m_rule = new QLabel(rightPane);
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    m_rule->setObjectName(QStringLiteral("roundRule"));
    right->addWidget(m_rule);

    m_views = new QTabWidget(rightPane);
    m_views->setDocumentMode(true);
    right->addWidget(m_views, 1);

    // The ranking, and the decision about the selected candidate.
    auto *rankingPage = new QWidget(m_views);
    auto *rankingLayout = new QVBoxLayout(rankingPage);
    m_ranking = makeTable(rankingPage);
    m_ranking->setObjectName(QStringLiteral("roundRanking"));
    m_rankingModel = new RoundRankingModel(this);
    m_rankingProxy = new QSortFilterProxyModel(this);
    m_rankingProxy->setSourceModel(m_rankingModel);
    m_rankingProxy->setSortRole(RoundRankingModel::SortRole);
    m_rankingProxy->setSortLocaleAware(true);
    m_ranking->setModel(m_rankingProxy);
    m_ranking->setSortingEnabled(true);
    m_ranking->sortByColumn(RoundRankingModel::RankColumn, Qt::AscendingOrder);
    m_ranking->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ranking->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rankingLayout->addWidget(m_ranking, 1);
    auto *rankingButtons = new QHBoxLayout;
    m_sideButton = new QPushButton(rankingPage);
    m_panelButton = new QPushButton(rankingPage);
    rankingButtons->addWidget(m_sideButton);
    rankingButtons->addWidget(m_panelButton);
    rankingButtons->addSpacing(fontMetrics().averageCharWidth() * 3);
    m_decisionLabel = new QLabel(rankingPage);
    m_decision = new QComboBox(rankingPage);
    m_decision->setObjectName(QStringLiteral("roundDecision"));
    for (const QString &decision : roundDecisionIds())
        m_decision->addItem(QString(), decision);
    m_decision->setCurrentIndex(-1); // none until one is chosen
    m_decisionLabel->setBuddy(m_decision);
    m_decisionNoteLabel = new QLabel(rankingPage);
    m_decisionNote = new QLineEdit(rankingPage);
    m_decisionNoteLabel->setBuddy(m_decisionNote);
    m_decideButton = new QPushButton(rankingPage);
    rankingButtons->addWidget(m_decisionLabel);
    rankingButtons->addWidget(m_decision);
    rankingButtons->addWidget(m_decisionNoteLabel);
    rankingButtons->addWidget(m_decisionNote, 1);
    rankingButtons->addWidget(m_decideButton);
    rankingLayout->addLayout(rankingButtons);
    m_views->addTab(rankingPage, QString());

    // Side by side.
    auto *sidePage = new QWidget(m_views);
    auto *sideLayout = new QVBoxLayout(sidePage);
    auto *sideTop = new QHBoxLayout;
    m_sideHint = new QLabel(sidePage);
    m_sideHint->setWordWrap(true);
    m_onlyDifferences = new QCheckBox(sidePage);
    sideTop->addWidget(m_sideHint, 1);
    sideTop->addWidget(m_onlyDifferences);
    sideLayout->addLayout(sideTop);
    m_side = makeTable(sidePage);
    m_side->setObjectName(QStringLiteral("roundSideBySide"));
    m_sideModel = new RoundSideBySideModel(this);
    m_sideFilter = new RoundDifferencesFilter(this);
    m_sideFilter->setSourceModel(m_sideModel);
    m_side->setModel(m_sideFilter);
    m_side->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_sideCells = new HeatmapDelegate(m_side);
    m_side->setTextElideMode(Qt::ElideRight);
    sideLayout->addWidget(m_side, 1);
    sideLayout->addWidget(new HeatmapLegend(sidePage));
    m_views->addTab(sidePage, QString());

    // The panel of one candidate, the remarks of the selected item and the consensus.
    auto *panelPage = new QWidget(m_views);
    auto *panelLayout = new QVBoxLayout(panelPage);
    m_panelTitle = new QLabel(panelPage);
    m_panelTitle->setWordWrap(true);
    m_panelTitle->setTextFormat(Qt::PlainText);
    panelLayout->addWidget(m_panelTitle);
    auto *panelSplit = new QSplitter(Qt::Vertical, panelPage);
    m_panel = makeTable(panelSplit);
    m_panel->setObjectName(QStringLiteral("roundPanel"));
    m_panelModel = new RoundPanelModel(this);
    m_panel->setModel(m_panelModel);
    m_panel->setSelectionMode(QAbstractItemView::SingleSelection);
    m_panelCells = new HeatmapDelegate(m_panel);
    m_panel->setTextElideMode(Qt::ElideRight);
    m_remarks = new QTextBrowser(panelSplit);
    m_remarks->setObjectName(QStringLiteral("roundRemarks"));
    m_remarks->setOpenLinks(false);
    panelSplit->addWidget(m_panel);
    panelSplit->addWidget(m_remarks);
    panelSplit->setStretchFactor(0, 3);
    panelSplit->setStretchFactor(1, 2);
    panelSplit->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 10});
    panelLayout->addWidget(panelSplit, 1);
    auto *consensus = new QHBoxLayout;
    m_consensusLabel = new QLabel(panelPage);
    m_level = new QComboBox(panelPage);
    m_level->setObjectName(QStringLiteral("consensusLevel"));
    m_consensusLabel->setBuddy(m_level);
    m_reasonLabel = new QLabel(panelPage);
    m_reason = new QLineEdit(panelPage);
    m_reason->setObjectName(QStringLiteral("consensusReason"));
    m_reasonLabel->setBuddy(m_reason);
    m_chairLabel = new QLabel(panelPage);
    m_chair = new QLineEdit(panelPage);
    m_chair->setObjectName(QStringLiteral("consensusChair"));
    m_chair->setText(kChair.get());
    m_chair->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_chairLabel->setBuddy(m_chair);
    m_recordButton = new QPushButton(panelPage);
    m_recordButton->setObjectName(QStringLiteral("consensusRecord"));
    m_withdrawButton = new QPushButton(panelPage);
    consensus->addWidget(m_consensusLabel);
    consensus->addWidget(m_level);
    consensus->addWidget(m_reasonLabel);
    consensus->addWidget(m_reason, 1);
    consensus->addWidget(m_chairLabel);
    consensus->addWidget(m_chair);
    consensus->addWidget(m_recordButton);
    consensus->addWidget(m_withdrawButton);
    panelLayout->addLayout(consensus);
    m_views->addTab(panelPage, QString());

    // The round's audit trail.
    auto *changesPage = new QWidget(m_views);
    auto *changesLayout = new QVBoxLayout(changesPage);
    m_changesNote = new QLabel(changesPage);
    m_changesNote->setWordWrap(true);
    changesLayout->addWidget(m_changesNote);
    m_changes = new QTreeWidget(changesPage);
    m_changes->setObjectName(QStringLiteral("roundChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setAllColumnsShowFocus(true);
    m_changes->setColumnCount(6);
    changesLayout->addWidget(m_changes, 1);
    m_views->addTab(changesPage, QString());

    m_splitter->addWidget(leftPane);
    m_splitter->addWidget(rightPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 36, fontMetrics().averageCharWidth() * 130});
    if (const QByteArray s = kSplitter.get(); !s.isEmpty())
        m_splitter->restoreState(s);

    // Ctrl+N on the page makes a round; Delete in the list deletes one (after asking).
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &RoundsPage::newRound);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RoundsPage::deleteRound);
    connect(m_newButton, &QPushButton::clicked, this, &RoundsPage::newRound);
    connect(m_deleteButton, &QPushButton::clicked, this, &RoundsPage::deleteRound);
    connect(m_addFilesButton, &QPushButton::clicked, this, &RoundsPage::chooseFiles);
    connect(m_addFolderButton, &QPushButton::clicked, this, &RoundsPage::chooseFolder);
    connect(m_rateButton, &QPushButton::clicked, this, &RoundsPage::rateCandidate);
    connect(m_submitButton, &QPushButton::clicked, this, &RoundsPage::askSubmit);
    connect(m_reopenButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Reopen Scorecard"),
            tr("Reopen your submitted scorecard to change it? The round's audit trail records it, and a change "
               "made now is marked in the panel and the meeting document, since you have seen the other panel "
               "members' scorecards."));
        if (answer == QMessageBox::Yes)
            reopenScorecard();
    });
    connect(m_rateAsCombo, &QComboBox::activated, this, &RoundsPage::chooseRateAs);
    connect(m_exportButton, &QPushButton::clicked, this, &RoundsPage::exportDocument);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            loadRound();
    });
    connect(m_ranking->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDecisionEditor();
        updateActions();
    });
    connect(m_ranking, &QTableView::activated, this, [this] { showPanel(); });
    connect(m_sideButton, &QPushButton::clicked, this, &RoundsPage::showSideBySide);
    connect(m_panelButton, &QPushButton::clicked, this, [this] { showPanel(); });
    connect(m_decideButton, &QPushButton::clicked, this,
            [this] { recordDecision(m_decision->currentData().toString(), m_decisionNote->text()); });
    connect(m_onlyDifferences, &QCheckBox::toggled, m_sideFilter, &RoundDifferencesFilter::setOnlyDifferences);
    connect(m_panel->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateRemarks();
        updatePanelEditor();
    });
    connect(m_reason, &QLineEdit::textChanged, this, [this] { updateActions(); });
    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] { updateActions(); });
    // Enter in the reason records, as the button does.
    connect(m_reason, &QLineEdit::returnPressed, m_recordButton, &QPushButton::click);
    connect(m_chair, &QLineEdit::returnPressed, m_recordButton, &QPushButton::click);
    connect(m_decisionNote, &QLineEdit::returnPressed, m_decideButton, &QPushButton::click);
    connect(m_recordButton, &QPushButton::clicked, this, [this] {
        const int row = panelItemRow();
        if (row >= 0 && m_panelModel->candidate())
            recordConsensus(QString(m_panelModel->candidate()->items[static_cast<size_t>(row)].requirement),
                            m_level->currentData().toInt(), m_reason->text(), m_chair->text());
    });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        const int row = panelItemRow();
        if (row >= 0 && m_panelModel->candidate())
            withdrawConsensus(QString(m_panelModel->candidate()->items[static_cast<size_t>(row)].requirement));
    });
}

void RoundsPage::setStoreProvider(std::function<AssessmentStore *()> provider)
{
    m_storeProvider = std::move(provider);
}

AssessmentStore *RoundsPage::store()
{
    AssessmentStore *s = m_storeProvider ? m_storeProvider() : nullptr;
    if (s && s->path() != m_loginStore) {
        // Another store: who rates here is asked again (a team store says it by its login).
        m_loginStore = s->path();
        m_loginRole.clear();
        m_rateAs.reset();
        readLogin();
        s->setActor(m_rateAs.value_or(QString()));
    }
    return s;
}

void RoundsPage::readLogin()
{
    AssessmentStore *s = m_storeProvider ? m_storeProvider() : nullptr;
    if (!s || !s->isTeamStore())
        return;
    auto me = s->teamLogin();
    if (!me) {
        Q_EMIT errorOccurred(me.error());
        return;
    }
    m_loginRole = me->role;
    // The interviewer is the login; an admin leads the round and sees what the server shows.
    m_rateAs = me->role == QLatin1String("admin") ? QString() : me->name;
}

void RoundsPage::setRateAs(const std::optional<QString> &name)
{
    AssessmentStore *s = store(); // which store (and login) it is, first
    if (!m_loginRole.isEmpty())
        return; // a team store's login decides
    m_rateAs = name ? std::optional<QString>(name->trimmed()) : std::nullopt;
    if (s)
        s->setActor(m_rateAs.value_or(QString()));
    Q_EMIT rateAsChanged();
    fillRateAsCombo();
    refreshViews();
}

void RoundsPage::fillRateAsCombo()
{
    m_rateAsCombo->clear();
    m_rateAsCombo->addItem(tr("Choose…"));
    m_rateAsCombo->addItem(tr("Nobody — I lead the round (see everything)"), QString(QLatin1String("")));
    QStringList names;
    if (m_report)
        for (const RoundCandidate &c : m_report->candidates)
            for (const QString &name : c.panel)
                if (!names.contains(name))
                    names << name;
    if (m_rateAs && !m_rateAs->isEmpty() && !names.contains(*m_rateAs))
        names << *m_rateAs;
    for (const QString &name : names)
        m_rateAsCombo->addItem(name, name);
    m_rateAsCombo->addItem(tr("Someone else…"), QStringLiteral("\x01"));
    int current = 0;
    if (m_rateAs)
        current = std::max(0, m_rateAsCombo->findData(*m_rateAs));
    m_rateAsCombo->setCurrentIndex(current);
    const bool team = !m_loginRole.isEmpty();
    m_rateAsCombo->setEnabled(!team);
    m_rateAsCombo->setToolTip(
        team ? tr("On a team store you rate as your login; the server keeps the other interviewers' scorecards "
                  "from you until you submit yours.")
             : tr("Whom this window rates as. Until you submit your scorecard of a candidate, the other panel "
                  "members' ratings of that candidate and every figure made of them stay hidden. The HR lead who "
                  "interviews nobody chooses Nobody and sees everything."));
}

void RoundsPage::chooseRateAs(int comboIndex)
{
    const QVariant data = m_rateAsCombo->itemData(comboIndex);
    if (!data.isValid()) {
        setRateAs(std::nullopt);
        return;
    }
    if (data.toString() == QStringLiteral("\x01")) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rate As"), tr("Your name as an interviewer:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed()
                                 .left(Limits::NameLength);
        if (ok && !name.isEmpty())
            setRateAs(name);
        else
            fillRateAsCombo();
        return;
    }
    setRateAs(data.toString());
}

void RoundsPage::setCatalog(const Catalog *catalog)
{
    // The views refer to the catalog's roles: drop them before the catalog goes.
    m_report.reset();
    m_sideIndexes.clear();
    m_panelIndex = -1;
    m_catalog = catalog;
    retranslate(); // the decisions' and the levels' words come with the catalog
    if (catalog && isVisible())
        reload();
}

void RoundsPage::setLanguage(Language language)
{
    m_language = language;
    retranslate();
}

void RoundsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoundsPage::fillLevelCombo()
{
    const int current = m_level->currentIndex();
    m_level->clear();
    for (int level = 0; level <= 4; ++level)
        m_level->addItem(Level::display(level, m_language), level);
    m_level->setCurrentIndex(current < 0 ? 0 : current);
}

void RoundsPage::retranslate()
{
    m_listLabel->setText(tr("Hiring &rounds:"));
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Assessments")});
    m_list->setAccessibleName(tr("Hiring rounds"));
    m_newButton->setText(tr("&New Round…"));
    m_newButton->setToolTip(tr("Create a hiring round for one role, with its must-haves (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_deleteButton->setText(tr("&Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected round with its consensus and decisions; the assessments "
                                  "stay stored"));
    m_addFilesButton->setText(tr("Add F&iles…"));
    m_addFilesButton->setToolTip(tr("Add the panel's questionnaires (exchange files, %1) to the selected round")
                                     .arg(ExchangeFile::nameFilter()));
    m_addFolderButton->setText(tr("Add Fold&er…"));
    m_addFolderButton->setToolTip(tr("Add every exchange file in a folder and its subfolders to the selected round"));
    m_rateButton->setText(tr("R&ate a Candidate…"));
    m_rateButton->setToolTip(tr("Fill in your own questionnaire for a candidate of this round, as a panel member. "
                                "The other members' ratings of that candidate stay hidden until you have "
                                "submitted your scorecard."));
    m_rateAsLabel->setText(tr("Panel member here:"));
    m_submitButton->setText(tr("Submit Scorecard…"));
    m_submitButton->setToolTip(tr("Submit your scorecard of the selected candidate: every item rated or marked "
                                  "not assessed, with your recommendation and a comment. Then it is read-only, "
                                  "and you see the rest of the panel."));
    m_reopenButton->setText(tr("Reopen Scorecard"));
    m_reopenButton->setToolTip(tr("Make your submitted scorecard of the selected candidate editable again "
                                  "(recorded; a change is then marked)"));
    fillRateAsCombo();
    m_dropHint->setText(tr("You can also drop the panel's files and folders on this page. Only assessments of the "
                           "round's role are taken."));
    m_exportButton->setText(tr("E&xport…"));
    const QStringList scopeNames{tr("Scorecards of every candidate"), tr("Scorecards of the shortlisted"),
                                 tr("Scorecards of the shortlisted and held"), tr("Scorecards of the held"),
                                 tr("Scorecards of the rejected")};
    for (int i = 0; i < m_scorecardScope->count() && i < scopeNames.size(); ++i)
        m_scorecardScope->setItemText(i, scopeNames.at(i));
    m_scorecardScope->setToolTip(tr("Whose scorecards the hiring-meeting document prints"));
    m_scorecardScope->setAccessibleName(tr("Scorecards in the document"));
    m_exportButton->setToolTip(tr("The hiring-meeting document: PDF, HTML, CSV (the ranking) or JSON"));
    m_views->setTabText(RankingView, tr("Ran&king"));
    m_views->setTabText(SideBySideView, tr("&Side by Side"));
    m_views->setTabText(PanelView, tr("&Panel"));
    m_views->setTabText(ChangesView, tr("Changes"));
    m_changes->setHeaderLabels({tr("When"), tr("Who"), tr("Candidate"), tr("What"), tr("Item"), tr("Change")});
    m_changes->setAccessibleName(tr("Changes to the round: who changed what, oldest first"));
    m_ranking->setAccessibleName(tr("Ranking of the candidates"));
    m_sideButton->setText(tr("Compare Side &by Side"));
    m_sideButton->setToolTip(tr("Select 2 to 6 candidates (Ctrl+click or Shift+arrows) and compare them item by item"));
    m_panelButton->setText(tr("Open Panel"));
    m_panelButton->setToolTip(tr("Each interviewer's levels for the selected candidate (Enter)"));
    m_decideButton->setToolTip(tr("Store the decision and its note with the round (Enter in the note)"));
    m_recordButton->setToolTip(
        tr("Store the consensus level with its reason; the ratings stay as given (Enter in the reason)"));
    m_decisionLabel->setText(tr("Decisi&on:"));
    m_decisionNoteLabel->setText(tr("No&te:"));
    m_decideButton->setText(tr("Record Decision"));
    m_sideHint->setText(tr("Choose 2 to 6 candidates in the ranking. Each cell is the combined level against the "
                           "required one; hover for the panel's levels and evidence. ★ marks a must-have, ≠ a row "
                           "where the candidates differ."));
    m_onlyDifferences->setText(tr("Only &where they differ"));
    m_side->setAccessibleName(tr("Candidates side by side"));
    m_panel->setAccessibleName(tr("The panel's ratings of the candidate"));
    m_remarks->setAccessibleName(tr("Evidence and notes of the selected item"));
    m_consensusLabel->setText(tr("Consens&us:"));
    m_level->setAccessibleName(tr("Consensus level"));
    m_reasonLabel->setText(tr("Reas&on:"));
    m_reason->setPlaceholderText(tr("Why the panel agreed on this level (required)"));
    m_chairLabel->setText(tr("Recorded b&y:"));
    m_chair->setPlaceholderText(tr("Your name"));
    m_recordButton->setText(tr("Record Consensus"));
    m_withdrawButton->setText(tr("&Withdraw"));
    m_withdrawButton->setToolTip(tr("Withdraw the consensus of the selected item; the panel's ratings count again"));
    fillLevelCombo();
    const int decision = m_decision->currentIndex();
    if (m_catalog) {
        const report::RoundText words(*m_catalog, m_language);
        for (int i = 0; i < m_decision->count(); ++i)
            m_decision->setItemText(i, words.decisionName(m_decision->itemData(i).toString()));
    }
    m_decision->setCurrentIndex(decision);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString code = item->data(RoleColumn, Qt::UserRole).toString();
        const Role *role = m_catalog ? m_catalog->role(code) : nullptr;
        item->setToolTip(RoleColumn, role ? role->name(m_language) : code);
    }
    // The views' words follow; what is selected and shown stays.
    if (m_report)
        loadRound();
    else
        refreshViews();
}

void RoundsPage::reload()
{
    fillRoundList(currentRoundName());
}

void RoundsPage::activate()
{
    reload();
    if (m_report && m_rankingModel->rowCount() > 0) {
        m_ranking->setFocus(Qt::OtherFocusReason);
        if (!m_ranking->selectionModel()->hasSelection())
            m_ranking->selectionModel()->setCurrentIndex(
                m_rankingProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else {
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void RoundsPage::fillRoundList(const QString &select)
{
    m_filling = true;
    m_list->clear();
    m_rounds.clear();
    if (AssessmentStore *s = store()) {
        auto all = s->cohorts();
        if (!all)
            Q_EMIT errorOccurred(all.error());
        else
            for (const Cohort &c : all.value())
                if (c.kind == CohortKind::Hiring)
                    m_rounds.push_back(c);
    }
    QTreeWidgetItem *current = nullptr;
    for (const Cohort &c : m_rounds) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, c.name);
        const QString code = c.roles.isEmpty() ? QString() : c.roles.first();
        item->setText(RoleColumn, code);
        item->setData(RoleColumn, Qt::UserRole, code);
        const Role *role = m_catalog ? m_catalog->role(code) : nullptr;
        item->setToolTip(RoleColumn, role ? role->name(m_language) : code);
        item->setText(MembersColumn, QString::number(c.members));
        item->setTextAlignment(MembersColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (c.name == select || (!current && select.isEmpty()))
            current = item;
    }
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    m_filling = false;
    loadRound();
}

QString RoundsPage::currentRoundName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

bool RoundsPage::selectRound(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(NameColumn) == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void RoundsPage::loadRound()
{
    // Keep what is shown: the selected candidates, those side by side, the panel.
    const auto keep = [this](int index) {
        return m_report && index >= 0 && index < static_cast<int>(m_report->candidates.size())
                   ? std::optional<Subject>(m_report->candidates[static_cast<size_t>(index)].subject)
                   : std::nullopt;
    };
    const QString previousRound = m_report ? m_report->round.name : QString();
    std::vector<Subject> side, selected;
    for (int i : m_sideIndexes)
        if (auto s = keep(i))
            side.push_back(*s);
    for (int i : selectedCandidates())
        if (auto s = keep(i))
            selected.push_back(*s);
    const std::optional<Subject> panel = keep(m_panelIndex);
    const int panelRow = panelItemRow();

    m_report.reset();
    const QString name = currentRoundName();
    AssessmentStore *s = name.isEmpty() ? nullptr : store();
    if (!name.isEmpty() && s && m_catalog) {
        auto loaded = RoundReport::load(*s, *m_catalog, name);
        if (loaded)
            m_report = std::make_shared<const RoundReport>(std::move(loaded.value()));
        else
            Q_EMIT errorOccurred(loaded.error());
    }
    const auto find = [this](const Subject &subject) {
        if (m_report)
            for (size_t i = 0; i < m_report->candidates.size(); ++i)
                if (isSamePerson(m_report->candidates[i].subject, subject))
                    return static_cast<int>(i);
        return -1;
    };
    const bool sameRound = m_report && m_report->round.name == previousRound;
    if (!sameRound)
        m_ranking->clearSelection(); // a rank of another round is another person
    m_sideIndexes.clear();
    m_panelIndex = -1;
    if (sameRound) {
        for (const Subject &subject : side)
            if (const int i = find(subject); i >= 0)
                m_sideIndexes.push_back(i);
        if (panel)
            m_panelIndex = find(*panel);
    }
    fillRateAsCombo();
    refreshViews();
    if (sameRound) {
        std::vector<int> ranks;
        for (const Subject &subject : selected)
            if (const int i = find(subject); i >= 0)
                ranks.push_back(m_report->candidates[static_cast<size_t>(i)].rank);
        selectCandidates(ranks);
        if (panelRow >= 0 && panelRow < m_panelModel->rowCount())
            m_panel->setCurrentIndex(m_panelModel->index(panelRow, 0));
    }
}

RoundView RoundsPage::makeView() const
{
    RoundView view;
    view.report = m_report;
    view.catalog = m_catalog;
    view.language = m_language;
    if (!m_report)
        return view;
    // Blind until submitted, from before the first rating: until whoever rates here has said who
    // they are, every candidate is hidden; the lead (nobody) sees everything.
    int shown = 0;
    for (const RoundCandidate &c : m_report->candidates) {
        QString from;
        if (!m_rateAs)
            from = tr("the interviewer at this computer (choose Rate as)");
        else if (blindUntilSubmitted(c, *m_rateAs))
            from = *m_rateAs;
        view.hiddenFrom << from;
        view.shownRanks.push_back(from.isEmpty() ? ++shown : 0);
    }
    return view;
}

void RoundsPage::refreshViews()
{
    const RoundView view = makeView();
    // The ranking's selection outlives the model's reset (it is what Compare and Decision act on).
    std::vector<int> selectedRanks;
    for (int i : selectedCandidates())
        selectedRanks.push_back(i + 1);
    m_rankingModel->setView(view);
    if (!selectedRanks.empty())
        selectCandidates(selectedRanks);
    // The store is opened when first needed (a round shown), never just to lay out the page.
    AssessmentStore *s = m_report ? store() : nullptr;
    const auto withRemarks = [&](int index) {
        RoundCandidate c = m_report->candidates[static_cast<size_t>(index)];
        if (s)
            if (Status st = loadRemarks(*s, c); !st)
                Q_EMIT errorOccurred(st.error());
        return c;
    };
    std::vector<RoundCandidate> side;
    if (m_report)
        for (int i : m_sideIndexes)
            side.push_back(withRemarks(i));
    m_sideModel->setCandidates(view, std::move(side), m_sideIndexes);
    std::optional<RoundCandidate> panel;
    if (m_report && m_panelIndex >= 0)
        panel = withRemarks(m_panelIndex);
    m_panelModel->setCandidate(view, std::move(panel), m_panelIndex);
    if (m_panelModel->rowCount() > 0 && !m_panel->currentIndex().isValid())
        m_panel->setCurrentIndex(m_panelModel->index(0, 0));
    // The requirement's text takes the room that is left (elided; the whole text is its tooltip).
    // The level cells are painted as the class heatmap paints them; the other columns as text.
    for (int c = 0; c < m_panelModel->columnCount(); ++c) {
        const bool level = c >= RoundPanelModel::FirstMemberColumn && c <= m_panelModel->combinedColumn();
        m_panel->setItemDelegateForColumn(c, level ? m_panelCells : nullptr);
    }
    for (int c = 0; c < m_sideModel->columnCount(); ++c)
        m_side->setItemDelegateForColumn(c, c >= RoundSideBySideModel::FirstCandidateColumn ? m_sideCells : nullptr);
    for (QTableView *t : {m_panel, m_side}) {
        if (t->model()->columnCount() <= ItemTextColumn)
            continue;
        t->resizeColumnsToContents();
        t->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
        if (t == m_panel) {
            t->horizontalHeader()->setSectionResizeMode(ItemTextColumn, QHeaderView::Stretch);
        } else {
            // Side by side, the candidates stay close to the requirement they are read against.
            t->horizontalHeader()->setSectionResizeMode(ItemTextColumn, QHeaderView::Interactive);
            t->setColumnWidth(ItemTextColumn, fontMetrics().averageCharWidth() * 60);
        }
    }
    updateHeader();
    updateRemarks();
    updatePanelEditor();
    updateDecisionEditor();
    updateActions();
    fillChanges();
}

void RoundsPage::fillChanges()
{
    m_changes->clear();
    if (!m_report || !m_catalog) {
        m_changesNote->clear();
        return;
    }
    if (anyHidden()) {
        // The trail holds the panel's levels: blind until submitted covers it too.
        m_changesNote->setText(tr("The round's changes are shown once you have submitted your scorecards."));
        return;
    }
    AssessmentStore *s = store();
    auto trail = s ? s->audit(m_report->round.id) : Result<std::vector<RoundAuditEntry>>::failure(QString());
    if (!trail) {
        m_changesNote->setText(tr("The round's changes cannot be read here: %1").arg(trail.error()));
        return;
    }
    const report::RoundText words(*m_catalog, m_language);
    const auto value = [&](const RoundAuditEntry &e, const QString &v) {
        if (v.isEmpty())
            return QStringLiteral("–");
        if (e.kind == QLatin1String("level"))
            return v == QLatin1String("na") ? words.notAssessedName() : Level::display(v.toInt(), m_language);
        if (e.kind == QLatin1String("submit") || e.kind == QLatin1String("reopen") ||
            e.kind == QLatin1String("recommendation"))
            return words.recommendationName(v);
        if (e.kind == QLatin1String("join") || e.kind == QLatin1String("leave") || e.kind == QLatin1String("deleted"))
            return v == QLatin1String("self") ? tr("the candidate's self-assessment")
                                              : tr("a panel member's scorecard");
        return v;
    };
    const QHash<QString, QString> kinds{{QStringLiteral("level"), tr("level")},
                                        {QStringLiteral("evidence"), tr("evidence")},
                                        {QStringLiteral("note"), tr("note")},
                                        {QStringLiteral("recommendation"), tr("recommendation")},
                                        {QStringLiteral("comment"), tr("comment")},
                                        {QStringLiteral("submit"), tr("submitted the scorecard")},
                                        {QStringLiteral("reopen"), tr("reopened the scorecard")},
                                        {QStringLiteral("consensus"), tr("consensus")},
                                        {QStringLiteral("decision"), tr("decision")},
                                        {QStringLiteral("join"), tr("joined the round")},
                                        {QStringLiteral("leave"), tr("left the round")},
                                        {QStringLiteral("deleted"), tr("deleted")}};
    for (const RoundAuditEntry &e : trail.value()) {
        auto *item = new QTreeWidgetItem(m_changes);
        item->setText(0, QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat));
        QString who = e.login.isEmpty() ? tr("(nobody named)") : e.login;
        if (!e.osUser.isEmpty())
            who += QStringLiteral(" (%1)").arg(e.osUser);
        item->setText(1, who);
        item->setText(2, candidateLabel(e.candidate));
        QString what = kinds.value(e.kind, e.kind);
        if (!e.panelMember.isEmpty())
            what = QStringLiteral("%1 · %2").arg(e.panelMember, what);
        item->setText(3, what);
        item->setText(4, e.kind == QLatin1String("join") || e.kind == QLatin1String("leave") ||
                                 e.kind == QLatin1String("deleted")
                             ? QString()
                             : e.item);
        item->setText(5, QStringLiteral("%1 → %2").arg(value(e, e.oldValue), value(e, e.newValue)));
        item->setToolTip(5, item->text(5));
    }
    m_changesNote->setText(tr("%n change(s), oldest first. Nobody can change or delete them; forgetting a person "
                              "removes theirs.",
                              nullptr, static_cast<int>(trail->size())));
    for (int c = 0; c < m_changes->columnCount() - 1; ++c)
        m_changes->resizeColumnToContents(c);
}

void RoundsPage::updateHeader()
{
    if (!m_report || !m_catalog) {
        m_header->setText(m_rounds.empty() ? tr("No hiring round yet. Create one with New Round…, then add the "
                                                "panel's questionnaires or rate a candidate here.")
                                           : QString());
        m_rule->clear();
        m_panelTitle->clear();
        return;
    }
    const report::RoundText words(*m_catalog, m_language);
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(m_report->round.name, words.roleTitle(*m_report));
    QString mustHaves = m_report->mustHaves.isEmpty() ? tr("none") : m_report->mustHaves.join(QStringLiteral(", "));
    lines
        << tr("%n candidate(s); must-haves: %1", nullptr, static_cast<int>(m_report->candidates.size())).arg(mustHaves);
    // The agreement is made of every candidate's ratings: hidden while any is.
    lines << (anyHidden() ? tr("The panel's agreement is shown once you have submitted your scorecards.")
                          : words.agreementLine(m_report->agreement));
    m_header->setText(lines.join(QLatin1Char('\n')));
    m_rule->setText(QStringLiteral("%1 %2 %3")
                        .arg(words.ruleIntro(), words.ruleSteps().join(QLatin1Char(' ')), words.ruleClosing()));

    if (const RoundCandidate *c = m_panelModel->candidate()) {
        QString title = m_panelModel->hidden()
                            ? tr("%1 — panel: %2").arg(candidateLabel(c->subject), c->panel.join(QStringLiteral(", ")))
                            : tr("%1 — rank %2; panel: %3")
                                  .arg(candidateLabel(c->subject))
                                  .arg(m_panelIndex >= 0 &&
                                               m_panelIndex < static_cast<int>(m_rankingModel->view().shownRanks.size())
                                           ? m_rankingModel->view().shownRanks[static_cast<size_t>(m_panelIndex)]
                                           : c->rank)
                                  .arg(c->panel.join(QStringLiteral(", ")));
        if (!c->selfAssessmentId.isEmpty())
            title += QLatin1Char('\n') + tr("The last column is the candidate's own rating (self-assessment); it "
                                            "never counts in the panel's figures.");
        if (m_panelModel->hidden())
            title += QLatin1Char('\n') +
                     tr("Blind until submitted: %1 has not submitted a scorecard of this candidate, so the "
                        "other members' ratings are hidden.")
                         .arg(m_panelModel->rater());
        else if (std::any_of(c->scorecards.begin(), c->scorecards.end(),
                             [](const RoundScorecard &card) { return card.changedAfterVisible; }))
            title += QLatin1Char('\n') + report::RoundText(*m_catalog, m_language).changedAfterVisibleNote();
        m_panelTitle->setText(title);
    } else {
        m_panelTitle->setText(tr("Choose a candidate in the ranking and press Enter to see the panel."));
    }
}

void RoundsPage::updateActions()
{
    const bool round = m_report != nullptr;
    const bool hasCatalog = m_catalog != nullptr;
    m_newButton->setEnabled(hasCatalog);
    m_deleteButton->setEnabled(round || m_list->currentItem());
    m_addFilesButton->setEnabled(round);
    m_addFolderButton->setEnabled(round);
    m_rateButton->setEnabled(round);
    m_exportButton->setEnabled(round && !anyHidden());
    const int mine = myPanelPlace();
    const RoundCandidate *chosen =
        mine >= 0 ? &m_report->candidates[static_cast<size_t>(selectedCandidates().front())] : nullptr;
    const bool submitted = chosen && chosen->scorecards.at(static_cast<size_t>(mine)).isSubmitted();
    m_submitButton->setEnabled(chosen && !submitted);
    m_reopenButton->setEnabled(chosen && submitted);
    // An interviewer's login does not make or delete rounds, nor record decisions or consensus
    // (the server refuses them anyway): those are not offered.
    const bool interviewer = !m_loginRole.isEmpty() && m_loginRole != QLatin1String("admin");
    for (QWidget *w :
         {static_cast<QWidget *>(m_newButton), static_cast<QWidget *>(m_deleteButton),
          static_cast<QWidget *>(m_decisionLabel), static_cast<QWidget *>(m_decision),
          static_cast<QWidget *>(m_decisionNoteLabel), static_cast<QWidget *>(m_decisionNote),
          static_cast<QWidget *>(m_decideButton), static_cast<QWidget *>(m_consensusLabel),
          static_cast<QWidget *>(m_level), static_cast<QWidget *>(m_reasonLabel), static_cast<QWidget *>(m_reason),
          static_cast<QWidget *>(m_chairLabel), static_cast<QWidget *>(m_chair), static_cast<QWidget *>(m_recordButton),
          static_cast<QWidget *>(m_withdrawButton)})
        w->setVisible(!interviewer);
    const std::vector<int> selected = selectedCandidates();
    const int n = static_cast<int>(selected.size());
    m_sideButton->setEnabled(n >= 2 && n <= RoundSideBySideModel::MaxCandidates);
    m_panelButton->setEnabled(n >= 1);
    for (QWidget *w : {static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_decisionNote),
                       static_cast<QWidget *>(m_decideButton)})
        w->setEnabled(n == 1);
    const bool chosenHidden = n == 1 && m_rankingModel->view().hidden(selected.front());
    for (QWidget *w : {static_cast<QWidget *>(m_decision), static_cast<QWidget *>(m_decisionNote)})
        w->setEnabled(n == 1 && !chosenHidden);
    m_decideButton->setEnabled(n == 1 && !chosenHidden && m_decision->currentIndex() >= 0);
    const bool item = m_panelModel->candidate() && panelItemRow() >= 0 && !m_panelModel->hidden();
    for (QWidget *w :
         {static_cast<QWidget *>(m_level), static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_chair)})
        w->setEnabled(item);
    m_recordButton->setEnabled(item && !m_reason->text().trimmed().isEmpty());
    bool agreed = false;
    if (item)
        agreed = m_panelModel->candidate()->items[static_cast<size_t>(panelItemRow())].source ==
                 RoundItem::Source::Consensus;
    m_withdrawButton->setEnabled(item && agreed);
}

void RoundsPage::updateDecisionEditor()
{
    const std::vector<int> selected = selectedCandidates();
    if (selected.size() != 1 || !m_report) {
        m_decision->setCurrentIndex(-1);
        m_decisionNote->clear();
        return;
    }
    const RoundCandidate &c = m_report->candidates[static_cast<size_t>(selected.front())];
    if (m_rankingModel->view().hidden(selected.front())) {
        m_decision->setCurrentIndex(-1); // a decision is made of the panel's scorecards too
        m_decisionNote->clear();
        return;
    }
    const int i = m_decision->findData(c.decision);
    m_decision->setCurrentIndex(i); // -1 (blank) when none is recorded yet
    m_decisionNote->setText(c.decisionNote);
}

void RoundsPage::updatePanelEditor()
{
    const int row = panelItemRow();
    const RoundCandidate *c = m_panelModel->candidate();
    if (!c || row < 0) {
        m_reason->clear();
        updateActions();
        return;
    }
    if (m_panelModel->hidden()) {
        // Blind: the combined level and the chair's reason are the others' ratings too.
        m_level->setCurrentIndex(-1);
        m_reason->clear();
        updateActions();
        return;
    }
    const RoundItem &item = c->items[static_cast<size_t>(row)];
    const int level = item.combined.value_or(item.required);
    m_level->setCurrentIndex(m_level->findData(level));
    m_reason->setText(item.consensusReason);
    updateActions();
}

void RoundsPage::updateRemarks()
{
    const int row = panelItemRow();
    const RoundCandidate *c = m_panelModel->candidate();
    if (!c || row < 0 || !m_catalog) {
        m_remarks->clear();
        return;
    }
    const RoundItem &item = c->items[static_cast<size_t>(row)];
    const Requirement *req = m_catalog->requirement(item.requirement);
    const report::RoundText words(*m_catalog, m_language);
    QString html = QStringLiteral("<p><b>%1</b> %2 — %3</p>")
                       .arg(item.requirement.toHtmlEscaped(), req ? req->textZh.toHtmlEscaped() : QString(),
                            tr("required: %1").arg(Level::display(item.required, m_language)).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' width='100%'><tr><th></th>");
    for (int k = 0; k < c->panel.size(); ++k)
        html += QStringLiteral("<th>%1</th>").arg(c->panel.at(k).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const auto row3 = [&](const QString &head, const std::function<QString(int)> &cell) {
        html += QStringLiteral("<tr><th align='left'>%1</th>").arg(head.toHtmlEscaped());
        for (int k = 0; k < c->panel.size(); ++k)
            html += QStringLiteral("<td valign='top'>%1</td>")
                        .arg(m_panelModel->showsMember(k) ? cell(k).toHtmlEscaped() : QStringLiteral("…"));
        html += QStringLiteral("</tr>");
    };
    row3(tr("Level"), [&](int k) {
        const auto &level = item.ratings[static_cast<size_t>(k)].second;
        if (!level && item.notAssessed.at(static_cast<size_t>(k)))
            return report::RoundText(*m_catalog, m_language).notAssessedName();
        return level ? Level::display(*level, m_language) : tr("not rated");
    });
    row3(tr("Evidence"), [&](int k) {
        return static_cast<size_t>(k) < item.remarks.size() ? item.remarks[static_cast<size_t>(k)].evidence : QString();
    });
    row3(tr("Note"), [&](int k) {
        return static_cast<size_t>(k) < item.remarks.size() ? item.remarks[static_cast<size_t>(k)].note : QString();
    });
    html += QStringLiteral("</table>");
    if (!m_panelModel->hidden()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Combined: %1 (%2)")
                             .arg(item.combined ? Level::display(*item.combined, m_language) : tr("not rated"),
                                  words.sourceName(item.source))
                             .toHtmlEscaped());
        if (item.source == RoundItem::Source::Consensus) {
            const QString when = QLocale().toString(item.consensusAt.toLocalTime(), QLocale::ShortFormat);
            const QString by = item.consensusBy.isEmpty() ? tr("the chair") : item.consensusBy;
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Consensus recorded by %1 on %2. Reason: %3")
                                 .arg(by, when, item.consensusReason)
                                 .toHtmlEscaped());
        }
    }
    m_remarks->setHtml(html);
}

std::vector<int> RoundsPage::selectedCandidates() const
{
    std::vector<int> rows;
    if (!m_report)
        return rows;
    for (const QModelIndex &index : m_ranking->selectionModel()->selectedRows())
        rows.push_back(index.data(RoundRankingModel::CandidateRole).toInt());
    std::sort(rows.begin(), rows.end()); // candidates are in rank order
    return rows;
}

bool RoundsPage::anyHidden() const
{
    const QStringList &hidden = m_rankingModel->view().hiddenFrom;
    return std::any_of(hidden.begin(), hidden.end(), [](const QString &rater) { return !rater.isEmpty(); });
}

int RoundsPage::panelItemRow() const
{
    const QModelIndex current = m_panel->currentIndex();
    return current.isValid() && m_panelModel->candidate() ? current.row() : -1;
}

bool RoundsPage::selectCandidates(const std::vector<int> &ranks)
{
    QItemSelection selection;
    for (int row = 0; row < m_rankingProxy->rowCount(); ++row) {
        const QModelIndex index = m_rankingProxy->index(row, 0);
        const RoundCandidate *c = m_rankingModel->candidateAt(index.data(RoundRankingModel::CandidateRole).toInt());
        if (c && std::find(ranks.begin(), ranks.end(), c->rank) != ranks.end())
            selection.select(index, m_rankingProxy->index(row, m_rankingProxy->columnCount() - 1));
    }
    m_ranking->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_ranking->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
    updateDecisionEditor();
    updateActions();
    return static_cast<size_t>(selection.indexes().size() / std::max(1, m_rankingProxy->columnCount())) == ranks.size();
}

bool RoundsPage::showSideBySide()
{
    const std::vector<int> selected = selectedCandidates();
    if (selected.size() < 2 || selected.size() > static_cast<size_t>(RoundSideBySideModel::MaxCandidates)) {
        Q_EMIT statusMessage(tr("Choose 2 to 6 candidates in the ranking to compare them side by side."));
        return false;
    }
    m_sideIndexes = selected;
    refreshViews();
    setView(SideBySideView);
    m_side->setFocus(Qt::OtherFocusReason);
    if (m_sideFilter->rowCount() > 0)
        m_side->setCurrentIndex(m_sideFilter->index(0, RoundSideBySideModel::FirstCandidateColumn));
    return true;
}

bool RoundsPage::showPanel(int rank)
{
    if (!m_report)
        return false;
    int index = -1;
    if (rank > 0) {
        if (rank <= static_cast<int>(m_report->candidates.size()))
            index = rank - 1;
    } else {
        const QModelIndex current = m_ranking->currentIndex();
        if (current.isValid())
            index = current.data(RoundRankingModel::CandidateRole).toInt();
        else if (const auto selected = selectedCandidates(); !selected.empty())
            index = selected.front();
    }
    if (index < 0)
        return false;
    m_panelIndex = index;
    m_panel->setCurrentIndex(QModelIndex());
    refreshViews();
    setView(PanelView);
    m_panel->setFocus(Qt::OtherFocusReason);
    return true;
}

void RoundsPage::setView(View view)
{
    m_views->setCurrentIndex(view);
}

RoundsPage::View RoundsPage::currentView() const
{
    return static_cast<View>(m_views->currentIndex());
}

bool RoundsPage::recordConsensus(const QString &requirement, int level, const QString &reason, const QString &chair)
{
    AssessmentStore *s = store();
    const RoundCandidate *c = m_panelModel->candidate();
    if (!s || !m_report || !c)
        return false;
    RoundConsensus consensus;
    consensus.candidate = c->subject;
    consensus.requirement = requirement;
    consensus.level = level;
    consensus.reason = reason.trimmed();
    consensus.recordedBy = chair.trimmed();
    if (Status st = iitalent::recordConsensus(*s, *m_report, consensus); !st) {
        Q_EMIT errorOccurred(tr("The consensus was not recorded: %1").arg(st.error()));
        return false;
    }
    kChair.set(consensus.recordedBy);
    Q_EMIT statusMessage(tr("Recorded the consensus %1 on %2 for %3.")
                             .arg(Level::display(level, m_language), requirement, c->subject.name));
    loadRound();
    return true;
}

bool RoundsPage::withdrawConsensus(const QString &requirement)
{
    AssessmentStore *s = store();
    const RoundCandidate *c = m_panelModel->candidate();
    if (!s || !m_report || !c)
        return false;
    const QString name = c->subject.name;
    if (Status st = iitalent::withdrawConsensus(*s, *m_report, c->subject, requirement); !st) {
        Q_EMIT errorOccurred(tr("The consensus was not withdrawn: %1").arg(st.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Withdrew the consensus on %1 for %2.").arg(requirement, name));
    loadRound();
    return true;
}

bool RoundsPage::recordDecision(const QString &decision, const QString &note)
{
    AssessmentStore *s = store();
    const std::vector<int> selected = selectedCandidates();
    if (!s || !m_report || selected.size() != 1)
        return false;
    const RoundCandidate &c = m_report->candidates[static_cast<size_t>(selected.front())];
    const QString name = c.subject.name;
    RoundDecision d;
    d.candidate = c.subject;
    d.decision = decision;
    d.note = note.trimmed();
    if (Status st = iitalent::recordDecision(*s, *m_report, d); !st) {
        Q_EMIT errorOccurred(tr("The decision was not recorded: %1").arg(st.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("%1: %2").arg(name, report::RoundText(*m_catalog, m_language).decisionName(decision)));
    loadRound();
    return true;
}

void RoundsPage::newRound()
{
    AssessmentStore *s = store();
    if (!s || !m_catalog)
        return;
    NewRoundDialog dialog(*m_catalog, m_language, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto created = createRound(*s, *m_catalog, dialog.round(), dialog.mustHaves());
        if (created) {
            fillRoundList(created->name);
            Q_EMIT statusMessage(tr("Created the hiring round “%1”.").arg(created->name));
            return;
        }
        QMessageBox::warning(&dialog, tr("New Hiring Round"), tr("The round was not created: %1").arg(created.error()));
    }
}

void RoundsPage::deleteRound()
{
    AssessmentStore *s = store();
    const QString name = currentRoundName();
    if (!s || name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete Hiring Round"),
                              tr("Delete the hiring round “%1” with its must-haves, consensus and decisions? The "
                                 "panel's assessments stay stored.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status st = s->deleteCohort(name); !st) {
        Q_EMIT errorOccurred(st.error());
        return;
    }
    fillRoundList(QString());
}

void RoundsPage::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Questionnaires to the Round"), kCollectDir.get(),
        tr("iitalent exchange files (%1);;All files (*)").arg(ExchangeFile::nameFilter()));
    if (files.isEmpty())
        return;
    kCollectDir.set(QFileInfo(files.first()).absolutePath());
    addToCurrentRound(files);
}

void RoundsPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder to the Round"), kCollectDir.get());
    if (dir.isEmpty())
        return;
    kCollectDir.set(dir);
    addToCurrentRound({dir});
}

void RoundsPage::addToCurrentRound(const QStringList &sources)
{
    AssessmentStore *s = store();
    if (!s || !m_catalog || !m_report || sources.isEmpty())
        return;
    const Cohort round = m_report->round;
    const CohortCollect::Result result = CohortCollectFlow::run(this, *s, *m_catalog, round, sources, false);
    if (result.imported > 0 || std::any_of(result.entries.begin(), result.entries.end(),
                                           [](const CohortCollect::Entry &e) { return e.replaced; }))
        Q_EMIT assessmentsChanged();
    const QString headline =
        CohortCollectFlow::showSummary(this, round, result, false, [this, round](const QStringList &conflicts) {
            AssessmentStore *st = store();
            if (!st || !m_catalog)
                return;
            const CohortCollect::Result again = CohortCollectFlow::run(this, *st, *m_catalog, round, conflicts, true);
            Q_EMIT assessmentsChanged();
            CohortCollectFlow::showSummary(this, round, again, true, {});
            reload();
        });
    Q_EMIT statusMessage(headline);
    reload();
}

void RoundsPage::rateCandidate()
{
    AssessmentStore *s = store();
    if (!s || !m_report || !m_report->role)
        return;
    const Role &role = *m_report->role;
    SubjectDialog dialog(Mode::Assessor, QStringLiteral("%1 %2").arg(role.code, role.name(m_language)), this);
    if (m_rateAs && !m_rateAs->isEmpty())
        dialog.setAssessorName(*m_rateAs);
    // The candidate selected in the ranking is the one to rate, unless another name is typed.
    if (const std::vector<int> selected = selectedCandidates(); selected.size() == 1)
        dialog.setSubject(m_report->candidates[static_cast<size_t>(selected.front())].subject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Subject subject = dialog.subject();
    const QString assessor = dialog.assessorName().trimmed();
    // Whoever rates here is who this window rates as from now on (blind until they submit).
    if (!m_rateAs || *m_rateAs != assessor)
        setRateAs(assessor);
    // The assessor's own questionnaire for this candidate is opened again (to finish or revise
    // it), never doubled: a second, empty one would replace their ratings as the latest.
    for (const RoundCandidate &c : m_report->candidates) {
        if (!isSamePerson(c.subject, subject))
            continue;
        const int k = c.panel.indexOf(assessor);
        if (k >= 0) {
            Q_EMIT questionnaireRequested(c.panelAssessmentIds.at(k));
            return;
        }
    }
    const Assessment a = Assessment::create(role.code, Mode::Assessor, subject, assessor);
    if (Status st = s->insert(a); !st) {
        Q_EMIT errorOccurred(tr("The assessment could not be saved: %1").arg(st.error()));
        return;
    }
    if (auto added = s->addToCohort(m_report->round.id, {a.id}); !added) {
        (void)s->remove(a.id); // not left behind outside the round
        Q_EMIT errorOccurred(added.error());
        return;
    }
    Q_EMIT assessmentsChanged();
    reload();
    Q_EMIT questionnaireRequested(a.id);
}

Result<RoundReport> RoundsPage::documentReport()
{
    if (!m_report || !m_catalog)
        return Result<RoundReport>::failure(tr("No hiring round is shown."));
    if (anyHidden())
        return Result<RoundReport>::failure(
            tr("The document cannot be exported while a candidate's panel is hidden here: it holds the "
               "scorecards that stay hidden until you have submitted yours."));
    RoundReport copy = *m_report;
    copy.documentScorecards = scorecardScopeFromText(m_scorecardScope->currentData().toString()).value();
    if (AssessmentStore *s = store())
        if (Status st = loadScorecardRemarks(*s, copy); !st)
            return Result<RoundReport>::failure(st.error());
    return copy;
}

Status RoundsPage::writeDocument(const QString &path, report::Format format, bool overwrite)
{
    const auto round = documentReport();
    if (!round)
        return Status::failure(round.error());
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    return CohortExport::write(
        [&](report::Format f) { return CohortExport::render(catalog, round.value(), f, language); }, format, path,
        overwrite);
}

void RoundsPage::exportDocument()
{
    if (!m_report || anyHidden())
        return; // the button is disabled then
    const auto round = documentReport();
    if (!round) {
        Q_EMIT errorOccurred(round.error());
        return;
    }
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    const QString path =
        CohortExport::save(this, tr("Export the Hiring-Meeting Document"), CohortExport::baseName(round.value()),
                           [&](report::Format f) { return CohortExport::render(catalog, round.value(), f, language); });
    if (!path.isEmpty())
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

int RoundsPage::myPanelPlace() const
{
    const std::vector<int> selected = selectedCandidates();
    if (!m_report || selected.size() != 1 || !m_rateAs || m_rateAs->isEmpty())
        return -1;
    const RoundCandidate &c = m_report->candidates[static_cast<size_t>(selected.front())];
    return static_cast<int>(c.panel.indexOf(*m_rateAs));
}

bool RoundsPage::submitScorecard(const QString &recommendation, const QString &comment)
{
    AssessmentStore *s = store();
    const int mine = myPanelPlace();
    if (!s || mine < 0)
        return false;
    const RoundCandidate &c = m_report->candidates[static_cast<size_t>(selectedCandidates().front())];
    const Subject candidate = c.subject;
    if (Status st = iitalent::submitScorecard(*s, *m_report, candidate, *m_rateAs, recommendation, comment); !st) {
        Q_EMIT errorOccurred(tr("The scorecard was not submitted: %1").arg(st.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Submitted %1's scorecard of %2.").arg(*m_rateAs, candidateLabel(candidate)));
    loadRound();
    return true;
}

bool RoundsPage::reopenScorecard()
{
    AssessmentStore *s = store();
    const int mine = myPanelPlace();
    if (!s || mine < 0)
        return false;
    const Subject candidate = m_report->candidates[static_cast<size_t>(selectedCandidates().front())].subject;
    if (Status st = iitalent::reopenScorecard(*s, *m_report, candidate, *m_rateAs); !st) {
        Q_EMIT errorOccurred(tr("The scorecard was not reopened: %1").arg(st.error()));
        return false;
    }
    Q_EMIT statusMessage(tr("Reopened %1's scorecard of %2.").arg(*m_rateAs, candidateLabel(candidate)));
    loadRound();
    return true;
}

void RoundsPage::askSubmit()
{
    const int mine = myPanelPlace();
    if (mine < 0 || !m_catalog)
        return;
    const RoundCandidate &c = m_report->candidates[static_cast<size_t>(selectedCandidates().front())];
    const QStringList open = itemsLeft(c, mine);
    if (!open.isEmpty()) {
        QMessageBox::information(this, tr("Submit Scorecard"),
                                 tr("%n item(s) of your scorecard of %1 are neither rated nor marked not assessed "
                                    "(key X in the questionnaire): %2",
                                    nullptr, static_cast<int>(open.size()))
                                     .arg(candidateLabel(c.subject), open.join(QStringLiteral(", "))));
        return;
    }
    const report::RoundText words(*m_catalog, m_language);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Submit Scorecard"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Your scorecard of %1, as %2. Once submitted it is read-only (you may reopen it; "
                                "that is recorded) and you see the rest of the panel.")
                                 .arg(candidateLabel(c.subject), *m_rateAs),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *recommendation = new QComboBox(&dialog);
    recommendation->setObjectName(QStringLiteral("scorecardRecommendation"));
    for (const QString &id : recommendationIds())
        recommendation->addItem(words.recommendationName(id), id);
    recommendation->setCurrentIndex(-1);
    form->addRow(tr("&Recommendation:"), recommendation);
    auto *comment = new QLineEdit(&dialog);
    comment->setObjectName(QStringLiteral("scorecardComment"));
    comment->setMaxLength(Limits::TextLength);
    comment->setPlaceholderText(tr("Your summary of the interview"));
    form->addRow(tr("&Comment:"), comment);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(recommendation, &QComboBox::currentIndexChanged, &dialog,
            [=](int i) { box->button(QDialogButtonBox::Ok)->setEnabled(i >= 0); });
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(fontMetrics().averageCharWidth() * 70, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        submitScorecard(recommendation->currentData().toString(), comment->text());
}

void RoundsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_report && !droppedLocalPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RoundsPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_report && !droppedLocalPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RoundsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (!m_report || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addToCurrentRound(paths);
}

} // namespace iitalent::gui
