#pragma once

#include "Comparison.h"
#include "Language.h"
#include "ReportJson.h"
#include "ReportText.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QSortFilterProxyModel;

namespace Ui {
class ReportWidget;
}

namespace iitalent {
class AssessmentStore;
class Catalog;
struct Dimension;
} // namespace iitalent

namespace iitalent::gui {

class ImprovementPathView;
class ReportExporter;
class ReportItemModel;
class RoleFitModel;

// The gap report of one assessment: headline figures and a plain-language summary, the radar of
// the four dimensions, per-dimension bar charts with a sortable table of all items, the Appendix A
// improvement path, self against assessor, the subject's history and the ranking of all roles.
class ReportWidget final : public QWidget
{
    Q_OBJECT

public:
    // `store` (may be null) is used to find the subject's other assessments for compare and history.
    // `hidden`: assessments that blind until submitted keeps from whoever rates here
    // (blindPanelAssessments): never in the history or the comparison.
    ReportWidget(const Catalog &catalog, Assessment assessment, AssessmentStore *store, Language language,
                 QWidget *parent = nullptr, const QStringList &hidden = {});
    ~ReportWidget() override;

    const Report &report() const { return m_report; }
    QList<QChartView *> chartViews() const;
    ImprovementPathView *pathView() const { return m_pathView; }
    QString summaryText() const;
    // What the printed and exported report shows (in the window's language).
    report::ReportInput reportInput() const;
    ReportExporter *exporter() const { return m_exporter; }
    // Off in kiosk mode: no export, no print, no saving of the path chart — nothing that opens a
    // dialog of the file system or the printers. The slots below then do nothing either.
    void setFileActionsAllowed(bool allowed);
    bool fileActionsAllowed() const { return m_fileActionsAllowed; }

public Q_SLOTS:
    // Export (asks for a file), Print and Print Preview (Qt's dialogs) of this report.
    void exportReport();
    void print();
    void printPreview();

Q_SIGNALS:
    void exported(const QString &path);
    void errorOccurred(const QString &message);

public:
    void showTab(const QString &objectName);
    bool hasComparison() const { return m_comparison.has_value(); }
    int historyCount() const { return static_cast<int>(m_history.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void fillOverview();
    void updateAccessibleNames();
    void showDimension(int index);
    void fillCompare();
    void fillHistory();
    void fillFit();
    void fillFitLabel();
    // Shows everything in `language`: on a LanguageChange, the page takes the application's.
    void applyLanguage(Language language);
    QString dimensionLabel(const Dimension &d) const;
    QString plainSummary() const;

    std::unique_ptr<Ui::ReportWidget> m_ui;
    const Catalog &m_catalog;
    AssessmentStore *m_store;
    Language m_language;
    Report m_report;
    QStringList m_hidden; // kept from the history and the comparison (blind until submitted)
    std::optional<Comparison> m_comparison;
    std::optional<Assessment> m_counterpart;
    std::vector<HistoryEntry> m_history;

    QChartView *m_radarView = nullptr;
    QChartView *m_barView = nullptr;
    QChartView *m_compareView = nullptr;
    QChartView *m_historyView = nullptr;
    ReportItemModel *m_itemModel = nullptr;
    QSortFilterProxyModel *m_itemProxy = nullptr;
    RoleFitModel *m_fitModel = nullptr;
    // Role fit from the person's assessments of this mode (RoleFit::forPerson); without a store,
    // from this assessment alone and with no suggestion.
    int m_fitAssessments = 1;
    std::optional<QString> m_assessNext;
    ImprovementPathView *m_pathView = nullptr;
    ReportExporter *m_exporter = nullptr;
    bool m_fileActionsAllowed = true;
};

} // namespace iitalent::gui
