// The assessment engine's arithmetic: scoring exactly as issue 3 defines it (hand-worked cases
// and properties over all 41 roles), the improvement plan (Appendix A), role fit through shared
// competencies, self/assessor comparison and a subject's history.
#include "TestSupport.h"

#include "Assessment.h"
#include "Catalog.h"
#include "Comparison.h"
#include "ImprovementPlan.h"
#include "RoleFit.h"
#include "Scoring.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <stdexcept>

using namespace iitalent;
using iitalent::test::bundledCatalog;
using iitalent::test::rating;
using iitalent::test::utc;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const Role &roleOf(const char *code)
{
    const Role *r = bundledCatalog().role(QString::fromLatin1(code));
    REQUIRE(r);
    return *r;
}

Assessment blank(const char *role, Mode mode = Mode::Self, Stage stage = Stage::OnJob)
{
    Assessment a;
    a.id = QStringLiteral("00000000-0000-4000-8000-0000000000%1").arg(QString::fromLatin1(role));
    a.role = QString::fromLatin1(role);
    a.mode = mode;
    a.subject.name = u("张三");
    a.subject.stage = stage;
    if (mode == Mode::Assessor)
        a.assessorName = u("李老师");
    a.created = utc("2026-11-23T10:00:00Z");
    a.updated = a.created;
    return a;
}

// An assessment of `role` with the given levels (requirement id -> level).
Assessment rated(const char *role, const std::vector<std::pair<const char *, int>> &levels, Mode mode = Mode::Self,
                 Stage stage = Stage::OnJob)
{
    Assessment a = blank(role, mode, stage);
    for (const auto &[id, level] : levels)
        a.setRating(roleOf(role), rating(id, level));
    return a;
}

const DimensionScore &dim(const Score &s, const char *key)
{
    for (const DimensionScore &d : s.dimensions)
        if (d.key == QLatin1String(key))
            return d;
    FAIL("no dimension " << key);
    throw std::logic_error("unreachable");
}

QStringList gapIds(const Score &s)
{
    QStringList out;
    for (const Gap &g : s.gaps)
        out << g.requirement;
    return out;
}

int dimIndex(const QString &key)
{
    return static_cast<int>(QStringLiteral("abcd").indexOf(key));
}

// Random levels for a role: each requirement unanswered with probability 1/5, else 0..4.
Assessment randomAssessment(const Role &role, std::mt19937 &rng, Stage stage = Stage::OnJob)
{
    Assessment a = blank(role.code.toLatin1().constData(), Mode::Self, stage);
    std::uniform_int_distribution<int> pick(-1, 4);
    for (const Requirement &req : role.requirements) {
        const int v = pick(rng);
        Rating r;
        r.requirement = req.id;
        if (v >= 0)
            r.level = v;
        else if (rng() % 2)
            r.evidence = QStringLiteral("evidence only");
        a.setRating(role, r);
    }
    return a;
}

nlohmann::json readJson(const QString &path)
{
    const QByteArray bytes = iitalent::test::readFileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

} // namespace

TEST_CASE("Role 01's required levels are those the hand-worked cases assume", "[scoring]")
{
    // 01.a: 2 1 3 3 | 01.b: 3 3 3 2 2 3 | 01.c: 3 2 2 2 2 | 01.d: 3 3 3
    const std::map<QString, int> expected{
        {u("01.a.1"), 2}, {u("01.a.2"), 1}, {u("01.a.3"), 3}, {u("01.a.4"), 3}, {u("01.b.1"), 3}, {u("01.b.2"), 3},
        {u("01.b.3"), 3}, {u("01.b.4"), 2}, {u("01.b.5"), 2}, {u("01.b.6"), 3}, {u("01.c.1"), 3}, {u("01.c.2"), 2},
        {u("01.c.3"), 2}, {u("01.c.4"), 2}, {u("01.c.5"), 2}, {u("01.d.1"), 3}, {u("01.d.2"), 3}, {u("01.d.3"), 3},
    };
    const Role &r = roleOf("01");
    REQUIRE(r.requirements.size() == expected.size());
    for (const Requirement &req : r.requirements) {
        INFO(req.id);
        REQUIRE(expected.count(req.id) == 1);
        CHECK(req.level == expected.at(req.id));
    }
}

TEST_CASE("Scoring a partly answered assessment of role 01, worked by hand", "[scoring]")
{
    // Ratings (q = required, r = rating, - = unanswered):
    //   a: a.1 q2 r2 (met, 2) | a.2 q1 r4 (met, above: counts 1) | a.3 q3 r1 (gap 2, 1) | a.4 q3 - (gap 3, 0)
    //      items 4, answered 3, met 2, required 9, attained 2+1+1+0 = 4, attainment 4/9
    //   b: b.1 q3 r3 (met, 3) | b.2 q3 r0 (gap 3, 0) | b.3 q3 r2 (gap 1, 2) | b.4 q2 - (gap 2, 0)
    //      b.5 q2 r2 (met, 2) | b.6 q3 r3 (met, 3)
    //      items 6, answered 5, met 3, required 16, attained 3+0+2+0+2+3 = 10, attainment 10/16 = 0.625
    //   c: c.1 q3 - (gap 3) | c.2 q2 - (gap 2) | c.3 q2 - (gap 2) | c.4 q2 - (gap 2) | c.5 q2 r4 (met, 2)
    //      items 5, answered 1, met 1, required 11, attained 2, attainment 2/11
    //   d: d.1 q3 r3 | d.2 q3 r3 | d.3 q3 r3: items 3, answered 3, met 3, required 9, attained 9, attainment 1
    //   readiness = (4/9 + 10/16 + 2/11 + 1) / 4 = 2.2513 / 4 = 0.5628...; answered 12 of 18: completeness 2/3; met 9.
    //   gaps: size 3: a.4, b.2, c.1; size 2: a.3, b.4, c.2, c.3, c.4; size 1: b.3.
    const Assessment a = rated("01", {{"01.a.1", 2},
                                      {"01.a.2", 4},
                                      {"01.a.3", 1},
                                      {"01.b.1", 3},
                                      {"01.b.2", 0},
                                      {"01.b.3", 2},
                                      {"01.b.5", 2},
                                      {"01.b.6", 3},
                                      {"01.c.5", 4},
                                      {"01.d.1", 3},
                                      {"01.d.2", 3},
                                      {"01.d.3", 3}});
    const Score s = Scoring::score(bundledCatalog(), roleOf("01"), a);

    REQUIRE(s.dimensions.size() == 4);
    CHECK(s.dimensions[0].key == u("a"));
    CHECK(s.dimensions[1].key == u("b"));
    CHECK(s.dimensions[2].key == u("c"));
    CHECK(s.dimensions[3].key == u("d"));

    const DimensionScore &da = dim(s, "a");
    CHECK(da.items == 4);
    CHECK(da.answered == 3);
    CHECK(da.met == 2);
    CHECK(da.requiredPoints == 9);
    CHECK(da.attainedPoints == 4);
    CHECK(da.attainment == Approx(4.0 / 9.0));

    const DimensionScore &db = dim(s, "b");
    CHECK(db.items == 6);
    CHECK(db.answered == 5);
    CHECK(db.met == 3);
    CHECK(db.requiredPoints == 16);
    CHECK(db.attainedPoints == 10);
    CHECK(db.attainment == Approx(0.625));

    const DimensionScore &dc = dim(s, "c");
    CHECK(dc.items == 5);
    CHECK(dc.answered == 1);
    CHECK(dc.met == 1);
    CHECK(dc.requiredPoints == 11);
    CHECK(dc.attainedPoints == 2);
    CHECK(dc.attainment == Approx(2.0 / 11.0));

    const DimensionScore &dd = dim(s, "d");
    CHECK(dd.items == 3);
    CHECK(dd.answered == 3);
    CHECK(dd.met == 3);
    CHECK(dd.requiredPoints == 9);
    CHECK(dd.attainedPoints == 9);
    CHECK(dd.attainment == Approx(1.0));

    CHECK(s.items == 18);
    CHECK(s.answered == 12);
    CHECK(s.met == 9);
    CHECK(s.completeness == Approx(12.0 / 18.0));
    CHECK(s.readiness == Approx((4.0 / 9.0 + 0.625 + 2.0 / 11.0 + 1.0) / 4.0));
    CHECK(s.readiness == Approx(0.5628157)); // (0.4444 + 0.625 + 0.1818 + 1) / 4

    CHECK(gapIds(s) == QStringList{u("01.a.4"), u("01.b.2"), u("01.c.1"), u("01.a.3"), u("01.b.4"), u("01.c.2"),
                                   u("01.c.3"), u("01.c.4"), u("01.b.3")});
    REQUIRE(s.gaps.size() == 9);
    // a.4: unanswered, counts 0.
    CHECK(s.gaps[0].dimension == u("a"));
    CHECK(s.gaps[0].number == 4);
    CHECK(s.gaps[0].required == 3);
    CHECK(s.gaps[0].rating == 0);
    CHECK_FALSE(s.gaps[0].answered);
    CHECK(s.gaps[0].gap == 3);
    // b.2: rated 0, answered.
    CHECK(s.gaps[1].rating == 0);
    CHECK(s.gaps[1].answered);
    CHECK(s.gaps[1].gap == 3);
    // a.3: rated 1 of 3.
    CHECK(s.gaps[3].required == 3);
    CHECK(s.gaps[3].rating == 1);
    CHECK(s.gaps[3].answered);
    CHECK(s.gaps[3].gap == 2);
    // b.3: rated 2 of 3.
    CHECK(s.gaps[8].rating == 2);
    CHECK(s.gaps[8].gap == 1);
}

TEST_CASE("Ratings above the requirement do not raise attainment", "[scoring]")
{
    const Role &r = roleOf("01");
    Assessment exact = blank("01");
    Assessment above = blank("01");
    for (const Requirement &req : r.requirements) {
        exact.setRating(r, rating(req.id.toLatin1().constData(), req.level));
        above.setRating(r, rating(req.id.toLatin1().constData(), 4));
    }
    const Score se = Scoring::score(bundledCatalog(), r, exact);
    const Score sa = Scoring::score(bundledCatalog(), r, above);
    CHECK(se.readiness == Approx(1.0));
    CHECK(sa.readiness == Approx(1.0));
    for (size_t d = 0; d < 4; ++d) {
        CHECK(sa.dimensions[d].attainedPoints == se.dimensions[d].attainedPoints);
        CHECK(sa.dimensions[d].attainedPoints == sa.dimensions[d].requiredPoints);
        CHECK(sa.dimensions[d].attainment == Approx(1.0));
    }
    // 9 + 16 + 11 + 9 required points in role 01.
    CHECK(sa.dimensions[0].requiredPoints + sa.dimensions[1].requiredPoints + sa.dimensions[2].requiredPoints +
              sa.dimensions[3].requiredPoints ==
          45);
    CHECK(sa.gaps.empty());
    CHECK(sa.met == 18);

    // One item above its requirement cannot make up for another below it in the same dimension:
    // a.1 q2 r4, a.2 q1 r0, a.3 q3 r3, a.4 q3 r3 -> attained 2+0+3+3 = 8 of 9, not 9.
    Assessment mixed = exact;
    mixed.setRating(r, rating("01.a.1", 4));
    mixed.setRating(r, rating("01.a.2", 0));
    const Score sm = Scoring::score(bundledCatalog(), r, mixed);
    CHECK(dim(sm, "a").attainedPoints == 8);
    CHECK(dim(sm, "a").attainment == Approx(8.0 / 9.0));
    CHECK(dim(sm, "a").met == 3);
    CHECK(sm.readiness == Approx((8.0 / 9.0 + 3.0) / 4.0));
    CHECK(gapIds(sm) == QStringList{u("01.a.2")});
}

TEST_CASE("Unanswered requirements count 0 but are not answered", "[scoring]")
{
    const Role &r = roleOf("01");
    const Score empty = Scoring::score(bundledCatalog(), r, blank("01"));
    CHECK(empty.items == 18);
    CHECK(empty.answered == 0);
    CHECK(empty.met == 0);
    CHECK(empty.completeness == 0.0);
    CHECK(empty.readiness == 0.0);
    REQUIRE(empty.gaps.size() == 18);
    for (const Gap &g : empty.gaps) {
        CHECK_FALSE(g.answered);
        CHECK(g.rating == 0);
    }

    // A rating with evidence but no level is unanswered, the same as none.
    Assessment evidenceOnly = blank("01");
    evidenceOnly.setRating(r, rating("01.a.1", std::nullopt, u("一个项目")));
    REQUIRE(evidenceOnly.ratings.size() == 1);
    const Score se = Scoring::score(bundledCatalog(), r, evidenceOnly);
    CHECK(se.answered == 0);
    CHECK(se.completeness == 0.0);
    CHECK(dim(se, "a").attainedPoints == 0);
    CHECK(gapIds(se).contains(u("01.a.1")));

    // Rated 0 is answered, with the same points as unanswered.
    Assessment zero = blank("01");
    zero.setRating(r, rating("01.a.1", 0));
    const Score sz = Scoring::score(bundledCatalog(), r, zero);
    CHECK(sz.answered == 1);
    CHECK(dim(sz, "a").answered == 1);
    CHECK(sz.completeness == Approx(1.0 / 18.0));
    CHECK(sz.readiness == 0.0);
}

TEST_CASE("Gaps are ordered by size, then dimension a..d, then item number as a number", "[scoring]")
{
    // Role 18 has 11 items in dimension c. Everything is met except 18.c.11, 18.c.10, 18.c.9,
    // 18.c.2 and 18.a.3, each one level short; 18.d.1 is two levels short (or one if its
    // requirement is 1, in which case it is rated 0 and still a gap of its required level).
    const Role &r = roleOf("18");
    int inC = 0;
    for (const Requirement &req : r.requirements)
        if (req.dimension == u("c"))
            ++inC;
    REQUIRE(inC >= 11);
    Assessment a = blank("18");
    for (const Requirement &req : r.requirements)
        a.setRating(r, rating(req.id.toLatin1().constData(), req.level));
    // Rated out of catalog order on purpose.
    for (const char *id : {"18.c.11", "18.c.10", "18.c.9", "18.c.2", "18.a.3"}) {
        const Requirement *req = bundledCatalog().requirement(QString::fromLatin1(id));
        REQUIRE(req);
        a.setRating(r, rating(id, req->level - 1));
    }
    const Requirement *d1 = bundledCatalog().requirement(u("18.d.1"));
    REQUIRE(d1);
    a.setRating(r, rating("18.d.1", 0));

    const Score s = Scoring::score(bundledCatalog(), r, a);
    QStringList expected;
    if (d1->level >= 2)
        expected << u("18.d.1");
    expected << u("18.a.3") << u("18.c.2") << u("18.c.9") << u("18.c.10") << u("18.c.11");
    if (d1->level == 1)
        expected << u("18.d.1");
    CHECK(gapIds(s) == expected);
    for (const Gap &g : s.gaps)
        CHECK(g.answered);
}

TEST_CASE("Scoring properties hold for every role with random ratings", "[scoring][property]")
{
    const Catalog &c = bundledCatalog();
    REQUIRE(c.roles().size() == 41);
    std::mt19937 rng(20261123u);
    for (const Role &role : c.roles()) {
        INFO("role " << role.code);
        // Every role has items in all four dimensions, so readiness is the mean of four attainments.
        QSet<QString> dims;
        for (const Requirement &req : role.requirements)
            dims.insert(req.dimension);
        REQUIRE(dims == QSet<QString>{u("a"), u("b"), u("c"), u("d")});

        for (int round = 0; round < 25; ++round) {
            INFO("round " << round);
            const Assessment a = randomAssessment(role, rng);
            const Score s = Scoring::score(c, role, a);
            REQUIRE(s.dimensions.size() == 4);

            // Recompute every figure independently from the definitions.
            std::map<QString, DimensionScore> want;
            int answered = 0, met = 0;
            std::vector<Gap> wantGaps;
            for (const Requirement &req : role.requirements) {
                DimensionScore &d = want[req.dimension];
                const std::optional<int> level = a.level(req.id);
                const int rr = level.value_or(0);
                ++d.items;
                d.requiredPoints += req.level;
                d.attainedPoints += std::min(rr, req.level);
                if (level) {
                    ++d.answered;
                    ++answered;
                }
                if (rr >= req.level) {
                    ++d.met;
                    ++met;
                } else {
                    wantGaps.push_back(
                        {req.id, req.dimension, req.number, req.level, rr, level.has_value(), req.level - rr});
                }
            }
            double sum = 0.0;
            for (const DimensionScore &d : s.dimensions) {
                INFO("dimension " << d.key);
                const DimensionScore &w = want.at(d.key);
                CHECK(d.items == w.items);
                CHECK(d.answered == w.answered);
                CHECK(d.met == w.met);
                CHECK(d.requiredPoints == w.requiredPoints);
                CHECK(d.attainedPoints == w.attainedPoints);
                CHECK(d.attainment >= 0.0);
                CHECK(d.attainment <= 1.0);
                CHECK(d.attainment == Approx(double(w.attainedPoints) / double(w.requiredPoints)));
                sum += d.attainment;
            }
            CHECK(s.readiness == Approx(sum / 4.0));
            CHECK(s.readiness >= 0.0);
            CHECK(s.readiness <= 1.0);
            CHECK(s.items == static_cast<int>(role.requirements.size()));
            CHECK(s.answered == answered);
            CHECK(s.answered == a.answeredCount());
            CHECK(s.met == met);
            CHECK(s.completeness == Approx(double(answered) / double(role.requirements.size())));
            CHECK(s.met + static_cast<int>(s.gaps.size()) == s.items);

            // Same gaps as the definition, largest first, then dimension, then item number.
            std::stable_sort(wantGaps.begin(), wantGaps.end(), [](const Gap &x, const Gap &y) {
                if (x.gap != y.gap)
                    return x.gap > y.gap;
                if (x.dimension != y.dimension)
                    return dimIndex(x.dimension) < dimIndex(y.dimension);
                return x.number < y.number;
            });
            REQUIRE(s.gaps.size() == wantGaps.size());
            for (size_t i = 0; i < wantGaps.size(); ++i) {
                INFO("gap " << i);
                CHECK(s.gaps[i].requirement == wantGaps[i].requirement);
                CHECK(s.gaps[i].gap == wantGaps[i].gap);
                CHECK(s.gaps[i].gap > 0);
                CHECK(s.gaps[i].gap == s.gaps[i].required - s.gaps[i].rating);
                CHECK(s.gaps[i].answered == wantGaps[i].answered);
            }
        }

        // Full marks: every rating at or above the requirement.
        Assessment full = blank(role.code.toLatin1().constData());
        for (const Requirement &req : role.requirements)
            full.setRating(
                role, rating(req.id.toLatin1().constData(), std::uniform_int_distribution<int>(req.level, 4)(rng)));
        const Score sf = Scoring::score(c, role, full);
        CHECK(sf.gaps.empty());
        CHECK(sf.readiness == Approx(1.0));
        CHECK(sf.completeness == Approx(1.0));
        CHECK(sf.met == sf.items);
        for (const DimensionScore &d : sf.dimensions)
            CHECK(d.attainment == Approx(1.0));

        // All ratings 0: nothing attained, everything a gap of its required level, all answered.
        Assessment zero = blank(role.code.toLatin1().constData());
        for (const Requirement &req : role.requirements)
            zero.setRating(role, rating(req.id.toLatin1().constData(), 0));
        const Score sz = Scoring::score(c, role, zero);
        CHECK(sz.readiness == 0.0);
        CHECK(sz.completeness == Approx(1.0));
        CHECK(sz.met == 0);
        CHECK(sz.gaps.size() == role.requirements.size());
        for (const Gap &g : sz.gaps)
            CHECK(g.gap == g.required);
    }
}

// ---------------------------------------------------------------------------------------------
// The improvement plan

TEST_CASE("Every dimension has at least one improvement method in each stage", "[plan]")
{
    const Catalog &c = bundledCatalog();
    const Improvement &imp = c.improvement();
    for (const char *stageId : {"pre-job", "on-job"}) {
        INFO("stage " << stageId);
        const ImprovementStage *st = imp.stage(QString::fromLatin1(stageId));
        REQUIRE(st);
        CHECK(st->methods.size() == 3);
        for (const char *d : {"a", "b", "c", "d"}) {
            INFO("dimension " << d);
            int suitable = 0;
            for (const ImprovementMethod &m : st->methods) {
                if (m.dimensions.contains(QString::fromLatin1(d)))
                    ++suitable;
                CHECK_FALSE(m.providers.isEmpty());
                for (const QString &p : m.providers)
                    CHECK(imp.provider(p) != nullptr);
            }
            CHECK(suitable >= 1);
        }
    }
}

TEST_CASE("The improvement plan of the hand-worked role 01 case", "[plan]")
{
    const Catalog &c = bundledCatalog();
    const std::vector<std::pair<const char *, int>> levels{{"01.a.1", 2}, {"01.a.2", 4}, {"01.a.3", 1}, {"01.b.1", 3},
                                                           {"01.b.2", 0}, {"01.b.3", 2}, {"01.b.5", 2}, {"01.b.6", 3},
                                                           {"01.c.5", 4}, {"01.d.1", 3}, {"01.d.2", 3}, {"01.d.3", 3}};

    // On the job (improvement-mapping.json): a -> internal-training, project-mentoring;
    // b -> external-training; c -> all three. Providers are those methods' providers.
    const Assessment onJob = rated("01", levels, Mode::Self, Stage::OnJob);
    const Score s = Scoring::score(c, roleOf("01"), onJob);
    const ImprovementPlan p = ImprovementPlanner::plan(c, s, Stage::OnJob);
    CHECK(p.stage == u("on-job"));
    REQUIRE(p.steps.size() == 9);
    const PlanStep &first = p.steps[0]; // 01.a.4, unanswered, required 3
    CHECK(first.order == 1);
    CHECK(first.requirement == u("01.a.4"));
    CHECK(first.dimension == u("a"));
    CHECK(first.from == 0);
    CHECK(first.to == 3);
    CHECK(first.levels == std::vector<int>{1, 2, 3});
    CHECK(first.stage == u("on-job"));
    CHECK(first.methods == QStringList{u("internal-training"), u("project-mentoring")});
    QStringList providers = first.providers;
    providers.sort();
    CHECK(providers == QStringList{u("enterprise"), u("individual")});

    const PlanStep &b2 = p.steps[1]; // 01.b.2 rated 0 of 3
    CHECK(b2.requirement == u("01.b.2"));
    CHECK(b2.methods == QStringList{u("external-training")});
    providers = b2.providers;
    providers.sort();
    CHECK(providers == QStringList{u("education"), u("individual")});

    const PlanStep &last = p.steps[8]; // 01.b.3 rated 2 of 3
    CHECK(last.order == 9);
    CHECK(last.requirement == u("01.b.3"));
    CHECK(last.from == 2);
    CHECK(last.to == 3);
    CHECK(last.levels == std::vector<int>{3});

    // Before the job: a -> project-training; b -> theory-teaching, integrated-teaching.
    const Assessment preJob = rated("01", levels, Mode::Self, Stage::PreJob);
    const ImprovementPlan pp = ImprovementPlanner::plan(c, Scoring::score(c, roleOf("01"), preJob), Stage::PreJob);
    CHECK(pp.stage == u("pre-job"));
    REQUIRE(pp.steps.size() == 9);
    CHECK(pp.steps[0].stage == u("pre-job"));
    CHECK(pp.steps[0].methods == QStringList{u("project-training")});
    providers = pp.steps[0].providers;
    providers.sort();
    CHECK(providers == QStringList{u("education"), u("enterprise")});
    CHECK(pp.steps[1].methods == QStringList{u("theory-teaching"), u("integrated-teaching")});
    providers = pp.steps[1].providers;
    providers.sort();
    CHECK(providers == QStringList{u("education"), u("individual")});

    // No gaps, no steps.
    Assessment full = blank("01");
    for (const Requirement &req : roleOf("01").requirements)
        full.setRating(roleOf("01"), rating(req.id.toLatin1().constData(), req.level));
    CHECK(ImprovementPlanner::plan(c, Scoring::score(c, roleOf("01"), full), Stage::OnJob).steps.empty());
}

TEST_CASE("Plan steps cover every gap once, in order, with the stage's methods from the mapping", "[plan][property]")
{
    const Catalog &c = bundledCatalog();
    // The mapping as data, read straight from the catalog source rather than through the Catalog.
    const QDir source(QStringLiteral(IITALENT_CATALOG_SOURCE_DIR));
    const nlohmann::json improvement = readJson(source.filePath(QStringLiteral("improvement.json")));
    const nlohmann::json mapping = readJson(source.filePath(QStringLiteral("improvement-mapping.json")));
    std::map<std::string, std::vector<std::string>> stageMethods; // stage -> method ids in A.2 order
    for (const auto &st : improvement.at("stages"))
        for (const auto &m : st.at("methods"))
            stageMethods[st.at("id").get<std::string>()].push_back(m.at("id").get<std::string>());
    REQUIRE(stageMethods.size() == 2);
    REQUIRE(stageMethods.at("pre-job").size() == 3);
    REQUIRE(stageMethods.at("on-job").size() == 3);
    for (const auto &[stage, methods] : stageMethods) {
        for (const char *d : {"a", "b", "c", "d"}) {
            int suitable = 0;
            for (const std::string &m : methods) {
                const auto &dims = mapping.at("methods").at(m).at("dimensions");
                if (std::find(dims.begin(), dims.end(), d) != dims.end())
                    ++suitable;
            }
            INFO("stage " << stage << ", dimension " << d);
            CHECK(suitable >= 1); // no gap is ever left without a method
        }
    }

    std::mt19937 rng(41u);
    for (const Role &role : c.roles()) {
        for (const Stage stage : {Stage::PreJob, Stage::OnJob}) {
            const std::string stageName = stageId(stage).toStdString();
            INFO("role " << role.code << ", stage " << stageName);
            const Assessment a = randomAssessment(role, rng, stage);
            const Score s = Scoring::score(c, role, a);
            const ImprovementPlan p = ImprovementPlanner::plan(c, s, stage);
            CHECK(p.stage == stageId(stage));
            REQUIRE(p.steps.size() == s.gaps.size());
            QSet<QString> seen;
            for (size_t i = 0; i < p.steps.size(); ++i) {
                const PlanStep &st = p.steps[i];
                const Gap &g = s.gaps[i];
                INFO("step " << i << " " << st.requirement);
                CHECK(st.order == static_cast<int>(i) + 1);
                CHECK(st.requirement == g.requirement);
                CHECK(st.dimension == g.dimension);
                CHECK_FALSE(seen.contains(st.requirement));
                seen.insert(st.requirement);
                CHECK(st.from == g.rating);
                CHECK(st.to == g.required);
                REQUIRE(st.levels.size() == static_cast<size_t>(g.gap));
                for (size_t k = 0; k < st.levels.size(); ++k)
                    CHECK(st.levels[k] == g.rating + 1 + static_cast<int>(k));
                CHECK(st.stage == stageId(stage));

                QStringList wantMethods;
                QSet<QString> wantProviders;
                for (const std::string &m : stageMethods.at(stageName)) {
                    const auto &entry = mapping.at("methods").at(m);
                    const auto &dims = entry.at("dimensions");
                    if (std::find(dims.begin(), dims.end(), st.dimension.toStdString()) == dims.end())
                        continue;
                    wantMethods << QString::fromStdString(m);
                    for (const auto &prov : entry.at("providers"))
                        wantProviders.insert(QString::fromStdString(prov.get<std::string>()));
                }
                CHECK_FALSE(wantMethods.isEmpty());
                CHECK(st.methods == wantMethods);
                CHECK(QSet<QString>(st.providers.begin(), st.providers.end()) == wantProviders);
                CHECK(st.providers.size() == wantProviders.size()); // no provider twice
            }
            // Every gap has exactly one step.
            CHECK(seen.size() == static_cast<int>(s.gaps.size()));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Role fit

namespace {

const RoleFitEntry &entryOf(const std::vector<RoleFitEntry> &entries, const char *role)
{
    for (const RoleFitEntry &e : entries)
        if (e.role == QLatin1String(role))
            return e;
    FAIL("no role fit entry for " << role);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("Role fit carries a rating to the roles that share its competency", "[fit]")
{
    const Catalog &c = bundledCatalog();
    // 01.a.1 熟悉工业互联网体系架构及其发展趋势 is shared by 02.a.1 (熟悉, 2), 04.a.1 (了解, 1),
    // 12.a.1 (掌握, 3) and others; role 05 does not have it.
    const Requirement *r01 = c.requirement(u("01.a.1"));
    const Requirement *r02 = c.requirement(u("02.a.1"));
    const Requirement *r04 = c.requirement(u("04.a.1"));
    const Requirement *r12 = c.requirement(u("12.a.1"));
    REQUIRE(r01);
    REQUIRE(r02);
    REQUIRE(r04);
    REQUIRE(r12);
    CHECK(r02->competency == r01->competency);
    CHECK(r04->competency == r01->competency);
    CHECK(r12->competency == r01->competency);
    CHECK(r02->level == 2);
    CHECK(r04->level == 1);
    CHECK(r12->level == 3);
    for (const Requirement &req : roleOf("05").requirements)
        REQUIRE(req.competency != r01->competency);

    // Only 01.a.1 rated, at 2.
    const Assessment a = rated("01", {{"01.a.1", 2}});
    const std::vector<RoleFitEntry> fit = RoleFit::rank(c, a);
    REQUIRE(fit.size() == 41);

    // Role 02: 1 of its requirements covered; only dimension a counts: min(2, 2) / 2 = 1.
    const RoleFitEntry &e02 = entryOf(fit, "02");
    CHECK(e02.requirements == static_cast<int>(roleOf("02").requirements.size()));
    CHECK(e02.covered == 1);
    CHECK(e02.coverage == Approx(1.0 / e02.requirements));
    CHECK(e02.readiness == Approx(1.0));
    CHECK(e02.lowCoverage);
    CHECK_FALSE(e02.source);
    // Role 04 requires it at 1: the carried 2 meets it, readiness 1.
    CHECK(entryOf(fit, "04").covered == 1);
    CHECK(entryOf(fit, "04").readiness == Approx(1.0));
    // Role 12 requires it at 3: the carried 2 attains 2 of 3.
    CHECK(entryOf(fit, "12").covered == 1);
    CHECK(entryOf(fit, "12").readiness == Approx(2.0 / 3.0));
    // Role 05 shares nothing with it.
    const RoleFitEntry &e05 = entryOf(fit, "05");
    CHECK(e05.covered == 0);
    CHECK(e05.coverage == 0.0);
    CHECK(e05.readiness == 0.0);
    CHECK(e05.lowCoverage);
    // The assessed role itself: 1 of 18.
    const RoleFitEntry &e01 = entryOf(fit, "01");
    CHECK(e01.source);
    CHECK(e01.covered == 1);
    CHECK(e01.lowCoverage);
    // All low: ordered by coverage, then readiness.
    for (size_t i = 1; i < fit.size(); ++i) {
        INFO("rank " << i << " role " << fit[i].role);
        CHECK(fit[i - 1].coverage >= fit[i].coverage);
    }

    // An unanswered rating (evidence only) carries nothing.
    Assessment evidence = blank("01");
    evidence.setRating(roleOf("01"), rating("01.a.1", std::nullopt, u("证书")));
    for (const RoleFitEntry &e : RoleFit::rank(c, evidence)) {
        CHECK(e.covered == 0);
        CHECK(e.readiness == 0.0);
    }
}

TEST_CASE("Role fit of a fully answered assessment ranks all 41 roles, low coverage last", "[fit]")
{
    const Catalog &c = bundledCatalog();
    std::mt19937 rng(7u);
    for (const Role &role : c.roles()) {
        INFO("assessed role " << role.code);
        Assessment a = blank(role.code.toLatin1().constData());
        for (const Requirement &req : role.requirements)
            a.setRating(role, rating(req.id.toLatin1().constData(), std::uniform_int_distribution<int>(0, 4)(rng)));
        const std::vector<RoleFitEntry> fit = RoleFit::rank(c, a);
        REQUIRE(fit.size() == 41);
        QSet<QString> roles;
        for (const RoleFitEntry &e : fit)
            roles.insert(e.role);
        CHECK(roles.size() == 41);

        const RoleFitEntry &self = entryOf(fit, role.code.toLatin1().constData());
        CHECK(self.source);
        CHECK(self.covered == static_cast<int>(role.requirements.size()));
        CHECK(self.coverage == Approx(1.0));
        CHECK_FALSE(self.lowCoverage);
        CHECK(self.readiness == Approx(Scoring::score(c, role, a).readiness));

        bool sawLow = false;
        for (size_t i = 0; i < fit.size(); ++i) {
            const RoleFitEntry &e = fit[i];
            INFO("rank " << i << " role " << e.role);
            CHECK(e.source == (e.role == role.code));
            CHECK(e.lowCoverage == (e.coverage < 0.5));
            CHECK(e.coverage == Approx(double(e.covered) / double(e.requirements)));
            CHECK(e.readiness >= 0.0);
            CHECK(e.readiness <= 1.0);
            if (e.lowCoverage)
                sawLow = true;
            else
                CHECK_FALSE(sawLow); // every well-covered role before every low-coverage one
            if (i > 0 && !e.lowCoverage)
                CHECK(fit[i - 1].readiness >= e.readiness);
        }
    }
}

namespace {

// 王芳 #007's answers for issue 22's example: a partial role-10 self-assessment (October) and a
// complete role-11 self-assessment (November). Roles 10 and 11 share five competencies:
// 10.a.1/11.a.1 (c001), 10.a.4/11.a.4 (c004), 10.b.1/11.b.1 (c113), 10.b.2/11.b.2 (c114) and
// 10.c.1/11.c.7 (c116); nothing else of role 11 is in role 10.
Subject wangFang(const char *number = "007")
{
    Subject s;
    s.name = u("王芳");
    s.number = QString::fromLatin1(number);
    return s;
}

Assessment fitExample10()
{
    Assessment a =
        rated("10", {{"10.a.1", 3}, {"10.a.2", 2}, {"10.a.4", 4}, {"10.b.1", 4}, {"10.c.1", 1}, {"10.d.1", 2}});
    a.id = QStringLiteral("10000000-0000-4000-8000-000000000010");
    a.subject = wangFang();
    a.created = utc("2026-10-01T09:00:00Z");
    a.updated = utc("2026-10-01T10:00:00Z");
    return a;
}

Assessment fitExample11(const std::vector<int> &levels, Mode mode = Mode::Self)
{
    const Role &role = roleOf("11");
    REQUIRE(levels.size() == role.requirements.size());
    Assessment a = blank("11", mode);
    for (size_t i = 0; i < levels.size(); ++i)
        a.setRating(role, rating(role.requirements[i].id.toLatin1().constData(), levels[i]));
    a.id = QStringLiteral("11000000-0000-4000-8000-000000000011");
    a.subject = wangFang();
    a.created = utc("2026-11-01T09:00:00Z");
    a.updated = utc("2026-11-01T10:00:00Z");
    return a;
}

// 11.a.1..a.4, b.1..b.3, c.1..c.7, d.1..d.2 (required 2 2 3 3 | 3 2 2 | 3 2 3 2 2 3 3 | 3 3).
const std::vector<int> fitExampleLevels11{2, 1, 3, 2, 2, 2, 1, 3, 2, 1, 2, 0, 3, 3, 2, 3};

} // namespace

TEST_CASE("Role fit for a person merges the latest answers of their assessments of one mode", "[fit]")
{
    const Catalog &c = bundledCatalog();
    const Assessment a10 = fitExample10();
    const Assessment a11 = fitExample11(fitExampleLevels11);
    // Neither counts for 王芳 #007's self report: another 王芳 (#008) and the assessor's view,
    // both later and all at 4.
    Assessment other = fitExample11(std::vector<int>(16, 4));
    other.id = QStringLiteral("11000000-0000-4000-8000-000000000008");
    other.subject = wangFang("008");
    other.updated = utc("2026-11-20T10:00:00Z");
    Assessment assessor = fitExample11(std::vector<int>(16, 4), Mode::Assessor);
    assessor.id = QStringLiteral("11000000-0000-4000-8000-0000000000a5");
    assessor.updated = utc("2026-11-21T10:00:00Z");
    const std::vector<Assessment> stored{a10, a11, other, assessor}; // as the store gives them

    // The role-10 assessment alone: of the 5 items role 11 shares with role 10, 4 are answered
    // (10.b.2 is not): 4 of 16.
    CHECK(entryOf(RoleFit::rank(c, a10), "11").coverage == Approx(4.0 / 16.0));

    const PersonFit fit = RoleFit::forPerson(c, a10, stored);
    CHECK(fit.assessments == QStringList({a10.id, a11.id}));
    REQUIRE(fit.entries.size() == 41);

    // Role 11: every item answered, each competency by its latest answer (role 11's, November):
    //   a: min(2,2)+min(1,2)+min(3,3)+min(2,3) = 8 of 2+2+3+3 = 10        -> 0.8
    //      (10.a.4 was 4 in October; the later 11.a.4 = 2 counts, not the higher one)
    //   b: min(2,3)+min(2,2)+min(1,2) = 5 of 3+2+2 = 7                    -> 5/7
    //      (10.b.1 was 4 in October; 11.b.1 = 2 counts)
    //   c: 3+2+1+2+0+3+3 = 14 of 3+2+3+2+2+3+3 = 18                       -> 7/9
    //   d: min(2,3)+min(3,3) = 5 of 6                                    -> 5/6
    //   readiness = (0.8 + 5/7 + 7/9 + 5/6) / 4 = 0.78135 (78.1%)
    const RoleFitEntry &e11 = entryOf(fit.entries, "11");
    CHECK(e11.covered == 16);
    CHECK(e11.coverage == Approx(1.0));
    CHECK_FALSE(e11.lowCoverage);
    CHECK(e11.unanswered.isEmpty());
    CHECK(e11.readiness == Approx((0.8 + 5.0 / 7.0 + 7.0 / 9.0 + 5.0 / 6.0) / 4.0));
    CHECK(e11.readiness == Approx(Scoring::score(c, roleOf("11"), a11).readiness));
    CHECK_FALSE(e11.source);
    CHECK(fit.entries.front().role == QLatin1String("11")); // the only well-covered role

    // Role 10: 10.a.2 (2) and 10.d.1 (2) from October; 10.a.1, 10.a.4, 10.b.1, 10.b.2 (all 2)
    // and 10.c.1 (3) carried from November's role 11. 7 of 17 covered:
    //   a: min(2,2)+min(2,3)+min(2,3) = 6 of 2+3+3 = 8 -> 0.75
    //   b: min(2,4)+min(2,3) = 4 of 4+3 = 7           -> 4/7
    //   c: min(3,3) = 3 of 3                          -> 1
    //   d: min(2,3) = 2 of 3                          -> 2/3
    //   readiness = (0.75 + 4/7 + 1 + 2/3) / 4 = 0.74702
    const RoleFitEntry &e10 = entryOf(fit.entries, "10");
    CHECK(e10.source);
    CHECK(e10.covered == 7);
    CHECK(e10.coverage == Approx(7.0 / 17.0));
    CHECK(e10.lowCoverage);
    CHECK(e10.readiness == Approx((0.75 + 4.0 / 7.0 + 1.0 + 2.0 / 3.0) / 4.0));
    CHECK(e10.unanswered == QStringList({u("10.a.3"), u("10.b.3"), u("10.c.2"), u("10.c.3"), u("10.c.4"), u("10.c.5"),
                                         u("10.c.6"), u("10.c.7"), u("10.d.2"), u("10.d.3")}));
    for (const RoleFitEntry &e : fit.entries)
        CHECK(e.unanswered.size() == e.requirements - e.covered);

    // Assess next: of the roles with 20% to below 60% covered only role 10 (41.2%) is left (the
    // next, role 03, has 3 of 16 = 18.8%): finish it.
    CHECK(entryOf(fit.entries, "03").coverage == Approx(3.0 / 16.0));
    REQUIRE(fit.assessNext);
    CHECK(*fit.assessNext == QLatin1String("10"));

    // The report of the role-11 assessment sees the same merged answers.
    const PersonFit from11 = RoleFit::forPerson(c, a11, stored);
    CHECK(entryOf(from11.entries, "10").covered == 7);
    CHECK(entryOf(from11.entries, "11").source);

    // The assessor's report takes only assessor assessments: its own 16 items at 4.
    const PersonFit assessorFit = RoleFit::forPerson(c, assessor, stored);
    CHECK(assessorFit.assessments == QStringList({assessor.id}));
    CHECK(entryOf(assessorFit.entries, "10").covered == 5);
    CHECK(entryOf(assessorFit.entries, "11").readiness == Approx(1.0));

    // Before role 11 was assessed, a complete role-10 assessment at 3 suggests role 11: 5 of 16
    // covered (31.3%), all met (readiness 100% on what is known); no other role has 20% to 60%.
    Assessment full10 = blank("10");
    full10.subject = wangFang();
    for (const Requirement &req : roleOf("10").requirements)
        full10.setRating(roleOf("10"), rating(req.id.toLatin1().constData(), 3));
    const PersonFit before = RoleFit::forPerson(c, full10, {full10});
    const RoleFitEntry &before11 = entryOf(before.entries, "11");
    CHECK(before11.coverage == Approx(5.0 / 16.0));
    CHECK(before11.readiness == Approx(1.0));
    CHECK(before11.unanswered.size() == 11);
    CHECK_FALSE(before11.unanswered.contains(u("11.a.1")));
    CHECK(before11.unanswered.contains(u("11.a.2")));
    REQUIRE(before.assessNext);
    CHECK(*before.assessNext == QLatin1String("11"));
}

TEST_CASE("Assess next: the best readiness among roles 20% to below 60% covered", "[fit]")
{
    const Catalog &c = bundledCatalog();
    auto entry = [](const char *role, double coverage, double readiness) {
        RoleFitEntry e;
        e.role = QString::fromLatin1(role);
        e.requirements = 20;
        e.covered = static_cast<int>(coverage * 20);
        e.coverage = coverage;
        e.readiness = readiness;
        return e;
    };
    // 01 is well covered, 02 too little known (below 20%), 03 at 60% no longer counts: 05 (the
    // best readiness of those in range) is chosen over 04.
    CHECK(RoleFit::assessNext(c, {entry("01", 1.0, 1.0), entry("02", 0.15, 1.0), entry("03", 0.6, 0.95),
                                  entry("04", 0.2, 0.5), entry("05", 0.55, 0.7)}) == QStringLiteral("05"));
    // 20% is in range; a tie of readiness goes to the higher coverage, then to the catalog order.
    CHECK(RoleFit::assessNext(c, {entry("04", 0.2, 0.9), entry("03", 0.3, 0.9)}) == QStringLiteral("03"));
    CHECK(RoleFit::assessNext(c, {entry("07", 0.3, 0.9), entry("06", 0.3, 0.9)}) == QStringLiteral("06"));
    CHECK_FALSE(RoleFit::assessNext(c, {entry("01", 1.0, 1.0), entry("02", 0.1, 1.0)}).has_value());
}

// ---------------------------------------------------------------------------------------------
// Comparison and history

TEST_CASE("Self and assessor assessments are compared side by side, self first", "[compare]")
{
    const Catalog &c = bundledCatalog();
    Assessment self = rated("01", {{"01.a.1", 4}, {"01.a.2", 1}, {"01.a.3", 3}, {"01.a.4", 2}, {"01.b.1", 0}});
    self.id = QStringLiteral("11111111-1111-4111-8111-111111111111");
    Assessment assessor =
        rated("01", {{"01.a.1", 2}, {"01.a.2", 3}, {"01.a.3", 2}, {"01.b.1", 4}, {"01.c.1", 3}}, Mode::Assessor);
    assessor.id = QStringLiteral("22222222-2222-4222-8222-222222222222");

    for (const bool swapped : {false, true}) {
        INFO("assessor given first: " << swapped);
        auto result = swapped ? Comparer::compare(c, assessor, self) : Comparer::compare(c, self, assessor);
        INFO(result.error());
        REQUIRE(result.ok());
        const Comparison &cmp = result.value();
        CHECK(cmp.firstId == self.id);
        CHECK(cmp.secondId == assessor.id);
        CHECK(cmp.role == u("01"));
        CHECK(cmp.firstScore.readiness == Approx(Scoring::score(c, roleOf("01"), self).readiness));
        CHECK(cmp.secondScore.readiness == Approx(Scoring::score(c, roleOf("01"), assessor).readiness));
        REQUIRE(cmp.items.size() == 18);
        for (size_t i = 0; i < cmp.items.size(); ++i)
            CHECK(cmp.items[i].requirement == roleOf("01").requirements[i].id);

        // a.1: 4 vs 2 -> +2, over-estimation. a.2: 1 vs 3 -> -2, under-estimation.
        // a.3: 3 vs 2 -> +1, no flag. a.4: self only. b.1: 0 vs 4 -> -4. c.1: assessor only.
        CHECK(cmp.items[0].first == 4);
        CHECK(cmp.items[0].second == 2);
        CHECK(cmp.items[0].difference == 2);
        CHECK(cmp.items[0].flag == u("over-estimation"));
        CHECK(cmp.items[0].required == 2);
        CHECK(cmp.items[1].difference == -2);
        CHECK(cmp.items[1].flag == u("under-estimation"));
        CHECK(cmp.items[2].difference == 1);
        CHECK(cmp.items[2].flag.isEmpty());
        CHECK(cmp.items[3].first == 2);
        CHECK_FALSE(cmp.items[3].second.has_value());
        CHECK_FALSE(cmp.items[3].difference.has_value());
        CHECK(cmp.items[3].flag.isEmpty());
        CHECK(cmp.items[4].requirement == u("01.b.1"));
        CHECK(cmp.items[4].difference == -4);
        CHECK(cmp.items[4].flag == u("under-estimation"));
        const ComparedItem &c1 = cmp.items[10];
        CHECK(c1.requirement == u("01.c.1"));
        CHECK_FALSE(c1.first.has_value());
        CHECK(c1.second == 3);
        CHECK_FALSE(c1.difference.has_value());
        CHECK(cmp.flagged == 3);
    }
}

TEST_CASE("Two assessments of the same mode are flagged as differing; other roles are refused", "[compare]")
{
    const Catalog &c = bundledCatalog();
    Assessment earlier = rated("01", {{"01.a.1", 0}, {"01.a.2", 1}});
    earlier.id = QStringLiteral("33333333-3333-4333-8333-333333333333");
    Assessment later = rated("01", {{"01.a.1", 3}, {"01.a.2", 1}});
    later.id = QStringLiteral("44444444-4444-4444-8444-444444444444");
    auto result = Comparer::compare(c, later, earlier);
    REQUIRE(result.ok());
    CHECK(result->firstId == later.id); // no self/assessor pair: the order given
    CHECK(result->items[0].difference == 3);
    CHECK(result->items[0].flag == u("differs"));
    CHECK(result->items[1].difference == 0);
    CHECK(result->items[1].flag.isEmpty());
    CHECK(result->flagged == 1);

    const Assessment other = rated("02", {{"02.a.1", 2}}, Mode::Assessor);
    auto refused = Comparer::compare(c, earlier, other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(u("different roles")));
    CHECK(refused.error().contains(u("01")));
    CHECK(refused.error().contains(u("02")));
}

TEST_CASE("A subject's history shows what changed between consecutive assessments of a role", "[history]")
{
    const Catalog &c = bundledCatalog();
    Assessment first = rated("01", {{"01.a.1", 1}, {"01.a.2", 1}});
    first.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    first.created = utc("2026-01-10T09:00:00Z");
    Assessment second = rated("01", {{"01.a.1", 2}, {"01.a.2", 1}, {"01.b.1", 3}});
    second.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
    second.created = utc("2026-04-10T09:00:00Z");
    // An assessment of another role in between does not break the chain of role 01.
    Assessment otherRole = rated("02", {{"02.a.1", 2}});
    otherRole.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000009");
    otherRole.created = utc("2026-05-01T09:00:00Z");
    Assessment third = rated("01", {{"01.a.1", 2}, {"01.b.1", 3}, {"01.c.1", 1}});
    third.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003");
    third.created = utc("2026-07-10T09:00:00Z");

    const auto h = HistoryBuilder::build(c, {first, second, otherRole, third});
    REQUIRE(h.size() == 4);
    CHECK(h[0].id == first.id);
    CHECK(h[1].id == second.id);
    CHECK(h[2].id == otherRole.id);
    CHECK(h[3].id == third.id);
    const Assessment *given[] = {&first, &second, &otherRole, &third};
    for (size_t i = 0; i < h.size(); ++i) {
        CHECK(h[i].role == given[i]->role);
        CHECK(h[i].created == given[i]->created);
        CHECK(h[i].score.readiness == Approx(Scoring::score(c, *c.role(h[i].role), *given[i]).readiness));
    }

    // The first of each role has nothing to compare with.
    CHECK_FALSE(h[0].readinessChange.has_value());
    CHECK(h[0].changedRatings.empty());
    CHECK_FALSE(h[2].readinessChange.has_value());
    CHECK(h[2].changedRatings.empty());

    // first -> second: a.1 1 -> 2 (a: 2 of 9 -> 3 of 9), b.1 none -> 3 (b: 0 -> 3 of 16).
    REQUIRE(h[1].readinessChange.has_value());
    CHECK(*h[1].readinessChange == Approx((1.0 / 9.0 + 3.0 / 16.0) / 4.0));
    REQUIRE(h[1].attainmentChanges.size() == 4);
    CHECK(h[1].attainmentChanges[0] == Approx(1.0 / 9.0));
    CHECK(h[1].attainmentChanges[1] == Approx(3.0 / 16.0));
    CHECK(h[1].attainmentChanges[2] == Approx(0.0));
    CHECK(h[1].attainmentChanges[3] == Approx(0.0));
    REQUIRE(h[1].changedRatings.size() == 2);
    CHECK(h[1].changedRatings[0].first == u("01.a.1"));
    CHECK(h[1].changedRatings[0].second.first == 1);
    CHECK(h[1].changedRatings[0].second.second == 2);
    CHECK(h[1].changedRatings[1].first == u("01.b.1"));
    CHECK_FALSE(h[1].changedRatings[1].second.first.has_value());
    CHECK(h[1].changedRatings[1].second.second == 3);

    // second -> third: a.2 1 -> none (a: 3 -> 2 of 9), c.1 none -> 1 (c: 0 -> 1 of 11).
    REQUIRE(h[3].readinessChange.has_value());
    CHECK(*h[3].readinessChange == Approx((-1.0 / 9.0 + 1.0 / 11.0) / 4.0));
    REQUIRE(h[3].changedRatings.size() == 2);
    CHECK(h[3].changedRatings[0].first == u("01.a.2"));
    CHECK(h[3].changedRatings[0].second.first == 1);
    CHECK_FALSE(h[3].changedRatings[0].second.second.has_value());
    CHECK(h[3].changedRatings[1].first == u("01.c.1"));
    CHECK(h[3].changedRatings[1].second.second == 1);
}
