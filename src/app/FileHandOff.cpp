#include "FileHandOff.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace iitalent::gui {

namespace {

constexpr quint32 kMagic = 0x69694601; // "iiF" and the protocol's version
constexpr char kTaken = 'k';

} // namespace

FileHandOff::FileHandOff(QObject *parent) : QObject(parent) {}

QString FileHandOff::serverName(const QString &storeIdentity)
{
    // Qt makes the runtime folder (owner-only) when XDG_RUNTIME_DIR is not set.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QByteArray hash = QCryptographicHash::hash(storeIdentity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(dir.isEmpty() ? QDir::tempPath() : dir)
        .filePath(QStringLiteral("iitalent-%1").arg(QString::fromLatin1(hash.left(24))));
}

bool FileHandOff::handOver(const QString &storeIdentity, const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(storeIdentity));
    const QDeadlineTimer deadline(timeoutMs);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    QStringList absolute;
    for (const QString &path : paths)
        absolute << QFileInfo(path).absoluteFilePath();
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out << kMagic << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    // Sent: the window reads them when it can. Its answer only says it has read them already.
    if (socket.bytesAvailable() < 1)
        socket.waitForReadyRead(int(deadline.remainingTime()));
    return true;
}

bool FileHandOff::listen(const QString &storeIdentity)
{
    stop();
    const QString name = serverName(storeIdentity);
    // One process at a time looks and takes the name: two started together cannot both listen.
    QLockFile lock(name + QStringLiteral(".lock"));
    if (!lock.tryLock(2000))
        return false;
    // Another window on this store listens already: it takes the files. (Asked first: listening
    // with UserAccessOption would put a new socket in the place of its.)
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    // A socket left by a process that crashed: nobody answers on it.
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        stop();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &FileHandOff::accept);
    return true;
}

void FileHandOff::stop()
{
    if (m_server)
        m_server->close(); // removes the socket file
    delete m_server;
    m_server = nullptr;
}

bool FileHandOff::isListening() const
{
    return m_server && m_server->isListening();
}

void FileHandOff::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.startTransaction();
            quint32 magic = 0;
            QStringList paths;
            in >> magic >> paths;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            if (magic != kMagic) {
                socket->abort();
                return;
            }
            socket->putChar(kTaken);
            socket->flush();
            Q_EMIT filesReceived(paths);
        });
    }
}

} // namespace iitalent::gui
