// The improvement-path chart (Appendix A, Figure A.1 redrawn): its data from a report, its
// painting (not blank, both lanes drawn, the person's lane marked), PNG and SVG files, and the
// view that shows it. Set IITALENT_PATHCHART_OUT to a folder to keep the rendered images.
#include "TestSupport.h"

#include "ImprovementPathChart.h"
#include "ImprovementPathView.h"
#include "ReportJson.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>

#include <utility>
#include <vector>

using namespace iitalent;
using namespace iitalent::gui;
using iitalent::test::bundledCatalog;
using iitalent::test::rating;
using iitalent::test::utc;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Role 01 with gaps in all four dimensions: some items rated below their level, some above,
// the rest unanswered.
Report reportFor(Stage stage)
{
    const Catalog &catalog = bundledCatalog();
    const Role *role = catalog.role(QStringLiteral("01"));
    REQUIRE(role);
    Assessment a;
    a.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    a.role = QStringLiteral("01");
    a.subject.name = u("张三");
    a.subject.stage = stage;
    a.created = utc("2026-11-23T10:00:00Z");
    a.updated = a.created;
    const std::vector<std::pair<const char *, int>> levels = {
        {"01.a.1", 1}, {"01.a.2", 0}, {"01.a.3", 3}, {"01.b.1", 1}, {"01.b.5", 3}, {"01.b.2", 3},
        {"01.c.1", 0}, {"01.c.2", 2}, {"01.c.4", 1}, {"01.d.1", 1}, {"01.d.2", 2}};
    for (const auto &[id, level] : levels)
        a.setRating(*role, rating(id, level));
    return Report::build(catalog, a);
}

// Pixels that are not (nearly) white inside a rectangle of the image.
int inkPixels(const QImage &image, const QRect &r)
{
    int count = 0;
    const QRect area = r.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 235)
                ++count;
    return count;
}

double meanGray(const QImage &image, const QRect &r)
{
    double sum = 0;
    int n = 0;
    const QRect area = r.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x, ++n)
            sum += qGray(image.pixel(x, y));
    return n ? sum / n : 255.0;
}

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("IITALENT_PATHCHART_OUT");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("the path data follows Appendix A and the person's plan", "[pathchart]")
{
    const Catalog &catalog = bundledCatalog();
    for (Stage stage : {Stage::PreJob, Stage::OnJob}) {
        const Report report = reportFor(stage);
        const QString stageName = stageId(stage);
        INFO("stage " << stageName);
        QSet<QString> dims;
        for (const Gap &g : report.score.gaps)
            dims << g.dimension;
        REQUIRE(dims.size() == 4); // gaps in every dimension

        const ImprovementPathData d = ImprovementPathData::build(catalog, report, false);
        CHECK(d.caption == u("工业互联网产业人才岗位能力提升路径"));
        CHECK(d.currentStage == stageName);
        CHECK(d.totalGaps == int(report.score.gaps.size()));
        CHECK(d.unassignedGaps == 0);

        // A.2: two lanes in the standard's order, three methods each; the person's lane is marked.
        REQUIRE(d.lanes.size() == 2);
        CHECK(d.lanes[0].name == u("岗前提升"));
        CHECK(d.lanes[1].name == u("在岗提升"));
        CHECK(d.lanes[0].current == (stage == Stage::PreJob));
        CHECK(d.lanes[1].current == (stage == Stage::OnJob));
        REQUIRE(d.currentLane());
        CHECK(d.currentLane()->stageId == stageName);
        for (const PathLane &lane : d.lanes)
            CHECK(lane.methods.size() == 3);

        // A.1: four kinds of content tied to the person's dimensions, with their gaps.
        REQUIRE(d.dimensions.size() == 4);
        int dimensionGaps = 0;
        for (const PathDimension &pd : d.dimensions) {
            int expected = 0;
            for (const Gap &g : report.score.gaps)
                expected += g.dimension == pd.key;
            CHECK(pd.gaps == expected);
            CHECK(pd.gaps > 0);
            CHECK_FALSE(pd.content.isEmpty());
            dimensionGaps += pd.gaps;
        }
        CHECK(dimensionGaps == d.totalGaps);

        // The rule: a gap counts under every method of the stage that suits its dimension.
        QSet<QString> seen;
        for (const PathLane &lane : d.lanes) {
            for (const PathMethod &m : lane.methods) {
                INFO("method " << m.id);
                if (!lane.current) {
                    CHECK(m.gapCount == 0);
                    CHECK(m.topItems.empty());
                    continue;
                }
                int expected = 0;
                for (const Gap &g : report.score.gaps)
                    expected += m.dimensions.contains(g.dimension);
                CHECK(m.gapCount == expected);
                CHECK(m.requirements.size() == expected);
                int perDimension = 0;
                for (int c : m.gapsPerDimension)
                    perDimension += c;
                CHECK(perDimension == m.gapCount);
                // The top items are the largest gaps of this method, at most three.
                CHECK(int(m.topItems.size()) == std::min(3, m.gapCount));
                for (std::size_t i = 0; i < m.topItems.size(); ++i) {
                    CHECK(m.topItems[i].requirement == m.requirements[int(i)]);
                    CHECK(m.topItems[i].gap == m.topItems[i].to - m.topItems[i].from);
                    CHECK_FALSE(m.topItems[i].textZh.isEmpty());
                    if (i > 0)
                        CHECK(m.topItems[i - 1].gap >= m.topItems[i].gap);
                }
                for (const QString &r : m.requirements)
                    seen << r;
            }
        }
        // Every gap appears under at least one method of the person's stage.
        QSet<QString> all;
        for (const Gap &g : report.score.gaps)
            all << g.requirement;
        CHECK(seen == all);

        // A.3: three providers, each with the gaps one of its methods suits.
        REQUIRE(d.providers.size() == 3);
        for (const PathProvider &p : d.providers) {
            int expected = 0;
            for (const PlanStep &s : report.plan.steps)
                expected += s.providers.contains(p.id);
            CHECK(p.gapCount == expected);
        }
        CHECK(d.footnote.contains(u("iitalent")));
        CHECK(d.footnote.contains(u("各计一次")));
    }
}

TEST_CASE("English mode uses the English names", "[pathchart]")
{
    const ImprovementPathData d = ImprovementPathData::build(bundledCatalog(), reportFor(Stage::OnJob), true);
    CHECK(d.caption == u("Competency improvement path for Industrial Internet industry talent"));
    CHECK(d.captionLabel == u("Figure A.1"));
    REQUIRE(d.lanes.size() == 2);
    CHECK(d.lanes[0].name == u("Pre-job improvement"));
    CHECK(d.lanes[1].name == u("On-the-job improvement"));
    CHECK(d.lanes[1].methods[0].name == u("Internal on-the-job training"));
    CHECK(d.dimensions[0].name == u("General competence"));
    CHECK(d.providers[1].name == u("Enterprises"));
    CHECK(d.footnote.contains(u("counted under each")));
    CHECK(d.subjectLine.contains(u("readiness")));
}

TEST_CASE("a person without gaps gets an empty plan, drawn as such", "[pathchart]")
{
    const Catalog &catalog = bundledCatalog();
    const Role *role = catalog.role(QStringLiteral("05"));
    REQUIRE(role);
    Assessment a;
    a.id = QStringLiteral("00000000-0000-4000-8000-000000000005");
    a.role = role->code;
    a.subject.name = u("一位名字很长很长的测评对象（某某大学工业互联网学院 2026 届）");
    a.subject.stage = Stage::PreJob;
    for (const Requirement &req : role->requirements)
        a.setRating(*role, rating(req.id.toUtf8().constData(), req.level));
    const Report report = Report::build(catalog, a);
    REQUIRE(report.score.gaps.empty());
    const ImprovementPathChart chart(ImprovementPathData::build(catalog, report, false));
    CHECK(chart.data().totalGaps == 0);
    for (const PathLane &lane : chart.data().lanes)
        for (const PathMethod &m : lane.methods)
            CHECK(m.gapCount == 0);
    const QImage image = chart.renderImage();
    keep(image, QStringLiteral("path-no-gaps.png"));
    CHECK(inkPixels(image, image.rect()) > image.width() * image.height() / 10);
}

TEST_CASE("the chart paints both lanes and marks the person's", "[pathchart]")
{
    const Catalog &catalog = bundledCatalog();
    for (bool english : {false, true}) {
        for (Stage stage : {Stage::PreJob, Stage::OnJob}) {
            const ImprovementPathChart chart(ImprovementPathData::build(catalog, reportFor(stage), english));
            const QImage image = chart.renderImage(chart.naturalSize().toSize(), 1.0);
            REQUIRE(image.size() == QSize(1600, 1000));
            const QString name = QStringLiteral("path-%1-%2.png").arg(stageId(stage), english ? u("en") : u("zh"));
            keep(image, name);
            keep(image.convertToFormat(QImage::Format_Grayscale8), QStringLiteral("gray-") + name);
            INFO(name);

            // Not blank: a good share of the page carries ink.
            const int ink = inkPixels(image, image.rect());
            CHECK(ink > image.width() * image.height() / 10);
            // Both lanes are drawn, with ink in each; the person's lane header is dark (it stays
            // dark in grey scale), the other's light.
            const int current = stage == Stage::PreJob ? 0 : 1;
            keep(image.copy(chart.laneRect(current).toAlignedRect().adjusted(-4, -4, 4, 4)),
                 QStringLiteral("lane-") + name);
            const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
            for (int i = 0; i < 2; ++i) {
                const QRect lane = chart.laneRect(i).toAlignedRect();
                REQUIRE_FALSE(lane.isEmpty());
                CHECK(inkPixels(image, lane) > lane.width() * lane.height() / 20);
                // A strip of the header left of its number disc, where there is no text.
                const QRect header(lane.left() + 5, lane.top() + 8, 6, 52);
                if (i == current)
                    CHECK(meanGray(gray, header) < 110);
                else
                    CHECK(meanGray(gray, header) > 180);
            }
            // A high-DPI render is the same picture at twice the pixels.
            const QImage sharp = chart.renderImage(QSize(800, 500), 2.0);
            CHECK(sharp.size() == QSize(1600, 1000));
            CHECK(sharp.devicePixelRatio() == 2.0);
            CHECK(inkPixels(sharp, sharp.rect()) > sharp.width() * sharp.height() / 10);
        }
    }
}

TEST_CASE("the chart is saved as PNG and SVG", "[pathchart]")
{
    const Catalog &catalog = bundledCatalog();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const ImprovementPathChart zh(ImprovementPathData::build(catalog, reportFor(Stage::OnJob), false));
    const QString png = dir.filePath(QStringLiteral("path.png"));
    const Status pngStatus = zh.savePng(png);
    REQUIRE(pngStatus.ok());
    const QImage loaded(png);
    CHECK(loaded.size() == QSize(3200, 2000));
    CHECK(inkPixels(loaded.scaled(800, 500), QRect(0, 0, 800, 500)) > 800 * 500 / 10);

    const Status bad = zh.savePng(dir.filePath(QStringLiteral("no/such/folder/path.png")));
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().contains(u("path.png")));

    const QString svgPath = dir.filePath(QStringLiteral("path.svg"));
    const Status svgStatus = ImprovementPathView::saveSvg(zh, svgPath);
    REQUIRE(svgStatus.ok());
    QFile file(svgPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    CHECK(svg.startsWith(u("<?xml")));
    CHECK(svg.contains(u("工业互联网产业人才岗位能力提升路径")));
    CHECK(svg.contains(u("岗前提升")));
    CHECK(svg.contains(u("在岗提升")));
    CHECK(svg.contains(u("您在这里")));
    CHECK(svg.contains(u("内部在岗培训")));
    // The SVG draws the same picture: rendered back, it is not blank.
    QSvgRenderer renderer(svgPath);
    REQUIRE(renderer.isValid());
    QImage back(800, 500, QImage::Format_ARGB32_Premultiplied);
    back.fill(Qt::white);
    {
        QPainter p(&back);
        renderer.render(&p);
    }
    keep(back, QStringLiteral("svg-rendered-zh.png"));
    CHECK(inkPixels(back, back.rect()) > 800 * 500 / 10);

    const ImprovementPathChart en(ImprovementPathData::build(catalog, reportFor(Stage::PreJob), true));
    const QString svgEn = QString::fromUtf8(en.svg());
    CHECK(svgEn.contains(u("Competency improvement path for Industrial Internet industry talent")));
    CHECK(svgEn.contains(u("Pre-job improvement")));
    CHECK(svgEn.contains(u("On-the-job improvement")));
    CHECK(svgEn.contains(u("You are here")));
    CHECK_FALSE(svgEn.contains(u("岗前提升")));
    CHECK_FALSE(svgEn.contains(u("在岗提升")));
}

TEST_CASE("the view shows the chart and says where it saved it", "[pathchart][gui]")
{
    const Catalog &catalog = bundledCatalog();
    ImprovementPathView view;
    CHECK_FALSE(view.accessibleName().isEmpty());
    CHECK_FALSE(view.canvas()->accessibleName().isEmpty());
    CHECK_FALSE(view.hasChart());

    view.resize(1200, 820);
    view.setReport(&catalog, reportFor(Stage::OnJob));
    view.show();
    REQUIRE(view.hasChart());
    CHECK(view.canvas()->accessibleDescription().contains(u("在岗提升")));
    const QImage shot = view.canvas()->grab().toImage();
    const QRect chartRect = view.canvas()->chartRect().toAlignedRect();
    CHECK(chartRect.width() > 600);
    CHECK(inkPixels(shot, chartRect) > chartRect.width() * chartRect.height() / 10);
    keep(shot, QStringLiteral("view.png"));
    keep(view.grab().toImage(), QStringLiteral("view-whole.png"));
    // The context menu (mouse or the Menu key on the focused chart) offers both ways to save,
    // and the zoom.
    CHECK(view.canvas()->contextMenuPolicy() == Qt::ActionsContextMenu);
    REQUIRE(view.canvas()->actions().size() == 5);
    CHECK(view.canvas()->actions().at(0)->isEnabled());
    CHECK(view.canvas()->focusPolicy() == Qt::StrongFocus);

    // Zoom: the chart opens as wide as the view (larger than all of it in the view), Ctrl+wheel
    // and the buttons zoom, Fit page shows all of it again.
    QApplication::processEvents();
    const qreal opened = view.zoom();
    const QSize viewport = view.findChild<QScrollArea *>(QStringLiteral("pathScrollArea"))->viewport()->size();
    CHECK(opened * view.chart().naturalSize().width() == Approx(viewport.width() - 4).margin(40));
    QWheelEvent wheel(QPointF(100, 100), view.canvas()->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.canvas(), &wheel);
    CHECK(view.zoom() == Approx(opened * 1.25 * 1.25));
    CHECK(view.canvas()->chartRect().width() == Approx(view.zoom() * view.chart().naturalSize().width()));
    view.findChild<QToolButton *>(QStringLiteral("zoomOutButton"))->click();
    CHECK(view.zoom() == Approx(opened * 1.25));
    view.fitPage();
    CHECK(view.zoom() <= opened + 1e-9);
    CHECK(view.canvas()->chartRect().height() <= viewport.height());
    view.fitWidth();
    CHECK(view.zoom() == Approx(opened));

    view.setLanguage(Language::English);
    CHECK(view.chart().data().lanes[1].name == u("On-the-job improvement"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("view.png"));
    REQUIRE(view.savePngTo(png).ok());
    CHECK(QImage(png).size() == ImprovementPathView::pngSize(view.chart()));
    CHECK(view.message().contains(u("view.png")));
    const QString svg = dir.filePath(QStringLiteral("view.svg"));
    REQUIRE(view.saveSvgTo(svg).ok());
    CHECK(QFile::exists(svg));

    // A failure is shown in the view, in words, with the file it concerns.
    const QString bad = dir.filePath(QStringLiteral("missing/folder/x.svg"));
    CHECK_FALSE(view.saveSvgTo(bad).ok());
    CHECK(view.message().contains(u("x.svg")));
    CHECK(view.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());

    view.clear();
    CHECK_FALSE(view.hasChart());
    CHECK_FALSE(view.saveSvgTo(svg).ok());
}
