#pragma once

#include "CohortReport.h"
#include "DisplayLanguage.h"
#include "HiringRound.h"
#include "ReportExport.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

#include <functional>

class QWidget;

namespace iitalent {
class Catalog;
}

namespace iitalent::gui {

// The Cohorts page's documents handed on through a save dialog: the class view (CohortReport) or
// before and after (CohortChange) as PDF, HTML, CSV or JSON, exactly as `cohort report` and
// `cohort compare` write them. The format is the dialog's filter, or the file's extension when it
// names one; the folder is remembered. Files are written atomically; errors are shown in a
// message box. What is passed in is written as it is: anonymise it first when the view is.
class CohortExport final
{
    Q_DECLARE_TR_FUNCTIONS(iitalent::gui::CohortExport)

public:
    using Renderer = std::function<Result<QByteArray>(report::Format)>;

    // The bytes of each format (JSON indented, with a final newline, as the command line writes it).
    static Result<QByteArray> render(const Catalog &catalog, const CohortReport &report, report::Format format,
                                     Language language);
    static Result<QByteArray> render(const Catalog &catalog, const CohortChange &change, report::Format format,
                                     Language language);
    // A hiring round's meeting document, as `round report` writes it.
    static Result<QByteArray> render(const Catalog &catalog, const RoundReport &round, report::Format format,
                                     Language language);

    // The names suggested, without extension: groupDocumentFileName, "<cohort> (role <code>)",
    // "<before> → <after> (role <code>)" and "<round> (role <code>)".
    static QString baseName(const CohortReport &report);
    static QString baseName(const CohortChange &change);
    static QString baseName(const RoundReport &round);

    // The class view's second CSV table (cohortItemsCsv): the required levels and met counts.
    static Renderer itemsTable(const Catalog &catalog, const CohortReport &report, Language language);

    // Renders in `format` and writes to `path` (replacing a file only when `overwrite`). As CSV,
    // `itemsCsv` (when given) is written beside it, to cohortItemsCsvPath(path).
    static Status write(const Renderer &render, report::Format format, const QString &path, bool overwrite,
                        const Renderer &itemsCsv = {});

    // Asks for a file (`title` heads the dialog; `baseName` without extension is suggested in the
    // last folder) and writes it. Returns the path written; empty when cancelled or failed (the
    // failure having been shown).
    static QString save(QWidget *parent, const QString &title, const QString &baseName, const Renderer &render,
                        const Renderer &itemsCsv = {});

    // The folder a class's files are saved in (the documents, the slides): the last one used,
    // else `fallback`; and remembering the folder of a file just written there.
    static QString folder(QStandardPaths::StandardLocation fallback);
    static void rememberFolder(const QString &path);
};

} // namespace iitalent::gui
