#include "ClassGenerator.h"

#include "Catalog.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
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

} // namespace iitalent::bench
