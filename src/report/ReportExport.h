#pragma once

#include "ReportText.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace iitalent {
class AssessmentStore;
}

namespace iitalent::report {

// The formats a report is handed on in.
enum class Format { Pdf, Html, Csv, Json };

std::optional<Format> formatFromName(const QString &name); // "pdf", "html", "csv", "json"
QString formatExtension(Format format);                    // "pdf"...

// The report of `input` in `format`, as the file's bytes.
Result<QByteArray> renderReport(const ReportInput &input, Format format);

// The report input for an assessment: its report and, with a counterpart (what core's
// reportCounterpart sets beside it: the other mode's view, or a hiring panel's combined levels),
// the comparison with it.
ReportInput makeReportInput(const Catalog &catalog, Assessment assessment, const std::optional<Assessment> &counterpart,
                            Language language);

// A file name for an assessment's report: subject, role code, date and the start of the id
// (so names in one folder do not collide), cleaned for every file system. E.g.
// "张三_06_2026-11-24_3f2a9c1e.pdf".
QString reportFileName(const Assessment &assessment, Format format);

// One report of a batch: the loaded assessment with what it compares with, or why it could not
// be loaded.
struct BatchItem final
{
    QString id;
    QString label; // subject and role, for messages
    std::optional<Assessment> assessment;
    std::optional<Assessment> counterpart; // what the report compares with (reportCounterpart)
    QString loadError;
};

struct BatchFailure final
{
    QString id;
    QString label;
    QString message;
};

struct BatchResult final
{
    QStringList written; // paths, in the order the items were given
    QStringList kept;    // paths that existed and were kept (BatchOptions::keepExisting)
    std::vector<BatchFailure> failures;
    int total = 0;
    bool cancelled = false;
};

struct BatchOptions final
{
    Format format = Format::Pdf;
    QString outputDir;
    bool overwrite = false;
    bool keepExisting = false; // an existing file is kept and listed as kept, not as a failure
    Language language = Language::Chinese;
    int threads = 0; // 0: one per core
};

class BatchExport final
{
public:
    // The stored assessments to export: all of them, or those of a role and/or a subject
    // (exact name). An assessment that cannot be read becomes an item with its load error.
    static Result<std::vector<BatchItem>> collect(const Catalog &catalog, AssessmentStore &store,
                                                  const QString &role = QString(), const QString &subject = QString());
    // The given stored assessments (by id), in that order.
    static std::vector<BatchItem> collect(const Catalog &catalog, AssessmentStore &store, const QStringList &ids);

    using Progress = std::function<void(int done, int total)>;
    // Renders and writes every item's report into options.outputDir, on `threads` worker threads.
    // A failing item (unreadable, not in the catalog, cannot be written, the file exists) is listed
    // and the rest go on. `progress` is called after each item, from a worker thread, serialised;
    // setting `cancel` stops before the next item.
    static BatchResult run(const Catalog &catalog, const std::vector<BatchItem> &items, const BatchOptions &options,
                           const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
};

} // namespace iitalent::report
