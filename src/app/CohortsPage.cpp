#include "CohortsPage.h"

#include "Catalog.h"
#include "CohortCollectFlow.h"
#include "CohortCompareDialog.h"
#include "CohortDistributionView.h"
#include "CohortExport.h"
#include "CohortHeatmapModel.h"
#include "CohortHeatmapPanel.h"
#include "CohortText.h"
#include "DroppedFiles.h"
#include "ExchangeFile.h"
#include "HeatmapView.h"
#include "NewCohortDialog.h"
#include "ParticipantKeyDialog.h"
#include "Scoring.h"
#include "Settings.h"
#include "SlideExport.h"
#include "WorkshopPlanView.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace iitalent::gui {

namespace {

const Setting<QString> kCollectDir{"cohorts/lastFolder", QString()};
const Setting<QByteArray> kSplitter{"cohorts/splitter", QByteArray()};

constexpr int NameColumn = 0;
constexpr int KindColumn = 1;
constexpr int MembersColumn = 2;

} // namespace

CohortsPage::CohortsPage(QWidget *parent) : QWidget(parent)
{
    buildLayout();
    setAcceptDrops(true);
    retranslate();
    updateActions();
}

CohortsPage::~CohortsPage()
{
    if (!m_projector) // on the projector the list of cohorts is hidden: its width is not the instructor's
        kSplitter.set(m_splitter->saveState());
}

void CohortsPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    // Left: the cohorts and what can be done with them.
    m_leftPane = new QWidget(m_splitter);
    auto *left = new QVBoxLayout(m_leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    m_listLabel = new QLabel(m_leftPane);
    left->addWidget(m_listLabel);
    m_list = new QTreeWidget(m_leftPane);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Cohorts of one course differ at the end of their names ("智能制造班 2026-06", "… 2026-12").
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MembersColumn, QHeaderView::ResizeToContents);
    m_listLabel->setBuddy(m_list);
    left->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    m_newButton = new QPushButton(m_leftPane);
    m_deleteButton = new QPushButton(m_leftPane);
    m_addFilesButton = new QPushButton(m_leftPane);
    m_addFolderButton = new QPushButton(m_leftPane);
    buttons->addWidget(m_newButton, 0, 0);
    buttons->addWidget(m_deleteButton, 0, 1);
    buttons->addWidget(m_addFilesButton, 1, 0);
    buttons->addWidget(m_addFolderButton, 1, 1);
    left->addLayout(buttons);
    m_dropHint = new QLabel(m_leftPane);
    m_dropHint->setWordWrap(true);
    left->addWidget(m_dropHint);
    m_cohortInfo = new QLabel(m_leftPane);
    m_cohortInfo->setWordWrap(true);
    m_cohortInfo->setTextFormat(Qt::PlainText);
    m_cohortInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_cohortInfo);

    // Right: the class view of the selected cohort.
    m_rightPane = new QWidget(m_splitter);
    auto *right = new QVBoxLayout(m_rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    auto *choices = new QHBoxLayout;
    m_roleLabel = new QLabel(m_rightPane);
    m_roleCombo = new QComboBox(m_rightPane);
    m_roleCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_roleCombo->setMinimumContentsLength(24);
    m_roleLabel->setBuddy(m_roleCombo);
    m_modeLabel = new QLabel(m_rightPane);
    m_modeCombo = new QComboBox(m_rightPane);
    m_modeLabel->setBuddy(m_modeCombo);
    m_anonymise = new QCheckBox(m_rightPane);
    m_keyButton = new QPushButton(m_rightPane);
    m_projectorButton = new QPushButton(m_rightPane);
    m_projectorButton->setCheckable(true);
    choices->addWidget(m_roleLabel);
    choices->addWidget(m_roleCombo, 1);
    choices->addWidget(m_modeLabel);
    choices->addWidget(m_modeCombo);
    choices->addStretch();
    choices->addWidget(m_anonymise);
    choices->addWidget(m_keyButton);
    choices->addWidget(m_projectorButton);
    right->addLayout(choices);
    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(m_rightPane);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    summaryRow->addWidget(m_summary, 1);
    m_exportButton = new QPushButton(m_rightPane);
    m_exportButton->setObjectName(QStringLiteral("cohortExportButton"));
    m_compareButton = new QPushButton(m_rightPane);
    m_compareButton->setObjectName(QStringLiteral("cohortCompareButton"));
    m_removeMemberButton = new QPushButton(m_rightPane);
    m_removeMemberButton->setObjectName(QStringLiteral("cohortRemoveMemberButton"));
    summaryRow->addWidget(m_removeMemberButton, 0, Qt::AlignTop);
    summaryRow->addWidget(m_exportButton, 0, Qt::AlignTop);
    summaryRow->addWidget(m_compareButton, 0, Qt::AlignTop);
    m_slideButton = new QPushButton(m_rightPane);
    m_slideButton->setObjectName(QStringLiteral("cohortSlideButton"));
    summaryRow->addWidget(m_slideButton, 0, Qt::AlignTop);
    right->addLayout(summaryRow);

    m_views = new QTabWidget(m_rightPane);
    m_views->setDocumentMode(true);
    right->addWidget(m_views, 1);

    m_heatmap = new CohortHeatmapPanel(m_views);
    m_views->addTab(m_heatmap, QString());

    m_distributions = new CohortDistributionView(m_views);
    m_views->addTab(m_distributions, QString());

    m_plan = new WorkshopPlanView(m_views);
    m_views->addTab(m_plan, QString());

    m_splitter->addWidget(m_leftPane);
    m_splitter->addWidget(m_rightPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 40, fontMetrics().averageCharWidth() * 120});
    if (const QByteArray s = kSplitter.get(); !s.isEmpty())
        m_splitter->restoreState(s);

    // Shortcuts of the page (the buttons also have mnemonics).
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    // Taking a participant out of the cohort: Delete on the heatmap, its context menu, the button.
    m_removeMemberAction = new QAction(this);
    m_removeMemberAction->setObjectName(QStringLiteral("removeFromCohortAction"));
    m_removeMemberAction->setShortcut(QKeySequence::Delete);
    m_removeMemberAction->setShortcutContext(Qt::WidgetShortcut);
    m_heatmap->table()->addAction(m_removeMemberAction);
    m_heatmap->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_projectorAction = new QAction(this);
    m_projectorAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_projectorAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_projectorAction);
    m_leaveProjectorAction = new QAction(this);
    m_leaveProjectorAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveProjectorAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_leaveProjectorAction->setEnabled(false);
    addAction(m_leaveProjectorAction);

    connect(m_newAction, &QAction::triggered, this, &CohortsPage::newCohort);
    connect(m_deleteAction, &QAction::triggered, this, &CohortsPage::deleteCohort);
    connect(m_projectorAction, &QAction::triggered, this, [this] { setProjectorMode(!m_projector); });
    connect(m_leaveProjectorAction, &QAction::triggered, this, [this] { setProjectorMode(false); });
    connect(m_removeMemberAction, &QAction::triggered, this, &CohortsPage::removeCurrentMember);
    connect(m_removeMemberButton, &QPushButton::clicked, this, &CohortsPage::removeCurrentMember);
    connect(m_heatmap->table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CohortsPage::updateActions);
    connect(m_newButton, &QPushButton::clicked, this, &CohortsPage::newCohort);
    connect(m_deleteButton, &QPushButton::clicked, this, &CohortsPage::deleteCohort);
    connect(m_addFilesButton, &QPushButton::clicked, this, &CohortsPage::chooseFiles);
    connect(m_addFolderButton, &QPushButton::clicked, this, &CohortsPage::chooseFolder);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_filling)
            onCohortChanged();
    });
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_roleCode = m_roleCombo->currentData().toString();
        rebuildReport();
    });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            rebuildReport();
    });
    connect(m_anonymise, &QCheckBox::toggled, this, [this](bool on) {
        m_heatmap->setAnonymised(on);
        updateActions();
    });
    connect(m_keyButton, &QPushButton::clicked, this, &CohortsPage::showKey);
    connect(m_exportButton, &QPushButton::clicked, this, &CohortsPage::exportView);
    connect(m_compareButton, &QPushButton::clicked, this, &CohortsPage::compareCohorts);
    connect(m_slideButton, &QPushButton::clicked, this, &CohortsPage::saveSlide);
    connect(m_projectorButton, &QPushButton::toggled, this, &CohortsPage::setProjectorMode);
    connect(m_heatmap, &CohortHeatmapPanel::rowActivated, this, &CohortsPage::openRow);
}

void CohortsPage::setStoreProvider(std::function<AssessmentStore *()> provider)
{
    m_storeProvider = std::move(provider);
}

AssessmentStore *CohortsPage::store()
{
    return m_storeProvider ? m_storeProvider() : nullptr;
}

void CohortsPage::setCatalog(const Catalog *catalog)
{
    // The view refers to the catalog's roles: drop it before the catalog goes.
    m_report.reset();
    m_heatmap->setCatalog(nullptr);
    m_distributions->setCatalog(nullptr);
    m_plan->setCatalog(nullptr);
    m_catalog = catalog;
    m_heatmap->setCatalog(catalog);
    m_distributions->setCatalog(catalog);
    m_plan->setCatalog(catalog);
    if (catalog && isVisible())
        reload();
    else
        updateSummary();
    updateActions();
}

void CohortsPage::setLanguage(Language language)
{
    m_language = language;
    m_heatmap->setLanguage(language);
    m_distributions->setLanguage(language);
    m_plan->setLanguage(language);
    // The translators are installed already: follow at once (the LanguageChange event comes later).
    retranslate();
}

void CohortsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CohortsPage::retranslate()
{
    m_listLabel->setText(tr("Cohorts:"));
    m_list->setHeaderLabels({tr("Name", "a cohort's name (名称), not a person's"), tr("Kind"), tr("Members")});
    m_list->setAccessibleName(tr("Cohorts"));
    m_list->setAccessibleDescription(tr("Select a cohort to see its class view. Delete removes the cohort."));
    m_newButton->setText(tr("&New…"));
    m_newButton->setToolTip(tr("Create a cohort: a workshop's class or a team (%1)")
                                .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_deleteButton->setText(tr("&Delete…"));
    m_deleteButton->setToolTip(tr("Delete the selected cohort; its assessments stay stored"));
    m_addFilesButton->setText(tr("Add F&iles…"));
    m_addFilesButton->setToolTip(tr("Add exchange files (%1) to the selected cohort").arg(ExchangeFile::nameFilter()));
    m_addFolderButton->setText(tr("Add Fold&er…"));
    m_addFolderButton->setToolTip(
        tr("Add every exchange file in a folder and its subfolders (a USB stick, say) to the selected cohort"));
    m_dropHint->setText(tr("You can also drop files and folders on this page: they are added to the selected "
                           "cohort, or to the one you drop them on."));
    m_roleLabel->setText(tr("&Role:"));
    m_roleCombo->setAccessibleName(tr("Role of the class view"));
    m_modeLabel->setText(tr("&Answers:"));
    m_modeCombo->setAccessibleName(tr("Self-assessments or assessor assessments"));
    m_anonymise->setText(tr("Anon&ymise"));
    m_anonymise->setToolTip(tr("Show participants as P417, P052, … instead of their names"));
    m_keyButton->setText(tr("Show &key…"));
    m_keyButton->setToolTip(tr("For the instructor only: which participant each number stands for"));
    m_projectorButton->setText(m_projector ? tr("Leave pro&jector mode") : tr("Pro&jector mode"));
    m_projectorButton->setToolTip(
        m_projector
            ? tr("Back to the instructor's view (Esc or F11). The heatmap fits the screen: Ctrl+Plus and Ctrl+Minus "
                 "zoom it, Ctrl+0 fits it again")
            : tr("Large type and participants as P417, P052, …, without names or the key (F11)"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setAccessibleName(tr("Export the class view"));
    // No Alt+letter: every letter of it is taken on this page; Delete is its key (in the tooltip).
    m_removeMemberButton->setText(tr("Remove from Cohort…"));
    m_removeMemberButton->setAccessibleName(tr("Remove the selected participant from the cohort"));
    m_removeMemberAction->setText(tr("Remove from Cohort…"));
    m_compareButton->setText(tr("Bef&ore and after…"));
    // No Alt+letter: S, A, L, I, D and E are taken on this page (as for Remove from Cohort).
    m_slideButton->setText(tr("Save as Slide…"));
    m_slideButton->setAccessibleName(tr("Save the tab shown as a slide"));
    m_slideButton->setToolTip(tr("Save the heatmap, the distributions or the plan, whichever tab is shown, as a "
                                 "16:9 slide for a presentation: PNG (1920 × 1080) or SVG; anonymised when the "
                                 "view is"));
    m_compareButton->setAccessibleName(tr("Compare two cohorts, before and after"));
    m_compareButton->setToolTip(tr("Compare this cohort with another one, such as the start and the end of a "
                                   "course, for the role and answers shown"));
    m_views->setTabText(m_views->indexOf(m_heatmap), tr("Hea&tmap"));
    m_views->setTabText(m_views->indexOf(m_distributions), tr("Distri&butions"));
    m_views->setTabText(m_views->indexOf(m_plan), tr("&Priorities && workshop plan"));
    m_newAction->setText(tr("New Cohort"));
    m_deleteAction->setText(tr("Delete Cohort"));
    m_projectorAction->setText(tr("Projector Mode"));
    m_leaveProjectorAction->setText(tr("Leave Projector Mode"));

    // What depends on the language: the kinds and the role names.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString name = item->data(NameColumn, Qt::UserRole).toString();
        for (const Cohort &c : m_cohorts)
            if (c.name == name)
                item->setText(KindColumn, kindName(c.kind));
    }
    fillModeCombo();
    fillRoleCombo();
    updateSummary();
    updateActions(); // the tooltips that depend on the state
}

QString CohortsPage::kindName(CohortKind kind) const
{
    return report::CohortText::kindName(kind);
}

QString CohortsPage::roleTitle(const QString &code) const
{
    const Role *role = m_catalog ? m_catalog->role(code) : nullptr;
    return role ? QStringLiteral("%1 %2").arg(role->code, role->name(m_language)) : code;
}

CohortHeatmapModel *CohortsPage::heatmapModel() const
{
    return m_heatmap->model();
}

QTableView *CohortsPage::heatmapTable() const
{
    return m_heatmap->table();
}

void CohortsPage::activate()
{
    reload();
    if (m_projector)
        m_heatmap->table()->setFocus(Qt::OtherFocusReason);
    else
        m_list->setFocus(Qt::OtherFocusReason);
}

void CohortsPage::reload()
{
    if (!m_catalog)
        return;
    AssessmentStore *s = store();
    if (!s)
        return;
    auto cohorts = s->cohorts();
    if (!cohorts) {
        Q_EMIT errorOccurred(cohorts.error());
        return;
    }
    m_cohorts = std::move(cohorts).value();
    // Hiring rounds live on their own tab, where blind until submitted decides what is shown: the
    // class view would show a panel's levels to an interviewer who has not submitted.
    m_cohorts.erase(std::remove_if(m_cohorts.begin(), m_cohorts.end(),
                                   [](const Cohort &c) { return c.kind == CohortKind::Hiring; }),
                    m_cohorts.end());
    fillCohortList(currentCohortName());
    onCohortChanged();
}

void CohortsPage::fillCohortList(const QString &select)
{
    m_filling = true;
    m_list->clear();
    QTreeWidgetItem *current = nullptr;
    for (const Cohort &c : m_cohorts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, c.name);
        item->setData(NameColumn, Qt::UserRole, c.name);
        item->setText(KindColumn, kindName(c.kind));
        item->setText(MembersColumn, QString::number(c.members));
        item->setTextAlignment(MembersColumn, Qt::AlignRight | Qt::AlignVCenter);
        QStringList tip{c.name};
        if (!c.date.isEmpty())
            tip << tr("Held on %1").arg(c.date);
        if (!c.roles.isEmpty())
            tip << tr("Target roles: %1").arg(c.roles.join(QStringLiteral(", ")));
        tip << tr("%n member assessment(s)", nullptr, c.members);
        item->setToolTip(NameColumn, tip.join(QLatin1Char('\n')));
        if (c.name == select || !current)
            current = item;
    }
    if (current)
        m_list->setCurrentItem(current);
    m_filling = false;
}

std::optional<Cohort> CohortsPage::selectedCohort() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    for (const Cohort &c : m_cohorts)
        if (c.name == name)
            return c;
    return std::nullopt;
}

QString CohortsPage::currentCohortName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

bool CohortsPage::selectCohort(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i)); // loads it
            return true;
        }
    }
    return false;
}

bool CohortsPage::showRole(const QString &code, Mode mode)
{
    const int role = m_roleCombo->findData(code);
    const int m = m_modeCombo->findData(modeId(mode));
    if (role < 0 || m < 0)
        return false;
    m_filling = true;
    m_roleCombo->setCurrentIndex(role);
    m_modeCombo->setCurrentIndex(m);
    m_filling = false;
    m_roleCode = code;
    rebuildReport();
    return true;
}

void CohortsPage::onCohortChanged()
{
    m_cohort = selectedCohort();
    loadMembers();
    // The role: the one last chosen if the cohort targets it or has members of it, else its first
    // target role, else the role most of its members were assessed for.
    if (m_cohort && m_catalog) {
        QStringList targets;
        for (const QString &code : m_cohort->roles)
            if (m_catalog->role(code))
                targets << code;
        std::map<QString, int> counts;
        for (const AssessmentSummary &m : m_members)
            ++counts[m.role];
        const bool keep = !m_roleCode.isEmpty() && (targets.contains(m_roleCode) || counts.count(m_roleCode) > 0);
        if (!keep) {
            if (!targets.isEmpty()) {
                m_roleCode = targets.first();
            } else {
                int most = 0;
                for (const auto &[code, n] : counts) {
                    if (n > most && m_catalog->role(code)) {
                        most = n;
                        m_roleCode = code;
                    }
                }
            }
        }
        // The kind of answers: the one shown, unless the cohort has only the other kind for the role.
        const auto has = [&](Mode mode) {
            return std::any_of(m_members.begin(), m_members.end(),
                               [&](const AssessmentSummary &m) { return m.role == m_roleCode && m.mode == mode; });
        };
        const Mode shown = modeFromId(m_modeCombo->currentData().toString()).value_or(Mode::Self);
        const Mode other = shown == Mode::Self ? Mode::Assessor : Mode::Self;
        if (!has(shown) && has(other)) {
            m_filling = true;
            m_modeCombo->setCurrentIndex(std::max(0, m_modeCombo->findData(modeId(other))));
            m_filling = false;
        }
    }
    fillRoleCombo();
    rebuildReport();
    updateActions();
}

void CohortsPage::loadMembers()
{
    m_members.clear();
    if (!m_cohort)
        return;
    AssessmentStore *s = store();
    if (!s)
        return;
    auto members = s->cohortMembers(m_cohort->id);
    if (!members) {
        Q_EMIT errorOccurred(members.error());
        return;
    }
    m_members = std::move(members).value();
}

void CohortsPage::fillRoleCombo()
{
    // The cohort's target roles first, then every role of the catalog.
    m_filling = true;
    m_roleCombo->clear();
    if (m_catalog) {
        QStringList targets;
        if (m_cohort)
            for (const QString &code : m_cohort->roles)
                if (m_catalog->role(code) && !targets.contains(code))
                    targets << code;
        for (const QString &code : targets)
            m_roleCombo->addItem(roleTitle(code), code);
        if (!targets.isEmpty())
            m_roleCombo->insertSeparator(m_roleCombo->count());
        for (const Role &role : m_catalog->roles())
            if (!targets.contains(role.code))
                m_roleCombo->addItem(roleTitle(role.code), role.code);
        if (m_roleCode.isEmpty() && !m_catalog->roles().empty())
            m_roleCode = targets.isEmpty() ? m_catalog->roles().front().code : targets.first();
        m_roleCombo->setCurrentIndex(std::max(0, m_roleCombo->findData(m_roleCode)));
    }
    m_filling = false;
}

void CohortsPage::fillModeCombo()
{
    m_filling = true;
    const QString mode = m_modeCombo->count() > 0 ? m_modeCombo->currentData().toString() : modeId(Mode::Self);
    m_modeCombo->clear();
    m_modeCombo->addItem(tr("Self-assessments"), modeId(Mode::Self));
    m_modeCombo->addItem(tr("Assessor assessments"), modeId(Mode::Assessor));
    m_modeCombo->setCurrentIndex(std::max(0, m_modeCombo->findData(mode)));
    m_filling = false;
}

void CohortsPage::rebuildReport()
{
    m_report.reset();
    if (m_cohort && m_catalog && !m_roleCode.isEmpty() && m_catalog->role(m_roleCode)) {
        const Mode mode = modeFromId(m_modeCombo->currentData().toString()).value_or(Mode::Self);
        auto built = CohortReport::build(*m_catalog, *m_cohort, m_roleCode, mode, m_members);
        if (built)
            m_report = std::make_shared<const CohortReport>(std::move(built).value());
        else
            Q_EMIT errorOccurred(built.error());
    }
    m_heatmap->setReport(m_report);
    m_distributions->setReport(m_report);
    m_plan->setReport(m_report);
    updateSummary();
    updateActions();
    if (m_keyDialog)
        m_keyDialog->close(); // it showed another view's participants
}

void CohortsPage::updateSummary()
{
    if (!m_cohort) {
        m_summary->setText(m_cohorts.empty()
                               ? tr("No cohort yet. Create one with New…, then add the class's assessment files to "
                                    "it: choose them, or drop them on this page.")
                               : tr("Select a cohort."));
        m_cohortInfo->setText(QString());
        return;
    }
    const Cohort &c = *m_cohort;
    QStringList info;
    info << tr("Kind: %1").arg(kindName(c.kind));
    if (!c.date.isEmpty())
        info << tr("Held on %1").arg(c.date);
    if (!c.roles.isEmpty()) {
        QStringList roles;
        for (const QString &code : c.roles)
            roles << roleTitle(code);
        info << tr("Target roles: %1").arg(roles.join(QStringLiteral("; ")));
    }
    info << tr("%n member assessment(s), any role and mode", nullptr, static_cast<int>(m_members.size()));
    // The note may name people: never in projector mode.
    if (!c.note.isEmpty() && !m_projector)
        info << tr("Note: %1").arg(c.note);
    m_cohortInfo->setText(info.join(QLatin1Char('\n')));

    const CohortReport *r = m_report.get();
    if (!r) {
        m_summary->setText(c.name);
        return;
    }
    const QString mode = r->mode == Mode::Self ? tr("self-assessments") : tr("assessor assessments");
    if (r->participants.empty()) {
        m_summary->setText(tr("%1: no member assessment of role %2 among the %3. Choose another role or kind of "
                              "answers, or add the class's files.")
                               .arg(c.name, roleTitle(r->roleCode), mode));
        return;
    }
    m_summary->setText(tr("%1 · %2 · %3 — %n participant(s); readiness: mean %4, median %5", nullptr,
                          static_cast<int>(r->participants.size()))
                           .arg(c.name, roleTitle(r->roleCode), mode, percentText(r->readinessMean.value_or(0.0)),
                                percentText(r->readinessMedian.value_or(0.0))));
}

void CohortsPage::updateActions()
{
    const bool ready = m_catalog != nullptr;
    const bool selected = m_cohort.has_value();
    m_newButton->setEnabled(ready && !m_projector);
    m_newAction->setEnabled(ready && !m_projector);
    m_deleteButton->setEnabled(selected && !m_projector);
    m_deleteAction->setEnabled(selected && !m_projector);
    m_addFilesButton->setEnabled(ready && selected && !m_projector);
    m_addFolderButton->setEnabled(ready && selected && !m_projector);
    m_keyButton->setEnabled(!m_projector && m_report && !m_report->participants.empty());
    m_exportButton->setEnabled(m_report && !m_report->participants.empty());
    m_slideButton->setEnabled(m_report && !m_report->participants.empty());
    m_exportButton->setToolTip(exportAnonymised()
                                   ? tr("Save the view shown, anonymised (P417, P052, …), as PDF, HTML, CSV or JSON")
                                   : tr("Save the view shown as PDF, HTML, CSV or JSON"));
    m_compareButton->setEnabled(ready && selected && m_report && m_cohorts.size() >= 2);
    // The question names the person: never where names are hidden (projector mode, anonymised).
    const bool namesHidden = m_projector || isAnonymised();
    const bool removable = selected && !namesHidden && currentParticipant() != nullptr;
    m_removeMemberAction->setEnabled(removable);
    m_removeMemberButton->setEnabled(removable);
    m_removeMemberButton->setVisible(!m_projector);
    const QString removeTip =
        namesHidden
            ? tr("Not while participants are shown as numbers: untick Anonymise (or leave projector mode) first")
            : tr("Take the selected participant's assessment out of this cohort; the assessment stays "
                 "stored (%1)")
                  .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    m_removeMemberButton->setToolTip(removeTip);
    m_removeMemberAction->setToolTip(removeTip);
    m_leaveProjectorAction->setEnabled(m_projector);
}

void CohortsPage::setAnonymised(bool on)
{
    if (m_projector && !on)
        return; // projector mode is always anonymised
    m_anonymise->setChecked(on);
}

bool CohortsPage::isAnonymised() const
{
    return m_heatmap->isAnonymised();
}

void CohortsPage::setProjectorMode(bool on)
{
    if (m_projector == on) {
        const QSignalBlocker block(m_projectorButton);
        m_projectorButton->setChecked(on);
        return;
    }
    if (on) {
        m_anonymisedBeforeProjector = m_anonymise->isChecked();
        m_anonymise->setChecked(true);
        if (m_keyDialog)
            m_keyDialog->close();
    }
    m_projector = on;
    {
        const QSignalBlocker block(m_projectorButton);
        m_projectorButton->setChecked(on);
    }
    m_anonymise->setEnabled(!on);
    if (!on)
        m_anonymise->setChecked(m_anonymisedBeforeProjector);
    // Large type for the room; the list of cohorts (and the note) stays on the instructor's side.
    if (on) {
        QFont large = font();
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * 2.0);
        else
            large.setPixelSize(large.pixelSize() * 2);
        m_rightPane->setFont(large);
    } else {
        m_rightPane->setFont(QFont());
    }
    m_leftPane->setVisible(!on);
    // The class view takes the width the list of cohorts had (QSplitter left it empty).
    m_splitter->refresh();
    // The whole class on the screen: the heatmap's type is fitted to it (Ctrl+Plus/Minus zoom,
    // Ctrl+0 fits again).
    m_heatmap->view()->setFitToView(on);
    retranslate();
    updateActions();
    m_heatmap->table()->setFocus(Qt::OtherFocusReason);
    Q_EMIT projectorModeChanged(on);
    Q_EMIT statusMessage(on ? tr("Projector mode: participants are shown as numbers. Esc or F11 leaves it.")
                            : tr("Projector mode ended."));
}

void CohortsPage::openRow(int modelRow)
{
    // In projector mode a report would show the name on the screen.
    if (m_projector) {
        Q_EMIT statusMessage(tr("Reports do not open in projector mode: leave it first (Esc)."));
        return;
    }
    if (const CohortParticipant *p = m_heatmap->model()->participantAt(modelRow))
        Q_EMIT reportRequested(p->assessmentId);
}

void CohortsPage::showKey()
{
    if (m_projector || !m_report || m_report->participants.empty())
        return;
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return;
    }
    auto *dialog = new ParticipantKeyDialog(*m_report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    dialog->open();
}

bool CohortsPage::exportAnonymised() const
{
    return m_projector || isAnonymised();
}

std::optional<CohortReport> CohortsPage::exportableReport() const
{
    if (!m_report)
        return std::nullopt;
    CohortReport copy = *m_report;
    if (m_catalog)
        copy.planWorkshop(*m_catalog, m_plan->offer()); // as the plan tab shows it
    if (exportAnonymised())
        copy.anonymise();
    // The documents list the participants as the heatmap shows them (its sort).
    copy.orderParticipants(CohortHeatmapModel::assessmentOrder(m_heatmap->table()->model()));
    return copy;
}

Status CohortsPage::writeView(const QString &path, report::Format format, bool overwrite)
{
    const std::optional<CohortReport> r = exportableReport();
    if (!r || !m_catalog)
        return Status::failure(tr("No class view to export."));
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    return CohortExport::write([&](report::Format f) { return CohortExport::render(catalog, *r, f, language); }, format,
                               path, overwrite, CohortExport::itemsTable(catalog, *r, language));
}

QString CohortsPage::exportView()
{
    const std::optional<CohortReport> r = exportableReport();
    if (!r || !m_catalog || r->participants.empty())
        return QString();
    const bool anonymised = r->anonymised;
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    const QString title = anonymised ? tr("Export Class View — Anonymised") : tr("Export Class View");
    const QString path = CohortExport::save(
        this, title, CohortExport::baseName(*r),
        [&](report::Format f) { return CohortExport::render(catalog, *r, f, language); },
        CohortExport::itemsTable(catalog, *r, language));
    if (!path.isEmpty())
        Q_EMIT statusMessage(anonymised
                                 ? tr("Exported the class view, anonymised, to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Exported the class view to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

namespace {

// The slide of a tab of the class view.
CohortSlide slideOfTab(QWidget *tab, QWidget *distributions, QWidget *plan)
{
    if (tab == distributions)
        return CohortSlide::Distribution;
    if (tab == plan)
        return CohortSlide::Plan;
    return CohortSlide::Heatmap;
}

} // namespace

Status CohortsPage::writeSlide(const QString &path, bool overwrite)
{
    const std::optional<CohortReport> r = exportableReport();
    if (!r || !m_catalog)
        return Status::failure(tr("No class view to export."));
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    const CohortSlide slide = slideOfTab(m_views->currentWidget(), m_distributions, m_plan);
    return SlideExport::write(
        [&](QPainter &p, const QRectF &rect) { paintCohortSlide(p, rect, catalog, *r, slide, language); },
        slideName(slide), path, overwrite);
}

QString CohortsPage::saveSlide()
{
    const std::optional<CohortReport> r = exportableReport();
    if (!r || !m_catalog || r->participants.empty())
        return QString();
    const Catalog &catalog = *m_catalog;
    const Language language = m_language;
    const CohortSlide slide = slideOfTab(m_views->currentWidget(), m_distributions, m_plan);
    const QString title = r->anonymised ? tr("Save as Slide — Anonymised") : tr("Save as Slide");
    const QString path = SlideExport::save(
        this, title, CohortExport::baseName(*r) + QStringLiteral(" - ") + slideName(slide), slideName(slide),
        [&](QPainter &p, const QRectF &rect) { paintCohortSlide(p, rect, catalog, *r, slide, language); });
    if (!path.isEmpty())
        Q_EMIT statusMessage(r->anonymised
                                 ? tr("Saved the slide, anonymised, to %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("Saved the slide to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

CohortCompareDialog *CohortsPage::compareCohorts()
{
    if (m_compareDialog) {
        m_compareDialog->raise();
        m_compareDialog->activateWindow();
        return m_compareDialog;
    }
    AssessmentStore *s = m_catalog && m_cohort && m_report && m_cohorts.size() >= 2 ? store() : nullptr;
    if (!s)
        return nullptr;
    // Window-modal: the store, the catalog and the page's choices stay as they are while it is open.
    auto *dialog = new CohortCompareDialog(*s, *m_catalog, m_cohorts, m_cohort->name, m_report->roleCode,
                                           m_report->mode, exportAnonymised(), m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CohortCompareDialog::statusMessage, this, &CohortsPage::statusMessage);
    m_compareDialog = dialog;
    dialog->open();
    return dialog;
}

CohortCompareDialog *CohortsPage::compareDialog() const
{
    return m_compareDialog;
}

void CohortsPage::newCohort()
{
    if (!m_catalog || m_projector)
        return;
    AssessmentStore *s = store();
    if (!s)
        return;
    QStringList names;
    for (const Cohort &c : m_cohorts)
        names << c.name;
    NewCohortDialog dialog(*m_catalog, m_language, names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = s->createCohort(dialog.cohort());
    if (!created) {
        Q_EMIT errorOccurred(tr("The cohort could not be created: %1").arg(created.error()));
        return;
    }
    const QString name = created->name;
    if (!created->roles.isEmpty())
        m_roleCode = created->roles.first();
    reload();
    selectCohort(name);
    m_list->setFocus(Qt::OtherFocusReason);
    Q_EMIT statusMessage(tr("Created the cohort “%1”. Add the class's files to it with Add Files… or Add Folder…, "
                            "or drop them here.")
                             .arg(name));
}

void CohortsPage::deleteCohort()
{
    const std::optional<Cohort> c = selectedCohort();
    AssessmentStore *s = c && !m_projector ? store() : nullptr;
    if (!s)
        return;
    if (QMessageBox::question(this, tr("Delete cohort?"),
                              tr("Delete the cohort “%1”? Its %n member assessment(s) stay stored, and so do their "
                                 "answers; only the cohort and its list of members are deleted.",
                                 nullptr, c->members)
                                  .arg(c->name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    if (Status st = s->deleteCohort(c->name); !st) {
        Q_EMIT errorOccurred(st.error());
        return;
    }
    reload();
    Q_EMIT statusMessage(tr("Deleted the cohort “%1”; its assessments stay stored.").arg(c->name));
}

const CohortParticipant *CohortsPage::currentParticipant() const
{
    const QModelIndex index = m_heatmap->table()->currentIndex();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_heatmap->table()->model());
    if (!index.isValid() || !proxy)
        return nullptr;
    return m_heatmap->model()->participantAt(proxy->mapToSource(index).row());
}

bool CohortsPage::removeCurrentMember()
{
    const CohortParticipant *p = m_projector || isAnonymised() ? nullptr : currentParticipant();
    AssessmentStore *s = p && m_cohort ? store() : nullptr;
    if (!s)
        return false;
    // Copies: the report is built anew when the cohort is read again.
    const Cohort cohort = *m_cohort;
    const QString id = p->assessmentId;
    const QString person =
        p->subject.number.isEmpty() ? p->subject.name : tr("%1 (%2)").arg(p->subject.name, p->subject.number);
    if (QMessageBox::question(this, tr("Remove from cohort?"),
                              tr("Remove %1's assessment from the cohort “%2”? The assessment itself is kept, with "
                                 "its answers, and stays in any other cohort; only its place in this one ends.")
                                  .arg(person, cohort.name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    auto removed = s->removeFromCohort(cohort.id, {id});
    if (!removed) {
        Q_EMIT errorOccurred(tr("%1 could not be removed from the cohort: %2").arg(person, removed.error()));
        return false;
    }
    reload();
    Q_EMIT statusMessage(tr("Removed %1 from the cohort “%2”; the assessment is kept.").arg(person, cohort.name));
    return removed.value() > 0;
}

void CohortsPage::chooseFiles()
{
    const std::optional<Cohort> c = selectedCohort();
    if (!c)
        return;
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add Assessments to “%1”").arg(c->name), kCollectDir.get(),
                                      tr("iitalent assessments (%1);;All files (*)").arg(ExchangeFile::nameFilter()));
    if (paths.isEmpty())
        return;
    kCollectDir.set(QFileInfo(paths.first()).absolutePath());
    collect(*c, paths, false);
}

void CohortsPage::chooseFolder()
{
    const std::optional<Cohort> c = selectedCohort();
    if (!c)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Add a Folder of Assessments to “%1”").arg(c->name), kCollectDir.get());
    if (folder.isEmpty())
        return;
    kCollectDir.set(folder);
    collect(*c, {folder}, false);
}

void CohortsPage::addToCurrentCohort(const QStringList &sources)
{
    const std::optional<Cohort> c = selectedCohort();
    if (!c) {
        Q_EMIT statusMessage(tr("Create a cohort first, then add the files to it."));
        return;
    }
    collect(*c, sources, false);
}

void CohortsPage::collect(Cohort cohort, const QStringList &sources, bool replaceWithNewer)
{
    AssessmentStore *s = store();
    if (!s || !m_catalog || sources.isEmpty() || m_projector)
        return;
    const CohortCollect::Result result =
        CohortCollectFlow::run(this, *s, *m_catalog, cohort, sources, replaceWithNewer);
    if (result.imported > 0 || std::any_of(result.entries.begin(), result.entries.end(),
                                           [](const CohortCollect::Entry &e) { return e.replaced; }))
        Q_EMIT assessmentsChanged();
    reload();
    const qint64 id = cohort.id;
    Q_EMIT statusMessage(
        CohortCollectFlow::showSummary(this, cohort, result, replaceWithNewer, [this, id](const QStringList &files) {
            for (const Cohort &c : m_cohorts) {
                if (c.id == id) {
                    collect(c, files, true); // reads m_cohorts again: stop here
                    return;
                }
            }
        }));
}

void CohortsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_projector && m_catalog && !droppedLocalPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CohortsPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_projector && m_catalog && !droppedLocalPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CohortsPage::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (m_projector || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // Dropped on a cohort of the list: that one; elsewhere on the page: the selected one.
    const QPoint at = m_list->viewport()->mapFrom(this, event->position().toPoint());
    if (m_list->viewport()->rect().contains(at))
        if (QTreeWidgetItem *item = m_list->itemAt(at))
            m_list->setCurrentItem(item);
    // Not inside the drop event: the progress dialog runs its own event loop.
    QTimer::singleShot(0, this, [this, paths] { addToCurrentCohort(paths); });
}

} // namespace iitalent::gui
