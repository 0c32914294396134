#include "downloadscontroller.h"

#include "background/backgroundfetch.h"
#include "background/reachability.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsfolder.h"
#include "downloadsdialog.h"
#include "feeddownloadsdialog.h"
#include "feedlistmodel.h"
#include "itemtablemodel.h"

#include <QAction>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

DownloadsController::DownloadsController(const Profile &profile, QMainWindow *window, Reachability *reachability)
    : QObject(window), m_profile(profile), m_window(window), m_reachability(reachability),
      m_manager(new DownloadManager(profile.databasePath(), downloadsFolder(profile), this)), m_status(new QProgressBar(window))
{
    if (Status opened = m_manager->open(); !opened)
        qWarning("freshet: downloads unavailable: %s", qPrintable(opened.error()));
    if (!m_reachability)
        m_reachability = new SystemReachability(this);
    connect(m_reachability, &Reachability::changed, this, &DownloadsController::applyMetered);

    m_status->setObjectName(u"downloadsProgress"_s);
    m_status->setMaximumWidth(220);
    m_status->setRange(0, 1000);
    m_status->hide();
    connect(m_manager, &DownloadManager::progressed, this, &DownloadsController::updateStatus);
    connect(m_manager, &DownloadManager::changed, this, [this](const Download &download) {
        updateStatus();
        if (download.state == DownloadState::Completed)
            emit message(tr("Downloaded %1.").arg(download.displayName()));
        else if (download.state == DownloadState::Failed)
            emit message(tr("Download of %1 failed: %2").arg(download.displayName(), download.error));
    });
    applyMetered();
    // Downloads left by the last session (or a killed process) continue.
    QMetaObject::invokeMethod(m_manager, &DownloadManager::schedule, Qt::QueuedConnection);
}

DownloadsController::~DownloadsController() = default;

void DownloadsController::install(QMenu *menu, QTableView *items, QListView *feeds, BackgroundFetch *fetch)
{
    m_items = items;
    m_feeds = feeds;
    QAction *show = menu->addAction(tr("&Downloads…"));
    show->setObjectName(u"showDownloadsAction"_s);
    show->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(show, &QAction::triggered, this, &DownloadsController::showDownloads);

    m_downloadItem = new QAction(tr("Download &Enclosure"), this);
    m_downloadItem->setObjectName(u"downloadEnclosureAction"_s);
    m_downloadItem->setShortcut(QKeySequence(tr("D")));
    connect(m_downloadItem, &QAction::triggered, this, [this] {
        downloadItem(m_items->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong());
    });
    menu->addAction(m_downloadItem);
    items->addAction(m_downloadItem);
    items->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(items->selectionModel(), &QItemSelectionModel::currentChanged, this, &DownloadsController::updateItemAction);
    connect(items->model(), &QAbstractItemModel::modelReset, this, &DownloadsController::updateItemAction);
    updateItemAction();

    auto *feedSettings = new QAction(tr("&Automatic Downloads…"), this);
    feedSettings->setObjectName(u"feedDownloadsAction"_s);
    connect(feedSettings, &QAction::triggered, this, &DownloadsController::editFeedSettings);
    menu->addAction(feedSettings);
    feeds->addAction(feedSettings);
    feeds->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_window->statusBar()->addPermanentWidget(m_status);
    // After every refresh, whoever triggered it: new items of feeds that download
    // automatically join the queue.
    connect(fetch, &BackgroundFetch::completed, this, [this] {
        if (Result<int> queued = m_manager->queueAutomatic(); !queued)
            emit message(queued.error());
    });
}

DownloadsDialog *DownloadsController::dialog()
{
    if (!m_dialog) {
        m_dialog = new DownloadsDialog(m_manager, m_window);
        connect(m_dialog, &DownloadsDialog::folderChosen, this, [this](const QString &folder) {
            setDownloadsFolder(m_profile, folder);
            m_manager->setFolder(folder);
        });
    }
    return m_dialog;
}

void DownloadsController::showDownloads()
{
    dialog()->reload();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DownloadsController::downloadItem(qint64 itemId)
{
    if (itemId <= 0)
        return;
    const Result<Download> queued = m_manager->queueItem(itemId);
    if (!queued) {
        emit message(queued.error());
        return;
    }
    if (queued.value().state == DownloadState::Completed)
        emit message(tr("Already downloaded: %1").arg(queued.value().targetPath));
    else
        emit message(tr("Downloading %1…").arg(queued.value().displayName()));
}

void DownloadsController::updateStatus()
{
    const QList<DownloadProgress> active = m_manager->activeProgress();
    if (active.isEmpty()) {
        m_status->hide();
        return;
    }
    qint64 done = 0;
    qint64 total = 0;
    double speed = 0;
    for (const DownloadProgress &progress : active) {
        if (progress.totalBytes > 0) {
            done += progress.bytesDone;
            total += progress.totalBytes;
        }
        speed += progress.bytesPerSecond;
    }
    m_status->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_status->setFormat(tr("%n download(s): %p%", nullptr, int(active.size())));
    m_status->setToolTip(tr("%1 of %2, %3/s. Ctrl+Shift+D shows the downloads.")
                             .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total),
                                  QLocale().formattedDataSize(qint64(speed))));
    m_status->show();
}

void DownloadsController::updateItemAction()
{
    const qint64 itemId = m_items ? m_items->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong() : 0;
    bool hasEnclosure = false;
    if (itemId > 0 && m_manager->store()) {
        QSqlQuery query(m_manager->store()->database());
        query.prepare(u"SELECT 1 FROM enclosures WHERE item_id = ? LIMIT 1"_s);
        query.addBindValue(itemId);
        hasEnclosure = query.exec() && query.next();
    }
    m_downloadItem->setEnabled(hasEnclosure);
}

void DownloadsController::editFeedSettings()
{
    const QModelIndex current = m_feeds->currentIndex();
    const qint64 feedId = current.data(FeedListModel::FeedIdRole).toLongLong();
    if (feedId <= 0) {
        emit message(tr("Choose a feed first."));
        return;
    }
    const Result<FeedDownloadSettings> settings = m_manager->store()->feedSettings(feedId);
    if (!settings) {
        emit message(settings.error());
        return;
    }
    FeedDownloadsDialog dialog(current.data(Qt::DisplayRole).toString(), settings.value(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_manager->store()->setFeedSettings(feedId, dialog.settings()); !saved)
        emit message(saved.error());
}

void DownloadsController::applyMetered()
{
    m_manager->setMetered(m_reachability->isMetered());
}

} // namespace freshet
