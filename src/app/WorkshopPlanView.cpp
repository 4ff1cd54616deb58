#include "WorkshopPlanView.h"

#include "Catalog.h"
#include "WrappingItemDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iitalent::gui {

namespace {
enum Column { OrderColumn, RequirementColumn, DimensionColumn, GapColumn, MetColumn, MethodsColumn, ProvidersColumn };
constexpr int ColumnCount = 7;
} // namespace

WorkshopPlanView::WorkshopPlanView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(
        RequirementColumn, new WrappingItemDelegate(m_table, m_table->horizontalHeader(), RequirementColumn));
    // Wrapped texts: the rows follow the width the columns get (a plan has a few dozen rows).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_mappingNote = new QLabel(this);
    m_mappingNote->setWordWrap(true);
    m_mappingNote->setTextFormat(Qt::PlainText);
    layout->addWidget(m_mappingNote);
    fill();
}

void WorkshopPlanView::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
    if (!catalog)
        m_report.reset();
    fill();
}

void WorkshopPlanView::setReport(std::shared_ptr<const CohortReport> report)
{
    m_report = std::move(report);
    fill();
}

void WorkshopPlanView::setLanguage(Language language)
{
    m_language = language;
    fill();
}

void WorkshopPlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void WorkshopPlanView::fill()
{
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Requirement"), tr("Dimension"), tr("Gap points"), tr("Met"),
                                        tr("Methods (A.2)"), tr("Providers (A.3)")});
    m_table->setAccessibleName(tr("Class priorities and workshop plan"));
    m_table->setRowCount(0);
    const CohortReport *r = m_report.get();
    if (!r || !m_catalog) {
        m_intro->setText(QString());
        m_mappingNote->setText(QString());
        return;
    }
    const Improvement &improvement = m_catalog->improvement();
    const ImprovementStage *stage = improvement.stage(stageId(r->stage));
    const QString stageName = stage ? stage->name(m_language) : stageId(r->stage);
    if (r->participants.empty())
        m_intro->setText(tr("There are no participants in this view yet."));
    else if (r->plan.empty())
        m_intro->setText(tr("Every participant meets every required level: there is nothing to plan."));
    else
        m_intro->setText(tr("The requirements where the class falls short most: most gap points first, then fewest "
                            "met. Methods of the stage most participants are in (%1) that suit each dimension, and "
                            "who provides them.")
                             .arg(stageName));
    m_mappingNote->setText(m_language == Language::English && !improvement.mappingNoteEn.isEmpty()
                               ? improvement.mappingNoteEn
                               : improvement.mappingNoteZh);

    const int n = static_cast<int>(r->participants.size());
    m_table->setRowCount(static_cast<int>(r->plan.size()));
    for (int row = 0; row < static_cast<int>(r->plan.size()); ++row) {
        const WorkshopStep &step = r->plan[static_cast<size_t>(row)];
        const Requirement *req = m_catalog->requirement(step.requirement);
        const Dimension *dim = m_catalog->dimension(step.dimension);
        QStringList methods;
        for (const QString &id : step.methods) {
            QString name = id;
            if (stage)
                for (const ImprovementMethod &m : stage->methods)
                    if (m.id == id)
                        name = m.name(m_language);
            methods << name;
        }
        QStringList providers;
        for (const QString &id : step.providers) {
            const ImprovementProvider *p = improvement.provider(id);
            providers << (p ? p->name(m_language) : id);
        }
        const QString cells[ColumnCount] = {
            QString::number(step.order),
            QStringLiteral("%1\n%2").arg(step.requirement, req ? req->textZh : QString()),
            dim ? dim->name(m_language) : step.dimension,
            QString::number(step.gapPoints),
            tr("%1 of %2").arg(step.met).arg(n),
            methods.join(QLatin1Char('\n')),
            providers.join(QLatin1Char('\n')),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const bool number = c == OrderColumn || c == GapColumn || c == MetColumn;
            item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
            if (c == RequirementColumn)
                item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace iitalent::gui
