#include "HeatmapView.h"

#include "CohortHeatmapModel.h"
#include "HeatmapDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionHeader>
#include <QVBoxLayout>

#include <algorithm>

namespace iitalent::gui {

void HeatmapTable::updateGeometries()
{
    QTableView::updateGeometries();
    Q_EMIT geometriesUpdated();
}

HeatmapFooter::HeatmapFooter(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionResizeMode(QHeaderView::Fixed);
    setSectionsClickable(false);
    setHighlightSections(false);
    setFocusPolicy(Qt::NoFocus);
    setStretchLastSection(false);
}

void HeatmapFooter::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.textAlignment = Qt::AlignCenter;
    opt.position = QStyleOptionHeader::Middle;
    opt.text = model() ? model()->headerData(logicalIndex, Qt::Horizontal, CohortHeatmapModel::FooterRole).toString()
                       : QString();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
}

HeatmapView::HeatmapView(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_table = new HeatmapTable(this);
    m_table->setFrameShape(QFrame::NoFrame);
    // The horizontal scroll bar is the one under the summary row; the table's own stays hidden
    // and keeps the position (keyboard moves, wheel), which the summary row follows.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setTabKeyNavigation(false);
    m_delegate = new HeatmapDelegate(m_table);
    m_table->setItemDelegate(m_delegate);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setStretchLastSection(false);
    columns->setSortIndicatorShown(true);
    columns->setSectionsClickable(true);
    columns->setHighlightSections(false);
    columns->setTextElideMode(Qt::ElideRight);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setHighlightSections(true);
    rows->setTextElideMode(Qt::ElideRight);

    m_footer = new HeatmapFooter(this);
    m_corner = new QLabel(this);
    m_corner->setAlignment(Qt::AlignCenter);
    m_corner->setFrameShape(QFrame::StyledPanel);
    m_scrollBar = new QScrollBar(Qt::Horizontal, this);
    m_scrollIndent = new QWidget(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    auto *footerRow = new QHBoxLayout;
    footerRow->setSpacing(0);
    footerRow->addWidget(m_corner);
    footerRow->addWidget(m_footer, 1);
    layout->addLayout(footerRow);
    auto *scrollRow = new QHBoxLayout;
    scrollRow->setSpacing(0);
    scrollRow->addWidget(m_scrollIndent);
    scrollRow->addWidget(m_scrollBar, 1);
    layout->addLayout(scrollRow);

    QScrollBar *inner = m_table->horizontalScrollBar();
    connect(m_table, &HeatmapTable::geometriesUpdated, this, &HeatmapView::syncScrolling);
    connect(inner, &QScrollBar::valueChanged, this, &HeatmapView::syncScrolling);
    connect(inner, &QScrollBar::rangeChanged, this, &HeatmapView::syncScrolling);
    connect(m_scrollBar, &QScrollBar::valueChanged, inner, &QScrollBar::setValue);
    connect(columns, &QHeaderView::sectionResized, m_footer,
            [this](int logical, int, int size) { m_footer->resizeSection(logical, size); });

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_proxy && index.isValid())
            Q_EMIT rowActivated(m_proxy->mapToSource(index).row());
    });
    connect(rows, &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        if (m_proxy)
            Q_EMIT rowActivated(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    });
    retranslate();
}

void HeatmapView::setModels(CohortHeatmapModel *model, CohortHeatmapSortProxy *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_table->setModel(proxy);
    m_footer->setModel(proxy);
    // After a new report the sections are made anew: size and hide them again.
    connect(proxy, &QAbstractItemModel::modelReset, this, &HeatmapView::fitSections);
    connect(proxy, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Vertical) {
            fitRowLabels(); // the labels changed (anonymised or not): their width too
        } else {
            fitColumns(); // the titles changed (another language)
            m_footer->viewport()->update();
        }
    });
    fitSections();
}

void HeatmapView::fitSections()
{
    fitColumns();
    fitRowLabels();
}

void HeatmapView::fitColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
    QHeaderView *columns = m_table->horizontalHeader();
    QHeaderView *rows = m_table->verticalHeader();
    const QFontMetrics hfm = columns->fontMetrics();
    const int rowHeight = fm.height() + std::max(6, fm.height() / 3);
    rows->setMinimumSectionSize(std::min(rowHeight, fm.height()));
    rows->setDefaultSectionSize(rowHeight);

    const int itemWidth = std::max(HeatmapDelegate::cellWidth(fm), hfm.horizontalAdvance(QStringLiteral("d.12")) + 14);
    for (QHeaderView *h : {columns, static_cast<QHeaderView *>(m_footer)}) {
        h->setMinimumSectionSize(std::min(itemWidth, hfm.height()));
        h->setDefaultSectionSize(itemWidth);
    }
    m_footer->setFixedHeight(rowHeight);
    m_corner->setFixedHeight(rowHeight);
    if (m_model) {
        // Readiness and the dimensions: their titles (elided beyond a limit; the tooltip has them)
        // and the sort indicator beside them.
        const int shareWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 16;
        const int cap = hfm.averageCharWidth() * 22;
        for (int c = CohortHeatmapModel::ReadinessColumn; c < m_model->fixedColumnCount(); ++c) {
            int title = 0;
            for (const QString &line : m_model->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
                title = std::max(title, hfm.horizontalAdvance(line));
            const int w = std::max(shareWidth, std::min(cap, title + 24 + hfm.height()));
            columns->resizeSection(c, w);
            m_footer->resizeSection(c, w);
        }
        columns->setSectionHidden(CohortHeatmapModel::LabelColumn, true);
        m_footer->setSectionHidden(CohortHeatmapModel::LabelColumn, true);
    }
    syncScrolling();
}

void HeatmapView::fitRowLabels()
{
    QHeaderView *rows = m_table->verticalHeader();
    const QFontMetrics hfm = m_table->horizontalHeader()->fontMetrics();
    const QFontMetrics rfm = rows->fontMetrics();
    int labelWidth = rfm.horizontalAdvance(QStringLiteral("P0000"));
    if (m_model) {
        // The longest label, up to a limit (longer ones are elided; the tooltip has them whole).
        const int labelCap = rfm.averageCharWidth() * 28;
        for (int r = 0, n = m_model->rowCount(); r < n && labelWidth < labelCap; ++r)
            labelWidth = std::max(labelWidth, rfm.horizontalAdvance(m_model->headerData(r, Qt::Vertical).toString()));
        labelWidth = std::min(labelWidth, labelCap);
    }
    labelWidth = std::max(labelWidth + 16, hfm.horizontalAdvance(m_corner->text()) + 12);
    rows->setFixedWidth(labelWidth);
    m_corner->setFixedWidth(labelWidth);
    m_scrollIndent->setFixedWidth(labelWidth);
    syncScrolling();
}

void HeatmapView::syncScrolling()
{
    QScrollBar *inner = m_table->horizontalScrollBar();
    {
        const QSignalBlocker block(m_scrollBar);
        m_scrollBar->setRange(inner->minimum(), inner->maximum());
        m_scrollBar->setPageStep(inner->pageStep());
        m_scrollBar->setSingleStep(inner->singleStep());
        m_scrollBar->setValue(inner->value());
    }
    const bool scrolls = inner->maximum() > inner->minimum();
    if (m_scrollBar->isVisibleTo(this) != scrolls)
        m_scrollBar->setVisible(scrolls);
    m_footer->setOffset(inner->value());
}

void HeatmapView::retranslate()
{
    m_corner->setText(tr("Met"));
    m_corner->setToolTip(tr("The summary row: under each requirement how many participants meet it; under "
                            "readiness and the dimensions, the class mean."));
    m_table->setAccessibleName(tr("Class heatmap"));
    m_table->setAccessibleDescription(tr("One row per participant, one column per requirement. Press Enter or "
                                         "double-click a row to open that participant's report."));
    m_footer->setAccessibleName(tr("Summary row: met counts and class means"));
    m_scrollBar->setAccessibleName(tr("Scroll the heatmap sideways"));
}

void HeatmapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitSections();
    } else if (event->type() == QEvent::FontChange) {
        fitSections();
    }
    QFrame::changeEvent(event);
}

} // namespace iitalent::gui
