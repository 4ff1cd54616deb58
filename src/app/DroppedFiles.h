#pragma once

#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace iitalent::gui {

// The local files and folders a drag carries (none for other data, such as web addresses).
inline QStringList droppedLocalPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace iitalent::gui
