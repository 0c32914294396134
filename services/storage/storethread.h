// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostics/logcategories.h"
#include "result.h"
#include "storage/feedstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace freshet {

/// Owns the writer connection on a thread of its own and runs jobs against it in order, so
/// neither SQLite nor parsing ever blocks the thread that posts them.
/// Jobs run in the order posted; each result is delivered on this object's thread, and dropped
/// if the context was destroyed meanwhile.
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
        QMetaObject::invokeMethod(m_worker, [this, shared, guard] {
            QElapsedTimer clock;
            clock.start();
            auto result = std::make_shared<decltype(shared->first(*m_store))>(shared->first(*m_store));
            // Every other job waits behind a slow one: worth knowing when the window seems late.
            if (clock.elapsed() >= slowJobMs)
                qCDebug(lcStore) << "a store job took" << clock.elapsed() << "ms";
            QMetaObject::invokeMethod(this, [shared, result, guard] {
                if (guard)
                    shared->second(std::move(*result));
            }, Qt::QueuedConnection);
        }, Qt::QueuedConnection);
    }

private:
    static constexpr qint64 slowJobMs = 100;

    QString m_databasePath;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::unique_ptr<FeedStore> m_store;
};

} // namespace freshet
