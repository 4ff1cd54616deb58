#include "ImprovementPathChart.h"

#include "FileOutput.h"
#include "Scoring.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace iitalent {

namespace {

QString pick(bool english, const char *zh, const char *en)
{
    return english ? QString::fromUtf8(en) : QString::fromUtf8(zh);
}

// Layout of the chart at its natural size (1600 x 1000 logical pixels).
constexpr qreal Width = 1600;
constexpr qreal Height = 1000;
constexpr qreal Margin = 24;
constexpr qreal MainTop = 132;
constexpr qreal LeftWidth = 396;
constexpr qreal LanesLeft = Margin + LeftWidth + 28;
constexpr qreal ArrowGap = 84;
constexpr qreal LanesBottom = 844;
constexpr qreal ProvidersTop = 854;
constexpr qreal ProvidersBottom = 934;
constexpr qreal FootTop = 944;
// The person's lane is wider than the other: it carries their items.
constexpr qreal CurrentLaneShare = 0.59;

const QColor Ink(0x11, 0x11, 0x11);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Faint(0x88, 0x88, 0x88);
const QColor Paper(Qt::white);
const QColor CurrentHeader(0x1b, 0x3a, 0x5c);
const QColor CurrentTint(0xee, 0xf3, 0xfa);

// Each dimension has a colour AND a hatch pattern (diagonal, horizontal, cross, dots), so the
// four can be told apart in black and white.
struct DimensionStyle
{
    QColor ink;
    QColor tint;
};
DimensionStyle dimensionStyle(int index)
{
    static const DimensionStyle styles[] = {
        {QColor(0x1f, 0x5f, 0xa8), QColor(0xdb, 0xe7, 0xf5)},
        {QColor(0x23, 0x7a, 0x4b), QColor(0xdb, 0xef, 0xe2)},
        {QColor(0xb8, 0x5a, 0x12), QColor(0xf8, 0xe3, 0xd0)},
        {QColor(0x6c, 0x44, 0xa0), QColor(0xe8, 0xdf, 0xf4)},
    };
    return styles[((index % 4) + 4) % 4];
}

// The family of the chart being painted on this thread (ImprovementPathChart::setFontFamily), so
// that the helpers below need not pass it along; thread-local because reports render in parallel.
thread_local QString t_family;

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont f;
    QStringList families{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"), QStringLiteral("sans-serif")};
    if (!t_family.isEmpty())
        families.prepend(t_family);
    f.setFamilies(families);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    // Unhinted metrics are the same at every scale, so the layout holds on screen, PNG and SVG.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

qreal textWidth(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

// The font made smaller (down to minPixels) until `text` fits in `width`.
QFont fitted(QFont font, const QString &text, qreal width, int minPixels)
{
    while (font.pixelSize() > minPixels && textWidth(font, text) > width)
        font.setPixelSize(font.pixelSize() - 1);
    return font;
}

// One line of text in a rectangle, elided on the right when it does not fit.
void drawLine(QPainter &p, const QRectF &r, const QString &text, const QFont &font, const QColor &color,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    p.setPen(color);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, r.width());
    p.drawText(r, int(align | Qt::TextSingleLine), shown);
}

// Wrapped text in a rectangle; returns the height used.
qreal drawWrapped(QPainter &p, const QRectF &r, const QString &text, const QFont &font, const QColor &color)
{
    p.setFont(font);
    p.setPen(color);
    const QRectF used = QFontMetricsF(font).boundingRect(r, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text);
    p.drawText(r, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text);
    return std::min(used.height(), r.height());
}

// Liang-Barsky: the part of a line inside a rectangle (false when none).
bool clipLine(QLineF &line, const QRectF &r)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = line.dx(), dy = line.dy();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(), r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line.pointAt(t0), b = line.pointAt(t1);
    line = QLineF(a, b);
    return true;
}

// The hatch of a dimension, drawn as plain lines and dots (not a pattern brush), so that it
// survives every paint engine: raster, SVG and PDF.
void drawHatch(QPainter &p, const QRectF &r, int index, qreal spacing, qreal width)
{
    const DimensionStyle st = dimensionStyle(index);
    p.save();
    p.setPen(QPen(st.ink, width, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    const int kind = ((index % 4) + 4) % 4;
    auto diagonal = [&](bool rising) {
        const qreal span = r.width() + r.height();
        for (qreal o = spacing / 2; o < span; o += spacing) {
            QLineF l = rising ? QLineF(r.left() + o, r.top(), r.left() + o - r.height(), r.bottom())
                              : QLineF(r.right() - o, r.top(), r.right() - o + r.height(), r.bottom());
            if (clipLine(l, r))
                p.drawLine(l);
        }
    };
    switch (kind) {
    case 0: diagonal(true); break;
    case 1:
        for (qreal y = r.top() + spacing / 2; y < r.bottom(); y += spacing * 0.8)
            p.drawLine(QLineF(r.left(), y, r.right(), y));
        break;
    case 2:
        diagonal(true);
        diagonal(false);
        break;
    default:
        p.setPen(Qt::NoPen);
        p.setBrush(st.ink);
        for (qreal y = r.top() + spacing / 2; y < r.bottom(); y += spacing)
            for (qreal x = r.left() + spacing / 2; x < r.right(); x += spacing)
                p.drawEllipse(QPointF(x, y), width * 0.95, width * 0.95);
        break;
    }
    p.restore();
}

// A small square with the dimension's tint, hatch and a black outline.
void drawSwatch(QPainter &p, const QRectF &r, int index)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(dimensionStyle(index).tint);
    p.drawRect(r);
    drawHatch(p, r, index, std::max<qreal>(5.0, r.width() / 4.2), std::max<qreal>(1.2, r.width() / 18.0));
    p.setPen(QPen(Ink, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    p.restore();
}

void drawNumberDisc(QPainter &p, const QPointF &centre, qreal radius, const QString &number, bool filled)
{
    p.save();
    p.setPen(QPen(Ink, 1.6));
    p.setBrush(filled ? QBrush(Ink) : QBrush(Paper));
    p.drawEllipse(centre, radius, radius);
    drawLine(p, QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), number,
             chartFont(radius * 1.15, true), filled ? Paper : Ink, Qt::AlignCenter);
    p.restore();
}

// A block arrow pointing right, filled dark with a black outline.
void drawBlockArrow(QPainter &p, const QRectF &r)
{
    const qreal shaft = r.height() * 0.42;
    const qreal head = std::min(r.width() * 0.5, r.height() * 0.8);
    const qreal cy = r.center().y();
    QPainterPath path;
    path.moveTo(r.left(), cy - shaft / 2);
    path.lineTo(r.right() - head, cy - shaft / 2);
    path.lineTo(r.right() - head, r.top());
    path.lineTo(r.right(), cy);
    path.lineTo(r.right() - head, r.bottom());
    path.lineTo(r.right() - head, cy + shaft / 2);
    path.lineTo(r.left(), cy + shaft / 2);
    path.closeSubpath();
    p.save();
    p.setPen(QPen(Ink, 2, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(QColor(0x3a, 0x3a, 0x3a));
    p.drawPath(path);
    p.restore();
}

// Lane `index` of `count`; the person's lane (`current`, -1 for none) gets the larger share.
QRectF laneRectAt(int index, int count, int current)
{
    const int n = std::max(1, count);
    const qreal total = Width - Margin - LanesLeft - ArrowGap * (n - 1);
    auto widthOf = [&](int i) {
        if (n == 1 || current < 0)
            return total / n;
        return i == current ? total * CurrentLaneShare : total * (1 - CurrentLaneShare) / (n - 1);
    };
    qreal x = LanesLeft;
    for (int i = 0; i < index; ++i)
        x += widthOf(i) + ArrowGap;
    return QRectF(x, MainTop + 4, widthOf(index), LanesBottom - MainTop - 4);
}

int currentLaneIndex(const ImprovementPathData &d)
{
    for (int i = 0; i < int(d.lanes.size()); ++i)
        if (d.lanes[i].current)
            return i;
    return -1;
}

class Painter
{
public:
    Painter(QPainter &p, const ImprovementPathData &d) : m_p(p), m_d(d) {}

    void paint()
    {
        m_p.fillRect(QRectF(0, 0, Width, Height), Paper);
        paintTitle();
        paintContents();
        paintLanes();
        paintProviders();
        paintFootnote();
    }

private:
    // The chart's own words in its language (not Qt's tr: the chart keeps both in one place).
    QString words(const char *zh, const char *en) const { return pick(m_d.english, zh, en); }

    QString providerName(const QString &id) const
    {
        for (const PathProvider &p : m_d.providers)
            if (p.id == id)
                return p.name;
        return id;
    }
    QString dimensionName(const QString &key) const
    {
        const PathDimension *d = m_d.dimension(key);
        return d ? d->name : key;
    }

    void paintTitle()
    {
        const QRectF title(Margin, 12, Width - 2 * Margin, 48);
        const QString text = m_d.captionLabel + QStringLiteral("  ") + m_d.caption;
        drawLine(m_p, title, text, fitted(chartFont(34, true), text, title.width(), 22), Ink, Qt::AlignCenter);
        drawLine(m_p, QRectF(Margin, 60, Width - 2 * Margin, 26), m_d.redrawnNote,
                 fitted(chartFont(17), m_d.redrawnNote, Width - 2 * Margin, 13), Muted, Qt::AlignCenter);
        const QRectF subject(Margin, 90, Width - 2 * Margin, 34);
        drawLine(m_p, subject, m_d.subjectLine, fitted(chartFont(22, true), m_d.subjectLine, subject.width(), 16), Ink,
                 Qt::AlignCenter);
        m_p.setPen(QPen(Ink, 1.2));
        m_p.drawLine(QLineF(Margin, 126, Width - Margin, 126));
    }

    void sectionHeading(const QRectF &r, const QString &text)
    {
        drawLine(m_p, r, text, fitted(chartFont(20, true), text, r.width(), 14), Ink);
    }

    // A.1: the four kinds of improvement content, one card per dimension, with the person's
    // attainment and gaps in it.
    void paintContents()
    {
        const QRectF column(Margin, MainTop + 4, LeftWidth, ProvidersBottom - MainTop - 4);
        sectionHeading(QRectF(column.left(), column.top(), column.width(), 34), words("A.1  提升内容", "A.1  Content"));
        const qreal top = column.top() + 42;
        const int n = std::max<int>(1, int(m_d.dimensions.size()));
        const qreal gap = 12;
        const qreal h = (column.bottom() - top - gap * (n - 1)) / n;
        for (int i = 0; i < int(m_d.dimensions.size()); ++i)
            paintContentCard(QRectF(column.left(), top + i * (h + gap), column.width(), h), m_d.dimensions[i]);
    }

    void paintContentCard(const QRectF &r, const PathDimension &d)
    {
        const int di = pathDimensionIndex(d.key);
        const DimensionStyle st = dimensionStyle(di);
        m_p.save();
        m_p.setPen(QPen(Ink, 1.6));
        m_p.setBrush(Paper);
        m_p.drawRoundedRect(r, 8, 8);
        // A hatched band on the left edge ties the card to the chips in the lanes.
        const QRectF band(r.left() + 1, r.top() + 1, 14, r.height() - 2);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(st.tint);
        m_p.drawRect(band);
        drawHatch(m_p, band, di, 6, 1.6);
        m_p.setPen(QPen(Ink, 1.2));
        m_p.drawLine(band.topRight(), band.bottomRight());
        m_p.restore();

        const qreal x = r.left() + 28;
        const qreal w = r.right() - 14 - x;
        const QRectF swatch(x, r.top() + 12, 30, 30);
        drawSwatch(m_p, swatch, di);
        const QString head = d.key + QStringLiteral("  ") + d.name;
        drawLine(m_p, QRectF(x + 42, r.top() + 8, w - 42, 38), head, fitted(chartFont(25, true), head, w - 42, 16),
                 Ink);
        drawWrapped(m_p, QRectF(x, r.top() + 50, w, 44), d.content, chartFont(m_d.english ? 15 : 17), Muted);

        // Attainment: a bar with its percentage (the bar's fill is solid, so it prints dark).
        const qreal rowY = r.top() + 102;
        const QString attained = words("达成*", "Attained*");
        const QFont small = chartFont(16);
        drawLine(m_p, QRectF(x, rowY, 96, 26), attained, small, Muted);
        const QRectF bar(x + 96, rowY + 4, w - 96 - 86, 18);
        m_p.save();
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(QColor(0xf0, 0xf0, 0xf0));
        m_p.drawRect(bar);
        m_p.setBrush(st.ink);
        m_p.drawRect(QRectF(bar.left(), bar.top(), bar.width() * std::clamp(d.attainment, 0.0, 1.0), bar.height()));
        m_p.setPen(QPen(Ink, 1.2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(bar);
        m_p.restore();
        drawLine(m_p, QRectF(bar.right() + 6, rowY - 2, 80, 30), percentText(d.attainment), chartFont(21, true), Ink,
                 Qt::AlignRight | Qt::AlignVCenter);

        // Gaps: how many of the dimension's items the person has not reached.
        const qreal gapY = rowY + 34;
        drawLine(m_p, QRectF(x, gapY, 96, 30), words("差距*", "Gaps*"), small, Muted);
        const QString count = QString::number(d.gaps);
        const QFont big = chartFont(24, true);
        drawLine(m_p, QRectF(x + 96, gapY - 2, textWidth(big, count) + 2, 34), count, big, Ink);
        const QString rest =
            m_d.english ? QStringLiteral("of %1 items").arg(d.items) : QStringLiteral("项，共 %1 项要求").arg(d.items);
        drawLine(m_p, QRectF(x + 96 + textWidth(big, count) + 8, gapY, w, 30), rest, small, Muted);
    }

    // A.2: the two stages as lanes in order, joined by an arrow, their methods as nodes.
    void paintLanes()
    {
        for (int i = 0; i < int(m_d.lanes.size()); ++i) {
            const QRectF lane = laneRectAt(i, int(m_d.lanes.size()), currentLaneIndex(m_d));
            paintLane(lane, m_d.lanes[i], i);
            if (i + 1 < int(m_d.lanes.size()))
                drawBlockArrow(m_p, QRectF(lane.right() + 10, lane.top() + 6, ArrowGap - 20, 58));
        }
    }

    void paintLane(const QRectF &r, const PathLane &lane, int index)
    {
        const bool cur = lane.current;
        m_p.save();
        if (cur) {
            m_p.setPen(QPen(Ink, 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            m_p.setBrush(CurrentTint);
        } else {
            m_p.setPen(QPen(Faint, 2, Qt::DashLine));
            m_p.setBrush(Paper);
        }
        m_p.drawRoundedRect(r, 10, 10);
        // The header: dark with white text in the person's lane, light grey otherwise.
        const QRectF header(r.left(), r.top(), r.width(), 68);
        QPainterPath hp;
        hp.addRoundedRect(header, 10, 10);
        QPainterPath squareBottom;
        squareBottom.addRect(QRectF(header.left(), header.center().y(), header.width(), header.height() / 2));
        hp = hp.united(squareBottom);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(cur ? CurrentHeader : QColor(0xe4, 0xe4, 0xe4));
        m_p.drawPath(hp);
        if (cur) {
            m_p.setPen(QPen(Ink, 4, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawRoundedRect(r, 10, 10);
        }
        m_p.restore();

        const QColor headInk = cur ? Paper : QColor(0x33, 0x33, 0x33);
        const QPointF disc(header.left() + 32, header.center().y());
        drawNumberDisc(m_p, disc, 19, QString::number(index + 1), !cur);
        if (cur) {
            m_p.save();
            m_p.setPen(QPen(Paper, 2));
            m_p.setBrush(Qt::NoBrush);
            m_p.drawEllipse(disc, 19, 19);
            m_p.restore();
        }
        const QString here = words("您在这里*", "You are here*");
        const QFont hereFont = chartFont(20, true);
        const qreal badgeW = cur ? textWidth(hereFont, here) + 62 : 0;
        const qreal nameX = header.left() + 62;
        const qreal nameW = header.right() - 14 - (cur ? badgeW + 10 : 0) - nameX;
        drawLine(m_p, QRectF(nameX, header.top() + 3, nameW, 40), lane.name,
                 fitted(chartFont(30, true), lane.name, nameW, 18), headInk);
        const QString sub = lane.clause + QStringLiteral("  ·  ") +
                            (cur ? words("您的差距按适合的方式列出*", "your gaps by the methods that suit them*")
                                 : words("不是您现在的阶段", "not your current stage"));
        drawLine(m_p, QRectF(nameX, header.top() + 41, header.right() - 14 - nameX, 22), sub, chartFont(16, cur),
                 headInk);
        if (cur)
            paintYouAreHere(QRectF(header.right() - 12 - badgeW, header.top() + 6, badgeW, 35), here, hereFont);

        const qreal top = header.bottom() + 10;
        const qreal bottom = r.bottom() - 12;
        const int n = std::max<int>(1, int(lane.methods.size()));
        const qreal gap = 10;
        const qreal h = (bottom - top - gap * (n - 1)) / n;
        for (int i = 0; i < int(lane.methods.size()); ++i)
            paintMethod(QRectF(r.left() + 12, top + i * (h + gap), r.width() - 24, h), lane.methods[i], i, cur);
    }

    void paintYouAreHere(const QRectF &r, const QString &text, const QFont &font)
    {
        m_p.save();
        m_p.setPen(QPen(Ink, 3));
        m_p.setBrush(Paper);
        m_p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        // A map pin: a disc with a point, in solid black.
        const QPointF c(r.left() + 24, r.center().y() - 3.5);
        QPainterPath pin;
        pin.addEllipse(c, 8, 8);
        QPainterPath point;
        point.moveTo(c.x() - 7, c.y() + 4);
        point.lineTo(c.x(), c.y() + 14.5);
        point.lineTo(c.x() + 7, c.y() + 4);
        point.closeSubpath();
        pin = pin.united(point);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(Ink);
        m_p.drawPath(pin);
        m_p.setBrush(Paper);
        m_p.drawEllipse(c, 3.5, 3.5);
        m_p.restore();
        drawLine(m_p, QRectF(r.left() + 42, r.top(), r.width() - 52, r.height()), text, font, Ink, Qt::AlignCenter);
    }

    void paintMethod(const QRectF &r, const PathMethod &m, int index, bool current)
    {
        m_p.save();
        m_p.setPen(current ? QPen(Ink, 2) : QPen(Faint, 1.5, Qt::DashLine));
        m_p.setBrush(Paper);
        m_p.drawRoundedRect(r, 8, 8);
        m_p.restore();
        const QColor ink = current ? Ink : QColor(0x44, 0x44, 0x44);
        const QColor muted = current ? Muted : Faint;
        QStringList providers;
        for (const QString &id : m.providers)
            providers << providerName(id);
        const QString providerText = providers.join(m_d.english ? QStringLiteral(", ") : QStringLiteral("、"));
        const QFont label = chartFont(16);
        const QString dimLabel = words("维度*", "Suits*");
        const QString byLabel = words("供给*", "By*");
        const qreal labelW = std::max(textWidth(label, dimLabel), textWidth(label, byLabel)) + 10;
        const qreal badgeW = current ? 96 : 0;
        const qreal rowX = r.left() + 14;
        const qreal rowW = r.right() - 12 - (current ? badgeW + 10 : 0) - rowX;
        // Outside the person's stage a node holds no items: its rows are centred, and the
        // providers may take two lines.
        const bool twoLines = !current && textWidth(label, providerText) > rowW - labelW;
        const qreal blockH = twoLines ? 126 : 104;
        const qreal y0 = current ? r.top() : r.top() + std::max<qreal>(0, (r.height() - blockH) / 2);

        // Name row: the method's number within its stage and its name from A.2.
        drawNumberDisc(m_p, QPointF(r.left() + 24, y0 + 25), 14, QString::number(index + 1), false);
        const qreal nameX = r.left() + 48;
        const qreal nameW = r.right() - 12 - nameX;
        drawLine(m_p, QRectF(nameX, y0 + 6, nameW, 38), m.name, fitted(chartFont(24, true), m.name, nameW, 16), ink);

        // The count badge (the person's stage only): a big number of gaps.
        if (current) {
            const QRectF badge(r.right() - 12 - badgeW, y0 + 46, badgeW, 56);
            m_p.save();
            m_p.setPen(QPen(Ink, 2.5));
            m_p.setBrush(m.gapCount > 0 ? QBrush(Ink) : QBrush(Paper));
            m_p.drawRoundedRect(badge, 6, 6);
            m_p.restore();
            const QColor on = m.gapCount > 0 ? Paper : Ink;
            drawLine(m_p, QRectF(badge.left(), badge.top(), badge.width(), 36), QString::number(m.gapCount),
                     chartFont(32, true), on, Qt::AlignCenter);
            const QString unit = words("项差距*", "gaps*");
            drawLine(m_p, QRectF(badge.left(), badge.top() + 34, badge.width(), 20), unit,
                     fitted(chartFont(14), unit, badge.width() - 6, 10), on, Qt::AlignCenter);
        }

        // Dimensions this method suits (iitalent's mapping), as chips matching the A.1 cards.
        drawLine(m_p, QRectF(rowX, y0 + 46, labelW, 28), dimLabel, label, muted);
        paintChips(QRectF(rowX + labelW, y0 + 46, rowW - labelW, 28), m, current);

        drawLine(m_p, QRectF(rowX, y0 + 76, labelW, 26), byLabel, label, muted);
        if (twoLines)
            drawWrapped(m_p, QRectF(rowX + labelW, y0 + 79, rowW - labelW, 46), providerText, label, muted);
        else
            drawLine(m_p, QRectF(rowX + labelW, y0 + 76, rowW - labelW, 26), providerText, label, muted);

        if (!current)
            return;
        // The largest three of the person's gaps this method suits, under a thin rule.
        const qreal itemsTop = r.top() + 110;
        m_p.save();
        m_p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
        m_p.drawLine(QLineF(rowX, itemsTop - 3, r.right() - 12, itemsTop - 3));
        m_p.restore();
        const qreal lineH = std::min<qreal>(25, (r.bottom() - 4 - itemsTop) / 3.7);
        if (m.topItems.empty()) {
            drawLine(m_p, QRectF(rowX, itemsTop, r.width() - 28, lineH),
                     words("没有适合这种方式的差距", "No gap that suits this method"), chartFont(16), Muted);
            return;
        }
        const QFont idFont = chartFont(16, true);
        const QFont textFont = chartFont(16);
        const qreal idW = textWidth(idFont, QStringLiteral("00.a.00")) + 4;
        const qreal levelW = textWidth(idFont, QStringLiteral("0→3")) + 4;
        for (int i = 0; i < int(m.topItems.size()); ++i) {
            const PathItem &item = m.topItems[i];
            const qreal y = itemsTop + i * lineH;
            drawSwatch(m_p, QRectF(rowX, y + (lineH - 13) / 2, 13, 13), pathDimensionIndex(item.dimension));
            drawLine(m_p, QRectF(rowX + 19, y, idW, lineH), item.requirement, idFont, Ink);
            drawLine(m_p, QRectF(r.right() - 12 - levelW, y, levelW, lineH),
                     QStringLiteral("%1→%2").arg(item.from).arg(item.to), idFont, Ink,
                     Qt::AlignRight | Qt::AlignVCenter);
            const qreal tx = rowX + 19 + idW;
            drawLine(m_p, QRectF(tx, y, r.right() - 12 - levelW - 8 - tx, lineH), item.textZh, textFont, Ink);
        }
        const int more = m.gapCount - int(m.topItems.size());
        if (more > 0) {
            const QString text =
                m_d.english ? QStringLiteral("+ %1 more").arg(more) : QStringLiteral("另 %1 项").arg(more);
            drawLine(
                m_p,
                QRectF(rowX + 19, itemsTop + 3 * lineH - 2, r.width() - 40, r.bottom() - 2 - itemsTop - 3 * lineH + 2),
                text, chartFont(14), Muted);
        }
    }

    void paintChips(const QRectF &r, const PathMethod &m, bool current)
    {
        // In the person's lane: letter and count (a ×3); elsewhere letter and name when they fit.
        QStringList keys = m.dimensions;
        std::sort(keys.begin(), keys.end());
        const QFont font = chartFont(17, true);
        const qreal sw = 18, pad = 6, spacing = 16;
        auto chipText = [&](const QString &key, bool withName) {
            QString s = key;
            if (withName)
                s += QLatin1Char(' ') + dimensionName(key);
            if (current) {
                const int di = pathDimensionIndex(key);
                const int count = di < int(m.gapsPerDimension.size()) ? m.gapsPerDimension[std::size_t(di)] : 0;
                s += QStringLiteral(" ×%1").arg(count);
            }
            return s;
        };
        qreal named = 0;
        for (const QString &key : keys)
            named += sw + pad + textWidth(font, chipText(key, true)) + spacing;
        const bool withName = !current && named <= r.width();
        qreal x = r.left();
        for (const QString &key : keys) {
            const QString text = chipText(key, withName);
            const qreal tw = textWidth(font, text);
            if (x + sw >= r.right())
                break;
            drawSwatch(m_p, QRectF(x, r.center().y() - sw / 2, sw, sw), pathDimensionIndex(key));
            drawLine(m_p, QRectF(x + sw + pad, r.top(), std::min(tw + 2, r.right() - x - sw - pad), r.height()), text,
                     font, current ? Ink : Muted);
            x += sw + pad + tw + spacing;
        }
    }

    // A.3: who provides improvement, with how many of the person's gaps they can serve.
    void paintProviders()
    {
        const QRectF band(LanesLeft, ProvidersTop, Width - Margin - LanesLeft, ProvidersBottom - ProvidersTop);
        const QFont headFont = chartFont(20, true);
        const QString clause = QStringLiteral("A.3");
        const QString title = words("提升活动供给", "Providers");
        const qreal headW = std::max(textWidth(headFont, clause), textWidth(headFont, title)) + 14;
        drawLine(m_p, QRectF(band.left(), band.center().y() - 30, headW, 30), clause, headFont, Ink);
        drawLine(m_p, QRectF(band.left(), band.center().y(), headW, 30), title, headFont, Ink);
        const int n = std::max<int>(1, int(m_d.providers.size()));
        const qreal gap = 12;
        const qreal left = band.left() + headW + 4;
        const qreal w = (band.right() - left - gap * (n - 1)) / n;
        const qreal tw = w - 60;
        // One font for every provider's name and one for the counts; a long name wraps.
        const QFont nameFont = chartFont(m_d.english ? 16 : 21, true);
        QFont servedFont = chartFont(m_d.english ? 15 : 16);
        for (const PathProvider &p : m_d.providers)
            servedFont = fitted(servedFont, servedText(p), tw, 11);
        const QFontMetricsF nameMetrics(nameFont);
        const qreal servedH = QFontMetricsF(servedFont).height() + 2;
        for (int i = 0; i < int(m_d.providers.size()); ++i) {
            const PathProvider &p = m_d.providers[i];
            const QRectF box(left + i * (w + gap), band.top(), w, band.height());
            m_p.save();
            m_p.setPen(QPen(Ink, 1.6));
            m_p.setBrush(Paper);
            m_p.drawRoundedRect(box, 8, 8);
            m_p.restore();
            drawNumberDisc(m_p, QPointF(box.left() + 26, box.center().y()), 15, QString::number(i + 1), true);
            const qreal tx = box.left() + 50;
            const QRectF nameBox =
                nameMetrics.boundingRect(QRectF(tx, 0, tw, 200), int(Qt::AlignLeft | Qt::TextWordWrap), p.name);
            const qreal nameH = std::min(nameBox.height(), box.height() - servedH - 4);
            const qreal top = box.top() + (box.height() - nameH - servedH) / 2;
            drawWrapped(m_p, QRectF(tx, top, tw, nameH), p.name, nameFont, Ink);
            drawLine(m_p, QRectF(tx, top + nameH, tw, servedH), servedText(p), servedFont, Muted);
        }
    }

    QString servedText(const PathProvider &p) const
    {
        if (m_d.totalGaps == 0)
            return words("您没有差距*", "you have no gaps*");
        return m_d.english ? QStringLiteral("can serve %1 of your %2 gaps*").arg(p.gapCount).arg(m_d.totalGaps)
                           : QStringLiteral("可服务您 %1 项差距中的 %2 项*").arg(m_d.totalGaps).arg(p.gapCount);
    }

    void paintFootnote()
    {
        drawWrapped(m_p, QRectF(Margin, FootTop, Width - 2 * Margin, Height - FootTop - 6), m_d.footnote,
                    chartFont(m_d.english ? 14 : 15), Muted);
    }

    QPainter &m_p;
    const ImprovementPathData &m_d;
};

} // namespace

void ImprovementPathChart::paint(QPainter &painter, const QRectF &target) const
{
    const QSizeF natural = naturalSize();
    if (target.isEmpty())
        return;
    const qreal scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(target.center().x() - natural.width() * scale / 2,
                      target.center().y() - natural.height() * scale / 2);
    painter.scale(scale, scale);
    const QString previousFamily = t_family;
    t_family = m_fontFamily;
    Painter(painter, m_data).paint();
    t_family = previousFamily;
    painter.restore();
}

QRectF ImprovementPathChart::laneRect(int index) const
{
    if (index < 0 || index >= int(m_data.lanes.size()))
        return {};
    return laneRectAt(index, int(m_data.lanes.size()), currentLaneIndex(m_data));
}

QImage ImprovementPathChart::renderImage(const QSize &size, qreal devicePixelRatio) const
{
    const QSize logical = size.isEmpty() ? naturalSize().toSize() : size;
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(logical)));
    painter.end();
    return image;
}

Status ImprovementPathChart::savePng(const QString &path, const QSize &size) const
{
    const QSize pixels = size.isEmpty() ? (naturalSize() * 2).toSize() : size;
    const QImage image = renderImage(pixels, 1.0);
    if (image.isNull())
        return Status::failure(QStringLiteral("Could not make an image of %1 x %2 pixels: not enough memory.")
                                   .arg(pixels.width())
                                   .arg(pixels.height()));
    // Encoded in memory, then written by the one atomic writer.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return Status::failure(QStringLiteral("Could not write %1: %2").arg(path, writer.errorString()));
    return writeFileAtomically(path, buffer.data(), true);
}

QByteArray ImprovementPathChart::svg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSizeF natural = naturalSize();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(natural.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), natural));
    generator.setTitle(data().captionLabel + QLatin1Char(' ') + data().caption);
    generator.setDescription(data().redrawnNote);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter, QRectF(QPointF(0, 0), natural));
    painter.end();
    return buffer.data();
}

} // namespace iitalent
