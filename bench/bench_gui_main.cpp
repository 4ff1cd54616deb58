// The Catch2 main of iitalent-bench-gui: a QApplication (offscreen unless a display is set),
// then the session, then the summary of the figures. Catch2's implementation is bench_catch_impl.cpp.
#include "BenchReport.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int result = iitalent::bench::runCatch(argc, argv);
    iitalent::bench::printSummary();
    return result;
}
