#include "TestSupport.h"

#include "EmbeddedCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

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

CliRun runCli(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IITALENT_CATALOG"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IITALENT_CLI_PATH), args);
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

} // namespace iitalent::test
