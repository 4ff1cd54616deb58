#include "TestSupport.h"

#include "EmbeddedCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>

#include <stdexcept>

namespace iitalent::test {

const Catalog &bundledCatalog()
{
    static const Catalog catalog = [] {
        auto loaded = loadEmbeddedCatalog();
        if (!loaded)
            throw std::runtime_error(loaded.error().toStdString());
        return std::move(loaded).value();
    }();
    return catalog;
}

QString standardTextPath()
{
    QString dir = qEnvironmentVariable("IITALENT_STANDARD_DIR", QStringLiteral(IITALENT_STANDARD_DIR));
    const QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : d.filePath(files.first());
}

IsolatedSettings::IsolatedSettings()
{
    REQUIRE(dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("iitalent-test"));
    QCoreApplication::setApplicationName(QStringLiteral("iitalent-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

QString cliPath()
{
    // IITALENT_TEST_CLI runs the tests against another build of the CLI, e.g. an older one to
    // show that a test fails without its fix.
    const QString other = qEnvironmentVariable("IITALENT_TEST_CLI");
    return other.isEmpty() ? QStringLiteral(IITALENT_CLI_PATH) : other;
}

CliRun runCli(const QStringList &args, const QByteArray &stdinData, const QString &workingDirectory)
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IITALENT_CATALOG"));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

bool copyDirectory(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!source.exists() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(source.relativeFilePath(path));
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
            continue;
        }
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    }
    return true;
}

QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return t.toUTC();
}

void checkSameAssessment(const Assessment &actual, const Assessment &expected)
{
    INFO("assessment " << expected.id.toStdString());
    CHECK(actual.id == expected.id);
    CHECK(actual.role == expected.role);
    CHECK(actual.mode == expected.mode);
    CHECK(actual.subject.name == expected.subject.name);
    CHECK(actual.subject.organisation == expected.subject.organisation);
    CHECK(actual.subject.number == expected.subject.number);
    CHECK(actual.subject.stage == expected.subject.stage);
    CHECK(actual.assessorName == expected.assessorName);
    CHECK(actual.created == expected.created);
    CHECK(actual.updated == expected.updated);
    CHECK(isoUtc(actual.created) == isoUtc(expected.created));
    CHECK(isoUtc(actual.updated) == isoUtc(expected.updated));
    REQUIRE(actual.ratings.size() == expected.ratings.size());
    for (size_t i = 0; i < expected.ratings.size(); ++i) {
        const Rating &a = actual.ratings[i];
        const Rating &e = expected.ratings[i];
        INFO("rating " << i << " " << e.requirement.toStdString());
        CHECK(a.requirement == e.requirement);
        CHECK(a.level == e.level);
        CHECK(a.evidence == e.evidence);
        CHECK(a.note == e.note);
    }
}

Rating rating(const char *requirement, std::optional<int> level, const QString &evidence, const QString &note)
{
    Rating r;
    r.requirement = QString::fromLatin1(requirement);
    r.level = level;
    r.evidence = evidence;
    r.note = note;
    return r;
}

} // namespace iitalent::test
