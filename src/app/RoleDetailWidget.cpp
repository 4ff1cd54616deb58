#include "RoleDetailWidget.h"

#include "ui_RoleDetailWidget.h"

#include "Catalog.h"
#include "Levels.h"
#include "RequirementModel.h"
#include "WrappingItemDelegate.h"

#include <QEvent>
#include <QHeaderView>

namespace iitalent::gui {

RoleDetailWidget::RoleDetailWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RoleDetailWidget>()), m_model(new RequirementModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->requirementView->setModel(m_model);
    QHeaderView *header = m_ui->requirementView->header();
    header->setStretchLastSection(false);
    // The short columns are fitted to their contents once per role (refresh()), not on every
    // resize as ResizeToContents would, which measured every row dozens of times at start-up.
    header->setSectionResizeMode(RequirementModel::IdColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RequirementModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RequirementModel::LevelColumn, QHeaderView::Interactive);
    // Long items wrap instead of being cut off: row heights follow the text column's width.
    m_ui->requirementView->setItemDelegate(
        new WrappingItemDelegate(m_ui->requirementView, m_ui->requirementView->header(), RequirementModel::TextColumn));
    connect(header, &QHeaderView::sectionResized, m_ui->requirementView, [this](int section) {
        if (section == RequirementModel::TextColumn)
            m_ui->requirementView->doItemsLayout();
    });
    connect(m_ui->selfButton, &QPushButton::clicked, this, [this] {
        if (m_role)
            Q_EMIT selfAssessmentRequested(m_role->code);
    });
    connect(m_ui->candidateButton, &QPushButton::clicked, this, [this] {
        if (m_role)
            Q_EMIT candidateAssessmentRequested(m_role->code);
    });
    refresh();
}

RoleDetailWidget::~RoleDetailWidget() = default;

void RoleDetailWidget::setRole(const Catalog *catalog, const Role *role)
{
    m_catalog = catalog;
    m_role = role;
    m_model->setRole(catalog, role);
    m_ui->requirementView->expandAll();
    refresh();
    fitShortColumns();
}

void RoleDetailWidget::fitShortColumns()
{
    m_ui->requirementView->resizeColumnToContents(RequirementModel::IdColumn);
    m_ui->requirementView->resizeColumnToContents(RequirementModel::LevelColumn);
}

void RoleDetailWidget::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    refresh();
    fitShortColumns();
}

void RoleDetailWidget::setHighlight(const QString &text)
{
    m_model->setHighlight(text);
    refresh();
}

void RoleDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoleDetailWidget::retranslate()
{
    m_ui->retranslateUi(this);
    refresh();
}

void RoleDetailWidget::refresh()
{
    if (!m_catalog || !m_role) {
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->rolePage);
    const bool zh = m_language == Language::Chinese;
    const Role &r = *m_role;
    m_ui->titleLabel->setText(r.name(m_language));

    const Direction *dir = m_catalog->direction(r.direction);
    QStringList meta;
    meta << tr("No. %1").arg(r.code) << tr("Section %1").arg(r.section)
         << tr("Direction: %1").arg(dir ? dir->name(m_language) : r.direction);
    meta << (zh ? r.nameEn : r.nameZh);
    if (!r.aliasesZh.isEmpty())
        meta << tr("Table 1 name: %1").arg(r.aliasesZh.join(QStringLiteral("、")));
    m_ui->subtitleLabel->setText(meta.join(QStringLiteral("  ·  ")));

    QString duty = r.dutyZh;
    if (!zh && !r.dutyEn.isEmpty())
        duty = QStringLiteral("%1\n%2").arg(r.dutyEn, r.dutyZh);
    m_ui->dutyLabel->setText(duty);

    QStringList counts;
    for (const Dimension &d : m_catalog->dimensions()) {
        int n = 0;
        for (const Requirement &req : r.requirements)
            n += req.dimension == d.key ? 1 : 0;
        counts << QStringLiteral("%1 %2").arg(d.name(m_language)).arg(n);
    }
    QString summary = tr("%n requirement(s): ", nullptr, static_cast<int>(r.requirements.size())) +
                      counts.join(QStringLiteral(" · "));
    if (const int matches = m_model->matchCount(); matches > 0)
        summary += QLatin1Char('\n') + tr("%n item(s) match the search and are highlighted.", nullptr, matches);
    m_ui->summaryLabel->setText(summary);

    QStringList legend;
    for (int level = Level::Aware; level <= Level::Max; ++level)
        legend << RequirementModel::levelName(level, m_language);
    m_ui->legendLabel->setText(tr("Required levels: %1. Each level comes from the item's own wording "
                                  "(hover over a level to see the word).")
                                   .arg(legend.join(QStringLiteral(" < "))));
}

} // namespace iitalent::gui
