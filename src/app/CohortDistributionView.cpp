#include "CohortDistributionView.h"

#include "Catalog.h"
#include "Scoring.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace iitalent::gui {

namespace {

const QColor BarColor(0x1f, 0x6f, 0xb4);
const QColor TrackColor(0xe4, 0xe4, 0xe4);

} // namespace

CohortDistributionView::CohortDistributionView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus); // so that a screen reader can reach the description
    updateDescription();
}

void CohortDistributionView::setCatalog(const Catalog *catalog)
{
    m_catalog = catalog;
    if (!catalog)
        m_report.reset();
    updateDescription();
    update();
}

void CohortDistributionView::setReport(std::shared_ptr<const CohortReport> report)
{
    m_report = std::move(report);
    updateDescription();
    update();
}

void CohortDistributionView::setLanguage(Language language)
{
    m_language = language;
    updateDescription();
    update();
}

QSize CohortDistributionView::sizeHint() const
{
    const int h = fontMetrics().height();
    return QSize(h * 48, h * 16);
}

QSize CohortDistributionView::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return QSize(h * 20, h * 12);
}

void CohortDistributionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateDescription();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

QString CohortDistributionView::dimensionName(const QString &key) const
{
    const Dimension *d = m_catalog ? m_catalog->dimension(key) : nullptr;
    return d ? d->name(m_language) : key;
}

QString CohortDistributionView::binLabel(int bin)
{
    return QStringLiteral("%1–%2%").arg(bin * 20).arg(bin * 20 + 20);
}

QString CohortDistributionView::description() const
{
    if (!m_report || m_report->participants.empty())
        return tr("No participants in this view.");
    QStringList parts;
    parts << tr("%n participant(s).", nullptr, static_cast<int>(m_report->participants.size()));
    parts << tr("Readiness: mean %1, median %2.")
                 .arg(percentText(m_report->readinessMean.value_or(0.0)),
                      percentText(m_report->readinessMedian.value_or(0.0)));
    QStringList bins;
    for (int b = 0; b < 5; ++b)
        bins << tr("%1: %2").arg(binLabel(b)).arg(m_report->histogram[static_cast<size_t>(b)]);
    parts << tr("Participants per readiness band: %1.").arg(bins.join(QStringLiteral(", ")));
    QStringList dims;
    for (const CohortDimension &d : m_report->dimensions)
        dims << tr("%1 %2").arg(dimensionName(d.key), percentText(d.meanAttainment));
    parts << tr("Mean attainment: %1.").arg(dims.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

void CohortDistributionView::updateDescription()
{
    setAccessibleName(tr("Distributions of the class"));
    setAccessibleDescription(description());
    setToolTip(description());
}

void CohortDistributionView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(QPalette::Base));
    const int m = fontMetrics().height();
    const QRect area = rect().adjusted(m, m / 2, -m, -m / 2);
    painter.setPen(palette().color(QPalette::Text));
    if (!m_report || m_report->participants.empty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No participants in this view."));
        return;
    }
    if (area.width() >= area.height() * 3 / 2) {
        const int half = (area.width() - 2 * m) / 2;
        paintHistogram(painter, QRect(area.left(), area.top(), half, area.height()));
        paintDimensions(painter, QRect(area.right() - half, area.top(), half, area.height()));
    } else {
        const int half = (area.height() - m) / 2;
        paintHistogram(painter, QRect(area.left(), area.top(), area.width(), half));
        paintDimensions(painter, QRect(area.left(), area.bottom() - half, area.width(), half));
    }
}

void CohortDistributionView::paintHistogram(QPainter &painter, const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QColor ink = palette().color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink);
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Readiness of the participants"));
    painter.setFont(font());
    painter.drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("n = %1 · mean %2 · median %3")
                         .arg(m_report->participants.size())
                         .arg(percentText(m_report->readinessMean.value_or(0.0)),
                              percentText(m_report->readinessMedian.value_or(0.0))));

    // Room above the bars for their counts and the mean and median labels.
    const QRect plot(area.left(), area.top() + line * 5, area.width(), area.height() - line * 6 - line / 2);
    if (plot.height() < line || plot.width() < line)
        return;
    int most = 1;
    for (int count : m_report->histogram)
        most = std::max(most, count);
    const qreal slot = plot.width() / 5.0;
    for (int b = 0; b < 5; ++b) {
        const int count = m_report->histogram[static_cast<size_t>(b)];
        const qreal h = plot.height() * double(count) / most;
        const QRectF bar(plot.left() + slot * b + slot * 0.12, plot.bottom() - h, slot * 0.76, h);
        painter.fillRect(bar, BarColor);
        painter.setPen(ink);
        painter.drawText(QRectF(plot.left() + slot * b, bar.top() - line, slot, line), Qt::AlignCenter,
                         QString::number(count));
        painter.drawText(QRectF(plot.left() + slot * b, plot.bottom() + 2, slot, line), Qt::AlignCenter, binLabel(b));
    }
    painter.setPen(QPen(ink, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The mean and the median on the same 0–100% scale as the bins.
    const auto marker = [&](double share, Qt::PenStyle style, const QString &label, int row) {
        const qreal x = plot.left() + plot.width() * std::clamp(share, 0.0, 1.0);
        painter.setPen(QPen(ink, std::max(1, line / 10), style));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const int w = fm.horizontalAdvance(label) + 4;
        const qreal left = std::clamp(x - w / 2.0, double(plot.left()), double(plot.right() - w));
        painter.drawText(QRectF(left, plot.top() - line * (3 - row), w, line), Qt::AlignCenter, label);
    };
    if (m_report->readinessMean)
        marker(*m_report->readinessMean, Qt::DashLine, tr("mean %1").arg(percentText(*m_report->readinessMean)), 0);
    if (m_report->readinessMedian)
        marker(*m_report->readinessMedian, Qt::DotLine, tr("median %1").arg(percentText(*m_report->readinessMedian)),
               1);
}

void CohortDistributionView::paintDimensions(QPainter &painter, const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QColor ink = palette().color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(ink);
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Mean attainment per dimension"));
    painter.setFont(font());
    const int n = static_cast<int>(m_report->dimensions.size());
    if (n == 0)
        return;
    int nameWidth = 0;
    for (const CohortDimension &d : m_report->dimensions)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(dimensionName(d.key)));
    nameWidth = std::min(nameWidth + line / 2, area.width() * 2 / 5);
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + line / 2;
    const int top = area.top() + line * 2;
    const int rowHeight = std::min(line * 2, (area.bottom() - top) / n);
    if (rowHeight < line)
        return;
    const int barLeft = area.left() + nameWidth;
    const int barWidth = area.width() - nameWidth - valueWidth;
    for (int i = 0; i < n; ++i) {
        const CohortDimension &d = m_report->dimensions[static_cast<size_t>(i)];
        const int y = top + i * rowHeight;
        painter.setPen(ink);
        painter.drawText(QRect(area.left(), y, nameWidth - line / 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(dimensionName(d.key), Qt::ElideRight, nameWidth - line / 4));
        const QRectF track(barLeft, y + rowHeight * 0.2, barWidth, rowHeight * 0.6);
        painter.fillRect(track, TrackColor);
        painter.fillRect(
            QRectF(track.left(), track.top(), track.width() * std::clamp(d.meanAttainment, 0.0, 1.0), track.height()),
            BarColor);
        painter.drawText(QRect(barLeft + barWidth, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         percentText(d.meanAttainment));
    }
}

} // namespace iitalent::gui
