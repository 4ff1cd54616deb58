#pragma once

#include "Catalog.h"

#include <QString>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace iitalent::test {

// The catalog embedded in the program, loaded once per test executable.
const Catalog &bundledCatalog();

// The standard's text file, or an empty string when ../shared/standard is not beside the clone.
QString standardTextPath();

// Runs iitalent-cli with arguments; returns exit code, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {});

// Copies a folder and everything in it (e.g. data/catalog into a QTemporaryDir); files become writable.
bool copyDirectory(const QString &from, const QString &to);

} // namespace iitalent::test
