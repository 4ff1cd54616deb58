#pragma once

#include "CohortReport.h"
#include "Language.h"
#include "WorkshopOffer.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The class priorities and the workshop plan after Appendix A, split by what this workshop can
// deliver (WorkshopSplit in core): the instructor ticks the A.3 providers the workshop stands for
// and, if they like, the A.2 methods it runs (nothing ticked: a training centre); the priorities
// teachable here come first, in the class's order, with how they are taught; those that need the
// workplace or a mentor follow in a table of their own, each with its reason from Appendix A. The
// choice is kept in the settings.
class WorkshopPlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPlanView(QWidget *parent = nullptr);

    void setCatalog(const Catalog *catalog);
    void setReport(std::shared_ptr<const CohortReport> report);
    void setLanguage(Language language);

    // What this workshop can deliver, as ticked (empty: the default, a training centre). Only the
    // methods of the shown report's stage count.
    WorkshopOffer offer() const;
    void setOffer(const WorkshopOffer &offer);

    QTableWidget *table() const { return m_table; }              // teachable here
    QTableWidget *elsewhereTable() const { return m_elsewhere; } // needs the workplace or a mentor
    QCheckBox *providerBox(const QString &providerId) const;
    QCheckBox *methodBox(const QString &methodId) const;

Q_SIGNALS:
    void offerChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChoices();
    void onChoiceToggled();
    void fill();

    const Catalog *m_catalog = nullptr;
    std::shared_ptr<const CohortReport> m_report;
    Language m_language = Language::Chinese;
    QStringList m_providers; // ticked provider ids
    QStringList m_methods;   // ticked method ids (of any stage: kept when another stage is shown)
    bool m_building = false;
    QLabel *m_intro = nullptr;
    QLabel *m_providerLabel = nullptr;
    QHBoxLayout *m_providerRow = nullptr;
    QLabel *m_methodLabel = nullptr;
    QHBoxLayout *m_methodRow = nullptr;
    std::vector<QCheckBox *> m_providerBoxes;
    std::vector<QCheckBox *> m_methodBoxes;
    QLabel *m_hereTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_elsewhereTitle = nullptr;
    QTableWidget *m_elsewhere = nullptr;
    QLabel *m_mappingNote = nullptr;
};

} // namespace iitalent::gui
