// SPDX-License-Identifier: MIT
#include "downloadscontroller.h"

#include "actions/changedownloadsfolder.h"
#include "actions/controldownload.h"
#include "actions/feeddownloadsettings.h"
#include "actions/queuedownload.h"
#include "background/backgroundfetch.h"
#include "background/reachability.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsfolder.h"
#include "downloads/downloadthread.h"
#include "downloadsdialog.h"
#include "feeddownloadsdialog.h"
#include "feedlistmodel.h"
#include "itemtablemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFontMetrics>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

DownloadsController::DownloadsController(const Profile &profile, StoreThread *store, QMainWindow *window, Reachability *reachability)
    : QObject(window), m_profile(profile), m_window(window), m_reachability(reachability),
      m_queue(new DownloadThread(store, downloadsFolder(profile), this)), m_status(new QProgressBar(window))
{
    connect(m_queue, &DownloadThread::unavailable, this, [this](const QString &error) {
        qWarning("freshet: downloads unavailable: %s", qPrintable(error));
        emit message(tr("Downloads are unavailable: %1").arg(error));
    });
    if (!m_reachability)
        m_reachability = new SystemReachability(this);
    connect(m_reachability, &Reachability::changed, this, &DownloadsController::applyMetered);

    m_status->setObjectName(u"downloadsProgress"_s);
    m_status->setMaximumWidth(260);
    m_status->setRange(0, 1000);
    m_status->hide();
    connect(m_queue, &DownloadThread::progressed, this, &DownloadsController::updateStatus);
    connect(m_queue, &DownloadThread::changed, this, [this](const Download &download) {
        updateStatus();
        if (download.state == DownloadState::Completed)
            emit message(tr("Downloaded %1.").arg(download.displayName()));
        else if (download.state == DownloadState::Failed)
            emit message(tr("Download of %1 failed: %2").arg(download.displayName(), download.error));
    });
    applyMetered();
}

DownloadsController::~DownloadsController() = default;

void DownloadsController::install(QMenu *menu, QTableView *items, QAbstractItemView *feeds, BackgroundFetch *fetch)
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
    connect(m_downloadItem, &QAction::triggered, this,
            [this] { downloadItem(m_items->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong()); });
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
        actions::queueAutomaticDownloads(downloadActions(), this, [this](const actions::Outcome &queued) {
            if (!queued.succeeded())
                emit message(queued.message);
        });
    });
    // Runs the OS or a headless process hand over spend what their budget has left here.
    fetch->setFollowUp(m_queue);
}

DownloadsDialog *DownloadsController::dialog()
{
    if (!m_dialog) {
        m_dialog = new DownloadsDialog(m_queue, m_window);
        connect(m_dialog, &DownloadsDialog::folderChosen, this, &DownloadsController::changeFolder);
    }
    return m_dialog;
}

void DownloadsController::changeFolder(const QString &folder)
{
    // Checking the folder writes a file there, which a slow or network disk can make take a
    // while: on the queue's thread, never the window's.
    actions::changeDownloadsFolder(downloadActions(), m_profile, folder, this, [this](const actions::Outcome &changed) {
        dialog()->showFolderChange(downloadsFolder(m_profile), changed);
    });
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
    actions::queueDownload(downloadActions(), itemId, this, [this](const actions::Outcome &queued) { emit message(queued.message); });
}

void DownloadsController::updateStatus()
{
    const QList<DownloadProgress> active = m_queue->activeProgress();
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
    // The bar's own size hint is made for "100%": without this the status bar first lays it
    // out too narrow for "2 downloads: 63%", and the text breaks over two lines.
    const QFontMetrics metrics = m_status->fontMetrics();
    m_status->setMinimumWidth(std::min(metrics.horizontalAdvance(m_status->text()) + 2 * metrics.height(), m_status->maximumWidth()));
    m_status->setToolTip(tr("%1 of %2, %3/s. Ctrl+Shift+D shows the downloads.")
                             .arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total),
                                  QLocale().formattedDataSize(qint64(speed))));
    m_status->show();
}

void DownloadsController::updateItemAction()
{
    const qint64 itemId = m_items ? m_items->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong() : 0;
    m_downloadItem->setEnabled(false);
    if (itemId <= 0)
        return;
    actions::itemHasEnclosure(downloadActions(), itemId, this, [this, itemId](const Result<bool> &hasEnclosure) {
        // The answer is for the item that was current when asked.
        const qint64 current = m_items->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong();
        if (current == itemId)
            m_downloadItem->setEnabled(hasEnclosure && hasEnclosure.value());
    });
}

void DownloadsController::editFeedSettings()
{
    const QModelIndex current = m_feeds->currentIndex();
    const qint64 feedId = current.data(FeedListModel::FeedIdRole).toLongLong();
    if (feedId <= 0) {
        emit message(tr("Choose a feed first."));
        return;
    }
    const QString title = current.data(Qt::DisplayRole).toString();
    actions::readFeedDownloadSettings(downloadActions(), feedId, this, [this, feedId, title](const Result<FeedDownloadSettings> &settings) {
        if (!settings)
            emit message(settings.error());
        else
            askFeedSettings(feedId, title, settings.value());
    });
}

void DownloadsController::askFeedSettings(qint64 feedId, const QString &feedTitle, const FeedDownloadSettings &settings)
{
    auto *dialog = new FeedDownloadsDialog(feedTitle, settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, feedId] {
        const FeedDownloadSettings chosen = dialog->settings();
        actions::saveFeedDownloadSettings(downloadActions(), feedId, chosen, this, [this](const actions::Outcome &saved) {
            if (!saved.succeeded())
                emit message(saved.message);
        });
    });
    dialog->open();
}

actions::ActionServices DownloadsController::downloadActions() const
{
    return {nullptr, nullptr, m_queue};
}

void DownloadsController::applyMetered()
{
    m_queue->setMetered(m_reachability->isMetered());
}

} // namespace freshet
