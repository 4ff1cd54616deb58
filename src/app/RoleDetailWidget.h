#pragma once

#include "Language.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RoleDetailWidget;
}

namespace iitalent {
class Catalog;
struct Role;
} // namespace iitalent

namespace iitalent::gui {

class RequirementModel;

// The selected role: name, code, section, direction, duty, and its requirements by dimension.
class RoleDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RoleDetailWidget(QWidget *parent = nullptr);
    ~RoleDetailWidget() override;

    void setRole(const Catalog *catalog, const Role *role);
    void setLanguage(Language language);
    void setHighlight(const QString &text);
    // Re-reads every text from the current translation.
    void retranslate();

    const Role *role() const { return m_role; }
    RequirementModel *requirementModel() const { return m_model; }

    // The wrapped labels inside lay themselves out in whatever width the pane gets; the window's
    // layouts need not ask this pane's height for each width they try (which lays the role's
    // text out again and again and made the window slow to appear).
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    // The user asked to start an assessment of the shown role.
    void selfAssessmentRequested(const QString &roleCode);
    void candidateAssessmentRequested(const QString &roleCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fitShortColumns();

    std::unique_ptr<Ui::RoleDetailWidget> m_ui;
    RequirementModel *m_model = nullptr;
    const Catalog *m_catalog = nullptr;
    const Role *m_role = nullptr;
    Language m_language = Language::Chinese;
};

} // namespace iitalent::gui
