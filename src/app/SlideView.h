#pragma once

#include "CohortSlides.h"

#include <QWidget>

namespace iitalent::gui {

// A slide (CohortSlides) shown in a window: painted by the same code as the PNG and the SVG,
// scaled to the widget and kept at 16:9 (the rest of the widget stays blank).
class SlideView final : public QWidget
{
    Q_OBJECT

public:
    explicit SlideView(QWidget *parent = nullptr);

    // What to paint; an empty painter shows nothing.
    void setPainter(SlidePainter painter);
    bool hasSlide() const { return static_cast<bool>(m_painter); }
    // The 16:9 rectangle the slide takes in the widget.
    QRectF slideRect() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SlidePainter m_painter;
};

} // namespace iitalent::gui
