#pragma once

#include "ReportExport.h"

#include <QDialog>
#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace Ui {
class BatchExportDialog;
}

namespace iitalent {
class AssessmentStore;
class Catalog;
} // namespace iitalent

namespace iitalent::gui {

// Where a batch goes and in what format; remembers the last folder and format.
class BatchExportDialog final : public QDialog
{
    Q_OBJECT

public:
    BatchExportDialog(int count, QWidget *parent = nullptr);
    ~BatchExportDialog() override;

    QString folder() const;
    void setFolder(const QString &folder);
    report::Format format() const;
    void setFormat(report::Format format);
    bool replaceExisting() const;

    void accept() override;

private:
    std::unique_ptr<Ui::BatchExportDialog> m_ui;
};

// The GUI's face of the report documents: Export (PDF, HTML, CSV, JSON) through a save dialog
// that asks before replacing a file, Print and Print Preview through Qt's dialogs, and the batch
// export of a selection with a progress dialog that can be cancelled. Errors go to `onError`.
class ReportExporter final : public QObject
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const QString &)>;
    ReportExporter(QWidget *parent, ErrorHandler onError);

    // Asks for a file and writes the report; returns the path written, or empty.
    QString exportReport(const report::ReportInput &input);
    // Writes without asking (tests, scripts); `overwrite` as the user confirmed.
    Status writeReport(const report::ReportInput &input, report::Format format, const QString &path, bool overwrite);
    void print(const report::ReportInput &input);
    void printPreview(const report::ReportInput &input);

    // Asks for a folder and format, then exports the stored assessments `ids` with progress.
    // Returns the result (empty when the user cancelled the dialog).
    report::BatchResult exportBatch(const Catalog &catalog, AssessmentStore &store, const QStringList &ids,
                                    Language language);
    // Runs a batch with a progress dialog (cancel stops it), then shows what was and was not written.
    report::BatchResult runBatch(const Catalog &catalog, const std::vector<report::BatchItem> &items,
                                 const report::BatchOptions &options);

private:
    QWidget *m_parent;
    ErrorHandler m_onError;
};

} // namespace iitalent::gui
