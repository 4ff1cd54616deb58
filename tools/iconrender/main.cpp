// iitalent-iconrender SVG SIZE PNG: draws the SVG into a transparent SIZE x SIZE PNG.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: iitalent-iconrender SVG SIZE PNG\n");
        return 2;
    }
    // Drawing may need fonts and the rest of QtGui: an application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString svg = QString::fromLocal8Bit(argv[1]);
    const int size = QString::fromLatin1(argv[2]).toInt();
    const QString png = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || size < 1 || size > 4096) {
        std::fprintf(stderr, "iitalent-iconrender: cannot draw %s at %s pixels\n", argv[1], argv[2]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(png, "PNG")) {
        std::fprintf(stderr, "iitalent-iconrender: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
