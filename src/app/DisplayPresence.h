#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace iitalent::gui {

// Which of iitalent's windows are up on this display, so that kiosk mode never runs beside a
// window that shows the instructor's data. Each process that shows the main window holds a lock
// file of its own while it runs; kiosk mode holds one more. The files live in the user's runtime
// folder ($XDG_RUNTIME_DIR), in a folder per display, and a process that ends (or crashes) lets
// go of its file, so nothing stale counts.
class DisplayPresence final
{
public:
    // Registers this process's main window; held until the returned lock is destroyed.
    static std::unique_ptr<QLockFile> registerMainWindow();
    // Registers kiosk mode; null when kiosk mode already runs on this display.
    static std::unique_ptr<QLockFile> registerKiosk();

    // How many other processes show iitalent's main window on this display now.
    static int mainWindowsOpen();
    // Whether kiosk mode runs on this display now (in another process).
    static bool kioskRunning();

    // The folder of this display's lock files.
    static QString folder();
};

} // namespace iitalent::gui
