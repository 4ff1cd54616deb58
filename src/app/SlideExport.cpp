#include "SlideExport.h"

#include "CohortExport.h"
#include "FileOutput.h"
#include "Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace iitalent::gui {

namespace {

const Setting<QString> kSlideFormat{"cohorts/slideFormat", QStringLiteral("png")};

} // namespace

Status SlideExport::write(const SlidePainter &paint, const QString &title, const QString &path, bool overwrite)
{
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    QByteArray bytes;
    if (svg) {
        bytes = slideSvg(paint, title);
        if (bytes.isEmpty())
            return Status::failure(tr("The SVG drawing could not be made."));
    } else {
        auto png = slidePng(paint);
        if (!png)
            return Status::failure(png.error());
        bytes = std::move(png).value();
    }
    return writeFileAtomically(path, bytes, overwrite);
}

QString SlideExport::save(QWidget *parent, const QString &dialogTitle, const QString &baseName,
                          const QString &slideTitle, const SlidePainter &paint)
{
    const QString pngFilter = tr("PNG image, 1920 × 1080 (*.png)");
    const QString svgFilter = tr("SVG drawing, 16:9 (*.svg)");
    const bool lastSvg = kSlideFormat.get() == QLatin1String("svg");
    QString selected = lastSvg ? svgFilter : pngFilter;
    const QString suggested =
        // The folder of the cohort exports, so that a class's slides land beside its report.
        QDir(CohortExport::folder(QStandardPaths::PicturesLocation))
            .filePath(baseName + (lastSvg ? QStringLiteral(".svg") : QStringLiteral(".png")));
    // The dialog asks before replacing an existing file.
    QString path = QFileDialog::getSaveFileName(
        parent, dialogTitle, suggested, QStringList{pngFilter, svgFilter}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return QString();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        path += selected == svgFilter ? QStringLiteral(".svg") : QStringLiteral(".png");
        if (QFileInfo::exists(path) &&
            QMessageBox::question(parent, tr("Replace file?"),
                                  tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
                QMessageBox::Yes)
            return QString();
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = write(paint, slideTitle, path, true);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        auto *box = new QMessageBox(QMessageBox::Warning, dialogTitle, written.error(), QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("slideExportError"));
        box->open();
        return QString();
    }
    CohortExport::rememberFolder(path);
    kSlideFormat.set(QFileInfo(path).suffix().toLower());
    return path;
}

} // namespace iitalent::gui
