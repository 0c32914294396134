// SPDX-License-Identifier: MIT
#pragma once

#include "actions/actionservices.h"
#include "downloads/download.h"
#include "profile/profile.h"

#include <QObject>

class QAction;
class QAbstractItemView;
class QMainWindow;
class QMenu;
class QProgressBar;
class QTableView;

namespace freshet {

class BackgroundFetch;
class DownloadThread;
class DownloadsDialog;
class Reachability;
class StoreThread;
struct FetchRunSummary;

/// Everything the window does about downloads, kept out of MainWindow: the queue (on its own
/// thread, running for as long as the window or the tray icon is up), the Downloads dialog, the
/// aggregate progress in the status bar, "Download Enclosure" on items, "Automatic Downloads…"
/// on feeds, queueing automatic downloads after every refresh, and the downloads of runs the OS
/// or a headless process hand over (the fetch's follow-up). Talks to the queue only by posting.
class DownloadsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsController)

public:
    /// store takes the queue's writes and must outlive the window.
    DownloadsController(const Profile &profile, StoreThread *store, QMainWindow *window, Reachability *reachability = nullptr);
    ~DownloadsController() override;

    /// Adds the menu entries, the context actions on the two views and the status-bar bar.
    void install(QMenu *menu, QTableView *items, QAbstractItemView *feeds, BackgroundFetch *fetch);

    DownloadThread *queue() const { return m_queue; }
    DownloadsDialog *dialog();
    QProgressBar *statusBar() const { return m_status; }
    QAction *downloadItemAction() const { return m_downloadItem; }

    void downloadItem(qint64 itemId);
    void showDownloads();

signals:
    void message(const QString &text);

private:
    /// Finished downloads go to `folder` from now on, if it will do; the dialog says which.
    void changeFolder(const QString &folder);
    void updateStatus();
    void updateItemAction();
    void editFeedSettings();
    void applyMetered();
    /// What the download actions run with: the queue this controller owns.
    actions::ActionServices downloadActions() const;
    void askFeedSettings(qint64 feedId, const QString &feedTitle, const FeedDownloadSettings &settings);

    Profile m_profile;
    QMainWindow *m_window;
    Reachability *m_reachability;
    DownloadThread *m_queue;
    DownloadsDialog *m_dialog = nullptr;
    QProgressBar *m_status;
    QAction *m_downloadItem = nullptr;
    QTableView *m_items = nullptr;
    QAbstractItemView *m_feeds = nullptr;
};

} // namespace freshet
