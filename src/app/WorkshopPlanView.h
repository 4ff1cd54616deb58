#pragma once

#include "CohortReport.h"
#include "Language.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The class priorities and the workshop plan after Appendix A: one row per priority (order,
// requirement, dimension, gap points, met of n, the A.2 methods of the cohort's stage that suit it
// and their A.3 providers), with the stage it is for and the note that the mapping is iitalent's
// reading of the standard.
class WorkshopPlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPlanView(QWidget *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setReport(std::shared_ptr<const CohortReport> report);
    void setLanguage(Language language);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    const Catalog *m_catalog = nullptr;
    std::shared_ptr<const CohortReport> m_report;
    Language m_language = Language::Chinese;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_mappingNote = nullptr;
};

} // namespace iitalent::gui
