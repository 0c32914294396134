// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "sync/accountsync.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>

namespace freshet {

class FeedStore;

namespace sync {

/// Runs account syncs on a thread of their own, with their own connection to the profile's
/// database, so the clients' parsing and the writes of thousands of articles never reach the
/// thread that asked. Lives on (and answers on) the thread that made it.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    explicit SyncRunner(QString databasePath, QObject *parent = nullptr);
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

    QString m_databasePath;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace sync
} // namespace freshet
