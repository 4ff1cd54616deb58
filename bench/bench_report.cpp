// The report documents' speed bars (issue 5): one PDF report under 500 ms, and 1,000 PDF reports
// in a batch under 3 minutes on 2 cores, using both. The batch is also run on the same first 200
// assessments with one worker and with two, in the same run, to show that both cores are used.
#include "BenchReport.h"

#include "AssessmentStore.h"
#include "Comparison.h"
#include "EmbeddedCatalog.h"
#include "HtmlReport.h"
#include "PdfReport.h"
#include "ReportExport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

#include <chrono>

using namespace iitalent;
using namespace iitalent::report;

namespace {

const Catalog &catalog()
{
    static const Catalog c = loadEmbeddedCatalog().value();
    return c;
}

void installChinese()
{
    static QTranslator translator;
    static const bool loaded =
        translator.load(translationResource(Language::Chinese)) && QCoreApplication::installTranslator(&translator);
    REQUIRE(loaded);
}

// An assessment of `role` with every item rated from a seeded generator, evidence on some.
Assessment rated(const Role &role, Mode mode, const QString &subject, QRandomGenerator &random)
{
    Assessment a = Assessment::create(role.code, mode, {subject, QStringLiteral("某制造企业"), {}, Stage::OnJob},
                                      mode == Mode::Assessor ? QStringLiteral("人事部 李") : QString());
    for (const Requirement &req : role.requirements) {
        Rating r;
        r.requirement = req.id;
        r.level = random.bounded(5);
        if (mode == Mode::Assessor && random.bounded(3) == 0)
            r.evidence = QStringLiteral("面试中说明了%1的做法").arg(req.id);
        a.setRating(role, r);
    }
    return a;
}

// Role 18 (the most items) assessed by self and assessor: the largest individual report.
ReportInput largestInput()
{
    QRandomGenerator random(18);
    const Role &role = *catalog().role(QStringLiteral("18"));
    const Assessment self = rated(role, Mode::Self, QStringLiteral("张三"), random);
    const Assessment assessor = rated(role, Mode::Assessor, QStringLiteral("张三"), random);
    return makeReportInput(catalog(), assessor, Comparer::counterpartOf(assessor, {self, assessor}), Language::Chinese);
}

// A store of `count` assessments: subjects assessed by themselves and by an assessor, over all roles.
struct Workshop
{
    QTemporaryDir dir;
    std::vector<BatchItem> items;

    explicit Workshop(int count)
    {
        auto store = AssessmentStore::open(dir.filePath(QStringLiteral("a.sqlite")));
        REQUIRE(store.ok());
        QRandomGenerator random(5);
        const auto &roles = catalog().roles();
        for (int i = 0; i < count; ++i) {
            const Role &role = roles[static_cast<size_t>((i / 2) % roles.size())];
            const Assessment a =
                rated(role, i % 2 ? Mode::Assessor : Mode::Self, QStringLiteral("学员%1").arg(i / 2), random);
            REQUIRE(store->insert(a).ok());
        }
        auto collected = BatchExport::collect(catalog(), store.value());
        REQUIRE(collected.ok());
        items = std::move(collected).value();
        REQUIRE(static_cast<int>(items.size()) == count);
    }

    QString outDir(const char *name) const
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        return path;
    }
};

double secondsOf(const std::function<void()> &fn)
{
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

BatchResult runBatch(const std::vector<BatchItem> &items, const QString &dir, int threads)
{
    BatchOptions options;
    options.outputDir = dir;
    options.threads = threads;
    options.overwrite = true;
    return BatchExport::run(catalog(), items, options);
}

} // namespace

TEST_CASE("report: one PDF, HTML and CSV report", "[!benchmark][report]")
{
    installChinese();
    const ReportInput in = largestInput();
    bench::timeEach("one PDF report (role 18, with comparison)", "per report", 500000.0, 30,
                    [&] { return PdfReport(in).pdf(); });
    bench::timeEach("one HTML report (role 18, with comparison)", "per report", 0.0, 30,
                    [&] { return HtmlReport::render(in); });
    bench::timeEach("one CSV report (role 18)", "per report", 0.0, 30, [&] { return CsvReport::render(in); });
}

TEST_CASE("report: 1,000 PDF reports in a batch", "[!benchmark][report][batch]")
{
    installChinese();
    Workshop workshop(1000);
    const std::vector<BatchItem> first200(workshop.items.begin(), workshop.items.begin() + 200);
    std::vector<double> one, two;
    one.push_back(secondsOf([&] { REQUIRE(runBatch(first200, workshop.outDir("one"), 1).written.size() == 200); }) *
                  1e9);
    two.push_back(secondsOf([&] { REQUIRE(runBatch(first200, workshop.outDir("two"), 2).written.size() == 200); }) *
                  1e9);
    bench::record("200 PDF reports, 1 worker", "per batch", 0.0, one);
    bench::record("200 PDF reports, 2 workers", "per batch", 0.0, two);

    const int cores = QThread::idealThreadCount();
    std::vector<double> all;
    all.push_back(
        secondsOf([&] { REQUIRE(runBatch(workshop.items, workshop.outDir("all"), 0).written.size() == 1000); }) * 1e9);
    bench::record("1,000 PDF reports, one worker per core (" + std::to_string(cores) + ")", "per batch", 180e6, all);
}

TEST_CASE("report smoke: a PDF and a small batch are made and right", "[smoke][report]")
{
    installChinese();
    const ReportInput in = largestInput();
    auto pdf = PdfReport(in).pdf();
    REQUIRE(pdf.ok());
    CHECK(pdf.value().startsWith("%PDF-"));
    CHECK(HtmlReport::render(in).contains("<svg"));
    Workshop workshop(4);
    const BatchResult result = runBatch(workshop.items, workshop.outDir("smoke"), 2);
    CHECK(result.written.size() == 4);
    CHECK(result.failures.empty());
}
