#pragma once

#include "ReportText.h"
#include "Result.h"

#include <QByteArray>

class QPagedPaintDevice;

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

    const ReportInput &input() const { return m_input; }

private:
    ReportInput m_input;
};

} // namespace iitalent::report
