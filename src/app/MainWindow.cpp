#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "EmbeddedCatalog.h"
#include "RoleDetailWidget.h"
#include "RoleFilterProxyModel.h"
#include "RoleTreeModel.h"
#include "Settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>

namespace iitalent::gui {

namespace {
const Setting<QByteArray> kGeometry{"MainWindow/geometry", QByteArray()};
const Setting<QByteArray> kWindowState{"MainWindow/state", QByteArray()};
const Setting<QByteArray> kSplitter{"MainWindow/splitter", QByteArray()};
const Setting<QString> kLastRole{"MainWindow/lastRole", QStringLiteral("01")};
const Setting<QString> kCatalogPath{"catalog/path", QString()};
const Setting<QString> kCatalogDir{"catalog/lastFolder", QString()};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_roleModel(new RoleTreeModel(this)),
      m_proxy(new RoleFilterProxyModel(this)),
      m_language(LanguageManager::current())
{
    m_ui->setupUi(this);
    m_detail = new RoleDetailWidget(m_ui->detailPane);
    m_ui->detailLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 820});

    m_proxy->setSourceModel(m_roleModel);
    m_ui->roleView->setModel(m_proxy);
    m_ui->roleView->header()->setStretchLastSection(false);
    m_ui->roleView->header()->setSectionResizeMode(RoleTreeModel::NameColumn, QHeaderView::Stretch);
    m_ui->roleView->header()->setSectionResizeMode(RoleTreeModel::CodeColumn, QHeaderView::ResizeToContents);
    m_ui->roleView->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_ui->roleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_ui->actionOpenCatalog, &QAction::triggered, this, &MainWindow::chooseCatalogFile);
    connect(m_ui->actionBuiltInCatalog, &QAction::triggered, this, &MainWindow::useBuiltInCatalog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
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

    m_roleModel->setLanguage(m_language);
    m_detail->setLanguage(m_language);
    restoreState();
}

MainWindow::~MainWindow()
{
    // The views are destroyed after this body, with QObject's children; detach them from the
    // catalog first so nothing reads it after it is gone.
    m_detail->setRole(nullptr, nullptr);
    m_roleModel->setCatalog(nullptr);
}

void MainWindow::restoreState()
{
    if (const QByteArray g = kGeometry.get(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = kWindowState.get(); !s.isEmpty())
        QMainWindow::restoreState(s);
    if (const QByteArray s = kSplitter.get(); !s.isEmpty())
        m_ui->splitter->restoreState(s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    kGeometry.set(saveGeometry());
    kWindowState.set(saveState());
    kSplitter.set(m_ui->splitter->saveState());
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
    m_detail->setRole(nullptr, nullptr);
    m_roleModel->setCatalog(nullptr);
    m_catalog = std::move(catalog);
    m_roleModel->setCatalog(&*m_catalog);
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
    // The LanguageChange event reaches widgets only while the event loop runs; this window does
    // not wait for it.
    retranslate();
    m_detail->retranslate();
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    updateStatus();
    updateMatchLabel();
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

} // namespace iitalent::gui
