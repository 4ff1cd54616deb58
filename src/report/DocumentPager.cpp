#include "DocumentPager.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

namespace iitalent::report {

Result<int> paintDocumentPages(QPagedPaintDevice &device, const CohortText &text, const QString &title,
                               const QString &header, const std::function<void(DocumentPager &)> &layOut)
{
    // A layout may turn pages to portrait: each pass starts from the same first page.
    auto firstPage = [&device] {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Landscape);
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    };
    firstPage();
    int pages = 0;
    {
        DocumentPager counting(device, nullptr, text, title, header, 0);
        layOut(counting);
        pages = counting.pages();
    }
    firstPage();
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(CohortText::tr("cannot start painting the document"));
    DocumentPager pager(device, &painter, text, title, header, pages);
    layOut(pager);
    painter.end();
    return pager.pages();
}

Result<QByteArray> documentPdf(const QString &title, const std::function<Result<int>(QPagedPaintDevice &)> &paint)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("iitalent"));
        writer.setTitle(title);
        auto pages = paint(writer);
        if (!pages)
            return Result<QByteArray>::failure(pages.error());
    }
    return bytes;
}

} // namespace iitalent::report
