#include "FileHandOff.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace iitalent::gui {

namespace {

constexpr quint32 kMagic = 0x69694601; // "iiF" and the protocol's version
constexpr char kTaken = 'k';

} // namespace

FileHandOff::FileHandOff(QObject *parent) : QObject(parent) {}

QString FileHandOff::serverName(const QString &storeLocation)
{
    const QByteArray who = QByteArray::number(::getuid()) + '\n' + storeLocation.toUtf8();
    return QStringLiteral("iitalent-") +
           QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(24));
}

bool FileHandOff::handOver(const QString &storeLocation, const QStringList &paths, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(storeLocation));
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
    while (socket.bytesAvailable() < 1)
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    char answer = 0;
    return socket.getChar(&answer) && answer == kTaken;
}

bool FileHandOff::listen(const QString &storeLocation)
{
    const QString name = serverName(storeLocation);
    // Another window on this store listens already: it takes the files. (Asked first: listening
    // with UserAccessOption would put a new socket in the place of its.)
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(500))
        return false;
    // A socket left by a process that crashed: nobody answers on it.
    QLocalServer::removeServer(name);
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &FileHandOff::accept);
    return true;
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
            // Answer first: the other process quits, and the question may take a while.
            socket->putChar(kTaken);
            socket->flush();
            Q_EMIT filesReceived(paths);
        });
    }
}

} // namespace iitalent::gui
