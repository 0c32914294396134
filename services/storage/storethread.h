// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostics/logcategories.h"
#include "result.h"
#include "storage/feedstore.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace freshet {

/// Owns the process's one writer connection on a thread of its own and runs jobs against it in
/// order, so neither SQLite nor parsing ever blocks the thread that posts them, and no two
/// connections of this process ever wait on each other's locks.
/// Jobs run in the order posted; each result is delivered on this object's thread, and dropped
/// if the context was destroyed meanwhile. Worker threads (sync, downloads) that need a result
/// before going on use call() instead.
class StoreThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreThread)

public:
    explicit StoreThread(QString databasePath, QObject *parent = nullptr);
    /// Finishes the jobs already posted, then closes the connection and the thread.
    ~StoreThread() override;

    /// Opens the database on the worker thread; the only call that waits for it.
    Status start();
    const QString &databasePath() const { return m_databasePath; }

    /// Runs job(FeedStore&) on the store's thread, then done(result) on the thread this
    /// StoreThread lives in, unless context was destroyed meanwhile. The check happens there,
    /// where contexts are destroyed, so it cannot race with their destruction.
    template <typename Job, typename Done>
    void post(Job job, QObject *context, Done done)
    {
        Q_ASSERT(!context || context->thread() == thread());
        auto shared = std::make_shared<std::pair<Job, Done>>(std::move(job), std::move(done));
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, shared, guard] {
                QElapsedTimer clock;
                clock.start();
                auto result = std::make_shared<decltype(shared->first(*m_store))>(shared->first(*m_store));
                // Every other job waits behind a slow one: worth knowing when the window seems late.
                if (clock.elapsed() >= slowJobMs)
                    qCDebug(lcStore) << "a store job took" << clock.elapsed() << "ms";
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

    /// Runs job(FeedStore&) on the store's thread and returns its result (a Result or Status)
    /// to the calling thread, which waits for it. For threads no window waits on (the sync's,
    /// the downloads', a command's): never from the GUI thread, which would wait behind every
    /// queued write, nor from a store job, which would wait for itself. Once the store is
    /// closing, or if it never opened, fails at once without running job.
    template <typename Job>
    auto call(Job job) -> decltype(job(std::declval<FeedStore &>()))
    {
        using Answer = decltype(job(std::declval<FeedStore &>()));
        Q_ASSERT(QThread::currentThread() != &m_thread);
        std::optional<Answer> answer;
        QSemaphore done;
        {
            // Posted under the lock that closing takes first, so a job is either refused or
            // queued ahead of the close, which then runs it: a caller never waits on a
            // thread that has stopped taking jobs.
            QMutexLocker open(&m_openLock);
            if (!m_open)
                return Answer::failure(closedMessage());
            QMetaObject::invokeMethod(
                m_worker,
                [this, &job, &answer, &done] {
                    QElapsedTimer clock;
                    clock.start();
                    answer.emplace(job(*m_store));
                    if (clock.elapsed() >= slowJobMs)
                        qCDebug(lcStore) << "a store call took" << clock.elapsed() << "ms";
                    done.release();
                },
                Qt::QueuedConnection);
        }
        done.acquire();
        return std::move(*answer);
    }

private:
    static constexpr qint64 slowJobMs = 100;
    static QString closedMessage();

    QString m_databasePath;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::unique_ptr<FeedStore> m_store;
    QMutex m_openLock;
    /// call() may post: the store opened and is not closing. Guarded by m_openLock.
    bool m_open = false;
};

} // namespace freshet
