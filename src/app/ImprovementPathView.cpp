#include "ImprovementPathView.h"

#include "ui_ImprovementPathView.h"

#include "FileOutput.h"
#include "Settings.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QWheelEvent>

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace iitalent::gui {

namespace {

// The folder the last chart was saved to.
const Setting<QString> lastChartFolder{"charts/lastSaveFolder", QString()};

} // namespace

// ---------------------------------------------------------------------------------------------

ImprovementPathCanvas::ImprovementPathCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImprovementPathCanvas::setChart(const ImprovementPathChart *chart)
{
    m_chart = chart;
    update();
}

void ImprovementPathCanvas::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void ImprovementPathCanvas::setScale(qreal scale)
{
    m_scale = scale;
    update();
}

void ImprovementPathCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // the scroll area scrolls
        return;
    }
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / 120;
    m_wheelAngle -= steps * 120;
    if (steps != 0)
        Q_EMIT zoomRequested(steps);
    event->accept();
}

QRectF ImprovementPathCanvas::chartRect() const
{
    const QSizeF natural = m_chart ? m_chart->naturalSize() : QSizeF(1600, 1000);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    if (area.isEmpty())
        return {};
    const qreal scale =
        m_scale > 0 ? m_scale : std::min(area.width() / natural.width(), area.height() / natural.height());
    const QSizeF size = natural * scale;
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                  size.height());
}

QSize ImprovementPathCanvas::sizeHint() const
{
    return {960, 600};
}

QSize ImprovementPathCanvas::minimumSizeHint() const
{
    return {320, 200};
}

void ImprovementPathCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (!m_chart) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    // The chart is a sheet of paper: white in light and dark palettes alike, as it prints.
    const QRectF target = chartRect();
    m_chart->paint(p, target);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(target.adjusted(0, 0, -1, -1));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

// ---------------------------------------------------------------------------------------------

ImprovementPathView::ImprovementPathView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ImprovementPathView>())
{
    m_ui->setupUi(this);
    m_language = LanguageManager::current();
    m_ui->messageLabel->hide();
    m_savePngAction = new QAction(this);
    m_saveSvgAction = new QAction(this);
    m_ui->canvas->addAction(m_savePngAction);
    m_ui->canvas->addAction(m_saveSvgAction);
    connect(m_savePngAction, &QAction::triggered, this, &ImprovementPathView::savePngInteractive);
    connect(m_saveSvgAction, &QAction::triggered, this, &ImprovementPathView::saveSvgInteractive);
    connect(m_ui->savePngButton, &QPushButton::clicked, this, &ImprovementPathView::savePngInteractive);
    connect(m_ui->saveSvgButton, &QPushButton::clicked, this, &ImprovementPathView::saveSvgInteractive);

    // The canvas scrolls inside the view when it is shown larger than the view.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pathScrollArea"));
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_ui->mainLayout->replaceWidget(m_ui->canvas, m_scroll);
    m_ui->mainLayout->setStretchFactor(m_scroll, 1);
    m_scroll->setWidget(m_ui->canvas);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setFocusProxy(m_ui->canvas);
    connect(m_ui->canvas, &ImprovementPathCanvas::zoomRequested, this, &ImprovementPathView::zoomBy);

    auto makeButton = [this](const char *name, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_zoomOutButton = makeButton("zoomOutButton", [this] { zoomBy(-1); });
    m_zoomInButton = makeButton("zoomInButton", [this] { zoomBy(+1); });
    m_fitWidthButton = makeButton("fitWidthButton", [this] { fitWidth(); });
    m_fitPageButton = makeButton("fitPageButton", [this] { fitPage(); });
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    int at = m_ui->buttonLayout->indexOf(m_ui->saveSvgButton) + 1;
    for (QWidget *w : {static_cast<QWidget *>(m_zoomOutButton), static_cast<QWidget *>(m_zoomLabel),
                       static_cast<QWidget *>(m_zoomInButton), static_cast<QWidget *>(m_fitWidthButton),
                       static_cast<QWidget *>(m_fitPageButton)})
        m_ui->buttonLayout->insertWidget(at++, w);
    setTabOrder(m_ui->saveSvgButton, m_zoomOutButton);
    setTabOrder(m_zoomOutButton, m_zoomInButton);
    setTabOrder(m_zoomInButton, m_fitWidthButton);
    setTabOrder(m_fitWidthButton, m_fitPageButton);
    setTabOrder(m_fitPageButton, m_ui->canvas);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_fitPageAction = new QAction(this);
    m_fitPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_fitPageAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_ui->canvas->addAction(m_zoomInAction);
    m_ui->canvas->addAction(m_zoomOutAction);
    m_ui->canvas->addAction(m_fitPageAction);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomBy(+1); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_fitPageAction, &QAction::triggered, this, &ImprovementPathView::fitPage);
    retranslate();
}

qreal ImprovementPathView::zoom() const
{
    const QSizeF natural = m_chart.naturalSize();
    const QSize view = m_scroll->viewport()->size() - QSize(4, 4);
    switch (m_fit) {
    case Fit::Width: {
        // As wide as the view; when that is taller than the view, the vertical scroll bar takes
        // some width, which layoutCanvas leaves for it.
        qreal width = view.width();
        if (natural.height() * width / natural.width() > view.height())
            width -= m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        return std::max<qreal>(0.05, width / natural.width());
    }
    case Fit::Page:
        return std::max<qreal>(0.05, std::min(view.width() / natural.width(), view.height() / natural.height()));
    case Fit::None: break;
    }
    return m_fixedZoom;
}

void ImprovementPathView::zoomBy(int steps)
{
    constexpr qreal Step = 1.25;
    m_fixedZoom = std::clamp(zoom() * std::pow(Step, steps), 0.25, 4.0);
    m_fit = Fit::None;
    layoutCanvas();
}

void ImprovementPathView::fitWidth()
{
    m_fit = Fit::Width;
    layoutCanvas();
}

void ImprovementPathView::fitPage()
{
    m_fit = Fit::Page;
    layoutCanvas();
}

void ImprovementPathView::layoutCanvas()
{
    const qreal scale = zoom();
    const QSize view = m_scroll->viewport()->size();
    const QSizeF natural = m_chart.naturalSize() * scale;
    const int width = std::max(view.width(), qCeil(natural.width()) + 4);
    const int height = std::max(view.height(), qCeil(natural.height()) + 4);
    m_ui->canvas->setScale(scale);
    m_ui->canvas->resize(m_fit == Fit::Width ? std::min(width, view.width()) : width, height);
    m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(scale * 100)));
    m_zoomOutButton->setEnabled(scale > 0.25 + 1e-6);
    m_zoomInButton->setEnabled(scale < 4.0 - 1e-6);
}

bool ImprovementPathView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit != Fit::None)
        layoutCanvas();
    return QWidget::eventFilter(watched, event);
}

ImprovementPathView::~ImprovementPathView() = default;

ImprovementPathCanvas *ImprovementPathView::canvas() const
{
    return m_ui->canvas;
}

QString ImprovementPathView::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void ImprovementPathView::setReport(const Catalog *catalog, const Report &report)
{
    m_catalog = catalog;
    m_report = report;
    m_ui->messageLabel->hide();
    rebuild();
}

void ImprovementPathView::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    rebuild();
}

void ImprovementPathView::clear()
{
    m_catalog = nullptr;
    m_report.reset();
    m_ui->messageLabel->hide();
    rebuild();
}

void ImprovementPathView::rebuild()
{
    if (m_catalog && m_report) {
        m_chart.setData(ImprovementPathData::build(*m_catalog, *m_report, m_language == Language::English));
        m_ui->canvas->setChart(&m_chart);
    } else {
        m_chart.setData({});
        m_ui->canvas->setChart(nullptr);
    }
    retranslate();
}

void ImprovementPathView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ImprovementPathView::retranslate()
{
    m_savePngAction->setText(tr("Save as PNG…"));
    m_saveSvgAction->setText(tr("Save as SVG…"));
    m_ui->canvas->setEmptyText(tr("Open an assessment to see its improvement path."));
    m_zoomOutButton->setText(QStringLiteral("−"));
    m_zoomOutButton->setToolTip(tr("Zoom out (Ctrl+-, or Ctrl and the mouse wheel)"));
    m_zoomOutButton->setAccessibleName(tr("Zoom out"));
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomInButton->setToolTip(tr("Zoom in (Ctrl++, or Ctrl and the mouse wheel)"));
    m_zoomInButton->setAccessibleName(tr("Zoom in"));
    m_fitWidthButton->setText(tr("Fit width"));
    m_fitWidthButton->setToolTip(tr("Show the chart as wide as the view"));
    m_fitWidthButton->setAccessibleName(tr("Fit width"));
    m_fitPageButton->setText(tr("Fit page"));
    m_fitPageButton->setToolTip(tr("Show the whole chart (Ctrl+0)"));
    m_fitPageButton->setAccessibleName(tr("Fit page"));
    m_zoomLabel->setAccessibleDescription(tr("Zoom"));
    m_zoomInAction->setText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_fitPageAction->setText(tr("Fit Page"));
    const bool has = hasChart() && m_savingAllowed;
    m_ui->savePngButton->setEnabled(has);
    m_ui->saveSvgButton->setEnabled(has);
    m_savePngAction->setEnabled(has);
    m_saveSvgAction->setEnabled(has);
    m_ui->savePngButton->setVisible(m_savingAllowed);
    m_ui->saveSvgButton->setVisible(m_savingAllowed);

    // Screen readers get the chart in words: the person's stage and, per method, the gaps.
    QString description;
    if (const PathLane *lane = has ? m_chart.data().currentLane() : nullptr) {
        QStringList parts;
        parts << m_chart.data().subjectLine;
        for (const PathMethod &m : lane->methods)
            parts << tr("%1: %n gap(s)", nullptr, m.gapCount).arg(m.name);
        description = tr("You are in the stage %1. %2").arg(lane->name, parts.join(QStringLiteral("; ")));
    } else {
        description = tr("No improvement path to show.");
    }
    m_ui->canvas->setAccessibleDescription(description);
}

void ImprovementPathView::showResult(const Status &status, const QString &path)
{
    QFont font = m_ui->messageLabel->font();
    font.setBold(!status.ok());
    m_ui->messageLabel->setFont(font);
    if (status.ok())
        m_ui->messageLabel->setText(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_ui->messageLabel->setText(tr("The chart could not be saved. %1").arg(status.error()));
    m_ui->messageLabel->show();
    if (status.ok())
        Q_EMIT saved(path);
}

QSize ImprovementPathView::pngSize(const ImprovementPathChart &chart)
{
    return (chart.naturalSize() * 2).toSize();
}

Status ImprovementPathView::savePngTo(const QString &path)
{
    Status status =
        hasChart() ? m_chart.savePng(path, pngSize(m_chart)) : Status::failure(tr("There is no chart to save yet."));
    showResult(status, path);
    return status;
}

Status ImprovementPathView::saveSvgTo(const QString &path)
{
    Status status = hasChart() ? saveSvg(m_chart, path) : Status::failure(tr("There is no chart to save yet."));
    showResult(status, path);
    return status;
}

Status ImprovementPathView::saveSvg(const ImprovementPathChart &chart, const QString &path)
{
    const QByteArray bytes = chart.svg(); // drawn where the chart's painter is, in src/report
    if (bytes.isEmpty())
        return Status::failure(tr("The SVG drawing could not be made."));
    // The one atomic writer of the core: the chosen file is replaced only when complete.
    return writeFileAtomically(path, bytes, true);
}

QString ImprovementPathView::askFileName(const QString &title, const QString &filter, const QString &suffix)
{
    QString folder = lastChartFolder.get();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString base = QStringLiteral("improvement-path");
    if (m_report && !m_report->assessment.subject.name.trimmed().isEmpty()) {
        QString name = m_report->assessment.subject.name.trimmed();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
        base += QLatin1Char('-') + name;
    }
    QString path =
        QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    lastChartFolder.set(QFileInfo(path).absolutePath());
    return path;
}

void ImprovementPathView::setSavingAllowed(bool allowed)
{
    m_savingAllowed = allowed;
    retranslate();
}

void ImprovementPathView::savePngInteractive()
{
    if (!m_savingAllowed)
        return;
    if (!hasChart())
        return;
    const QString path =
        askFileName(tr("Save the Improvement Path as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    if (!path.isEmpty())
        (void)savePngTo(path);
}

void ImprovementPathView::saveSvgInteractive()
{
    if (!m_savingAllowed)
        return;
    if (!hasChart())
        return;
    const QString path =
        askFileName(tr("Save the Improvement Path as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral("svg"));
    if (!path.isEmpty())
        (void)saveSvgTo(path);
}

} // namespace iitalent::gui
