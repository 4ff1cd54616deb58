// Issue 21 item 12: each class view as a 16:9 slide (CohortSlides): a PNG of 1920 × 1080 with
// something drawn on it, an SVG whose viewBox is 16:9, and, anonymised, no participant's name in
// any slide's text.
#include "TestSupport.h"

#include "AssessmentStore.h"
#include "CohortReport.h"
#include "CohortSlides.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace iitalent;
using iitalent::test::bundledCatalog;

namespace {

const QStringList kNames{QStringLiteral("王芳"), QStringLiteral("李雷"), QStringLiteral("韩梅梅"),
                         QStringLiteral("张伟"), QStringLiteral("刘洋"), QStringLiteral("陈静"),
                         QStringLiteral("杨帆"), QStringLiteral("赵敏")};

// A class of role 16 before and after a course: the same eight people, better by a level after.
struct SlideClass
{
    QTemporaryDir dir;
    std::optional<AssessmentStore> store;
    std::optional<CohortReport> before, after;

    SlideClass()
    {
        REQUIRE(dir.isValid());
        store.emplace(AssessmentStore::open(dir.filePath(QStringLiteral("slides.sqlite"))).value());
        const Role &role = *bundledCatalog().role(QStringLiteral("16"));
        for (int round = 0; round < 2; ++round) {
            Cohort c;
            c.name = round == 0 ? QStringLiteral("智能制造班 开课") : QStringLiteral("智能制造班 结课");
            c.roles = QStringList{QStringLiteral("16")};
            const qint64 id = store->createCohort(c).value().id;
            std::vector<Assessment> all;
            for (int i = 0; i < kNames.size(); ++i) {
                Subject s;
                s.name = kNames[i];
                s.number = QStringLiteral("S%1").arg(i);
                s.organisation = QStringLiteral("Plant North");
                Assessment a = Assessment::create(role.code, Mode::Self, s, QString());
                for (size_t k = 0; k < role.requirements.size(); ++k) {
                    const Requirement &r = role.requirements[k];
                    const int level = r.dimension == QLatin1String("d") ? 0 : int((i + k) % 5);
                    a.setRating(role, Rating{r.id, std::min(4, level + round), QString(), QString()});
                }
                all.push_back(a);
            }
            REQUIRE(store->collectIntoCohort(id, all, false).ok());
            auto r = CohortReport::load(*store, bundledCatalog(), c.name, QStringLiteral("16"), Mode::Self);
            REQUIRE(r.ok());
            (round == 0 ? before : after).emplace(std::move(r).value());
        }
    }
};

// The share of pixels that are not white.
double inkedShare(const QImage &image)
{
    qint64 inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != qRgb(255, 255, 255) && image.pixel(x, y) != qRgba(255, 255, 255, 255))
                ++inked;
    return double(inked) / (double(image.width() / 2) * double(image.height() / 2));
}

// The text of an SVG's <text> elements, and its viewBox's width and height.
QString svgText(const QByteArray &svg)
{
    QString all;
    const QString s = QString::fromUtf8(svg);
    QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = text.globalMatch(s); it.hasNext();)
        all += it.next().captured(1) + QLatin1Char('\n');
    return all;
}

QSizeF viewBox(const QByteArray &svg)
{
    const auto m =
        QRegularExpression(QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")).match(QString::fromUtf8(svg));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

} // namespace

TEST_CASE("Every class view is a 16:9 slide, PNG 1920 × 1080 and SVG", "[slides]")
{
    SlideClass cls;
    CohortReport report = *cls.after;
    report.planWorkshop(bundledCatalog(), WorkshopOffer());
    CohortChange change = CohortChange::build(*cls.before, *cls.after);
    REQUIRE(change.matched.size() == 8);
    for (Language language : {Language::Chinese, Language::English}) {
        auto files = cohortSlideFiles(bundledCatalog(), report, &change, language);
        REQUIRE(files.ok());
        QStringList names;
        for (const SlideFile &f : files.value())
            names << f.fileName;
        CHECK(names == QStringList{QStringLiteral("heatmap.png"), QStringLiteral("heatmap.svg"),
                                   QStringLiteral("distribution.png"), QStringLiteral("distribution.svg"),
                                   QStringLiteral("plan.png"), QStringLiteral("plan.svg"),
                                   QStringLiteral("before-after.png"), QStringLiteral("before-after.svg")});
        for (const SlideFile &f : files.value()) {
            INFO(f.fileName.toStdString());
            if (f.fileName.endsWith(QLatin1String(".png"))) {
                const QImage image = QImage::fromData(f.bytes, "PNG");
                REQUIRE_FALSE(image.isNull());
                CHECK(image.size() == QSize(1920, 1080));
                CHECK(inkedShare(image) > 0.05);
            } else {
                const QSizeF box = viewBox(f.bytes);
                REQUIRE(box.height() > 0);
                CHECK(box.width() / box.height() == Approx(16.0 / 9.0));
                CHECK_FALSE(svgText(f.bytes).trimmed().isEmpty());
            }
        }
        // Not anonymised, the heatmap names the people (so that the check below means something).
        CHECK(svgText(files->at(1).bytes).contains(QStringLiteral("王芳")));
        // The plan slide names the 工程实践 items the workshop cannot teach.
        CHECK(svgText(files->at(5).bytes).contains(QStringLiteral("16.d.1")));
    }

    // Anonymised (as in projector mode): no name, number or organisation in any slide.
    report.anonymise();
    change.anonymise();
    auto files = cohortSlideFiles(bundledCatalog(), report, &change, Language::Chinese);
    REQUIRE(files.ok());
    for (const SlideFile &f : files.value()) {
        if (!f.fileName.endsWith(QLatin1String(".svg")))
            continue;
        INFO(f.fileName.toStdString());
        const QString text = svgText(f.bytes);
        for (const QString &name : kNames)
            CHECK_FALSE(text.contains(name));
        CHECK_FALSE(QString::fromUtf8(f.bytes).contains(QStringLiteral("Plant North")));
        CHECK_FALSE(QString::fromUtf8(f.bytes).contains(QStringLiteral(">S1<")));
    }
    CHECK(svgText(files->at(1).bytes).contains(report.participants.front().code));
}
