#pragma once

#include "Cohort.h"
#include "CohortReport.h"
#include "Language.h"
#include "Result.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace iitalent {
class AssessmentStore;
class Catalog;
namespace report {
enum class Format;
struct TextTable;
} // namespace report
} // namespace iitalent

namespace iitalent::gui {

class SlideView;

// Before and after a course: two cohorts of the store compared for the Cohorts page's role and
// mode over the participants in both (CohortChange). The instructor chooses BEFORE among the
// other cohorts (AFTER is the page's cohort, and Swap exchanges the two); the dialog shows how
// many took part in both, their mean readiness and each dimension before → after, each
// requirement's met count before → after, every matched participant, and who took part in only
// one of the two, and readiness and each dimension before and after as a chart (Chart, the slide
// Save as Slide… writes as PNG or SVG). Export… writes it as PDF, HTML, CSV or JSON. Anonymised (as the page is, or in
// projector mode) it shows and exports P-numbers only, never names.
class CohortCompareDialog final : public QDialog
{
    Q_OBJECT

public:
    // `cohorts`: the store's cohorts (at least two to compare); `after`: the page's cohort.
    CohortCompareDialog(AssessmentStore &store, const Catalog &catalog, std::vector<Cohort> cohorts,
                        const QString &after, const QString &roleCode, Mode mode, bool anonymised, Language language,
                        QWidget *parent = nullptr);
    ~CohortCompareDialog() override;

    QString beforeName() const;
    QString afterName() const;
    // Chooses both cohorts (names of the list); false when either is unknown or they are the same.
    bool setCohorts(const QString &before, const QString &after);
    void swapCohorts();
    bool isAnonymised() const { return m_anonymised; }

    // What is shown and exported (anonymised when the dialog is); nullptr when it could not be loaded.
    const CohortChange *change() const { return m_change ? &*m_change : nullptr; }

    // Asks for a file and writes the comparison; returns the path written or empty.
    QString exportChange();
    // Writes without asking (tests).
    Status writeChange(const QString &path, report::Format format, bool overwrite) const;
    // Asks for a file and saves before and after as a 16:9 chart slide (PNG at 1920 × 1080 or SVG,
    // CohortSlides); returns the path written or empty. writeSlide writes without asking (tests).
    QString saveSlide();
    Status writeSlide(const QString &path, bool overwrite) const;

Q_SIGNALS:
    // Where an export went, for the window's status bar.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void fillCombos();
    void onComboChanged(QComboBox *changed);
    void load();
    void showChange();
    void fillTable(QTableWidget *table, const report::TextTable &text);
    QString roleTitle() const;
    QString modeText() const;
    // The cohort most likely to be the start of the course that `after` ends: the latest one held
    // (or created) before it, or empty when none was.
    QString defaultBefore(const QString &after) const;
    // The nearest cohort held (or created) on or after `before`, or empty.
    QString defaultAfter(const QString &before) const;

    AssessmentStore &m_store;
    const Catalog &m_catalog;
    std::vector<Cohort> m_cohorts;
    QString m_roleCode;
    Mode m_mode;
    bool m_anonymised;
    Language m_language;
    QString m_before, m_after;
    std::optional<CohortChange> m_change; // anonymised when the dialog is
    QString m_loadError;
    bool m_filling = false;

    QLabel *m_viewLabel = nullptr;
    QLabel *m_beforeLabel = nullptr;
    QComboBox *m_beforeCombo = nullptr;
    QLabel *m_afterLabel = nullptr;
    QComboBox *m_afterCombo = nullptr;
    QPushButton *m_swapButton = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_dimensionTable = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QTableWidget *m_participantTable = nullptr;
    QWidget *m_absentPage = nullptr;
    QLabel *m_onlyBeforeLabel = nullptr;
    QListWidget *m_onlyBeforeList = nullptr;
    QLabel *m_onlyAfterLabel = nullptr;
    QListWidget *m_onlyAfterList = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_slideButton = nullptr;
    SlideView *m_chart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iitalent::gui
