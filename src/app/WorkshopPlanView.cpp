#include "WorkshopPlanView.h"

#include "Catalog.h"
#include "Settings.h"
#include "WrappingItemDelegate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace iitalent::gui {

namespace {

enum Column { OrderColumn, RequirementColumn, DimensionColumn, GapColumn, MetColumn, RankColumn, WhyColumn };
constexpr int ColumnCount = 7;

// What the workshop delivers, comma-separated ids. Nothing ticked is the default, a training centre.
const Setting<QString> kProviders{"cohorts/workshopProviders", QStringLiteral("education")};
const Setting<QString> kMethods{"cohorts/workshopMethods", QString()};

QStringList idList(const QString &joined)
{
    return joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, ColumnCount, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(WhyColumn, QHeaderView::Stretch);
    table->setItemDelegateForColumn(RequirementColumn,
                                    new WrappingItemDelegate(table, table->horizontalHeader(), RequirementColumn));
    table->setItemDelegateForColumn(WhyColumn, new WrappingItemDelegate(table, table->horizontalHeader(), WhyColumn));
    // Wrapped texts: the rows follow the width the columns get (a plan has a few dozen rows).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

WorkshopPlanView::WorkshopPlanView(QWidget *parent) : QWidget(parent)
{
    m_providers = idList(kProviders.get());
    m_methods = idList(kMethods.get());
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    m_providerRow = new QHBoxLayout;
    m_providerLabel = new QLabel(this);
    m_providerRow->addWidget(m_providerLabel);
    m_providerRow->addStretch();
    layout->addLayout(m_providerRow);
    m_methodRow = new QHBoxLayout;
    m_methodLabel = new QLabel(this);
    m_methodRow->addWidget(m_methodLabel);
    m_methodRow->addStretch();
    layout->addLayout(m_methodRow);
    m_hereTitle = new QLabel(this);
    m_hereTitle->setWordWrap(true);
    m_hereTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_hereTitle->font();
    bold.setBold(true);
    m_hereTitle->setFont(bold);
    layout->addWidget(m_hereTitle);
    m_table = makeTable(this);
    layout->addWidget(m_table, 3);
    m_elsewhereTitle = new QLabel(this);
    m_elsewhereTitle->setWordWrap(true);
    m_elsewhereTitle->setTextFormat(Qt::PlainText);
    m_elsewhereTitle->setFont(bold);
    layout->addWidget(m_elsewhereTitle);
    m_elsewhere = makeTable(this);
    layout->addWidget(m_elsewhere, 2);
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
    rebuildChoices();
    fill();
}

void WorkshopPlanView::setReport(std::shared_ptr<const CohortReport> report)
{
    const bool stageChanged = !m_report || !report || m_report->stage != report->stage;
    m_report = std::move(report);
    if (stageChanged)
        rebuildChoices();
    fill();
}

void WorkshopPlanView::setLanguage(Language language)
{
    m_language = language;
    rebuildChoices();
    fill();
}

WorkshopOffer WorkshopPlanView::offer() const
{
    WorkshopOffer o;
    o.providers = m_providers;
    for (const QCheckBox *box : m_methodBoxes)
        if (box->isChecked())
            o.methods << box->property("methodId").toString();
    return o;
}

void WorkshopPlanView::setOffer(const WorkshopOffer &offer)
{
    m_providers = offer.providers;
    m_methods = offer.methods;
    kProviders.set(m_providers.join(QLatin1Char(',')));
    kMethods.set(m_methods.join(QLatin1Char(',')));
    rebuildChoices();
    fill();
    Q_EMIT offerChanged();
}

QCheckBox *WorkshopPlanView::providerBox(const QString &providerId) const
{
    for (QCheckBox *box : m_providerBoxes)
        if (box->property("providerId").toString() == providerId)
            return box;
    return nullptr;
}

QCheckBox *WorkshopPlanView::methodBox(const QString &methodId) const
{
    for (QCheckBox *box : m_methodBoxes)
        if (box->property("methodId").toString() == methodId)
            return box;
    return nullptr;
}

void WorkshopPlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void WorkshopPlanView::rebuildChoices()
{
    m_building = true;
    for (QCheckBox *box : m_providerBoxes)
        delete box;
    for (QCheckBox *box : m_methodBoxes)
        delete box;
    m_providerBoxes.clear();
    m_methodBoxes.clear();
    if (m_catalog) {
        const Improvement &imp = m_catalog->improvement();
        for (const ImprovementProvider &p : imp.providers) {
            auto *box = new QCheckBox(p.name(m_language), this);
            box->setProperty("providerId", p.id);
            box->setToolTip(p.textZh);
            box->setChecked(m_providers.contains(p.id));
            connect(box, &QCheckBox::toggled, this, &WorkshopPlanView::onChoiceToggled);
            m_providerRow->insertWidget(m_providerRow->count() - 1, box);
            m_providerBoxes.push_back(box);
        }
        // The methods of the stage the plan is for (the cohort's stage).
        const ImprovementStage *stage =
            m_report ? imp.stage(stageId(m_report->stage)) : imp.stage(stageId(Stage::OnJob));
        if (stage)
            for (const ImprovementMethod &m : stage->methods) {
                auto *box = new QCheckBox(m.name(m_language), this);
                box->setProperty("methodId", m.id);
                box->setToolTip(improvementMethodLabel(*m_catalog, m.id, m_language));
                box->setChecked(m_methods.contains(m.id));
                connect(box, &QCheckBox::toggled, this, &WorkshopPlanView::onChoiceToggled);
                m_methodRow->insertWidget(m_methodRow->count() - 1, box);
                m_methodBoxes.push_back(box);
            }
    }
    m_building = false;
}

void WorkshopPlanView::onChoiceToggled()
{
    if (m_building)
        return;
    m_providers.clear();
    for (const QCheckBox *box : m_providerBoxes)
        if (box->isChecked())
            m_providers << box->property("providerId").toString();
    for (const QCheckBox *box : m_methodBoxes) {
        const QString id = box->property("methodId").toString();
        m_methods.removeAll(id);
        if (box->isChecked())
            m_methods << id;
    }
    kProviders.set(m_providers.join(QLatin1Char(',')));
    kMethods.set(m_methods.join(QLatin1Char(',')));
    fill();
    Q_EMIT offerChanged();
}

void WorkshopPlanView::fill()
{
    m_providerLabel->setText(tr("This workshop is given by:"));
    m_methodLabel->setText(tr("Only these methods (none ticked: any of theirs):"));
    const QStringList headers{tr("#"),          tr("Requirement"), tr("Dimension"),
                              tr("Gap points"), tr("Met"),         tr("Class rank")};
    m_table->setHorizontalHeaderLabels(headers + QStringList{tr("How it is taught here")});
    m_elsewhere->setHorizontalHeaderLabels(headers + QStringList{tr("Why not here (Appendix A)")});
    m_table->setAccessibleName(tr("Priorities teachable in this workshop"));
    m_elsewhere->setAccessibleName(tr("Priorities that need the workplace or a mentor"));
    for (QCheckBox *box : m_providerBoxes)
        box->setAccessibleDescription(tr("The workshop is given by this provider (Appendix A.3)"));
    for (QCheckBox *box : m_methodBoxes)
        box->setAccessibleDescription(tr("The workshop runs this method (Appendix A.2)"));
    m_table->setRowCount(0);
    m_elsewhere->setRowCount(0);
    const CohortReport *r = m_report.get();
    if (!r || !m_catalog) {
        m_intro->setText(QString());
        m_hereTitle->setText(QString());
        m_elsewhereTitle->setText(QString());
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
                            "who provides them. Tick what this workshop can deliver: what it can teach comes first, "
                            "what needs the workplace or a mentor is listed apart.")
                             .arg(stageName));
    m_mappingNote->setText(m_language == Language::English && !improvement.mappingNoteEn.isEmpty()
                               ? improvement.mappingNoteEn
                               : improvement.mappingNoteZh);

    // The one rule of core: the plan split by what this workshop delivers.
    const WorkshopSplit split = WorkshopSplit::build(*m_catalog, r->stage, r->plan, offer());
    m_hereTitle->setText(tr("Teachable here, by %1: %2 of %3 priorities")
                             .arg(workshopOfferText(*m_catalog, split.offer, m_language))
                             .arg(split.teachableHere.size())
                             .arg(r->plan.size()));
    m_elsewhereTitle->setText(tr("Needs the workplace or a mentor, not this workshop: %1").arg(split.elsewhere.size()));
    const int n = static_cast<int>(r->participants.size());
    auto put = [&](QTableWidget *table, const std::vector<WorkshopPlacement> &placements, bool here) {
        table->setRowCount(static_cast<int>(placements.size()));
        for (int row = 0; row < static_cast<int>(placements.size()); ++row) {
            const WorkshopPlacement &p = placements[static_cast<size_t>(row)];
            const WorkshopStep &step = r->plan[static_cast<size_t>(p.step)];
            const Requirement *req = m_catalog->requirement(step.requirement);
            const Dimension *dim = m_catalog->dimension(step.dimension);
            const QString cells[ColumnCount] = {
                QString::number(p.rank),
                QStringLiteral("%1\n%2").arg(step.requirement, req ? req->textZh : QString()),
                dim ? dim->name(m_language) : step.dimension,
                QString::number(step.gapPoints),
                tr("%1 of %2").arg(step.met).arg(n),
                QString::number(step.order),
                here ? workshopHowText(*m_catalog, p, m_language) : workshopReasonText(*m_catalog, p, m_language),
            };
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                const bool number = c == OrderColumn || c == GapColumn || c == MetColumn || c == RankColumn;
                item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
                if (c == RequirementColumn || c == WhyColumn)
                    item->setToolTip(cells[c]);
                table->setItem(row, c, item);
            }
        }
    };
    put(m_table, split.teachableHere, true);
    put(m_elsewhere, split.elsewhere, false);
}

} // namespace iitalent::gui
