// Catch2's implementation, compiled once for iitalent-bench and iitalent-bench-gui (their mains
// are bench_main.cpp and bench_gui_main.cpp). Benchmarking is on for every file of both programs:
// CATCH_CONFIG_ENABLE_BENCHMARKING comes with this target.
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_CONSOLE_WIDTH 120
#include <catch2/catch.hpp>

#include "BenchReport.h"

int iitalent::bench::runCatch(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}
