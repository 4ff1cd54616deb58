// The Catch2 main of every test executable. GUI tests (IITALENT_GUI_TEST) get a QApplication,
// the others a QCoreApplication, created before any test runs.
#define CATCH_CONFIG_RUNNER
// Catch2 2.x wraps failure messages by bytes, which splits the UTF-8 of Chinese items into invalid
// characters; a wide console keeps a whole requirement item (up to ~300 bytes) on one line.
#define CATCH_CONFIG_CONSOLE_WIDTH 300
#include <catch2/catch.hpp>

#ifdef IITALENT_GUI_TEST
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
