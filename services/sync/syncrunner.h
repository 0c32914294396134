// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "sync/accountsync.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>

namespace freshet {

class StoreThread;

namespace sync {

/// Runs account syncs on a thread of their own, so the clients' network work and parsing never
/// reach the thread that asked; what they store goes through store, the process's one writer,
/// whose thread writes it while the sync thread waits. Lives on (and answers on) the thread
/// that made it; store must outlive it.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(StoreThread *store, QObject *parent = nullptr);
    /// Stops the syncs still running (what they stored stays) and joins the thread.
    ~SyncRunner() override;

    /// Starts a sync of account; finished() answers it once.
    void start(const Account &account, const QString &secret, QDeadlineTimer deadline);
    /// Stops every sync now; each still answers finished(), as cut short by the deadline.
    void stopAll();

signals:
    void stored(qint64 accountId, int newItems, int updatedItems);
    void finished(const freshet::sync::AccountSyncOutcome &outcome);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace sync
} // namespace freshet
