#pragma once

#include "CohortSlides.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace iitalent::gui {

// A class view's slide (CohortSlides in src/report) handed on through a save dialog, as the
// Cohorts page and the before/after dialog offer it: a PNG of 1920 × 1080 or an SVG, chosen by the
// dialog's filter or the file's extension, in the folder the cohort exports use. Written
// atomically; an error is shown in a message box. What is painted is shown as it is: anonymise the
// report first when the view is.
class SlideExport final
{
    Q_DECLARE_TR_FUNCTIONS(iitalent::gui::SlideExport)

public:
    // Writes the slide to `path`: SVG when its extension is .svg, PNG otherwise.
    static Status write(const SlidePainter &paint, const QString &title, const QString &path, bool overwrite);
    // Asks for a file (`dialogTitle` heads the dialog; `baseName` is suggested without extension)
    // and writes it. Returns the path written; empty when cancelled or failed (the failure shown).
    static QString save(QWidget *parent, const QString &dialogTitle, const QString &baseName, const QString &slideTitle,
                        const SlidePainter &paint);
};

} // namespace iitalent::gui
