#include "ReportExporter.h"

#include "ui_BatchExportDialog.h"

#include "AssessmentStore.h"
#include "FileOutput.h"
#include "PdfReport.h"
#include "Settings.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace iitalent::gui {

namespace {

const Setting<QString> kReportDir{"reports/folder", QString()};
const Setting<QString> kReportFormat{"reports/format", QStringLiteral("pdf")};

QString defaultFolder()
{
    const QString saved = kReportDir.get();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

report::Format savedFormat()
{
    return report::formatFromName(kReportFormat.get()).value_or(report::Format::Pdf);
}

const std::vector<std::pair<report::Format, const char *>> &formats()
{
    static const std::vector<std::pair<report::Format, const char *>> list{
        {report::Format::Pdf, QT_TRANSLATE_NOOP("iitalent::gui::ReportExporter", "PDF document (*.pdf)")},
        {report::Format::Html, QT_TRANSLATE_NOOP("iitalent::gui::ReportExporter", "Web page, self-contained (*.html)")},
        {report::Format::Csv, QT_TRANSLATE_NOOP("iitalent::gui::ReportExporter", "CSV for Excel or WPS (*.csv)")},
        {report::Format::Json, QT_TRANSLATE_NOOP("iitalent::gui::ReportExporter", "JSON data (*.json)")},
    };
    return list;
}

QString filterText(report::Format format)
{
    for (const auto &[f, text] : formats())
        if (f == format)
            return ReportExporter::tr(text);
    return QString();
}

// A message box that does not block: the window stays usable and tests are not held up.
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &details = QString(), const QString &folder = QString())
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("reportExportMessage"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    if (!folder.isEmpty()) {
        QPushButton *open = box->addButton(ReportExporter::tr("Open Folder"), QMessageBox::ActionRole);
        QObject::connect(open, &QPushButton::clicked, box,
                         [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    box->open();
}

} // namespace

BatchExportDialog::BatchExportDialog(int count, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BatchExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(tr("Write a report for each of the %n selected assessment(s) into a folder. "
                                   "File names are made of the subject's name, the role, the date and the start "
                                   "of the assessment's id.",
                                   nullptr, count));
    for (const auto &[format, text] : formats())
        m_ui->formatCombo->addItem(ReportExporter::tr(text), static_cast<int>(format));
    setFolder(defaultFolder());
    setFormat(savedFormat());
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Reports"), folder());
        if (!dir.isEmpty())
            setFolder(dir);
    });
}

BatchExportDialog::~BatchExportDialog() = default;

QString BatchExportDialog::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

void BatchExportDialog::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

report::Format BatchExportDialog::format() const
{
    return static_cast<report::Format>(m_ui->formatCombo->currentData().toInt());
}

void BatchExportDialog::setFormat(report::Format format)
{
    const int index = m_ui->formatCombo->findData(static_cast<int>(format));
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
}

bool BatchExportDialog::replaceExisting() const
{
    return m_ui->replaceCheck->isChecked();
}

void BatchExportDialog::accept()
{
    const QString dir = folder();
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        QMessageBox::warning(this, windowTitle(), tr("The folder “%1” cannot be created.").arg(dir));
        return;
    }
    kReportDir.set(dir);
    kReportFormat.set(report::formatExtension(format()));
    QDialog::accept();
}

ReportExporter::ReportExporter(QWidget *parent, ErrorHandler onError)
    : QObject(parent), m_parent(parent), m_onError(std::move(onError))
{}

Status ReportExporter::writeReport(const report::ReportInput &input, report::Format format, const QString &path,
                                   bool overwrite)
{
    auto bytes = report::renderReport(input, format);
    if (!bytes)
        return Status::failure(bytes.error());
    return writeFileAtomically(path, bytes.value(), overwrite);
}

QString ReportExporter::exportReport(const report::ReportInput &input)
{
    report::Format format = savedFormat();
    QStringList filters;
    for (const auto &[f, text] : formats())
        filters << tr(text);
    QString selected = filterText(format);
    const QString suggested = QDir(defaultFolder()).filePath(report::reportFileName(input.report.assessment, format));
    // The dialog asks before replacing an existing file.
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Report"), suggested,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return QString();
    for (const auto &[f, text] : formats())
        if (tr(text) == selected)
            format = f;
    // The extension decides when it names a format; otherwise the chosen type's is added.
    if (auto byName = report::formatFromName(QFileInfo(path).suffix().toLower())) {
        format = *byName;
    } else {
        path += QLatin1Char('.') + report::formatExtension(format);
        if (QFileInfo::exists(path) &&
            QMessageBox::question(m_parent, tr("Replace file?"),
                                  tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return QString();
    }
    kReportDir.set(QFileInfo(path).absolutePath());
    kReportFormat.set(report::formatExtension(format));
    const Status written = writeReport(input, format, path, true);
    if (!written) {
        m_onError(tr("The report could not be written: %1").arg(written.error()));
        return QString();
    }
    return path;
}

// A printer for the report's A4 pages, which carry their own margins.
void preparePrinter(QPrinter &printer, const report::ReportInput &input)
{
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(report::ReportText(input).runningHeader());
}

void ReportExporter::print(const report::ReportInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, input);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = report::PdfReport(input).paint(printer);
    if (!pages)
        m_onError(tr("The report could not be printed: %1").arg(pages.error()));
}

void ReportExporter::printPreview(const report::ReportInput &input)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, input);
    QPrintPreviewDialog preview(&printer, m_parent);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &input](QPrinter *p) {
        auto pages = report::PdfReport(input).paint(*p);
        if (!pages)
            m_onError(tr("The report could not be printed: %1").arg(pages.error()));
    });
    preview.exec();
}

report::BatchResult ReportExporter::exportBatch(const Catalog &catalog, AssessmentStore &store, const QStringList &ids,
                                                Language language)
{
    BatchExportDialog dialog(static_cast<int>(ids.size()), m_parent);
    if (ids.isEmpty() || dialog.exec() != QDialog::Accepted)
        return {};
    report::BatchOptions options;
    options.format = dialog.format();
    options.outputDir = dialog.folder();
    options.overwrite = dialog.replaceExisting();
    options.language = language;
    // Reading the assessments is quick but not instant for a whole class: say so.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::vector<report::BatchItem> items = report::BatchExport::collect(catalog, store, ids);
    QGuiApplication::restoreOverrideCursor();
    if (!options.overwrite) {
        int existing = 0;
        for (const report::BatchItem &item : items)
            if (item.assessment &&
                QFileInfo::exists(
                    QDir(options.outputDir).filePath(report::reportFileName(*item.assessment, options.format))))
                ++existing;
        if (existing > 0) {
            const auto answer = QMessageBox::question(
                m_parent, tr("Replace files?"),
                tr("%n of the reports already exist in %1. Replace them? (No keeps them and writes the others.)",
                   nullptr, existing)
                    .arg(QDir::toNativeSeparators(options.outputDir)),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
            if (answer == QMessageBox::Cancel)
                return {};
            options.overwrite = answer == QMessageBox::Yes;
            options.keepExisting = answer == QMessageBox::No;
        }
    }
    return runBatch(catalog, items, options);
}

report::BatchResult ReportExporter::runBatch(const Catalog &catalog, const std::vector<report::BatchItem> &items,
                                             const report::BatchOptions &options)
{
    const int total = static_cast<int>(items.size());
    QProgressDialog progress(tr("Writing %n report(s)…", nullptr, total), tr("Cancel"), 0, total, m_parent);
    progress.setObjectName(QStringLiteral("reportExportProgress"));
    progress.setWindowTitle(tr("Export Reports"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown at once: while it is open the window takes no input, so nothing (another catalog,
    // another language, a second batch) can change what the workers read.
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setValue(0);
    progress.show();

    std::atomic<bool> cancel{false};
    connect(&progress, &QProgressDialog::canceled, this, [&cancel] { cancel = true; });
    report::BatchResult result;
    // The reports are rendered on worker threads; this thread keeps the window painted.
    QThread *worker = QThread::create([&] {
        result = report::BatchExport::run(
            catalog, items, options,
            [&progress, &cancel](int done, int) {
                QMetaObject::invokeMethod(
                    &progress,
                    [&progress, &cancel, done] {
                        if (progress.wasCanceled()) // cancel() called without the button
                            cancel = true;
                        else
                            progress.setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            &cancel);
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();

    const QString folder = QDir::toNativeSeparators(options.outputDir);
    const QString keptText = result.kept.isEmpty()
                                 ? QString()
                                 : QLatin1Char(' ') + tr("Kept %n file(s) that already existed.", nullptr,
                                                         static_cast<int>(result.kept.size()));
    if (result.failures.empty() && !result.cancelled) {
        showMessage(m_parent, QMessageBox::Information, tr("Reports exported"),
                    tr("Wrote %n report(s) to %1.", nullptr, static_cast<int>(result.written.size())).arg(folder) +
                        keptText,
                    QString(), options.outputDir);
        return result;
    }
    QString text =
        result.cancelled ? tr("Cancelled. Wrote %1 of %2 reports to %3.") : tr("Wrote %1 of %2 reports to %3.");
    text = text.arg(QString::number(result.written.size()), QString::number(total), folder) + keptText;
    QStringList lines;
    for (const report::BatchFailure &f : result.failures)
        lines << tr("%1 (%2): %3").arg(f.label, f.id.left(8), f.message);
    if (!result.failures.empty()) {
        text += QLatin1Char(' ') + tr("%n could not be written:", nullptr, static_cast<int>(result.failures.size()));
        text += QStringLiteral("\n• ") + lines.mid(0, 8).join(QStringLiteral("\n• "));
        if (lines.size() > 8)
            text += QStringLiteral("\n…");
    }
    showMessage(m_parent, QMessageBox::Warning, tr("Reports exported"), text, lines.join(QLatin1Char('\n')),
                options.outputDir);
    return result;
}

} // namespace iitalent::gui
