#pragma once

// Plain steady_clock measurements beside Catch2's BENCHMARK: Catch2 reports the mean of its
// samples; the bars of issue 3 are read against the median of individually timed calls, which a
// noisy shared machine disturbs less. Every figure is printed as it is measured and once more in
// a summary table (with the machine) when iitalent-bench ends.

#include <chrono>
#include <string>
#include <type_traits>
#include <vector>

namespace iitalent::bench {

struct Figure
{
    std::string name;
    std::string unit; // what one timing is, e.g. "per assessment", "per commit"
    int count = 0;    // timings taken
    double meanUs = 0.0;
    double medianUs = 0.0;
    double p90Us = 0.0;
    double minUs = 0.0;
    double maxUs = 0.0;
    double barUs = 0.0; // the bar the median must stay under; 0: no bar (extra figure)
};

// Summarises `nanoseconds` (one entry per timing, each divided by `perTiming` first), prints it
// and keeps it for the summary table.
Figure record(const std::string &name, const std::string &unit, double barUs, std::vector<double> nanoseconds,
              double perTiming = 1.0);

// Prints the machine and the table of every recorded figure; nothing when none was recorded.
void printSummary();

// Runs Catch2's session on the command line's arguments (bench_catch_impl.cpp, where Catch2's
// implementation is compiled once for both benchmark programs); returns the exit status.
int runCatch(int argc, char **argv);

// Times `count` calls of `fn` one by one. A value `fn` returns is destroyed outside the timing.
template <typename Fn>
Figure timeEach(const std::string &name, const std::string &unit, double barUs, int count, Fn &&fn,
                double perTiming = 1.0)
{
    using Clock = std::chrono::steady_clock;
    std::vector<double> ns;
    ns.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        if constexpr (std::is_void_v<decltype(fn())>) {
            const auto t0 = Clock::now();
            fn();
            const auto t1 = Clock::now();
            ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
        } else {
            const auto t0 = Clock::now();
            auto value = fn();
            const auto t1 = Clock::now();
            ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
            static_cast<void>(value);
        }
    }
    return record(name, unit, barUs, std::move(ns), perTiming);
}

} // namespace iitalent::bench
