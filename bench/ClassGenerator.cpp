#include "ClassGenerator.h"

#include "AssessmentStore.h"
#include "Catalog.h"
#include "EmbeddedCatalog.h"
#include "HiringRound.h"

#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

namespace iitalent::bench {

std::vector<Assessment> generateClass(const Catalog &catalog, const QString &roleCode, int participants, unsigned seed)
{
    const Role *role = catalog.role(roleCode);
    if (!role)
        return {};
    static const QStringList surnames =
        QString::fromUtf8("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗").split(QLatin1Char(' '));
    static const QStringList given =
        QString::fromUtf8("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 霞 平 刚 "
                          "桂英 华 建国 志强 晓东 海燕 子涵 浩然 雨桐")
            .split(QLatin1Char(' '));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> ability(0.35, 1.15);
    std::normal_distribution<double> noise(0.0, 0.6);
    std::uniform_int_distribution<int> percent(0, 99);
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-09-01T09:00:00Z"), Qt::ISODate).toUTC();
    std::vector<Assessment> out;
    out.reserve(static_cast<size_t>(participants) + static_cast<size_t>(participants) / 30 + 1);
    for (int i = 0; i < participants; ++i) {
        Subject s;
        s.name =
            surnames.at(static_cast<int>(rng() % surnames.size())) + given.at(static_cast<int>(rng() % given.size()));
        s.number = QStringLiteral("S%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        s.organisation = QString::fromUtf8("工业互联网实训中心");
        s.stage = percent(rng) < 70 ? Stage::OnJob : Stage::PreJob;
        const double a = ability(rng);
        const int rounds = i % 30 == 0 ? 2 : 1;
        for (int round = 0; round < rounds; ++round) {
            Assessment x = Assessment::create(role->code, Mode::Self, s, QString());
            x.created = start.addSecs(static_cast<qint64>(i) * 60 + round * 86400);
            x.updated = x.created.addSecs(1800);
            const double grown = a + 0.15 * round;
            for (const Requirement &req : role->requirements) {
                if (percent(rng) < 5)
                    continue;
                Rating r;
                r.requirement = req.id;
                r.level = std::clamp(static_cast<int>(std::lround(req.level * grown + noise(rng))), 0, 4);
                x.ratings.push_back(std::move(r));
            }
            out.push_back(std::move(x));
        }
    }
    return out;
}

namespace {

void require(bool ok)
{
    if (!ok) {
        std::fprintf(stderr, "the generated round could not be stored\n");
        std::abort();
    }
}

} // namespace

QString makeRound(const Catalog &catalog, const QTemporaryDir &dir, int candidates)
{
    const QString path = dir.filePath(QStringLiteral("round.sqlite"));
    AssessmentStore store = AssessmentStore::open(path).value();
    Cohort c;
    c.name = QStringLiteral("round");
    c.kind = CohortKind::Hiring;
    c.roles = QStringList{QStringLiteral("16")};
    const qint64 id = store.createCohort(c).value().id;
    require(store.setMustHaves(id, {QStringLiteral("16.a.3"), QStringLiteral("16.d.1")}).ok());
    const QStringList assessors{QStringLiteral("面试官甲"), QStringLiteral("面试官乙"), QStringLiteral("面试官丙")};
    const std::vector<Assessment> seen = generateClass(catalog, QStringLiteral("16"), candidates);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> shift(-1, 1);
    for (int k = 0; k < assessors.size(); ++k) {
        std::vector<Assessment> panel;
        for (const Assessment &a : seen) {
            Assessment b = Assessment::create(a.role, Mode::Assessor, a.subject, assessors.at(k));
            b.created = a.created;
            b.updated = a.updated;
            for (size_t n = 0; n < a.ratings.size(); ++n) {
                Rating x = a.ratings[n];
                x.level = std::clamp(x.level.value_or(0) + (k == 0 ? 0 : shift(rng)), 0, 4);
                // Interviewers write evidence on about one item in four, and a note now and then.
                if ((n + static_cast<size_t>(k)) % 4 == 0)
                    x.evidence =
                        QStringLiteral("面谈中举例说明了在工厂数据平台项目中的具体做法，细节可信，第 %1 项").arg(n + 1);
                if ((n + static_cast<size_t>(k)) % 9 == 0)
                    x.note = QStringLiteral("二面时追问规模与性能");
                b.ratings.push_back(x);
            }
            panel.push_back(std::move(b));
        }
        require(store.collectIntoCohort(id, panel, false).ok());
    }
    auto report = RoundReport::load(store, catalog, QStringLiteral("round"));
    require(report.ok());
    for (size_t i = 0; i < report->candidates.size(); i += 10) {
        RoundConsensus agreed;
        agreed.candidate = report->candidates[i].subject;
        agreed.requirement = QStringLiteral("16.a.3");
        agreed.level = 3;
        agreed.reason = QStringLiteral("benchmark");
        require(store.setConsensus(id, agreed).ok());
    }
    return path;
}

qint64 fillStore(AssessmentStore &store, const std::vector<Assessment> &all)
{
    Cohort c;
    c.name = QStringLiteral("bench");
    const qint64 id = store.createCohort(c).value().id;
    for (size_t i = 0; i < all.size(); i += 1000) {
        const std::vector<Assessment> batch(all.begin() + static_cast<long>(i),
                                            all.begin() + static_cast<long>(std::min(all.size(), i + 1000)));
        if (!store.collectIntoCohort(id, batch, false))
            std::abort();
    }
    return id;
}

const Catalog &benchCatalog()
{
    static const Catalog loaded = [] {
        Result<Catalog> r = loadEmbeddedCatalog();
        if (!r)
            std::abort();
        return std::move(r).value();
    }();
    return loaded;
}

} // namespace iitalent::bench
