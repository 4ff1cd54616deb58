// The Catch2 main of iitalent-bench: a QCoreApplication (the catalog is a Qt resource), then the
// session, then the summary of the plain-loop figures with the machine they were measured on. Catch2's
// implementation is bench_catch_impl.cpp, built once for both benchmark programs.
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
    const int result = iitalent::bench::runCatch(argc, argv);
    iitalent::bench::printSummary();
    return result;
}
