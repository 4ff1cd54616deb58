#include "HeatmapView.h"

#include "CohortHeatmapModel.h"
#include "HeatmapDelegate.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionHeader>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

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

    // Zoom: Ctrl+Plus (Ctrl+= too, where Plus needs Shift), Ctrl+Minus, Ctrl+0, Ctrl+wheel.
    const auto addZoomAction = [this](const QList<QKeySequence> &keys, void (HeatmapView::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addZoomAction({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &HeatmapView::zoomIn);
    addZoomAction({QKeySequence::ZoomOut}, &HeatmapView::zoomOut);
    addZoomAction({QKeySequence(Qt::CTRL | Qt::Key_0)}, &HeatmapView::resetZoom);
    m_table->viewport()->installEventFilter(this);

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
    // After a new report the sections are made anew: size and hide them again (and fit the type
    // to the new class's rows and columns).
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        fitSections();
        if (m_fit)
            applyZoom();
    });
    connect(proxy, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
        if (orientation == Qt::Vertical) {
            fitRowLabels(); // the labels changed (anonymised or not): their width too
        } else {
            fitColumns(); // the titles changed (another language)
            m_footer->viewport()->update();
        }
        if (m_fit)
            applyZoom();
    });
    fitSections();
}

void HeatmapView::fitSections()
{
    fitColumns();
    fitRowLabels();
}

HeatmapView::Sections HeatmapView::sectionsFor(const QFont &font) const
{
    Sections out;
    const QFontMetrics fm(font);
    // Fitted to a projector the rows are closer and the titles shorter (their tooltips have them).
    out.rowHeight = fm.height() + (m_fit ? std::max(2, fm.height() / 8) : std::max(6, fm.height() / 3));
    out.itemWidth = std::max(HeatmapDelegate::cellWidth(fm), fm.horizontalAdvance(QStringLiteral("d.12")) + 14);
    QFont bold = font; // a header measures its titles in bold (the current section's look)
    bold.setBold(true);
    QStyleOptionHeader opt;
    opt.initFrom(m_table->horizontalHeader());
    opt.fontMetrics = QFontMetrics(bold);
    opt.textAlignment = Qt::AlignCenter;
    opt.text = QStringLiteral("d.12");
    QStyle *style = m_table->horizontalHeader()->style();
    out.headerHeight =
        style->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), m_table->horizontalHeader()).height();
    if (m_model) {
        // Readiness and the dimensions: their titles (elided beyond a limit; the tooltip has them)
        // and the sort indicator beside them.
        const int shareWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 16;
        const int cap = fm.averageCharWidth() * (m_fit ? 12 : 22);
        for (int c = CohortHeatmapModel::ReadinessColumn; c < m_model->fixedColumnCount(); ++c) {
            const QString text = m_model->headerData(c, Qt::Horizontal).toString();
            int title = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                title = std::max(title, fm.horizontalAdvance(line));
            out.fixedWidths << std::max(shareWidth, std::min(cap, title + 24 + fm.height()));
            opt.text = text;
            out.headerHeight = std::max(
                out.headerHeight,
                style->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), m_table->horizontalHeader()).height());
        }
    }
    int labelWidth = fm.horizontalAdvance(QStringLiteral("P0000"));
    if (m_model) {
        // The longest label, up to a limit (longer ones are elided; the tooltip has them whole).
        const int labelCap = fm.averageCharWidth() * 28;
        for (int r = 0, n = m_model->rowCount(); r < n && labelWidth < labelCap; ++r)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(m_model->headerData(r, Qt::Vertical).toString()));
        labelWidth = std::min(labelWidth, labelCap);
    }
    out.labelWidth = std::max(labelWidth + 16, fm.horizontalAdvance(m_corner->text()) + 12);
    return out;
}

void HeatmapView::fitColumns()
{
    const Sections sections = sectionsFor(m_table->font());
    QHeaderView *columns = m_table->horizontalHeader();
    QHeaderView *rows = m_table->verticalHeader();
    const int rowHeight = sections.rowHeight;
    rows->setMinimumSectionSize(std::min(rowHeight, m_table->fontMetrics().height()));
    rows->setDefaultSectionSize(rowHeight);

    const int itemWidth = sections.itemWidth;
    for (QHeaderView *h : {columns, static_cast<QHeaderView *>(m_footer)}) {
        h->setMinimumSectionSize(std::min(itemWidth, h->fontMetrics().height()));
        h->setDefaultSectionSize(itemWidth);
    }
    m_footer->setFixedHeight(rowHeight);
    m_corner->setFixedHeight(rowHeight);
    if (m_model) {
        for (int i = 0; i < sections.fixedWidths.size(); ++i) {
            const int c = CohortHeatmapModel::ReadinessColumn + i;
            columns->resizeSection(c, sections.fixedWidths.at(i));
            m_footer->resizeSection(c, sections.fixedWidths.at(i));
        }
        columns->setSectionHidden(CohortHeatmapModel::LabelColumn, true);
        m_footer->setSectionHidden(CohortHeatmapModel::LabelColumn, true);
    }
    syncScrolling();
}

void HeatmapView::fitRowLabels()
{
    const int labelWidth = sectionsFor(m_table->font()).labelWidth;
    m_table->verticalHeader()->setFixedWidth(labelWidth);
    m_corner->setFixedWidth(labelWidth);
    m_scrollIndent->setFixedWidth(labelWidth);
    syncScrolling();
}

QSize HeatmapView::contentSizeFor(const QFont &font) const
{
    const Sections sections = sectionsFor(font);
    const int rows = m_model ? m_model->rowCount() : 0;
    const int items = m_model ? m_model->columnCount() - m_model->fixedColumnCount() : 0;
    int width = sections.labelWidth + items * sections.itemWidth;
    for (const int w : sections.fixedWidths)
        width += w;
    // The header, the rows and the summary row; a little room for the lines between them.
    const int height = sections.headerHeight + (rows + 1) * sections.rowHeight + 4;
    return QSize(width + 4, height);
}

QFont HeatmapView::baseFont() const
{
    return parentWidget() ? parentWidget()->font() : QApplication::font();
}

int HeatmapView::typePixelSize() const
{
    return QFontInfo(m_table->font()).pixelSize();
}

void HeatmapView::setFitToView(bool on)
{
    if (m_fit == on)
        return;
    m_fit = on;
    m_zoomSteps = 0;
    applyZoom();
}

void HeatmapView::zoomIn()
{
    zoomBy(1);
}

void HeatmapView::zoomOut()
{
    zoomBy(-1);
}

void HeatmapView::resetZoom()
{
    m_zoomSteps = 0;
    applyZoom();
}

void HeatmapView::zoomBy(int steps)
{
    const int before = typePixelSize();
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -12, 12);
    applyZoom();
    // At the smallest (or largest) type a step does nothing: do not count it.
    if (typePixelSize() == before && m_zoomSteps != 0)
        m_zoomSteps -= steps > 0 ? 1 : -1;
}

void HeatmapView::applyZoom()
{
    if (m_applyingZoom)
        return;
    m_applyingZoom = true;
    const QFont base = baseFont();
    const int basePixels = std::max(1, QFontInfo(base).pixelSize());
    int pixels = basePixels;
    if (m_fit) {
        // The largest type with which the whole class fits (the frame's inside), found by halving
        // the range: the sizes grow with the type.
        const QSize room = contentsRect().size();
        const auto fits = [&](int px) {
            QFont f = base;
            f.setPixelSize(px);
            const QSize need = contentSizeFor(f);
            return need.width() <= room.width() && need.height() <= room.height();
        };
        int low = kMinFitPixels, high = std::max(kMinFitPixels, basePixels * 3);
        if (!fits(low)) {
            pixels = low;
        } else {
            while (low < high) {
                const int mid = (low + high + 1) / 2;
                if (fits(mid))
                    low = mid;
                else
                    high = mid - 1;
            }
            pixels = low;
        }
    }
    if (m_zoomSteps != 0)
        pixels = std::clamp(qRound(pixels * std::pow(1.15, m_zoomSteps)), 6, 200);
    if (!m_fit && m_zoomSteps == 0) {
        if (testAttribute(Qt::WA_SetFont))
            setFont(QFont()); // the page's type again
    } else if (QFontInfo(font()).pixelSize() != pixels || !testAttribute(Qt::WA_SetFont)) {
        QFont f = base;
        f.setPixelSize(pixels);
        setFont(f); // FontChange: fitSections
    }
    m_applyingZoom = false;
}

void HeatmapView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (m_fit)
        applyZoom();
}

bool HeatmapView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+wheel zooms; the wheel alone scrolls as ever.
    if (watched == m_table->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
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
        // The page's type changed (projector mode): fit or zoom from it again.
        if ((m_fit || m_zoomSteps != 0) && !m_applyingZoom)
            QMetaObject::invokeMethod(this, &HeatmapView::applyZoom, Qt::QueuedConnection);
    }
    QFrame::changeEvent(event);
}

} // namespace iitalent::gui
