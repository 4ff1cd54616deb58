#pragma once

#include "ReportText.h"
#include "Result.h"

#include <QByteArray>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace iitalent::report {

// The individual report as pages: A4, the font embedded, charts as vector drawings, a running
// header (subject and role) and a footer (catalog edition, page number) on every page. The same
// code writes a PDF (QPdfWriter) and prints (a QPrinter from the GUI): both are paged paint devices.
class PdfReport final
{
public:
    explicit PdfReport(ReportInput input);

    // Lays the report out for `device` (set to A4 portrait, no device margins) and paints every
    // page. Returns the number of pages.
    Result<int> paint(QPagedPaintDevice &device) const;

    // The report as a PDF file's bytes.
    Result<QByteArray> pdf() const;

    // How the report falls on pages: what a reader would find wrong (a table row split over two
    // pages, a heading alone at a page's foot) and what the last page holds. With `keep` false,
    // the layout as QTextDocument makes it, before iitalent moves rows and headings.
    struct Pagination
    {
        int pages = 0;
        QStringList splitRows;        // the first cell's text of each row split over two pages
        QStringList strandedHeadings; // headings whose text starts on a later page
        QString lastPageText;
    };
    Pagination pagination(bool keep = true) const;

    const ReportInput &input() const { return m_input; }

private:
    // The report laid out on `device`'s A4 pages; with `keep`, no row is split over two pages and
    // no heading is left at a page's foot.
    std::unique_ptr<QTextDocument> layOut(QPagedPaintDevice &device, QRectF &content, bool keep) const;
    static Pagination check(QTextDocument &doc, double tolerance);

    ReportInput m_input;
};

} // namespace iitalent::report
