#pragma once

#include "AssessmentStore.h"
#include "Language.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLineEdit;

namespace Ui {
class AssessmentsPage;
}

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

class AssessmentFilterProxy;
class AssessmentListModel;

// The Assessments page: the saved assessments as a list to filter (text, mode, date of the last
// change) and sort, with their buttons. The page owns the list and what is selected in it; what
// the buttons do across pages (opening tabs, files and dialogs) is the main window's, which it
// asks for with signals.
class AssessmentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentsPage(QWidget *parent = nullptr);
    ~AssessmentsPage() override;

    void setCatalog(const Catalog *catalog);
    void setLanguage(Language language);
    // The saved assessments, as AssessmentStore::list gives them; the columns fit the first list.
    void setSummaries(std::vector<AssessmentSummary> summaries);
    // "Saved in …": where the list comes from.
    void setStoreText(const QString &text);

    // The assessment of the current row, or empty.
    QString currentId() const;
    // The subject's name in the current row.
    QString currentSubject() const;
    // The selected rows' assessments (the current one when no row is selected).
    QStringList selectedIds() const;

    AssessmentListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const;

    // The widths and order of the columns, remembered between runs.
    void restoreColumns();
    void saveColumns() const;

Q_SIGNALS:
    void continueRequested(const QString &id);
    void reportRequested(const QString &id);
    void exportRequested();
    void exportReportsRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilterChoices();

    std::unique_ptr<Ui::AssessmentsPage> m_ui;
    AssessmentListModel *m_model = nullptr;
    AssessmentFilterProxy *m_proxy = nullptr;
    // Grows every column but the role's to at least its heading's width.
    void widenToHeaders();
    bool m_columnsFitted = false;
};

} // namespace iitalent::gui
