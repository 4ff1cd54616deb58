#pragma once

#include "Assessment.h"
#include "Catalog.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

// Keeps a test's settings out of the user's: QSettings write to an emptied INI folder in `dir`
// for as long as this lives (and `dir` serves the test's other files too).
struct IsolatedSettings
{
    IsolatedSettings();
    QTemporaryDir dir;
};

// Runs iitalent-cli with arguments; returns exit code, stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// The iitalent-cli the tests run: the one built beside them, or IITALENT_TEST_CLI when set.
QString cliPath();
CliRun runCli(const QStringList &args, const QByteArray &stdinData = {}, const QString &workingDirectory = {});

// Copies a folder and everything in it (e.g. data/catalog into a QTemporaryDir); files become writable.
bool copyDirectory(const QString &from, const QString &to);

// A file's bytes (empty when it cannot be read), and writing bytes to a file.
QByteArray readFileBytes(const QString &path);
bool writeFileBytes(const QString &path, const QByteArray &bytes);

// A UTC time from "2026-11-23T10:00:00Z".
QDateTime utc(const char *iso);

// Checks every field of two assessments, ratings in order, with Catch2 CHECKs.
void checkSameAssessment(const Assessment &actual, const Assessment &expected);

// A rating of a requirement: a level (or none) with evidence and note.
Rating rating(const char *requirement, std::optional<int> level, const QString &evidence = {},
              const QString &note = {});

} // namespace iitalent::test
