// The report documents of iitalent_report: PDF (read back with poppler's pdftotext, pdffonts and
// pdfimages), HTML and CSV with hostile people's text, safe file names, writing without
// overwriting, and a batch in which some reports cannot be made.
#include "TestSupport.h"

#include "Comparison.h"

#include "AssessmentStore.h"
#include "FileOutput.h"
#include "HtmlReport.h"
#include "PdfReport.h"
#include "ReportExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace iitalent;
using namespace iitalent::report;
using iitalent::test::bundledCatalog;
using iitalent::test::rating;

namespace {

const QString kHostile = QStringLiteral("<img src=x onerror=alert(1)>");

// Installs the report's translation for `language` while it lives.
class Translation
{
public:
    explicit Translation(Language language)
    {
        REQUIRE(m_translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Translation() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// An assessor's assessment of role 06 with gaps, evidence and a subject whose name is markup.
Assessment sampleAssessment(Mode mode = Mode::Assessor, const QString &subject = QStringLiteral("王工程") + kHostile)
{
    const Role *role = bundledCatalog().role(QStringLiteral("06"));
    REQUIRE(role);
    Assessment a =
        Assessment::create(QStringLiteral("06"), mode,
                           {subject, QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+42"), Stage::OnJob},
                           mode == Mode::Assessor ? QStringLiteral("李评估") : QString());
    int i = 0;
    for (const Requirement &req : role->requirements) {
        const int level = (i * (mode == Mode::Self ? 7 : 3)) % 5;
        a.setRating(*role, rating(req.id.toUtf8().constData(), level,
                                  i == 0 ? QStringLiteral("@SUM(A1:A9)") : QStringLiteral("证据 %1").arg(i),
                                  i == 1 ? QStringLiteral("-2+3 <script>alert(2)</script>") : QString()));
        ++i;
    }
    return a;
}

ReportInput sampleInput(Language language, bool withComparison = true)
{
    const Assessment assessor = sampleAssessment(Mode::Assessor);
    const Assessment self = sampleAssessment(Mode::Self);
    std::vector<Assessment> others{self, assessor};
    if (!withComparison)
        others.clear();
    return makeReportInput(bundledCatalog(), assessor, Comparer::counterpartOf(assessor, others), language);
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
};

// Runs a poppler tool (Debian's poppler-utils, which scripts/deps.sh installs).
ToolRun tool(const QString &program, const QStringList &args)
{
    INFO(program << " is not installed: install Debian's poppler-utils (scripts/deps.sh does)");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

// The cells of one CSV file as RFC 4180 reads them (quotes removed, doubled quotes undone).
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows(1);
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            rows.back() << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            rows.back() << cell;
            cell.clear();
            rows.emplace_back();
            ++i;
        } else {
            cell += c;
        }
    }
    if (rows.back().isEmpty() && cell.isEmpty())
        rows.pop_back();
    else
        rows.back() << cell;
    return rows;
}

// pdftotext breaks lines where the layout does; the checks look for words, so join everything.
QString flattened(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("\\s+")));
    return t;
}

} // namespace

TEST_CASE("safeFileName cleans people's names for every file system", "[report][files]")
{
    CHECK(safeFileName(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(safeFileName(QStringLiteral("../../etc/passwd")) == QStringLiteral("_.._etc_passwd"));
    CHECK(safeFileName(QStringLiteral("a:b*c?d\"e<f>g|h\\i")) == QStringLiteral("a_b_c_d_e_f_g_h_i"));
    CHECK(safeFileName(QStringLiteral("CON")) == QStringLiteral("_CON"));
    CHECK(safeFileName(QStringLiteral("lpt1.txt")) == QStringLiteral("_lpt1.txt"));
    CHECK(safeFileName(QStringLiteral("  .hidden. ")) == QStringLiteral("hidden"));
    CHECK(safeFileName(QStringLiteral("--force")) == QStringLiteral("force"));
    CHECK(safeFileName(QStringLiteral("evil\u202Efdp.exe")) == QStringLiteral("evilfdp.exe"));
    CHECK(safeFileName(QStringLiteral("tab\there\nnewline")) == QStringLiteral("tabherenewline"));
    CHECK(safeFileName(QStringLiteral("/// ...")) == QStringLiteral("___"));
    CHECK(safeFileName(QStringLiteral("...")) == QStringLiteral("report"));
    CHECK(safeFileName(QString(), QStringLiteral("x")) == QStringLiteral("x"));
    CHECK(safeFileName(QString(300, QChar(0x5f20))).size() == 80);
    // A character outside the BMP is never cut in half.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    const QString cut = safeFileName(QStringLiteral("a") + emoji.repeated(50), QStringLiteral("r"), 10);
    CHECK(cut == QStringLiteral("a") + emoji.repeated(4));

    const Assessment a = sampleAssessment();
    const QString name = reportFileName(a, Format::Pdf);
    CHECK_FALSE(name.contains(QLatin1Char('/')));
    CHECK_FALSE(name.contains(QLatin1Char('<')));
    CHECK(name.endsWith(QStringLiteral("_") + a.id.left(8) + QStringLiteral(".pdf")));
    CHECK(name.startsWith(QStringLiteral("王工程_img src=x onerror=alert(1)__06_")));
}

TEST_CASE("writeFileAtomically keeps an existing file unless told to replace it", "[report][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(writeFileAtomically(path, "first", false).ok());
    const Status again = writeFileAtomically(path, "second", false);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
    CHECK(test::readFileBytes(path) == "first");
    // A replaced file keeps its permissions: an owner-only report stays owner-only.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    REQUIRE(writeFileAtomically(path, "second", true).ok());
    CHECK(test::readFileBytes(path) == "second");
    CHECK(QFile::permissions(path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(writeFileAtomically(dir.filePath(QStringLiteral("no/such/folder/r.pdf")), "x", true).ok());
    // A dangling link is something that exists: it is neither followed nor replaced.
    const QString link = dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("elsewhere.pdf")), link));
    CHECK_FALSE(writeFileAtomically(link, "x", false).ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("elsewhere.pdf"))));
    QFile::remove(link);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::System) ==
          QStringList{QStringLiteral("r.pdf")}); // no temporary left
}

TEST_CASE("CSV cells that a spreadsheet would run are neutralised", "[report][csv]")
{
    CHECK(CsvReport::cell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvReport::cell(QStringLiteral("+1")) == QStringLiteral("'+1"));
    CHECK(CsvReport::cell(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(CsvReport::cell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvReport::cell(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(CsvReport::cell(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(CsvReport::cell(QStringLiteral("=HYPERLINK(\"x\",\"y\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    CHECK(CsvReport::cell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvReport::cell(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvReport::cell(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(CsvReport::cell(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(CsvReport::cell(QString()) == QString());
}

TEST_CASE("the CSV report has a BOM and one row per requirement", "[report][csv]")
{
    Translation zh(Language::Chinese);
    const ReportInput in = sampleInput(Language::Chinese);
    const QByteArray csv = CsvReport::render(in);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == static_cast<int>(in.report.role->requirements.size()) + 2);
    // One 编号 only: the person's number and the requirement's id have their own headings; stage
    // and mode are words of the report's language, not codes.
    const QStringList header = lines.first().split(QLatin1Char(','));
    CHECK(header.first() == QStringLiteral("测评编号"));
    CHECK(header.count(QStringLiteral("编号")) == 0);
    CHECK(header.contains(QStringLiteral("要求编号")));
    CHECK(header.contains(QStringLiteral("准备度")));
    CHECK_FALSE(text.contains(QStringLiteral(",on-job,")));
    CHECK_FALSE(text.contains(QStringLiteral(",pre-job,")));
    CHECK_FALSE(text.contains(QStringLiteral(",self,")));
    CHECK(lines.at(1).contains(QStringLiteral(",汇总,")));
    CHECK(lines.at(1).contains(percentText(in.report.score.readiness)));
    CHECK(lines.at(2).contains(QStringLiteral("06.a.1")));
    CHECK(lines.at(2).contains(QStringLiteral(",'@SUM(A1:A9),")));
    CHECK(lines.at(2).contains(QStringLiteral("\"'=cmd|' /C calc'!A0\"")) == false); // no comma, so unquoted:
    CHECK(lines.at(2).contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));
    CHECK(lines.at(2).contains(QStringLiteral(",'+42,")));
    CHECK(lines.at(3).contains(QStringLiteral("'-2+3 <script>")));
    // Read back as a spreadsheet would: every row has every column, and no cell starts with a
    // formula character.
    const std::vector<QStringList> rows = parseCsv(text);
    REQUIRE(static_cast<qsizetype>(rows.size()) == lines.size());
    const int columns = 23 + static_cast<int>(in.report.score.dimensions.size());
    for (const QStringList &row : rows) {
        CHECK(row.size() == columns);
        for (const QString &cell : row) {
            INFO(cell);
            CHECK_FALSE(QRegularExpression(QStringLiteral("^[=+\\-@\\t\\r]")).match(cell).hasMatch());
        }
    }
    CHECK(rows.at(2).at(2) == QStringLiteral("'=cmd|' /C calc'!A0"));
    CHECK(rows.at(3).at(20) == QStringLiteral("'-2+3 <script>alert(2)</script>"));
    // The summary row carries every dimension's attainment as the report prints it.
    for (size_t d = 0; d < in.report.score.dimensions.size(); ++d)
        CHECK(rows.at(1).at(23 + static_cast<int>(d)) == percentText(in.report.score.dimensions[d].attainment));
}

TEST_CASE("the HTML report escapes people's text and is self-contained", "[report][html]")
{
    Translation zh(Language::Chinese);
    const ReportInput in = sampleInput(Language::Chinese);
    const QString html = QString::fromUtf8(HtmlReport::render(in));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    CHECK(html.contains(QStringLiteral("王工程&lt;img src=x onerror=alert(1)&gt;")));
    CHECK_FALSE(html.contains(kHostile));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    // Charts inline as SVG: the radar, the path chart and the comparison's radar.
    CHECK(html.count(QStringLiteral("<svg")) == 3);
    CHECK_FALSE(html.contains(QStringLiteral("<?xml")));
    // Nothing is fetched from elsewhere: no src= or href= at all, and no address but SVG's namespaces.
    CHECK_FALSE(html.contains(QStringLiteral(" src=\"")));
    CHECK_FALSE(html.contains(QStringLiteral("href=")));
    QString withoutNamespaces = html;
    withoutNamespaces.remove(QStringLiteral("http://www.w3.org/2000/svg"))
        .remove(QStringLiteral("http://www.w3.org/1999/xlink"));
    CHECK_FALSE(withoutNamespaces.contains(QStringLiteral("://")));
    // The words are Chinese, the figures as the report prints them.
    CHECK(html.contains(QStringLiteral("准备度")));
    CHECK(html.contains(percentText(in.report.score.readiness)));
    for (const Dimension &d : bundledCatalog().dimensions())
        CHECK(html.contains(d.nameZh));
    // The method note states the whole level rule, not only the four level words (issue 9).
    for (const char *word : {"熟练掌握", "具备一定的", "具备丰富的", "具备相当的", "熟悉 2"})
        CHECK(html.contains(QString::fromUtf8(word)));
}

TEST_CASE("the PDF report is A4 with embedded fonts, vector charts and the report's words", "[report][pdf]")
{
    Translation zh(Language::Chinese);
    const ReportInput in = sampleInput(Language::Chinese);
    auto pdf = PdfReport(in).pdf();
    REQUIRE(pdf.ok());
    REQUIRE(pdf.value().startsWith("%PDF-"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(test::writeFileBytes(path, pdf.value()));

    const ToolRun text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString flat = flattened(text.out);
    CHECK(flat.contains(flattened(in.report.assessment.subject.name)));
    CHECK(flat.contains(in.report.role->nameZh));
    CHECK(flat.contains(QStringLiteral("李评估")));
    for (const Dimension &d : bundledCatalog().dimensions())
        CHECK(flat.contains(d.nameZh));
    CHECK(flat.contains(QStringLiteral("准备度") + percentText(in.report.score.readiness)));
    CHECK(flat.contains(QStringLiteral("自评与评估人对比")));
    CHECK(flat.contains(flattened(bundledCatalog().edition())));
    // Every page has its number and the catalog's edition.
    const QStringList pages = text.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 4);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(flattened(pages.at(i)).contains(QStringLiteral("第%1页，共%2页").arg(i + 1).arg(pages.size())));
        CHECK(flattened(pages.at(i)).contains(flattened(bundledCatalog().edition())));
    }

    const ToolRun fonts = tool(QStringLiteral("pdffonts"), {path});
    REQUIRE(fonts.exitCode == 0);
    const QStringList fontLines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines) {
        INFO(line);
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the end but three.
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes"));
    }

    const ToolRun info = tool(QStringLiteral("pdfinfo"), {path});
    CHECK(info.out.contains(QStringLiteral("pts (A4)")));
    // Charts are drawn, not pasted in as pictures.
    const ToolRun images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    CHECK(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 2); // the two header lines only
}

TEST_CASE("the PDF report speaks English when asked", "[report][pdf]")
{
    Translation en(Language::English);
    const ReportInput in = sampleInput(Language::English, false);
    auto pdf = PdfReport(in).pdf();
    REQUIRE(pdf.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(test::writeFileBytes(path, pdf.value()));
    const QString flat = flattened(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out);
    CHECK(flat.contains(flattened(in.report.role->nameEn)));
    CHECK(flat.contains(QStringLiteral("Readiness") + percentText(in.report.score.readiness)));
    CHECK(flat.contains(QStringLiteral("Page1of")));
    CHECK_FALSE(flat.contains(QStringLiteral("Selfagainstassessor"))); // no counterpart, no comparison
}

TEST_CASE("the summary keeps a name with %2 in it as it is", "[report]")
{
    Translation en(Language::English);
    const Assessment a = sampleAssessment(Mode::Self, QStringLiteral("A %2 %4 B"));
    const ReportInput in = makeReportInput(bundledCatalog(), a, std::nullopt, Language::English);
    const QString summary = ReportText(in).summary();
    CHECK(summary.startsWith(QStringLiteral("A %2 %4 B meets ")));
    CHECK(summary.contains(in.report.role->nameEn));
}

TEST_CASE("self against assessor is only shown for the same person", "[report]")
{
    Assessment self = sampleAssessment(Mode::Self, QStringLiteral("张伟"));
    Assessment other = sampleAssessment(Mode::Assessor, QStringLiteral("张伟"));
    self.subject.number = QStringLiteral("001");
    other.subject.number = QStringLiteral("002"); // another 张伟 of the same class
    CHECK_FALSE(makeReportInput(bundledCatalog(), self, Comparer::counterpartOf(self, {self, other}), Language::Chinese)
                    .comparison);
    other.subject.number = QStringLiteral("001");
    CHECK(makeReportInput(bundledCatalog(), self, Comparer::counterpartOf(self, {self, other}), Language::Chinese)
              .comparison);
    other.subject.number.clear(); // no number given: the name decides
    CHECK(makeReportInput(bundledCatalog(), self, Comparer::counterpartOf(self, {self, other}), Language::Chinese)
              .comparison);
    other.subject.organisation = QStringLiteral("另一家公司");
    CHECK_FALSE(makeReportInput(bundledCatalog(), self, Comparer::counterpartOf(self, {self, other}), Language::Chinese)
                    .comparison);
}

TEST_CASE("a report of a role the catalog does not have is refused with a reason", "[report]")
{
    Assessment a = sampleAssessment();
    a.role = QStringLiteral("99");
    const ReportInput in = makeReportInput(bundledCatalog(), a, std::nullopt, Language::Chinese);
    for (Format f : {Format::Pdf, Format::Html, Format::Csv, Format::Json}) {
        auto r = renderReport(in, f);
        CHECK_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("99")));
    }
}

TEST_CASE("a batch writes every report it can and lists the ones it cannot", "[report][batch]")
{
    QTemporaryDir dir;
    auto store = AssessmentStore::open(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(store.ok());
    std::vector<QString> good;
    for (int i = 0; i < 5; ++i) {
        Assessment a = sampleAssessment(i % 2 ? Mode::Self : Mode::Assessor, QStringLiteral("学员%1/班").arg(i / 2));
        REQUIRE(store->insert(a).ok());
        good.push_back(a.id);
    }
    Assessment broken = sampleAssessment(Mode::Self, QStringLiteral("旧目录"));
    broken.role = QStringLiteral("99"); // made with a catalog that had a role 99
    REQUIRE(store->insert(broken).ok());

    auto items = BatchExport::collect(bundledCatalog(), store.value());
    REQUIRE(items.ok());
    REQUIRE(items->size() == 6);
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(out));
    // One report's file name is taken by a folder, so it cannot be written.
    const Assessment *blocked = nullptr;
    for (const BatchItem &item : items.value())
        if (item.assessment && item.assessment->id == good[2])
            blocked = &*item.assessment;
    REQUIRE(blocked);
    REQUIRE(QDir(out).mkdir(reportFileName(*blocked, Format::Pdf)));

    BatchOptions options;
    options.outputDir = out;
    options.threads = 2;
    int lastDone = 0;
    const BatchResult result = BatchExport::run(bundledCatalog(), items.value(), options, [&](int done, int total) {
        CHECK(done == lastDone + 1);
        CHECK(total == 6);
        lastDone = done;
    });
    CHECK(lastDone == 6);
    CHECK_FALSE(result.cancelled);
    CHECK(result.written.size() == 4);
    REQUIRE(result.failures.size() == 2);
    QStringList failedIds;
    for (const BatchFailure &f : result.failures)
        failedIds << f.id;
    CHECK(failedIds.contains(broken.id));
    CHECK(failedIds.contains(good[2]));
    for (const QString &path : result.written) {
        INFO(path);
        CHECK(test::readFileBytes(path).startsWith("%PDF-"));
        CHECK_FALSE(QFileInfo(path).fileName().contains(QLatin1Char('/')));
    }

    // Again without overwrite: every written file is kept and reported as existing.
    const BatchResult again = BatchExport::run(bundledCatalog(), items.value(), options);
    CHECK(again.written.isEmpty());
    CHECK(again.failures.size() == 6);
    options.overwrite = true;
    CHECK(BatchExport::run(bundledCatalog(), items.value(), options).written.size() == 4);

    // Keeping what exists: not failures, but listed as kept.
    options.overwrite = false;
    options.keepExisting = true;
    const BatchResult kept = BatchExport::run(bundledCatalog(), items.value(), options);
    CHECK(kept.written.isEmpty());
    CHECK(kept.kept.size() == 4);
    CHECK(kept.failures.size() == 2); // the broken one and the folder in the way
    options.overwrite = true;
    options.keepExisting = false;

    // Cancelled before it starts: nothing is written and the result says so.
    std::atomic<bool> cancel{true};
    const BatchResult cancelled = BatchExport::run(bundledCatalog(), items.value(), options, {}, &cancel);
    CHECK(cancelled.cancelled);
    CHECK(cancelled.written.isEmpty());
}

TEST_CASE("the PDF report's pages: no row split over two pages, no heading alone at a page's foot",
          "[report][pdf][pagination]")
{
    // Reports of three roles, self and assessor, with evidence of growing length, in both
    // languages: the content shifts against the page breaks, so that rows and headings meet the
    // foot of a page in many places.
    int splitWithout = 0;
    int strandedWithout = 0;
    for (const Language language : {Language::Chinese, Language::English}) {
        Translation words(language);
        for (const char *code : {"06", "18", "34"}) {
            const Role &role = *bundledCatalog().role(QString::fromLatin1(code));
            for (int length : {0, 40, 90, 160}) {
                Assessment a =
                    Assessment::create(role.code, Mode::Assessor, {QStringLiteral("Li Ming"), {}, {}, Stage::OnJob},
                                       QStringLiteral("Ms Wang"));
                int i = 0;
                for (const Requirement &req : role.requirements) {
                    a.setRating(
                        role, rating(req.id.toUtf8().constData(), i % 5, QString(length + (i * 7) % 30, QChar(u'证'))));
                    ++i;
                }
                const PdfReport pdf(makeReportInput(bundledCatalog(), a, Comparer::counterpartOf(a, {a}), language));
                const PdfReport::Pagination p = pdf.pagination();
                INFO("role " << code << ", evidence " << length << ", " << languageCode(language).toStdString());
                CHECK(p.pages >= 3);
                CHECK(p.splitRows.isEmpty());
                INFO(p.strandedHeadings.join(QLatin1Char('|')).toStdString());
                CHECK(p.strandedHeadings.isEmpty());
                // The last page is never the method note alone.
                CHECK_FALSE(p.lastPageText.startsWith(ReportText(pdf.input()).methodNote().left(20)));
                const PdfReport::Pagination raw = pdf.pagination(false);
                splitWithout += static_cast<int>(raw.splitRows.size());
                strandedWithout += static_cast<int>(raw.strandedHeadings.size());
            }
        }
    }
    // Without iitalent's own moves, Qt's layout does split rows and strand headings in these
    // reports: the checks above are not empty by chance.
    CHECK(splitWithout > 0);
    CHECK(strandedWithout > 0);
}

TEST_CASE("4,000 characters of evidence flow at full width at the end, never down a narrow column",
          "[report][pdf][html][evidence]")
{
    const Role &role = *bundledCatalog().role(QStringLiteral("10"));
    QString longText;
    while (longText.size() < Limits::TextLength)
        longText += QStringLiteral("Led the migration of the historians of three plants to an OPC UA gateway; ");
    longText.truncate(Limits::TextLength);
    for (const Language language : {Language::Chinese, Language::English}) {
        Translation words(language);
        INFO(languageCode(language).toStdString());
        for (const Mode mode : {Mode::Self, Mode::Assessor}) {
            INFO((mode == Mode::Self ? "self" : "assessor"));
            Assessment a = Assessment::create(role.code, mode, {QStringLiteral("Li Ming"), {}, {}, Stage::OnJob},
                                              mode == Mode::Assessor ? QStringLiteral("Ms Wang") : QString());
            int i = 0;
            for (const Requirement &req : role.requirements) {
                a.setRating(role, rating(req.id.toUtf8().constData(), i % 5, QStringLiteral("project %1").arg(i)));
                ++i;
            }
            const PdfReport without(makeReportInput(bundledCatalog(), a, std::nullopt, language));
            const QString longItem = role.requirements[3].id;
            a.setRating(role, rating(longItem.toUtf8().constData(), 2, longText));
            const ReportInput in = makeReportInput(bundledCatalog(), a, std::nullopt, language);
            const PdfReport with(in);
            const int pagesWithout = without.pagination().pages;
            const int pagesWith = with.pagination().pages;
            INFO(pagesWithout << " pages without, " << pagesWith << " with");
            CHECK(pagesWithout >= 3);
            CHECK(pagesWith <= pagesWithout + 1);
            CHECK(with.pagination().splitRows.isEmpty());

            // The table's cell has the start and where to read on; the whole text stands at the end.
            const ReportText text(in);
            bool found = false;
            for (const DimensionScore &d : in.report.score.dimensions)
                for (const QStringList &row : text.itemTable(d.key, true).rows)
                    if (row.first() == longItem) {
                        found = true;
                        CHECK(row.last().size() < 200);
                        CHECK(row.last().contains(text.evidenceTitle()));
                    }
            CHECK(found);
            REQUIRE(text.longEvidence().size() == 1);
            CHECK(text.longEvidence().front().text == longText);
            CHECK(with.pagination().lastPageText.simplified().contains(longText.right(40).simplified()));

            // The HTML the same: the full text in a paragraph of its own section, not in a cell.
            const QString html = QString::fromUtf8(HtmlReport::render(in));
            const qsizetype at = html.indexOf(longText.left(300));
            REQUIRE(at >= 0);
            CHECK(html.lastIndexOf(QStringLiteral("<td"), at) < html.lastIndexOf(text.evidenceTitle(), at));
            CHECK(html.mid(at - 3, 3) == QStringLiteral("<p>"));
        }
    }
}

TEST_CASE("a comparison names each side's completeness and leaves an unassessed dimension out, not at 0%",
          "[report][compare]")
{
    Translation en(Language::English);
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("10"));
    const QStringList unassessed{catalog.dimensions().at(2).key, catalog.dimensions().at(3).key};
    const Subject subject{QStringLiteral("王明"), {}, {}, Stage::OnJob};
    Assessment self = Assessment::create(role.code, Mode::Self, subject, QString());
    Assessment assessor = Assessment::create(role.code, Mode::Assessor, subject, QStringLiteral("李评估"));
    int answered = 0;
    for (const Requirement &req : role.requirements) {
        self.setRating(role, rating(req.id.toUtf8().constData(), 3));
        if (!unassessed.contains(req.dimension)) {
            assessor.setRating(role, rating(req.id.toUtf8().constData(), 2));
            ++answered;
        }
    }
    const ReportInput in = makeReportInput(catalog, self, assessor, Language::English);
    REQUIRE(in.comparison);
    CHECK(unassessedDimensions(in.comparison->secondScore) == unassessed);
    CHECK(unassessedDimensions(in.comparison->firstScore).isEmpty());
    const QString note = QStringLiteral("Assessor: %1 of %2 items answered; not assessed: %3, %4.")
                             .arg(answered)
                             .arg(role.requirements.size())
                             .arg(catalog.dimension(unassessed[0])->nameEn, catalog.dimension(unassessed[1])->nameEn);
    const QString selfNote = QStringLiteral("Self: %1 of %1 items answered.").arg(role.requirements.size());
    const QString html = QString::fromUtf8(HtmlReport::render(in));
    CHECK(html.contains(note));
    CHECK(html.contains(selfNote));
    // The assessor's legend carries its completeness; the unassessed axes print "—", not "0.0%".
    CHECK(html.contains(QStringLiteral("of %1 items answered)").arg(role.requirements.size())));
    CHECK_FALSE(html.contains(QStringLiteral(" / 0.0%")));

    auto pdf = PdfReport(in).pdf();
    REQUIRE(pdf.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(test::writeFileBytes(path, pdf.value()));
    const QString flat = flattened(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out);
    CHECK(flat.contains(flattened(note)));
    CHECK(flat.contains(flattened(selfNote)));
    CHECK_FALSE(flat.contains(QStringLiteral("/0.0%")));
    if (qEnvironmentVariableIsSet("IITALENT_GRAB"))
        test::writeFileBytes(qEnvironmentVariable("IITALENT_GRAB"), pdf.value());
}

TEST_CASE("the summary's advice agrees with the plan's order and names an item of the weakest dimension",
          "[report][summary]")
{
    Translation en(Language::English);
    const Catalog &catalog = bundledCatalog();
    const Role &role = *catalog.role(QStringLiteral("10"));
    // The case: 工程实践 (d) is the weakest dimension (3 of 9 points), but the largest item
    // gaps (3 levels) are 10.b.1, 10.b.2 and 10.c.2, which the plan takes first.
    Assessment a = Assessment::create(role.code, Mode::Self, {QStringLiteral("王明"), {}, {}, Stage::OnJob}, QString());
    for (const Requirement &req : role.requirements) {
        int level = req.level;
        if (req.dimension == QLatin1String("d"))
            level = 1;
        else if (req.id == QLatin1String("10.b.1"))
            level = 1;
        else if (req.id == QLatin1String("10.b.2") || req.id == QLatin1String("10.c.2"))
            level = 0;
        a.setRating(role, rating(req.id.toUtf8().constData(), level));
    }
    const ReportInput in = makeReportInput(catalog, a, std::nullopt, Language::English);
    const PlanStart start = ImprovementPlanner::start(in.report.score);
    CHECK(start.weakestDimension == QStringLiteral("d"));
    REQUIRE(start.first.size() == 3);
    CHECK(start.first[0].requirement == QStringLiteral("10.b.1"));
    REQUIRE_FALSE(start.inWeakest.empty());
    CHECK(start.inWeakest.front().requirement == QStringLiteral("10.d.1"));
    // The plan the documents print starts where the summary says.
    CHECK(in.report.plan.steps.front().requirement == start.first.front().requirement);

    const QString summary = ReportText(in).summary();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("The largest gap is in Engineering practice")));
    CHECK(summary.contains(QStringLiteral("so it starts with: 10.b.1")));
    CHECK(summary.contains(QStringLiteral("In Engineering practice it starts with: 10.d.1")));
    CHECK(QString::fromUtf8(HtmlReport::render(in)).contains(QStringLiteral("it starts with: 10.d.1")));

    // When the plan's first steps are in the weakest dimension, the sentence stays short.
    Assessment b = Assessment::create(role.code, Mode::Self, {QStringLiteral("王明"), {}, {}, Stage::OnJob}, QString());
    for (const Requirement &req : role.requirements)
        b.setRating(role, rating(req.id.toUtf8().constData(), req.dimension == QLatin1String("d") ? 0 : req.level));
    const ReportInput inB = makeReportInput(catalog, b, std::nullopt, Language::English);
    CHECK(ImprovementPlanner::start(inB.report.score).inWeakest.empty());
    CHECK(ReportText(inB).summary().contains(QStringLiteral("Start with: 10.d.1")));
}
