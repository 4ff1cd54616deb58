// The Catch2 main of iitalent-bench: a QCoreApplication (the catalog is a Qt resource), then the
// session, then the summary of the plain-loop figures with the machine they were measured on.
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#define CATCH_CONFIG_CONSOLE_WIDTH 120
#include <catch2/catch.hpp>

#include "BenchReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <numeric>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    iitalent::bench::printSummary();
    return result;
}
