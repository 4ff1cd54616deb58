// A helper of bench_team.cpp: one client machine of a class, rating as fast as a person never
// could, one committed rating at a time, each timed.
//
//   iitalent-bench-rater STORE TAG COUNT READY GO [PACE_MS]
//
// Creates READY, waits for GO to exist, then inserts an assessment of role 01 for "rater TAG" and
// gives COUNT ratings (a new assessment every 18). With PACE_MS, a rating starts every PACE_MS
// milliseconds (a person takes seconds; 0, the default, starts each as soon as the last is done). After each committed
// rating it prints "ok ID REQUIREMENT LEVEL MICROSECONDS" (the time setRating took). Exits 0 when all are written.
#include "AssessmentStore.h"
#include "Catalog.h"
#include "EmbeddedCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace iitalent;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 5 && args.size() != 6) {
        std::fprintf(stderr, "usage: iitalent-bench-rater STORE TAG COUNT READY GO [PACE_MS]\n");
        return 2;
    }
    auto catalog = loadEmbeddedCatalog();
    const Role *role = catalog ? catalog->role(QStringLiteral("01")) : nullptr;
    auto store = AssessmentStore::open(args[0]);
    if (!role || !store) {
        std::fprintf(stderr, "rater: %s\n", store ? "no role 01" : store.error().toUtf8().constData());
        return 1;
    }
    QFile ready(args[3]);
    if (!ready.open(QIODevice::WriteOnly))
        return 1;
    ready.close();
    for (int i = 0; !QFile::exists(args[4]); ++i) {
        if (i > 300000)
            return 1;
        QThread::usleep(200);
    }
    const int tag = args[1].toInt();
    const int count = args[2].toInt();
    const int per = static_cast<int>(role->requirements.size());
    const auto pace = std::chrono::milliseconds(args.value(5).toInt());
    // The raters start spread over one pace, as people do, not in lockstep.
    auto next = std::chrono::steady_clock::now() + pace * tag / 50;
    QString id;
    for (int i = 0; i < count; ++i) {
        if (pace.count() > 0) {
            std::this_thread::sleep_until(next);
            next += pace;
        }
        if (i % per == 0) {
            Subject s;
            s.name = QStringLiteral("rater %1").arg(tag);
            Assessment a = Assessment::create(role->code, Mode::Self, s, QString());
            if (Status st = store->insert(a); !st) {
                std::fprintf(stderr, "rater: %s\n", st.error().toUtf8().constData());
                return 1;
            }
            id = a.id;
        }
        Rating r;
        r.requirement = role->requirements[static_cast<size_t>(i % per)].id;
        r.level = (i + tag) % 5;
        const auto t0 = std::chrono::steady_clock::now();
        Status st = store->setRating(id, r, nowUtc());
        const auto t1 = std::chrono::steady_clock::now();
        if (!st) {
            std::fprintf(stderr, "rater: %s\n", st.error().toUtf8().constData());
            return 1;
        }
        std::printf("ok %s %s %d %lld\n", id.toLatin1().constData(), r.requirement.toLatin1().constData(), *r.level,
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0).count()));
    }
    std::fflush(stdout);
    return 0;
}
