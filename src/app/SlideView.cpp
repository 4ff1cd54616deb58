#include "SlideView.h"

#include <QPainter>

namespace iitalent::gui {

SlideView::SlideView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SlideView::setPainter(SlidePainter painter)
{
    m_painter = std::move(painter);
    update();
}

QRectF SlideView::slideRect() const
{
    const QSizeF slide = QSizeF(slideSize()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - slide.width()) / 2.0, (height() - slide.height()) / 2.0), slide);
}

QSize SlideView::sizeHint() const
{
    return QSize(800, 450);
}

void SlideView::paintEvent(QPaintEvent *)
{
    if (!m_painter)
        return;
    QPainter painter(this);
    m_painter(painter, slideRect());
}

} // namespace iitalent::gui
