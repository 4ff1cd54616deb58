#include "DisplayPresence.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace iitalent::gui {

namespace {

// The display this process shows its windows on: the platform and its display name.
QString displayKey()
{
    QString name = QGuiApplication::platformName();
    if (name == QLatin1String("xcb"))
        name += QLatin1Char('-') + qEnvironmentVariable("DISPLAY");
    else if (name.startsWith(QLatin1String("wayland")))
        name += QLatin1Char('-') + qEnvironmentVariable("WAYLAND_DISPLAY", QStringLiteral("wayland-0"));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    return name.replace(unsafe, QStringLiteral("_"));
}

// Whether a lock file is held by a process that runs now (a crashed one's file is stale).
bool heldByOther(const QString &path)
{
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // nobody held it: the file goes
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

std::unique_ptr<QLockFile> take(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

QString DisplayPresence::folder()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty())
        base = QDir::tempPath();
    const QString dir = QDir(base).filePath(QStringLiteral("iitalent-") + displayKey());
    QDir().mkpath(dir);
    return dir;
}

std::unique_ptr<QLockFile> DisplayPresence::registerMainWindow()
{
    return take(QDir(folder()).filePath(QStringLiteral("window-%1.lock").arg(QCoreApplication::applicationPid())));
}

std::unique_ptr<QLockFile> DisplayPresence::registerKiosk()
{
    return take(QDir(folder()).filePath(QStringLiteral("kiosk.lock")));
}

int DisplayPresence::mainWindowsOpen()
{
    const QDir dir(folder());
    const QString own = QStringLiteral("window-%1.lock").arg(QCoreApplication::applicationPid());
    int open = 0;
    for (const QString &name : dir.entryList({QStringLiteral("window-*.lock")}, QDir::Files)) {
        if (name != own && heldByOther(dir.filePath(name)))
            ++open;
    }
    return open;
}

bool DisplayPresence::kioskRunning()
{
    return heldByOther(QDir(folder()).filePath(QStringLiteral("kiosk.lock")));
}

} // namespace iitalent::gui
