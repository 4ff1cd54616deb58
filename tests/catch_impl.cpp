// Catch2's implementation, compiled once for every test executable (each has only its own small
// main in catch_main.cpp): compiling it is most of a test main's build time.
#define CATCH_CONFIG_RUNNER
// Catch2 2.x wraps failure messages by bytes, which splits the UTF-8 of Chinese items into invalid
// characters; a wide console keeps a whole requirement item (up to ~300 bytes) on one line.
#define CATCH_CONFIG_CONSOLE_WIDTH 300
#include <catch2/catch.hpp>

#include "CatchRunner.h"

int iitalent::test::runCatch(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}
