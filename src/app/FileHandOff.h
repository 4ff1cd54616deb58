#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace iitalent::gui {

// Files opened from the file manager while iitalent already runs on the same store go to that
// window, not to a second one. The running window listens on a local socket in the user's runtime
// folder (XDG_RUNTIME_DIR, which only the user can enter), named after the store's identity
// (AssessmentStore::identity); a new process with files hands their paths over and quits. Without
// a running window (nobody listens) the new process opens its own.
class FileHandOff final : public QObject
{
    Q_OBJECT

public:
    explicit FileHandOff(QObject *parent = nullptr);

    // The socket's path for a store identity.
    static QString serverName(const QString &storeIdentity);
    // Sends the paths (made absolute) to the window running on this store. True once they are
    // sent: that window takes them even when it is busy now and answers later.
    static bool handOver(const QString &storeIdentity, const QStringList &paths, int timeoutMs = 3000);

    // Listens for later processes' files instead of any store listened to before; false when
    // another window on the store already does (it takes them) or the socket cannot be made.
    bool listen(const QString &storeIdentity);
    void stop();
    bool isListening() const;

Q_SIGNALS:
    void filesReceived(const QStringList &paths);

private:
    void accept();

    QLocalServer *m_server = nullptr;
};

} // namespace iitalent::gui
