#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace iitalent::gui {

// Files opened from the file manager while iitalent already runs on the same store go to that
// window, not to a second one. The running window listens on a local socket that only its user
// may reach, named after the user and the store; a new process with files hands their paths over,
// waits until the window has taken them, and quits. Without a running window (or when it does not
// answer) the new process opens its own.
class FileHandOff final : public QObject
{
    Q_OBJECT

public:
    explicit FileHandOff(QObject *parent = nullptr);

    // The socket's name for a store (a file's path or a team store's address).
    static QString serverName(const QString &storeLocation);
    // Sends the paths (made absolute) to the window running on this store; true once it has them.
    static bool handOver(const QString &storeLocation, const QStringList &paths, int timeoutMs = 3000);

    // Listens for later processes' files; false when another window on the store already does
    // (it takes them) or the socket cannot be made.
    bool listen(const QString &storeLocation);

Q_SIGNALS:
    void filesReceived(const QStringList &paths);

private:
    void accept();

    QLocalServer *m_server = nullptr;
};

} // namespace iitalent::gui
