#include "CohortHeatmapPanel.h"

#include "Catalog.h"
#include "CohortHeatmapModel.h"
#include "HeatmapDelegate.h"
#include "HeatmapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iitalent::gui {

namespace {

// What the rows are sorted by (the sort combo's data).
const QString JoinedKey = QStringLiteral("joined");
const QString NameKey = QStringLiteral("name");
const QString ReadinessKey = QStringLiteral("readiness");
const QString DimensionPrefix = QStringLiteral("dim:");
const QString ItemPrefix = QStringLiteral("item:");

} // namespace

CohortHeatmapPanel::CohortHeatmapPanel(QWidget *parent)
    : QWidget(parent),
      m_sortKey(ReadinessKey),
      m_model(new CohortHeatmapModel(this)),
      m_proxy(new CohortHeatmapSortProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    auto *sortRow = new QHBoxLayout;
    m_sortLabel = new QLabel(this);
    m_sortCombo = new QComboBox(this);
    m_sortCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sortLabel->setBuddy(m_sortCombo);
    m_descending = new QCheckBox(this);
    m_descending->setChecked(true);
    m_priorityOrder = new QCheckBox(this);
    sortRow->addWidget(m_sortLabel);
    sortRow->addWidget(m_sortCombo);
    sortRow->addWidget(m_descending);
    sortRow->addSpacing(fontMetrics().height());
    sortRow->addWidget(m_priorityOrder);
    sortRow->addStretch();
    layout->addLayout(sortRow);
    m_legend = new HeatmapLegend(this);
    layout->addWidget(m_legend);
    m_view = new HeatmapView(this);
    m_view->setModels(m_model, m_proxy);
    m_view->table()->setSortingEnabled(true);
    layout->addWidget(m_view, 1);

    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_sortKey = m_sortCombo->currentData().toString();
        applySort();
    });
    connect(m_descending, &QCheckBox::toggled, this, [this](bool on) {
        m_sortOrder = on ? Qt::DescendingOrder : Qt::AscendingOrder;
        applySort();
    });
    connect(m_priorityOrder, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setColumnOrder(on ? CohortHeatmapModel::ColumnOrder::Priority
                                   : CohortHeatmapModel::ColumnOrder::Catalog);
        applySort(); // a requirement sorted by stays the one sorted by, in its new place
    });
    connect(m_view->table()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CohortHeatmapPanel::onSortIndicatorChanged);
    connect(m_view, &HeatmapView::rowActivated, this, &CohortHeatmapPanel::rowActivated);
    retranslate();
}

QTableView *CohortHeatmapPanel::table() const
{
    return m_view->table();
}

void CohortHeatmapPanel::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
    if (!catalog)
        m_report.reset(); // its role is the catalog's
    m_model->setCatalog(catalog);
    fillSortCombo();
}

void CohortHeatmapPanel::setReport(std::shared_ptr<const CohortReport> report)
{
    m_report = report;
    m_model->setReport(std::move(report));
    fillSortCombo();
    applySort();
}

void CohortHeatmapPanel::setLanguage(Language language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_proxy->setLanguage(language);
    retranslate();
}

void CohortHeatmapPanel::setAnonymised(bool anonymised)
{
    m_model->setAnonymised(anonymised);
}

bool CohortHeatmapPanel::isAnonymised() const
{
    return m_model->isAnonymised();
}

void CohortHeatmapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CohortHeatmapPanel::retranslate()
{
    m_sortLabel->setText(tr("&Sort rows by:"));
    m_descending->setText(tr("Descending"));
    m_priorityOrder->setText(tr("Col&umns in priority order"));
    m_priorityOrder->setToolTip(
        tr("Put the requirements where the class falls short most first; otherwise the catalog's order"));
    fillSortCombo();
}

void CohortHeatmapPanel::fillSortCombo()
{
    m_filling = true;
    m_sortCombo->clear();
    m_sortCombo->addItem(tr("Readiness"), ReadinessKey);
    m_sortCombo->addItem(tr("Name"), NameKey);
    m_sortCombo->addItem(tr("Participant number"), JoinedKey);
    if (m_report) {
        for (size_t d = 0; d < m_report->dimensions.size(); ++d) {
            const Dimension *dim = m_catalog ? m_catalog->dimension(m_report->dimensions[d].key) : nullptr;
            m_sortCombo->addItem(dim ? dim->name(m_language) : m_report->dimensions[d].key,
                                 DimensionPrefix + QString::number(d));
        }
        // A requirement sorted by with a click on its heading.
        if (m_sortKey.startsWith(ItemPrefix)) {
            const QString id = m_sortKey.mid(ItemPrefix.size());
            if (m_report->itemIndex(id) >= 0)
                m_sortCombo->addItem(tr("Requirement %1").arg(id), m_sortKey);
        }
    }
    int index = m_sortCombo->findData(m_sortKey);
    if (index < 0) {
        // Not in this view (another role): readiness.
        if (m_report)
            m_sortKey = ReadinessKey;
        index = std::max(0, m_sortCombo->findData(ReadinessKey));
    }
    m_sortCombo->setCurrentIndex(index);
    m_filling = false;
}

void CohortHeatmapPanel::applySort()
{
    int column = -1;
    if (m_sortKey == NameKey) {
        column = CohortHeatmapModel::LabelColumn;
    } else if (m_sortKey == ReadinessKey) {
        column = CohortHeatmapModel::ReadinessColumn;
    } else if (m_sortKey.startsWith(DimensionPrefix)) {
        const int d = m_sortKey.mid(DimensionPrefix.size()).toInt();
        if (CohortHeatmapModel::FirstDimensionColumn + d < m_model->fixedColumnCount())
            column = CohortHeatmapModel::FirstDimensionColumn + d;
    } else if (m_sortKey.startsWith(ItemPrefix) && m_report) {
        column = m_model->columnOfItem(m_report->itemIndex(m_sortKey.mid(ItemPrefix.size())));
    }
    m_applyingSort = true;
    QTableView *view = m_view->table();
    if (column < 0) {
        // The joining order: the order of the P-numbers.
        view->horizontalHeader()->setSortIndicator(-1, m_sortOrder);
        m_proxy->sort(-1, m_sortOrder);
    } else {
        view->sortByColumn(column, m_sortOrder);
    }
    m_applyingSort = false;
}

void CohortHeatmapPanel::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (m_applyingSort)
        return;
    // A click on a column's heading: the controls say what the rows are sorted by now.
    if (column == CohortHeatmapModel::LabelColumn)
        m_sortKey = NameKey;
    else if (column == CohortHeatmapModel::ReadinessColumn)
        m_sortKey = ReadinessKey;
    else if (const int d = m_model->dimensionAt(column); d >= 0)
        m_sortKey = DimensionPrefix + QString::number(d);
    else if (const int item = m_model->itemAt(column); item >= 0 && m_report)
        m_sortKey = ItemPrefix + m_report->items[static_cast<size_t>(item)].requirement;
    else
        m_sortKey = JoinedKey;
    m_sortOrder = order;
    fillSortCombo();
    const QSignalBlocker block(m_descending);
    m_descending->setChecked(order == Qt::DescendingOrder);
}

} // namespace iitalent::gui
