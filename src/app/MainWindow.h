#pragma once

#include "Catalog.h"
#include "Language.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QActionGroup;
class QItemSelection;

namespace iitalent::gui {

class RoleDetailWidget;
class RoleFilterProxyModel;
class RoleTreeModel;

// The main window: the role browser (directions, roles, search) and the selected role's detail.
// It coordinates; each view is its own class.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Takes the catalog to show (replacing any earlier one).
    void setCatalog(Catalog catalog);
    const Catalog *catalog() const { return m_catalog ? &*m_catalog : nullptr; }

    // Opens a catalog file; on failure the current catalog stays and the error is shown.
    bool openCatalogFile(const QString &path);

    bool selectRole(const QString &code);
    QString selectedRoleCode() const;
    void setSearchText(const QString &text);

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

private:
    void onSearchChanged(const QString &text);
    void onCurrentChanged(const QModelIndex &current);
    void chooseCatalogFile();
    void useBuiltInCatalog();
    void setLanguagePreference(const QString &code);
    void applyLanguage(Language language);
    void retranslate();
    void updateStatus();
    void updateMatchLabel();
    void showAbout();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::optional<Catalog> m_catalog;
    RoleTreeModel *m_roleModel = nullptr;
    RoleFilterProxyModel *m_proxy = nullptr;
    RoleDetailWidget *m_detail = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    Language m_language = Language::Chinese;
};

} // namespace iitalent::gui
