#pragma once

namespace iitalent::test {

// Runs Catch2's session on the command line's arguments (catch_impl.cpp, where Catch2's
// implementation is compiled once for every test executable); returns the exit status.
int runCatch(int argc, char **argv);

} // namespace iitalent::test
