// The main of every test executable (Catch2's implementation is catch_impl.cpp, built once).
// GUI tests (IITALENT_GUI_TEST) get a QApplication, the others a QCoreApplication, created before
// any test runs.
#include "CatchRunner.h"

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
    return iitalent::test::runCatch(argc, argv);
}
