#include "CohortExport.h"

#include <nlohmann/json.hpp>

#include "CohortDocuments.h"
#include "CohortJson.h"
#include "FileOutput.h"
#include "RoundDocuments.h"
#include "Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

#include <utility>
#include <vector>

namespace iitalent::gui {

namespace {

const Setting<QString> kExportDir{"cohorts/exportFolder", QString()};
const Setting<QString> kExportFormat{"cohorts/exportFormat", QStringLiteral("pdf")};

// The same words as the personal report's export dialog (one translation for both).
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

QString filterText(const char *text)
{
    return QCoreApplication::translate("iitalent::gui::ReportExporter", text);
}

QByteArray jsonBytes(const nlohmann::ordered_json &json)
{
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

// An error in a message box that does not block (the window stays usable, tests are not held up).
void showError(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("cohortExportError"));
    box->open();
}

} // namespace

Result<QByteArray> CohortExport::render(const Catalog &catalog, const CohortReport &report, report::Format format,
                                        Language language)
{
    switch (format) {
    case report::Format::Pdf: return cohortReportPdf(catalog, report, language);
    case report::Format::Html: return cohortReportHtml(catalog, report, language);
    case report::Format::Csv: return cohortReportCsv(catalog, report, language);
    case report::Format::Json: return jsonBytes(cohortReportToJson(report));
    }
    return Result<QByteArray>::failure(tr("unknown format"));
}

Result<QByteArray> CohortExport::render(const Catalog &catalog, const CohortChange &change, report::Format format,
                                        Language language)
{
    switch (format) {
    case report::Format::Pdf: return cohortChangePdf(catalog, change, language);
    case report::Format::Html: return cohortChangeHtml(catalog, change, language);
    case report::Format::Csv: return cohortChangeCsv(catalog, change, language);
    case report::Format::Json: return jsonBytes(cohortChangeToJson(change));
    }
    return Result<QByteArray>::failure(tr("unknown format"));
}

Result<QByteArray> CohortExport::render(const Catalog &catalog, const RoundReport &round, report::Format format,
                                        Language language)
{
    switch (format) {
    case report::Format::Pdf: return roundReportPdf(catalog, round, language);
    case report::Format::Html: return roundReportHtml(catalog, round, language);
    case report::Format::Csv: return roundReportCsv(catalog, round, language);
    case report::Format::Json: return jsonBytes(roundReportToJson(round));
    }
    return Result<QByteArray>::failure(tr("unknown format"));
}

QString CohortExport::baseName(const RoundReport &round)
{
    return groupDocumentFileName({round.round.name}, round.roleCode);
}

QString CohortExport::baseName(const CohortReport &report)
{
    return groupDocumentFileName({report.cohort.name}, report.roleCode);
}

QString CohortExport::baseName(const CohortChange &change)
{
    return groupDocumentFileName({change.before.cohort.name, change.after.cohort.name}, change.after.roleCode);
}

CohortExport::Renderer CohortExport::itemsTable(const Catalog &catalog, const CohortReport &report, Language language)
{
    return [&catalog, &report, language](report::Format) -> Result<QByteArray> {
        return cohortItemsCsv(catalog, report, language);
    };
}

Status CohortExport::write(const Renderer &render, report::Format format, const QString &path, bool overwrite,
                           const Renderer &itemsCsv)
{
    // A class of thousands takes a moment to lay out as a PDF.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto bytes = render(format);
    QGuiApplication::restoreOverrideCursor();
    if (!bytes)
        return Status::failure(bytes.error());
    const Status written = writeFileAtomically(path, bytes.value(), overwrite);
    if (!written || format != report::Format::Csv || !itemsCsv)
        return written;
    // The CSV holds participants only, so that a spreadsheet sorts and filters it; the required
    // levels and met counts are a second table beside it.
    auto items = itemsCsv(format);
    if (!items)
        return Status::failure(items.error());
    return writeFileAtomically(cohortItemsCsvPath(path), items.value(), true);
}

QString CohortExport::folder(QStandardPaths::StandardLocation fallback)
{
    const QString saved = kExportDir.get();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(fallback);
}

void CohortExport::rememberFolder(const QString &path)
{
    kExportDir.set(QFileInfo(path).absolutePath());
}

QString CohortExport::save(QWidget *parent, const QString &title, const QString &baseName, const Renderer &render,
                           const Renderer &itemsCsv)
{
    report::Format format = report::formatFromName(kExportFormat.get()).value_or(report::Format::Pdf);
    QStringList filters;
    QString selected;
    for (const auto &[f, text] : formats()) {
        filters << filterText(text);
        if (f == format)
            selected = filterText(text);
    }
    const QString suggested = QDir(folder(QStandardPaths::DocumentsLocation))
                                  .filePath(baseName + QLatin1Char('.') + report::formatExtension(format));
    // The dialog asks before replacing an existing file.
    QString path =
        QFileDialog::getSaveFileName(parent, title, suggested, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return QString();
    for (const auto &[f, text] : formats())
        if (filterText(text) == selected)
            format = f;
    // The extension decides when it names a format; otherwise the chosen type's is added.
    if (const auto byName = report::formatFromName(QFileInfo(path).suffix().toLower())) {
        format = *byName;
    } else {
        path += QLatin1Char('.') + report::formatExtension(format);
        if (QFileInfo::exists(path) &&
            QMessageBox::question(parent, tr("Replace file?"),
                                  tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return QString();
    }
    rememberFolder(path);
    kExportFormat.set(report::formatExtension(format));
    const Status written = write(render, format, path, true, itemsCsv);
    if (!written) {
        showError(parent, title,
                  tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), written.error()));
        return QString();
    }
    return path;
}

} // namespace iitalent::gui
