// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"

#include <QObject>

class QMainWindow;
class QSystemTrayIcon;

namespace freshet {

/// The tray icon: the unread count at a glance, a menu to open or refresh, and the notice when a
/// background fetch brings new items ("5 new items in 2 feeds"), which opens the window on
/// them. Does nothing where the desktop has no tray.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QMainWindow *window);

    bool isAvailable() const { return m_tray != nullptr; }
    void setUnreadCount(int unread);
    /// Tells the person about new items when the window is not in front of them.
    void reportFetch(const FetchRunSummary &summary);

signals:
    void refreshRequested();
    /// Quit from the tray's menu: the window decides how (it may be hidden, and closing it
    /// would only hide it again).
    void quitRequested();

private:
    void showWindow();

    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_unread = -1;
};

} // namespace freshet
