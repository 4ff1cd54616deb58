#pragma once

#include "ReportText.h"

#include <QByteArray>

namespace iitalent::report {

// The individual report as one self-contained HTML file (UTF-8): styles inline, charts as inline
// SVG, no script and no outside address, so it reads the same in any browser without iitalent.
// People's text is escaped, and a Content-Security-Policy forbids scripts should anything slip.
class HtmlReport final
{
public:
    static QByteArray render(const ReportInput &input);
};

// The report's CSV: a header row and one row per requirement, UTF-8 with a byte-order mark (so
// Excel and WPS read Chinese right), CRLF line ends, quoted as RFC 4180 says. A text cell that a
// spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) is
// prefixed with an apostrophe.
class CsvReport final
{
public:
    static QByteArray render(const ReportInput &input);
    // One cell, neutralised and quoted as needed.
    static QString cell(const QString &text);
};

// CSV lines for the hand-laid documents (the class and the hiring meeting): every cell neutralised
// and quoted as CsvReport::cell does, CRLF line ends, and a BOM. A plain number ("-3.5", "62.5%")
// is never a formula, so it stays a number a spreadsheet can add up.
class CsvWriter final
{
public:
    void line(const QStringList &cells);
    QByteArray bytes() const;

private:
    QString m_out;
};

} // namespace iitalent::report
