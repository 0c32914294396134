// SPDX-License-Identifier: MIT
#pragma once

#include "background/refreshfollowup.h"
#include "download.h"
#include "result.h"

#include <QHash>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace freshet {

class DownloadManager;
class StoreThread;

/// The window's download queue on a thread of its own: a DownloadManager, with its own sockets
/// and reading connection, is created and runs there, so .part writes, fsync and the downloads
/// table never hold up the thread that owns this object (the manager's writes wait for the
/// store thread there, not here). Nothing here waits for that thread except the destructor:
/// every call is posted, and results and the manager's signals arrive on this object's thread.
///
/// As the follow-up of granted runs it queues automatic downloads and answers once the queue
/// is idle or at the deadline; unlike a headless run it leaves transfers going past the
/// deadline, since the window stays up (the .part keeps them safe should the OS stop it).
class DownloadThread final : public RefreshFollowUp
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadThread)

public:
    enum class Transfers {
        Start, ///< queued downloads start as the queue allows: the window's queue
        Hold,  ///< nothing starts unless runOne() asks: a command that ends in a moment
    };

    /// store takes the manager's writes and must outlive this object.
    DownloadThread(StoreThread *store, QString folder, QObject *parent = nullptr, Transfers transfers = Transfers::Start);
    /// Stops the running transfers (keeping each .part and its place in the queue), closes the
    /// manager's connection and finishes the thread.
    ~DownloadThread() override;

    /// Runs job(DownloadManager &) on the queue's thread, then done(result) on this object's
    /// thread unless context (which lives there) was destroyed meanwhile. Jobs run in order.
    template <typename Job, typename Done>
    void post(Job job, QObject *context, Done done)
    {
        auto shared = std::make_shared<std::pair<Job, Done>>(std::move(job), std::move(done));
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, shared, guard] {
                auto result = std::make_shared<decltype(shared->first(*m_manager))>(shared->first(*m_manager));
                QMetaObject::invokeMethod(
                    this,
                    [shared, result, guard] {
                        if (guard)
                            shared->second(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// How runOne() left its download: its record as it stopped, and whether another process
    /// held its .part (so this one could not run it).
    struct Run
    {
        Result<std::optional<Download>> download = Result<std::optional<Download>>::failure({});
        bool heldElsewhere = false;
    };
    /// Runs this one download now, whatever the network and however the queue is held, and
    /// nothing else; done(run) once it has finished or stopped, on this object's thread unless
    /// context (which lives there) was destroyed meanwhile.
    void runOne(qint64 downloadId, QObject *context, std::function<void(const Run &)> done);

    /// The thread the manager runs on.
    QThread *queueThread() { return &m_thread; }
    QString folder() const { return m_folder; }
    /// Finished files go here from now on.
    void setFolder(const QString &folder);
    void setMetered(bool metered);
    /// The running downloads' latest figures, as the signals brought them.
    QList<DownloadProgress> activeProgress() const { return m_active.values(); }

    void spend(QDeadlineTimer deadline, std::function<void(const FollowUpReport &)> done) override;
    void cutShort() override;

signals:
    void changed(const freshet::Download &download);
    void progressed(const freshet::DownloadProgress &progress);
    /// The database could not be opened: no download will run (each call's result says so too).
    void unavailable(const QString &error);

private:
    struct Spend
    {
        std::function<void(const FollowUpReport &)> done;
        int completedSeen = 0;
    };

    void onChanged(const freshet::Download &download);
    void onProgressed(const freshet::DownloadProgress &progress);
    void answer(quint64 token, const FollowUpReport &report);

    QString m_folder;
    QThread m_thread;
    QObject *m_worker;
    /// Created, used and deleted on m_thread only.
    DownloadManager *m_manager = nullptr;
    QHash<qint64, DownloadProgress> m_active;
    QHash<quint64, Spend> m_spends;
    quint64 m_nextSpend = 0;
};

} // namespace freshet
