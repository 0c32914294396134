// SPDX-License-Identifier: MIT
#pragma once

#include "download.h"
#include "downloadstore.h"
#include "downloadtransfer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace freshet {

class StoreThread;

/// The download queue: runs queued downloads a few at a time on the thread it lives on,
/// records every step in the downloads table, retries dropped connections by resuming, and
/// stops cleanly at a deadline. It reads through a connection of its own that cannot write
/// (PRAGMA query_only); every write goes to the store thread, the process's one writer, and is
/// committed before the call returns. Several processes may share a profile: each .part has a
/// lock, and a download another process is running is left to it. Not thread-safe: the command
/// line uses it on its one thread, the window through DownloadThread, which keeps it on a
/// thread of its own; never on the GUI thread, since a write waits for the store thread.
class DownloadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadManager)

public:
    /// store (started, and outliving this manager) takes the writes.
    DownloadManager(StoreThread *store, QString folder, QObject *parent = nullptr);
    ~DownloadManager() override;

    /// Opens the reading connection; call before anything else. Until it works, every call
    /// fails with a message and nothing runs.
    Status open();

    QString folder() const { return m_folder; }
    /// Finished files go here from now on; .part files already started stay where they are.
    void setFolder(const QString &folder) { m_folder = folder; }
    void setMaxConcurrent(int count) { m_maxConcurrent = std::max(1, count); }
    /// Only this download runs (the command line's `freshet download ITEM_ID`); 0: all.
    void setOnly(qint64 downloadId) { m_only = downloadId; }
    /// While held, nothing starts but the download setOnly() names: a command that only reads
    /// or changes the queue runs in a process about to exit, which must not begin transfers
    /// it would cut off at once.
    void setHeld(bool held);
    /// Downloads queued "only on unmetered networks" wait while this is true.
    void setMetered(bool metered);
    /// Nothing starts after the deadline, and running downloads stop there, keeping their
    /// .part and their place in the queue.
    void setDeadline(QDeadlineTimer deadline);
    /// How many failed attempts in a row, without a byte of progress, give up.
    void setMaxAttempts(int attempts) { m_maxAttempts = std::max(1, attempts); }

    /// Queues the item's first enclosure (or returns its existing download, requeued when it
    /// was paused, failed or cancelled).
    Result<Download> queueItem(qint64 itemId);
    /// Queues what the feeds that download automatically published since; the number queued.
    Result<int> queueAutomatic();
    /// For reads only (its connection refuses writes); nullptr until open() worked.
    DownloadStore *store() const { return m_store.get(); }

    /// Pausing or cancelling a download another process is running is refused: that process
    /// would go on writing its .part and its record.
    Status pause(qint64 id);
    Status resume(qint64 id);
    Status retry(qint64 id) { return resume(id); }
    /// Stops it and deletes its .part.
    Status cancel(qint64 id);

    Result<QList<Download>> downloads() const;
    Result<std::optional<Download>> download(qint64 id) const;
    Result<bool> hasEnclosure(qint64 itemId) const;
    Result<FeedDownloadSettings> feedSettings(qint64 feedId) const;
    Status setFeedSettings(qint64 feedId, const FeedDownloadSettings &settings);
    /// Starts what the queue allows; called by every change, and by the owner after open().
    void schedule();
    bool isIdle() const { return m_active.isEmpty() && m_retryTimers.isEmpty(); }
    /// Another process holds this download's .part right now.
    bool isBusyElsewhere(qint64 id) const { return m_busyElsewhere.contains(id); }
    /// The running downloads' latest figures.
    QList<DownloadProgress> activeProgress() const;

signals:
    void changed(const freshet::Download &download);
    void progressed(const freshet::DownloadProgress &progress);
    /// Nothing runs or waits to be retried (the queue may still hold downloads the deadline,
    /// the network or another process held back).
    void idle();

private:
    struct Active
    {
        DownloadTransfer *transfer = nullptr;
        Download record;
        QElapsedTimer clock;
        qint64 startBytes = 0;
        qint64 sampleBytes = 0;
        qint64 sampleMs = 0;
        qint64 savedMs = 0;
        DownloadProgress progress;
    };

    Result<Download> queueEnclosure(qint64 itemId, const QString &url, qint64 length, bool automatic, bool unmeteredOnly, qint64 maxBytes);
    QString newPartPath(const QString &url) const;
    void startTransfer(const Download &download);
    void onValidators(qint64 id, const QString &etag, const QString &lastModified, qint64 total);
    void onProgress(qint64 id, qint64 done, qint64 total);
    void onFinished(qint64 id, const TransferOutcome &outcome);
    void onDeadline();
    void save(Download &download);
    void checkIdle();
    /// Runs job(DownloadStore &) on the store thread's connection and returns its result.
    template <typename Write>
    auto write(Write job);

    StoreThread *m_writer;
    QString m_databasePath;
    QString m_connectionName;
    QString m_folder;
    /// The reading connection's.
    std::unique_ptr<DownloadStore> m_store;
    QHash<qint64, Active> m_active;
    QHash<qint64, QTimer *> m_retryTimers;
    QHash<qint64, int> m_failedAttempts;
    QSet<qint64> m_busyElsewhere;
    int m_maxConcurrent = 2;
    int m_maxAttempts = 6;
    qint64 m_only = 0;
    bool m_metered = false;
    bool m_scheduling = false;
    bool m_held = false;
    bool m_idleReported = false;
    QDeadlineTimer m_deadline = QDeadlineTimer::Forever;
    QTimer m_deadlineTimer;
};

} // namespace freshet
