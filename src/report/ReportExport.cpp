#include "ReportExport.h"

#include "HiringRound.h"

#include <nlohmann/json.hpp>

#include "AssessmentStore.h"
#include "Catalog.h"
#include "FileOutput.h"
#include "HtmlReport.h"
#include "PdfReport.h"
#include "ReportFonts.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <mutex>
#include <thread>

namespace iitalent::report {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("html"))
        return Format::Html;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString formatExtension(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    }
    return QString();
}

Result<QByteArray> renderReport(const ReportInput &input, Format format)
{
    if (!input.report.role)
        return Result<QByteArray>::failure(
            QStringLiteral("role %1 is not in this catalog").arg(input.report.assessment.role));
    switch (format) {
    case Format::Pdf: return PdfReport(input).pdf();
    case Format::Html: return HtmlReport::render(input);
    case Format::Csv: return CsvReport::render(input);
    case Format::Json: return QByteArray::fromStdString(reportToJson(*input.catalog, input.report).dump(2) + "\n");
    }
    return Result<QByteArray>::failure(QStringLiteral("unknown format"));
}

ReportInput makeReportInput(const Catalog &catalog, Assessment assessment, const std::optional<Assessment> &counterpart,
                            Language language)
{
    ReportInput in;
    in.catalog = &catalog;
    in.language = language;
    in.report = Report::build(catalog, std::move(assessment));
    if (counterpart && in.report.role) {
        auto cmp = Comparer::compare(catalog, in.report.assessment, *counterpart);
        if (cmp)
            in.comparison = std::move(cmp).value();
    }
    return in;
}

QString reportFileName(const Assessment &a, Format format)
{
    const QString date = a.updated.isValid() ? a.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
                                             : QStringLiteral("undated");
    const QString stem = safeFileName(a.subject.name, QStringLiteral("report"), 60) + QLatin1Char('_') +
                         safeFileName(a.role, QStringLiteral("role"), 10) + QLatin1Char('_') + date + QLatin1Char('_') +
                         safeFileName(a.id.left(8), QStringLiteral("id"));
    return stem + QLatin1Char('.') + formatExtension(format);
}

namespace {

BatchItem itemFor(const Catalog &catalog, AssessmentStore &store, const QString &id, const QString &label)
{
    BatchItem item;
    item.id = id;
    item.label = label;
    auto loaded = store.load(id);
    if (!loaded) {
        item.loadError = loaded.error();
        return item;
    }
    item.label = QStringLiteral("%1 · %2").arg(loaded->subject.name, loaded->role);
    auto others = store.assessmentsOf(loaded->subject, loaded->role);
    if (others)
        item.counterpart = reportCounterpart(store, catalog, loaded.value(), others.value());
    item.assessment = std::move(loaded).value();
    return item;
}

} // namespace

Result<std::vector<BatchItem>> BatchExport::collect(const Catalog &catalog, AssessmentStore &store, const QString &role,
                                                    const QString &subject)
{
    auto summaries = store.list();
    if (!summaries)
        return Result<std::vector<BatchItem>>::failure(summaries.error());
    std::vector<BatchItem> items;
    for (const AssessmentSummary &s : summaries.value()) {
        if ((!role.isEmpty() && s.role != role) || (!subject.isEmpty() && s.subject.name != subject))
            continue;
        items.push_back(itemFor(catalog, store, s.id, QStringLiteral("%1 · %2").arg(s.subject.name, s.role)));
    }
    return items;
}

std::vector<BatchItem> BatchExport::collect(const Catalog &catalog, AssessmentStore &store, const QStringList &ids)
{
    std::vector<BatchItem> items;
    for (const QString &id : ids)
        items.push_back(itemFor(catalog, store, id, id));
    return items;
}

namespace {

// What became of one report of a batch.
struct Outcome
{
    enum Kind { NotDone, Written, Kept, Failed } kind = NotDone;
    QString path;
    QString message; // why it failed
};

Outcome writeOne(const Catalog &catalog, const BatchItem &item, const BatchOptions &options, const QDir &dir)
{
    if (!item.assessment)
        return {Outcome::Failed, {}, item.loadError.isEmpty() ? QStringLiteral("cannot be read") : item.loadError};
    const QString path = dir.filePath(reportFileName(*item.assessment, options.format));
    const QFileInfo existing(path);
    if (options.keepExisting && !options.overwrite && existing.exists() && !existing.isDir())
        return {Outcome::Kept, path, {}};
    auto bytes =
        renderReport(makeReportInput(catalog, *item.assessment, item.counterpart, options.language), options.format);
    if (!bytes)
        return {Outcome::Failed, path, bytes.error()};
    if (const Status written = writeFileAtomically(path, bytes.value(), options.overwrite); !written)
        return {Outcome::Failed, path, written.error()};
    return {Outcome::Written, path, {}};
}

} // namespace

BatchResult BatchExport::run(const Catalog &catalog, const std::vector<BatchItem> &items, const BatchOptions &options,
                             const Progress &progress, const std::atomic<bool> *cancel)
{
    const QDir dir(options.outputDir);
    // Per item, gathered in the items' order at the end whatever order the workers finish in.
    std::vector<Outcome> outcomes(items.size());
    std::atomic<size_t> next{0};
    std::mutex mutex;
    int finished = 0;
    const int total = static_cast<int>(items.size());

    auto work = [&] {
        for (;;) {
            if (cancel && cancel->load())
                return;
            const size_t i = next.fetch_add(1);
            if (i >= items.size())
                return;
            Outcome outcome = writeOne(catalog, items[i], options, dir);
            std::lock_guard<std::mutex> lock(mutex);
            outcomes[i] = std::move(outcome);
            ++finished;
            if (progress)
                progress(finished, total);
        }
    };

    // The font is found (and perhaps registered) here, not first on a worker.
    reportFontFamily();
    int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    threads = std::min<int>(threads, std::max<size_t>(1, items.size()));
    if (threads <= 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
        for (std::thread &t : pool)
            t.join();
    }

    BatchResult result;
    result.total = total;
    for (size_t i = 0; i < items.size(); ++i) {
        const Outcome &o = outcomes[i];
        switch (o.kind) {
        case Outcome::NotDone: result.cancelled = true; break;
        case Outcome::Written: result.written << o.path; break;
        case Outcome::Kept: result.kept << o.path; break;
        case Outcome::Failed: result.failures.push_back({items[i].id, items[i].label, o.message}); break;
        }
    }
    return result;
}

} // namespace iitalent::report
