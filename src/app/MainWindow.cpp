#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AssessmentListModel.h"
#include "AssessmentSession.h"
#include "AssessmentsPage.h"
#include "CohortsPage.h"
#include "DroppedFiles.h"
#include "EmbeddedCatalog.h"
#include "ExchangeFile.h"
#include "ExchangeImport.h"
#include "FileHandOff.h"
#include "FileOutput.h"
#include "HiringRound.h"
#include "QuestionnaireWidget.h"
#include "RepeatRound.h"
#include "ReportExporter.h"
#include "ReportWidget.h"
#include "RoleDetailWidget.h"
#include "RoleFilterProxyModel.h"
#include "RoleTreeModel.h"
#include "RoundsPage.h"
#include "Settings.h"
#include "SubjectDialog.h"
#include "TeamStoreDialog.h"
#include "Text.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace iitalent::gui {

namespace {
const Setting<QByteArray> kGeometry{"MainWindow/geometry", QByteArray()};
const Setting<QByteArray> kWindowState{"MainWindow/state", QByteArray()};
const Setting<QByteArray> kSplitter{"MainWindow/splitter", QByteArray()};
const Setting<QString> kLastRole{"MainWindow/lastRole", QStringLiteral("01")};
const Setting<QString> kCatalogPath{"catalog/path", QString()};
const Setting<QString> kCatalogDir{"catalog/lastFolder", QString()};
const Setting<QString> kExchangeDir{"assessments/lastFolder", QString()};
const Setting<bool> kShowRequired{"questionnaire/showRequired", false};
// The team store chosen with File > Connect to Team Store... (its address without the password),
// used at the next start unless --db or IITALENT_DB say otherwise.
const Setting<QString> kTeamAddress{"store/teamAddress", QString()};
} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &dbPath)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_roleModel(new RoleTreeModel(this)),
      m_proxy(new RoleFilterProxyModel(this)),
      m_language(LanguageManager::current())
{
    m_dbPath = dbPath.isEmpty() && qEnvironmentVariable("IITALENT_DB").isEmpty() && !kTeamAddress.get().isEmpty()
                   ? kTeamAddress.get()
                   : AssessmentStore::resolvePath(dbPath);
    m_ui->setupUi(this);
    m_connectTeamAction = new QAction(this);
    m_connectTeamAction->setObjectName(QStringLiteral("actionConnectTeamStore"));
    m_localStoreAction = new QAction(this);
    m_localStoreAction->setObjectName(QStringLiteral("actionUseLocalStore"));
    m_ui->menuFile->insertAction(m_ui->actionOpenCatalog, m_connectTeamAction);
    m_ui->menuFile->insertAction(m_ui->actionOpenCatalog, m_localStoreAction);
    m_ui->menuFile->insertSeparator(m_ui->actionOpenCatalog);
    connect(m_connectTeamAction, &QAction::triggered, this, [this] { connectTeamStore(QString()); });
    connect(m_localStoreAction, &QAction::triggered, this, &MainWindow::useLocalStore);
    retranslateStoreActions();
    setAcceptDrops(true);
    // The Roles, Assessments, Cohorts and Hiring Rounds tabs stay; questionnaire and report tabs
    // can be closed.
    for (QWidget *fixed : {m_ui->rolesTab, m_ui->assessmentsTab, m_ui->cohortsTab, m_ui->roundsTab}) {
        const int i = m_ui->tabs->indexOf(fixed);
        m_ui->tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_ui->tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(index) == m_ui->assessmentsTab)
            refreshAssessmentList();
        else if (m_ui->tabs->widget(index) == m_ui->cohortsTab)
            m_ui->cohortsPage->activate(); // reads the store again; the focus goes to the list of cohorts
        else if (m_ui->tabs->widget(index) == m_ui->roundsTab)
            m_ui->roundsPage->activate(); // reads the store again (ratings given meanwhile, blind or not)
    });
    m_detail = new RoleDetailWidget(m_ui->detailPane);
    m_ui->detailLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 820});

    m_proxy->setSourceModel(m_roleModel);
    m_ui->roleView->setModel(m_proxy);
    m_ui->roleView->header()->setStretchLastSection(false);
    m_ui->roleView->header()->setSectionResizeMode(RoleTreeModel::NameColumn, QHeaderView::Stretch);
    // Role codes are two digits: a fixed width, so no resize measures every row again.
    m_ui->roleView->header()->setSectionResizeMode(RoleTreeModel::CodeColumn, QHeaderView::Fixed);
    m_ui->roleView->header()->resizeSection(
        RoleTreeModel::CodeColumn, std::max(m_ui->roleView->fontMetrics().horizontalAdvance(QStringLiteral("000")) + 16,
                                            m_ui->roleView->header()->sectionSizeHint(RoleTreeModel::CodeColumn)));
    m_ui->roleView->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_ui->roleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_ui->actionOpenCatalog, &QAction::triggered, this, &MainWindow::chooseCatalogFile);
    connect(m_ui->actionBuiltInCatalog, &QAction::triggered, this, &MainWindow::useBuiltInCatalog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // Find: the filter of the Assessments page when it is shown, else the role search.
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        QLineEdit *edit = m_ui->searchEdit;
        if (m_ui->tabs->currentWidget() == m_ui->assessmentsTab)
            edit = m_ui->assessmentsPage->filterEdit();
        else
            m_ui->tabs->setCurrentWidget(m_ui->rolesTab);
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    connect(m_ui->actionExpandAll, &QAction::triggered, m_ui->roleView, &QTreeView::expandAll);
    connect(m_ui->actionCollapseAll, &QAction::triggered, m_ui->roleView, &QTreeView::collapseAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    const QString pref = LanguageManager::preference();
    const std::pair<QAction *, QString> languages[] = {
        {m_ui->actionLanguageSystem, QString()},
        {m_ui->actionLanguageChinese, QStringLiteral("zh")},
        {m_ui->actionLanguageEnglish, QStringLiteral("en")},
    };
    for (const auto &[action, code] : languages) {
        m_languageGroup->addAction(action);
        action->setChecked(code == pref);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguagePreference(code); });
    }

    // Assessments: start from a role, the saved list, import and export.
    connect(m_detail, &RoleDetailWidget::selfAssessmentRequested, this,
            [this](const QString &code) { startAssessment(code, Mode::Self); });
    connect(m_detail, &RoleDetailWidget::candidateAssessmentRequested, this,
            [this](const QString &code) { startAssessment(code, Mode::Assessor); });
    // The Assessments page lists; what its buttons ask for is done here, across the pages.
    AssessmentsPage *assessments = m_ui->assessmentsPage;
    connect(assessments, &AssessmentsPage::continueRequested, this,
            [this](const QString &id) { openQuestionnaire(id); });
    connect(assessments, &AssessmentsPage::reportRequested, this, [this](const QString &id) { openReport(id); });
    connect(assessments, &AssessmentsPage::exportRequested, this, &MainWindow::exportSelected);
    connect(assessments, &AssessmentsPage::exportReportsRequested, this, &MainWindow::exportSelectedReports);
    // The Cohorts page reads the same store; a participant's row opens their report as a tab.
    CohortsPage *cohorts = m_ui->cohortsPage;
    cohorts->setStoreProvider([this] { return store(); });
    connect(cohorts, &CohortsPage::reportRequested, this, [this](const QString &id) { openReport(id); });
    connect(cohorts, &CohortsPage::errorOccurred, this, &MainWindow::showError);
    connect(cohorts, &CohortsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(cohorts, &CohortsPage::assessmentsChanged, this, [this] { m_assessmentListDirty = true; });
    // On the projector the room sees the class view only: full screen, without the menus and the
    // tabs (whose titles name the people whose reports are open).
    connect(cohorts, &CohortsPage::projectorModeChanged, this, [this](bool on) {
        if (on) {
            m_windowStateBeforeProjector = windowState();
            menuBar()->hide();
            m_ui->tabs->tabBar()->hide();
            statusBar()->hide();
            showFullScreen();
        } else {
            menuBar()->show();
            m_ui->tabs->tabBar()->show();
            statusBar()->show();
            setWindowState(m_windowStateBeforeProjector);
        }
    });
    // The Hiring Rounds page reads the same store; rating a candidate opens a questionnaire tab.
    RoundsPage *rounds = m_ui->roundsPage;
    rounds->setStoreProvider([this] { return store(); });
    connect(rounds, &RoundsPage::questionnaireRequested, this, [this](const QString &id) { openQuestionnaire(id); });
    connect(rounds, &RoundsPage::errorOccurred, this, &MainWindow::showError);
    connect(rounds, &RoundsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(rounds, &RoundsPage::assessmentsChanged, this, [this] { m_assessmentListDirty = true; });
    connect(rounds, &RoundsPage::rateAsChanged, this, [this] { m_assessmentListDirty = true; });
    m_exporter = new ReportExporter(this, [this](const QString &message) { showError(message); });
    // Export and print act on the report shown.
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (ReportWidget *r = currentReport())
            r->exportReport();
    });
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] {
        if (ReportWidget *r = currentReport())
            r->print();
    });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, [this] {
        if (ReportWidget *r = currentReport())
            r->printPreview();
    });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        const bool report = currentReport() != nullptr;
        for (QAction *a : {m_ui->actionExportReport, m_ui->actionPrint, m_ui->actionPrintPreview})
            a->setEnabled(report);
    });
    connect(assessments, &AssessmentsPage::deleteRequested, this, &MainWindow::deleteSelected);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    m_ui->actionShowRequired->setChecked(kShowRequired.get());
    connect(m_ui->actionShowRequired, &QAction::toggled, this, [this](bool on) {
        kShowRequired.set(on);
        for (QuestionnaireWidget *q : findChildren<QuestionnaireWidget *>())
            q->setShowRequired(on);
    });

    m_roleModel->setLanguage(m_language);
    m_detail->setLanguage(m_language);
    m_ui->assessmentsPage->setLanguage(m_language);
    m_ui->cohortsPage->setLanguage(m_language);
    m_ui->roundsPage->setLanguage(m_language);
    updateAccessibleNames();
    restoreState();
}

MainWindow::~MainWindow()
{
    // The views are destroyed after this body, with QObject's children; detach them from the
    // catalog first so nothing reads it after it is gone.
    closeAssessmentTabs();
    m_detail->setRole(nullptr, nullptr);
    m_roleModel->setCatalog(nullptr);
    m_ui->assessmentsPage->setCatalog(nullptr);
    m_ui->cohortsPage->setCatalog(nullptr);
    m_ui->roundsPage->setCatalog(nullptr);
}

void MainWindow::restoreState()
{
    if (const QByteArray g = kGeometry.get(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = kWindowState.get(); !s.isEmpty())
        QMainWindow::restoreState(s);
    if (const QByteArray s = kSplitter.get(); !s.isEmpty())
        m_ui->splitter->restoreState(s);
    m_ui->assessmentsPage->restoreColumns();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    kGeometry.set(saveGeometry());
    kWindowState.set(saveState());
    kSplitter.set(m_ui->splitter->saveState());
    m_ui->assessmentsPage->saveColumns();
    if (const QString code = selectedRoleCode(); !code.isEmpty())
        kLastRole.set(code);
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setCatalog(Catalog catalog)
{
    const QString previous = selectedRoleCode();
    // Open questionnaires and reports refer to the old catalog: close them first (every answer
    // is already saved).
    closeAssessmentTabs();
    m_detail->setRole(nullptr, nullptr);
    m_roleModel->setCatalog(nullptr);
    m_ui->assessmentsPage->setCatalog(nullptr);
    m_ui->cohortsPage->setCatalog(nullptr);
    m_ui->roundsPage->setCatalog(nullptr);
    m_catalog = std::move(catalog);
    m_roleModel->setCatalog(&*m_catalog);
    m_ui->assessmentsPage->setCatalog(&*m_catalog);
    m_ui->cohortsPage->setCatalog(&*m_catalog);
    m_ui->roundsPage->setCatalog(&*m_catalog);
    m_ui->roleView->expandAll();
    if (!selectRole(previous.isEmpty() ? kLastRole.get() : previous) && !m_catalog->roles().empty())
        selectRole(m_catalog->roles().front().code);
    updateStatus();
    updateMatchLabel();
}

bool MainWindow::openCatalogFile(const QString &path)
{
    auto loaded = Catalog::load(path);
    if (!loaded) {
        showError(loaded.error());
        return false;
    }
    setCatalog(std::move(loaded).value());
    kCatalogPath.set(path);
    return true;
}

void MainWindow::chooseCatalogFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), kCatalogDir.get(),
                                                      tr("iitalent catalogs (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    kCatalogDir.set(QFileInfo(path).absolutePath());
    openCatalogFile(path);
}

void MainWindow::useBuiltInCatalog()
{
    auto loaded = loadEmbeddedCatalog();
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    kCatalogPath.reset();
    setCatalog(std::move(loaded).value());
}

bool MainWindow::selectRole(const QString &code)
{
    const QModelIndex source = m_roleModel->indexOfRole(code);
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (!proxy.isValid())
        return false;
    m_ui->roleView->setCurrentIndex(proxy);
    m_ui->roleView->scrollTo(proxy);
    return true;
}

QString MainWindow::selectedRoleCode() const
{
    const Role *role = m_detail->role();
    return role ? role->code : QString();
}

void MainWindow::setSearchText(const QString &text)
{
    m_ui->searchEdit->setText(text);
}

void MainWindow::onSearchChanged(const QString &text)
{
    const QString keep = selectedRoleCode();
    m_proxy->setSearchText(text);
    m_ui->roleView->expandAll();
    m_detail->setHighlight(text);
    // Keep the selected role if it still matches; otherwise show the first match.
    if (!selectRole(keep)) {
        for (int d = 0; d < m_proxy->rowCount(); ++d) {
            const QModelIndex dir = m_proxy->index(d, 0);
            if (m_proxy->rowCount(dir) > 0) {
                m_ui->roleView->setCurrentIndex(m_proxy->index(0, 0, dir));
                break;
            }
        }
    }
    updateMatchLabel();
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    const Role *role = m_roleModel->roleAt(m_proxy->mapToSource(current));
    if (!role)
        return; // a direction row: keep showing the last role
    m_detail->setRole(catalog(), role);
}

void MainWindow::setLanguagePreference(const QString &code)
{
    LanguageManager::setPreference(code);
    applyLanguage(LanguageManager::resolve(code));
}

void MainWindow::applyLanguage(Language language)
{
    m_language = language;
    LanguageManager::apply(language);
    m_roleModel->setLanguage(language);
    m_detail->setLanguage(language);
    m_ui->assessmentsPage->setLanguage(language);
    m_ui->cohortsPage->setLanguage(language);
    m_ui->roundsPage->setLanguage(language);
    // The LanguageChange event reaches widgets only while the event loop runs; this window does
    // not wait for it.
    retranslate();
    m_detail->retranslate();
    retitleTabs();
}

QString MainWindow::assessmentIdOf(QWidget *page)
{
    // A tab is known by the assessment its page shows, never by its text or tooltip.
    if (auto *q = qobject_cast<QuestionnaireWidget *>(page))
        return q->session()->assessment().id;
    if (auto *r = qobject_cast<ReportWidget *>(page))
        return r->report().assessment.id;
    return QString();
}

void MainWindow::retitleTabs()
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QWidget *page = m_ui->tabs->widget(i);
        if (auto *q = qobject_cast<QuestionnaireWidget *>(page))
            m_ui->tabs->setTabText(i, tabTitle(q->session()->assessment(), false));
        else if (auto *r = qobject_cast<ReportWidget *>(page))
            m_ui->tabs->setTabText(i, tabTitle(r->report().assessment, true));
    }
}

void MainWindow::showLanguageChoice(const QString &code)
{
    // The menu ticks the language this run uses, also when --lang chose it for this run only.
    const QString effective = code == QLatin1String("zh") || code == QLatin1String("en") ? code : QString();
    m_ui->actionLanguageSystem->setChecked(effective.isEmpty());
    m_ui->actionLanguageChinese->setChecked(effective == QLatin1String("zh"));
    m_ui->actionLanguageEnglish->setChecked(effective == QLatin1String("en"));
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    retranslateStoreActions();
    updateAccessibleNames();
    updateStatus();
    updateMatchLabel();
}

void MainWindow::updateAccessibleNames()
{
    m_ui->tabs->tabBar()->setAccessibleName(tr("Pages"));
    m_ui->tabs->tabBar()->setAccessibleDescription(
        tr("Roles, saved assessments, and the questionnaires and reports you opened"));
}

void MainWindow::updateStatus()
{
    if (!m_catalog) {
        statusBar()->showMessage(tr("No catalog loaded"));
        return;
    }
    const bool builtIn = kCatalogPath.get().isEmpty();
    statusBar()->showMessage(tr("%1 — %2 directions, %3 roles, %4 requirements · %5")
                                 .arg(builtIn ? tr("Built-in catalog") : m_catalog->origin())
                                 .arg(m_catalog->directions().size())
                                 .arg(m_catalog->roles().size())
                                 .arg(m_catalog->requirementCount())
                                 .arg(m_catalog->edition()));
}

void MainWindow::updateMatchLabel()
{
    if (m_proxy->searchText().simplified().isEmpty()) {
        m_ui->matchLabel->setText(
            tr("%n role(s)", nullptr, m_catalog ? static_cast<int>(m_catalog->roles().size()) : 0));
        return;
    }
    const int n = m_proxy->matchingRoleCount();
    m_ui->matchLabel->setText(n == 0 ? tr("No role or requirement mentions “%1”.").arg(m_proxy->searchText())
                                     : tr("%n role(s) match", nullptr, n));
}

void MainWindow::showError(const QString &message)
{
    Q_EMIT errorShown(message);
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking: the window stays usable and nothing waits on the dialog.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("iitalent"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About iitalent"),
        tr("<h3>iitalent %1</h3><p>Job-competency assessment for the Industrial Internet industry, built on "
           "the standard 《工业互联网产业人才岗位能力要求》: 8 directions, 41 roles, four dimensions and "
           "the Appendix A improvement path.</p><p>Catalog: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_catalog ? m_catalog->edition().toHtmlEscaped() : QString()));
}

AssessmentStore *MainWindow::store()
{
    if (m_store)
        return &*m_store;
    auto opened = AssessmentStore::open(m_dbPath);
    if (!opened && isTeamStoreAddress(m_dbPath) && !m_askingForTeamStore) {
        // A team store that does not answer, or wants a password: say why and ask.
        connectTeamStore(opened.error());
        return m_store ? &*m_store : nullptr;
    }
    if (!opened) {
        showError(opened.error());
        return nullptr;
    }
    m_store = std::move(opened).value();
    if (!m_store->migrationBackup().isEmpty())
        statusBar()->showMessage(
            tr("The assessment database was upgraded; the old file is kept as %1").arg(m_store->migrationBackup()),
            15000);
    m_ui->assessmentsPage->setStoreText(m_store->isTeamStore()
                                            ? tr("Saved in the team store %1").arg(m_store->path())
                                            : tr("Saved in %1").arg(QDir::toNativeSeparators(m_dbPath)));
    watchStore();
    return &*m_store;
}

void MainWindow::connectTeamStore(const QString &problem)
{
    if (m_askingForTeamStore)
        return;
    m_askingForTeamStore = true;
    QString shown = kTeamAddress.get();
    if (auto current = TeamStoreAddress::parse(m_dbPath); current && isTeamStoreAddress(m_dbPath))
        shown = current->display();
    TeamStoreDialog dialog(shown, problem, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_askingForTeamStore = false;
    if (!accepted)
        return;
    kTeamAddress.set(dialog.rememberedAddress());
    switchStore(dialog.connectionAddress());
}

void MainWindow::retranslateStoreActions()
{
    m_connectTeamAction->setText(tr("Connect to &Team Store..."));
    m_localStoreAction->setText(tr("Use This Computer's &Store"));
}

void MainWindow::useLocalStore()
{
    kTeamAddress.reset();
    switchStore(AssessmentStore::resolvePath(QString()));
}

void MainWindow::switchStore(const QString &location)
{
    // The open questionnaires and reports belong to the store being left.
    closeAssessmentTabs();
    m_watcher.reset();
    m_fileWatcher.reset();
    m_store.reset();
    m_dbPath = location;
    if (m_handOff)
        m_handOff->listen(storeIdentity()); // files opened on the new store come here
    if (!store())
        return;
    reloadStoreViews(true);
    statusBar()->showMessage(m_store->isTeamStore() ? tr("Connected to the team store %1").arg(m_store->path())
                                                    : tr("Using %1").arg(QDir::toNativeSeparators(m_dbPath)),
                             8000);
}

void MainWindow::watchStore()
{
    if (!m_store)
        return;
    if (!m_liveTimer) {
        m_liveTimer = new QTimer(this);
        m_liveTimer->setSingleShot(true);
        m_liveTimer->setInterval(100); // a burst of changes (an import, a class finishing) is applied once
        connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::applyLiveChanges);
    }
    if (!m_store->isTeamStore()) {
        // A file store: the kiosk and iitalent-cli write to the same file. What changed the file
        // does not say: the views shown are read again, as after a team store's announcement.
        m_fileWatcher = FileStoreWatcher::watch(*m_store, [this] {
            m_liveChanges.push_back(StoreChange{QStringLiteral("file"), QString(), QString()});
            if (!m_liveTimer->isActive())
                m_liveTimer->start();
        });
        return;
    }
    auto watcher = TeamStoreWatcher::watch(
        m_dbPath,
        [this](const StoreChange &change) {
            m_liveChanges.push_back(change);
            if (!m_liveTimer->isActive())
                m_liveTimer->start();
        },
        [this](bool reachable) {
            m_storeReachable = reachable;
            if (reachable) {
                // Announcements may have been missed meanwhile: everything shown is read again.
                m_liveChanges.push_back(StoreChange{QStringLiteral("*"), QString(), QString()});
                m_liveTimer->start();
                statusBar()->showMessage(tr("The team store answers again."), 5000);
            } else {
                statusBar()->showMessage(tr("The team store cannot be reached; iitalent keeps trying."));
            }
        });
    if (!watcher) {
        statusBar()->showMessage(
            tr("Changes made on other machines will show when a view is opened again: %1").arg(watcher.error()), 15000);
        return;
    }
    m_watcher = std::move(watcher).value();
}

void MainWindow::applyLiveChanges()
{
    const std::vector<StoreChange> changes = std::move(m_liveChanges);
    m_liveChanges.clear();
    if (changes.empty())
        return;
    bool everything = false;
    bool anything = false; // a file store changed by another process, rows unknown
    QSet<QString> assessments;
    QHash<QString, QStringList> items; // assessment -> requirements changed
    for (const StoreChange &c : changes) {
        if (c.table == QLatin1String("*"))
            everything = true;
        else if (c.table == QLatin1String("file"))
            anything = true;
        else if (c.table == QLatin1String("ratings"))
            items[c.key] << c.detail;
        if (c.table == QLatin1String("ratings") || c.table == QLatin1String("assessments"))
            assessments << c.key;
    }
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        auto *q = qobject_cast<QuestionnaireWidget *>(m_ui->tabs->widget(i));
        if (!q)
            continue;
        AssessmentSession *session = q->session();
        const QString id = session->assessment().id;
        if (everything || anything) {
            // Which items changed is not known: the whole assessment is read once, and the rows
            // that differ are shown (not the one whose evidence is being typed).
            q->reloadFromStore();
        } else {
            for (const QString &requirement : items.value(id))
                session->reloadItem(requirement);
        }
    }
    // Any change may be a class view's: a rating may be a cohort member's; members and the rounds'
    // records are theirs.
    reloadStoreViews(everything || anything || !assessments.isEmpty());
}

void MainWindow::reloadStoreViews(bool assessmentList)
{
    if (assessmentList) {
        m_assessmentListDirty = true;
        if (m_ui->assessmentsPage->isVisible())
            refreshAssessmentList();
    }
    if (m_ui->cohortsPage->isVisible())
        m_ui->cohortsPage->reload();
    if (m_ui->roundsPage->isVisible())
        m_ui->roundsPage->reload();
}

QString MainWindow::tabTitle(const Assessment &a, bool report) const
{
    // A tab's text takes & as a mnemonic: a name with & in it must not make one. The name is
    // isolated, so that a right-to-left name does not scramble the role and the date after it.
    QString name = a.subject.name;
    name.replace(QLatin1Char('&'), QLatin1String("&&"));
    name = isolate(name);
    // The mode tells the self and the assessor questionnaire of one person apart, the date two
    // assessments of one person, role and mode.
    const QString mode = a.mode == Mode::Self ? tr("self") : tr("assessor");
    const QString date = QLocale().toString(a.created.toLocalTime().date(), QLocale::ShortFormat);
    return report ? tr("Report: %1 · %2 · %3 · %4").arg(name, a.role, mode, date)
                  : tr("%1 · %2 · %3 · %4").arg(name, a.role, mode, date);
}

void MainWindow::startAssessment(const QString &roleCode, Mode mode)
{
    const Role *role = m_catalog ? m_catalog->role(roleCode) : nullptr;
    if (!role)
        return;
    SubjectDialog dialog(mode, QStringLiteral("%1 %2").arg(role->code, role->name(m_language)), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startAssessmentFor(roleCode, mode, dialog.subject(), dialog.assessorName());
}

QuestionnaireWidget *MainWindow::startAssessmentFor(const QString &roleCode, Mode mode, const Subject &subject,
                                                    const QString &assessorName)
{
    AssessmentStore *s = store();
    const Role *role = m_catalog ? m_catalog->role(roleCode) : nullptr;
    if (!s || !role)
        return nullptr;
    auto rounds = s->assessmentsOf(subject, roleCode);
    if (!rounds) {
        showError(rounds.error());
        return nullptr;
    }
    // The person's earlier rounds of this role in this mode (the same-person rule of the core).
    const auto unfinished = RepeatRound::unfinished(rounds.value(), subject, *role, mode);
    const auto last = RepeatRound::previous(rounds.value(), subject, roleCode, mode);
    if (!last)
        return createAssessment(roleCode, mode, subject, assessorName);
    const Assessment &shown = unfinished ? *unfinished : *last;
    const int dealt = shown.dealtWithCount(*role);
    const QString date = QLocale().toString(shown.created.toLocalTime().date(), QLocale::ShortFormat);
    const QString total = QString::number(role->requirements.size());
    QMessageBox box(QMessageBox::Question, tr("Assessment Begun Before"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("repeatRoundBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *continueButton = nullptr;
    QPushButton *fromLastButton = nullptr;
    QPushButton *newButton = nullptr;
    QCheckBox *fromLastCheck = nullptr;
    if (unfinished) {
        box.setText((mode == Mode::Self ? tr("%1 has an unfinished self-assessment of role %2 from %3 (%4 of %5 "
                                             "answered).")
                                        : tr("%1 has an unfinished assessor assessment of role %2 from %3 (%4 of %5 "
                                             "answered)."))
                        .arg(isolate(subject.name), roleCode, date, QString::number(dealt), total));
        continueButton = box.addButton(tr("&Continue It"), QMessageBox::AcceptRole);
        continueButton->setObjectName(QStringLiteral("continueButton"));
        newButton = box.addButton(tr("Start a &New One"), QMessageBox::ActionRole);
        newButton->setObjectName(QStringLiteral("newRoundButton"));
        fromLastCheck = new QCheckBox(tr("Start the new one from last time's &answers"), &box);
        fromLastCheck->setObjectName(QStringLiteral("fromLastTimeCheck"));
        box.setCheckBox(fromLastCheck);
        box.setDefaultButton(continueButton);
    } else {
        box.setText((mode == Mode::Self ? tr("%1 has a self-assessment of role %2 from %3 (%4 of %5 answered).")
                                        : tr("%1 has an assessor assessment of role %2 from %3 (%4 of %5 answered)."))
                        .arg(isolate(subject.name), roleCode, date, QString::number(dealt), total));
        box.setInformativeText(tr("A new round can start from last time's answers: each is marked \"from last time\" "
                                  "until you change it, so that you change only what changed."));
        fromLastButton = box.addButton(tr("Start from &Last Time's Answers"), QMessageBox::AcceptRole);
        fromLastButton->setObjectName(QStringLiteral("fromLastTimeButton"));
        newButton = box.addButton(tr("Start &Empty"), QMessageBox::ActionRole);
        newButton->setObjectName(QStringLiteral("newRoundButton"));
        box.setDefaultButton(fromLastButton);
    }
    box.addButton(QMessageBox::Cancel);
    box.exec();
    QAbstractButton *chosen = box.clickedButton();
    if (chosen && chosen == continueButton)
        return openQuestionnaire(unfinished->id);
    const bool fromLast = (chosen && chosen == fromLastButton) ||
                          (chosen && chosen == newButton && fromLastCheck && fromLastCheck->isChecked());
    if (!chosen || (chosen != newButton && !fromLast))
        return nullptr; // cancelled
    if (!fromLast)
        return createAssessment(roleCode, mode, subject, assessorName);
    const Assessment a = RepeatRound::startFrom(*role, *last, subject, assessorName);
    if (Status st = s->insert(a); !st) {
        showError(tr("The assessment could not be saved: %1").arg(st.error()));
        return nullptr;
    }
    refreshAssessmentList();
    return openQuestionnaire(a.id);
}

QuestionnaireWidget *MainWindow::createAssessment(const QString &roleCode, Mode mode, const Subject &subject,
                                                  const QString &assessorName)
{
    AssessmentStore *s = store();
    if (!s || !m_catalog || !m_catalog->role(roleCode))
        return nullptr;
    const Assessment a = Assessment::create(roleCode, mode, subject, assessorName);
    if (Status st = s->insert(a); !st) {
        showError(tr("The assessment could not be saved: %1").arg(st.error()));
        return nullptr;
    }
    refreshAssessmentList();
    return openQuestionnaire(a.id);
}

QuestionnaireWidget *MainWindow::openQuestionnaire(const QString &idOrPrefix)
{
    const QString assessmentId = resolveId(idOrPrefix);
    if (assessmentId.isEmpty())
        return nullptr;
    // Already open: show it.
    for (QuestionnaireWidget *q : findChildren<QuestionnaireWidget *>()) {
        if (q->session()->assessment().id == assessmentId) {
            m_ui->tabs->setCurrentWidget(q);
            q->setFocus(Qt::OtherFocusReason);
            return q;
        }
    }
    std::optional<Assessment> loaded = loadForView(assessmentId, hiddenHere());
    if (!loaded)
        return nullptr;
    const Assessment assessment = *loaded;
    auto *session = new AssessmentSession(*m_catalog, *store(), std::move(*loaded));
    // Answers carried over from the previous round are marked until changed.
    if (auto carried = RepeatRound::carriedOver(*store(), assessment))
        session->setFromLastTime(std::move(carried).value());
    auto *page = new QuestionnaireWidget(session, m_language, m_ui->tabs);
    session->setParent(page);
    page->setShowRequired(kShowRequired.get());
    connect(page, &QuestionnaireWidget::errorOccurred, this, &MainWindow::showError);
    connect(page, &QuestionnaireWidget::reportRequested, this,
            [this, page] { openReport(page->session()->assessment().id); });
    connect(session, &AssessmentSession::ratingChanged, this, [this] { m_assessmentListDirty = true; });
    const int index = m_ui->tabs->addTab(page, tabTitle(assessment, false));
    m_ui->tabs->setTabToolTip(index, assessment.id);
    m_ui->tabs->setCurrentIndex(index);
    page->setFocus(Qt::OtherFocusReason); // answering by keyboard works from the first moment
    return page;
}

QString MainWindow::resolveId(const QString &idOrPrefix)
{
    AssessmentStore *s = store();
    if (!s)
        return QString();
    // A full id or a unique start of one, as the command line takes it.
    auto id = s->resolveId(idOrPrefix);
    if (!id) {
        showError(id.error());
        return QString();
    }
    return id.value();
}

QStringList MainWindow::hiddenHere()
{
    AssessmentStore *s = store();
    if (!s || !m_catalog)
        return {};
    auto hidden = blindPanelAssessments(*s, *m_catalog, m_ui->roundsPage->rateAs());
    return hidden ? hidden.value() : QStringList();
}

std::optional<Assessment> MainWindow::loadForView(const QString &assessmentId, const QStringList &hidden)
{
    AssessmentStore *s = store();
    if (!s || !m_catalog)
        return std::nullopt;
    // Blind until submitted: another panel member's scorecard of a candidate is not opened (nor is
    // anything made of it) for whoever rates here until they have submitted theirs.
    if (hidden.contains(assessmentId)) {
        showError(tr("This is another panel member's scorecard in a hiring round. It stays hidden until you have "
                     "submitted your own scorecard of the candidate (Hiring Rounds tab; the HR lead chooses Nobody "
                     "there)."));
        return std::nullopt;
    }
    auto loaded = s->load(assessmentId);
    if (!loaded) {
        showError(loaded.error());
        return std::nullopt;
    }
    if (!m_catalog->role(loaded->role)) {
        showError(tr("This assessment is of role %1, which the current catalog does not have.").arg(loaded->role));
        return std::nullopt;
    }
    return std::move(loaded).value();
}

ReportWidget *MainWindow::openReport(const QString &idOrPrefix)
{
    const QString assessmentId = resolveId(idOrPrefix);
    if (assessmentId.isEmpty())
        return nullptr;
    const QStringList hidden = hiddenHere();
    std::optional<Assessment> loaded = loadForView(assessmentId, hidden);
    if (!loaded)
        return nullptr;
    // A report shows the assessment as it is now: replace an open one.
    for (ReportWidget *r : findChildren<ReportWidget *>()) {
        if (r->report().assessment.id == assessmentId) {
            m_ui->tabs->removeTab(m_ui->tabs->indexOf(r));
            r->deleteLater();
        }
    }
    const QString title = tabTitle(*loaded, true);
    auto *page = new ReportWidget(*m_catalog, std::move(*loaded), store(), m_language, m_ui->tabs, hidden);
    connect(page, &ReportWidget::errorOccurred, this, &MainWindow::showError);
    connect(page, &ReportWidget::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report saved as %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    const int index = m_ui->tabs->addTab(page, title);
    m_ui->tabs->setTabToolTip(index, assessmentId);
    m_ui->tabs->setCurrentIndex(index);
    return page;
}

void MainWindow::refreshAssessmentList()
{
    AssessmentStore *s = store();
    if (!s)
        return;
    auto list = s->list();
    if (!list) {
        showError(list.error());
        return;
    }
    // Blind until submitted: the other panel members' scorecards (and their readiness) are not
    // listed for whoever rates here (see loadForView).
    const QStringList hidden = hiddenHere();
    list->erase(
        std::remove_if(list->begin(), list->end(), [&](const AssessmentSummary &a) { return hidden.contains(a.id); }),
        list->end());
    m_ui->assessmentsPage->setSummaries(std::move(list).value());
    m_assessmentListDirty = false;
}

ReportWidget *MainWindow::currentReport() const
{
    return qobject_cast<ReportWidget *>(m_ui->tabs->currentWidget());
}

AssessmentListModel *MainWindow::assessmentModel() const
{
    return m_ui->assessmentsPage->model();
}

QStringList MainWindow::selectedAssessmentIds() const
{
    return m_ui->assessmentsPage->selectedIds();
}

void MainWindow::exportSelectedReports()
{
    AssessmentStore *s = store();
    const QStringList ids = selectedAssessmentIds();
    if (!s || !m_catalog || ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the assessments whose reports to export."), 10000);
        return;
    }
    m_exporter->exportBatch(*m_catalog, *s, ids, m_language);
}

QString MainWindow::selectedAssessmentId() const
{
    return m_ui->assessmentsPage->currentId();
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_ui->tabs->widget(index);
    if (!page || page == m_ui->rolesTab || page == m_ui->assessmentsTab || page == m_ui->cohortsTab ||
        page == m_ui->roundsTab)
        return;
    m_ui->tabs->removeTab(index);
    page->deleteLater();
    if (m_assessmentListDirty)
        refreshAssessmentList();
}

void MainWindow::closeAssessmentTabs()
{
    for (int i = m_ui->tabs->count() - 1; i >= 0; --i) {
        QWidget *page = m_ui->tabs->widget(i);
        if (page != m_ui->rolesTab && page != m_ui->assessmentsTab && page != m_ui->cohortsTab &&
            page != m_ui->roundsTab) {
            m_ui->tabs->removeTab(i);
            delete page;
        }
    }
}

QStringList MainWindow::importFiles(const QStringList &paths, bool replaceWithoutAsking)
{
    AssessmentStore *s = store();
    if (!s || !m_catalog)
        return {};
    // The core's workflow, as the command line runs it; the window only asks about duplicates,
    // once for all of them if the person says so.
    const auto ask = [this](const Assessment &a, const QString &path) {
        const auto answer = QMessageBox::question(
            this, tr("Replace assessment?"),
            tr("The assessment of %1 for role %2 in %3 is already stored. Replace the stored one with the file?")
                .arg(isolate(a.subject.name), a.role, QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No | QMessageBox::NoToAll, QMessageBox::No);
        switch (answer) {
        case QMessageBox::Yes: return ExchangeImport::Choice::Replace;
        case QMessageBox::YesToAll: return ExchangeImport::Choice::ReplaceAll;
        case QMessageBox::NoToAll: return ExchangeImport::Choice::SkipAll;
        default: return ExchangeImport::Choice::Skip;
        }
    };
    const ExchangeImport::Result result =
        ExchangeImport::run(*s, *m_catalog, paths,
                            replaceWithoutAsking ? ExchangeImport::always(ExchangeImport::Choice::Replace)
                                                 : ExchangeImport::AskDuplicate(ask));
    refreshAssessmentList();
    QStringList refused;
    for (const ExchangeImport::Outcome &o : result.outcomes)
        if (o.kind == ExchangeImport::Outcome::Kind::Refused)
            refused << tr("%1:\n  %2").arg(QDir::toNativeSeparators(o.path), o.problems.join(QStringLiteral("\n  ")));
    if (!refused.isEmpty())
        showError(tr("%n file(s) could not be imported; nothing was taken from them:", nullptr,
                     static_cast<int>(refused.size())) +
                  QStringLiteral("\n\n") + refused.join(QStringLiteral("\n\n")));
    const QStringList stored = result.storedIds();
    // The list shows what came in; no report opens by itself.
    QString message = tr("Imported %n assessment(s).", nullptr, static_cast<int>(stored.size()));
    if (result.skipped > 0)
        message += QLatin1Char(' ') + tr("Kept %n stored assessment(s) as they were.", nullptr, result.skipped);
    statusBar()->showMessage(message, 10000);
    return stored;
}

QString MainWindow::storeIdentity() const
{
    return AssessmentStore::identity(m_dbPath);
}

void MainWindow::takeOpenedFiles()
{
    if (!m_handOff) {
        m_handOff = new FileHandOff(this);
        connect(m_handOff, &FileHandOff::filesReceived, this, &MainWindow::openFilesLater);
    }
    m_handOff->listen(storeIdentity());
}

void MainWindow::openFilesLater(const QStringList &paths)
{
    const bool waiting = !m_openedFiles.isEmpty(); // a question for earlier ones is on its way
    m_openedFiles << paths;
    if (!waiting)
        QTimer::singleShot(0, this, &MainWindow::offerOpenedFiles);
}

void MainWindow::offerOpenedFiles()
{
    // Not inside another dialog's loop (an import's own questions, a report being written).
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(250, this, &MainWindow::offerOpenedFiles);
        return;
    }
    const QStringList files = std::exchange(m_openedFiles, {});
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
    offerImport(files);
}

QStringList MainWindow::offerImport(const QStringList &paths)
{
    if (paths.isEmpty() || !m_catalog)
        return {};
    AssessmentStore *s = store(); // says why when it cannot be opened
    if (!s) {
        statusBar()->showMessage(
            tr("%n opened file(s) were not imported: no assessment store is open.", nullptr, int(paths.size())), 15000);
        return {};
    }
    QStringList names;
    QStringList folders;
    for (const QString &path : paths) {
        const QFileInfo file(path);
        names << file.fileName();
        if (const QString folder = QDir::toNativeSeparators(file.absolutePath()); !folders.contains(folder))
            folders << folder;
    }
    // The question on its own line, then where the files go and come from, then their names (ten).
    QMessageBox box(QMessageBox::Question, tr("Import assessments?"),
                    tr("Import %n assessment file(s)?", nullptr, int(paths.size())), QMessageBox::Cancel, this);
    const QString where =
        s->isTeamStore() ? tr("the team store %1").arg(s->path()) : QDir::toNativeSeparators(m_dbPath);
    box.setInformativeText(
        tr("Into: %1").arg(where) + QLatin1Char('\n') + tr("From: %1").arg(folders.join(QStringLiteral("; "))) +
        QStringLiteral("\n\n") + names.mid(0, 10).join(QLatin1Char('\n')) +
        (names.size() > 10 ? QStringLiteral("\n") + tr("and %n more", nullptr, int(names.size()) - 10) : QString()));
    QPushButton *import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    if (box.clickedButton() != import)
        return {};
    const QStringList stored = importFiles(paths);
    // The person opened a file to see it: the list shows what came in.
    if (!stored.isEmpty())
        m_ui->tabs->setCurrentWidget(m_ui->assessmentsTab);
    return stored;
}

void MainWindow::chooseImportFiles()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Assessments"), kExchangeDir.get(),
                                      tr("iitalent assessments (%1);;All files (*)").arg(ExchangeFile::nameFilter()));
    if (paths.isEmpty())
        return;
    kExchangeDir.set(QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void MainWindow::exportSelected()
{
    AssessmentStore *s = store();
    if (!s)
        return;
    const QStringList ids = selectedAssessmentIds();
    if (ids.isEmpty())
        return;
    if (ids.size() == 1) {
        auto loaded = s->load(ids.first());
        if (!loaded) {
            showError(loaded.error());
            return;
        }
        QString path = QFileDialog::getSaveFileName(
            this, tr("Export Assessment"), QDir(kExchangeDir.get()).filePath(ExchangeFile::fileNameFor(loaded.value())),
            tr("iitalent assessments (%1)").arg(ExchangeFile::namePatterns().constFirst()));
        if (path.isEmpty())
            return;
        // A name typed without the ending gets it, so that the file manager knows the file.
        if (!ExchangeFile::hasExchangeFileName(path)) {
            path += QLatin1String(ExchangeFile::FileExtension);
            if (QFileInfo::exists(path) &&
                QMessageBox::question(this, tr("Replace file?"),
                                      tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
                return;
        }
        kExchangeDir.set(QFileInfo(path).absolutePath());
        // The file dialog has asked before replacing an existing file.
        if (Status written = writeFileAtomically(path, ExchangeFile::serialize(loaded.value()), true); !written) {
            showError(tr("The assessment could not be exported: %1").arg(written.error()));
            return;
        }
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
        return;
    }
    // Several: one file each, into a folder.
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export %n Assessments to a Folder", nullptr, int(ids.size())), kExchangeDir.get());
    if (folder.isEmpty())
        return;
    kExchangeDir.set(folder);
    std::vector<std::pair<QString, QByteArray>> files;
    QStringList failed;
    int existing = 0;
    for (const QString &id : ids) {
        auto loaded = s->load(id);
        if (!loaded) {
            failed << tr("%1: %2").arg(id, loaded.error());
            continue;
        }
        const QString path = QDir(folder).filePath(ExchangeFile::fileNameFor(loaded.value()));
        existing += QFileInfo::exists(path) ? 1 : 0;
        files.emplace_back(path, ExchangeFile::serialize(loaded.value()));
    }
    bool overwrite = false;
    if (existing > 0)
        overwrite = QMessageBox::question(this, tr("Replace files?"),
                                          tr("%n of the files are already in %1. Replace them?", nullptr, existing)
                                              .arg(QDir::toNativeSeparators(folder)),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    int written = 0;
    int kept = 0;
    for (const auto &[path, bytes] : files) {
        if (!overwrite && QFileInfo::exists(path)) {
            ++kept;
            continue;
        }
        if (Status st = writeFileAtomically(path, bytes, overwrite); !st)
            failed << st.error();
        else
            ++written;
    }
    QString message = tr("Exported %n assessment(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(folder));
    if (kept > 0)
        message += QLatin1Char(' ') + tr("Kept %n file(s) that already existed.", nullptr, kept);
    statusBar()->showMessage(message, 10000);
    if (!failed.isEmpty())
        showError(tr("%n assessment(s) could not be exported:", nullptr, int(failed.size())) + QStringLiteral("\n\n") +
                  failed.join(QLatin1Char('\n')));
}

void MainWindow::deleteSelected()
{
    AssessmentStore *s = store();
    const QString id = selectedAssessmentId();
    if (!s || id.isEmpty())
        return;
    const QString who = m_ui->assessmentsPage->currentSubject();
    if (QMessageBox::question(this, tr("Delete assessment?"),
                              tr("Delete this assessment of %1 with all its ratings? This cannot be undone.").arg(who),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    for (int i = m_ui->tabs->count() - 1; i >= 0; --i)
        if (assessmentIdOf(m_ui->tabs->widget(i)) == id)
            closeTab(i);
    if (Status st = s->remove(id); !st)
        showError(st.error());
    refreshAssessmentList();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile() && ExchangeFile::hasExchangeFileName(url.toLocalFile())) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLocalPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace iitalent::gui
