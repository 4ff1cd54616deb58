// The plain-loop figures and the summary table shared by iitalent-bench and iitalent-bench-gui.
#include "BenchReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <numeric>

#ifndef IITALENT_BENCH_BUILD_TYPE
#define IITALENT_BENCH_BUILD_TYPE ""
#endif

namespace iitalent::bench {

namespace {

std::vector<Figure> &figures()
{
    static std::vector<Figure> all;
    return all;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    // Nearest rank: the smallest value with at least p of the timings at or below it.
    size_t rank = static_cast<size_t>(p * static_cast<double>(sorted.size()) + 0.999999);
    rank = std::clamp<size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

double median(const std::vector<double> &sorted)
{
    const size_t n = sorted.size();
    if (n == 0)
        return 0.0;
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

QString cpuModel()
{
    // /proc files have no size: read them whole, never with atEnd().
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("model name")))
                return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return QSysInfo::currentCpuArchitecture();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromUtf8(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

std::string fmt(double us)
{
    char buf[32];
    if (us >= 1000.0)
        std::snprintf(buf, sizeof buf, "%.3f ms", us / 1000.0);
    else
        std::snprintf(buf, sizeof buf, "%.2f µs", us);
    return buf;
}

} // namespace

Figure record(const std::string &name, const std::string &unit, double barUs, std::vector<double> nanoseconds,
              double perTiming)
{
    for (double &ns : nanoseconds)
        ns /= perTiming;
    std::sort(nanoseconds.begin(), nanoseconds.end());
    Figure f;
    f.name = name;
    f.unit = unit;
    f.count = static_cast<int>(nanoseconds.size());
    f.barUs = barUs;
    if (!nanoseconds.empty()) {
        f.meanUs = std::accumulate(nanoseconds.begin(), nanoseconds.end(), 0.0) / nanoseconds.size() / 1000.0;
        f.medianUs = median(nanoseconds) / 1000.0;
        f.p90Us = percentile(nanoseconds, 0.9) / 1000.0;
        f.minUs = nanoseconds.front() / 1000.0;
        f.maxUs = nanoseconds.back() / 1000.0;
    }
    // A line of its own: Catch2's console reporter leaves its last line open.
    std::printf("\n%s (%s, %d timings): median %s, mean %s, p90 %s, min %s, max %s", f.name.c_str(), f.unit.c_str(),
                f.count, fmt(f.medianUs).c_str(), fmt(f.meanUs).c_str(), fmt(f.p90Us).c_str(), fmt(f.minUs).c_str(),
                fmt(f.maxUs).c_str());
    if (f.barUs > 0)
        std::printf("; bar %s, median/bar %.3f%s", fmt(f.barUs).c_str(), f.medianUs / f.barUs,
                    f.medianUs < f.barUs ? "" : "  ** NOT MET **");
    std::printf("\n");
    std::fflush(stdout);
    figures().push_back(f);
    return f;
}

void printSummary()
{
    if (figures().empty())
        return;
    std::printf("\n## iitalent-bench summary\n\n");
    std::printf("- date: %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::printf("- machine: %d logical CPUs (nproc), %s, %s\n", QThread::idealThreadCount(), qPrintable(cpuModel()),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("- load average at the end: %s\n", qPrintable(loadAverage()));
    std::printf("- build type: %s, Qt %s\n\n", IITALENT_BENCH_BUILD_TYPE, qVersion());
    std::printf("| what | unit | n | median | mean | p90 | max | bar | median/bar |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Figure &f : figures()) {
        std::printf("| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n", f.name.c_str(), f.unit.c_str(), f.count,
                    fmt(f.medianUs).c_str(), fmt(f.meanUs).c_str(), fmt(f.p90Us).c_str(), fmt(f.maxUs).c_str(),
                    f.barUs > 0 ? fmt(f.barUs).c_str() : "–",
                    f.barUs > 0 ? QByteArray::number(f.medianUs / f.barUs, 'f', 3).constData() : "–");
    }
    std::fflush(stdout);
}

} // namespace iitalent::bench
