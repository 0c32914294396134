// SPDX-License-Identifier: MIT
#include "syncrunner.h"

#include "storage/storethread.h"
#include "sync/syncclients.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

namespace {

class SyncRunnerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SyncRunnerMessages)
};

} // namespace

/// Everything that lives on the sync thread: the running syncs. It has no database connection:
/// the syncs hand every read and write to the store thread.
class SyncRunner::Worker final : public QObject
{
public:
    Worker(StoreThread *store, SyncRunner *owner) : m_store(store), m_owner(owner) {}

    ~Worker() override
    {
        const QList<AccountSync *> running = findChildren<AccountSync *>(Qt::FindDirectChildrenOnly);
        qDeleteAll(running);
    }

    void start(const Account &account, const QString &secret, QDeadlineTimer deadline)
    {
        SyncClient *client = createSyncClient(account.protocol);
        if (!client) {
            return answer(AccountSyncOutcome::failed(
                account, SyncErrorKind::Unsupported,
                SyncRunnerMessages::tr("Freshet does not know the sync protocol “%1”.").arg(account.protocol)));
        }
        auto *sync = new AccountSync(*m_store, client, account, secret, deadline, this);
        QObject::connect(sync, &AccountSync::stored, sync, [owner = m_owner](qint64 accountId, int added, int updated) {
            QMetaObject::invokeMethod(
                owner, [=] { emit owner->stored(accountId, added, updated); }, Qt::QueuedConnection);
        });
        QObject::connect(sync, &AccountSync::finished, sync, [this, sync](const AccountSyncOutcome &outcome) {
            answer(outcome);
            sync->deleteLater();
        });
        sync->start();
    }

    void stopAll()
    {
        // Destroying a sync cancels its open calls; its report still goes out, as cut short.
        const QList<AccountSync *> running = findChildren<AccountSync *>(Qt::FindDirectChildrenOnly);
        for (AccountSync *sync : running)
            sync->stop();
    }

private:
    void answer(const AccountSyncOutcome &outcome)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, outcome] { emit owner->finished(outcome); }, Qt::QueuedConnection);
    }

    StoreThread *m_store;
    SyncRunner *m_owner;
};

SyncRunner::SyncRunner(StoreThread *store, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"freshet-sync"_s);
    m_worker = new Worker(store, this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

SyncRunner::~SyncRunner()
{
    // Answers queued to us after this point are dropped with us (invokeMethod on a deleted
    // object never runs: Qt removes posted events of a destroyed receiver).
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncRunner::start(const Account &account, const QString &secret, QDeadlineTimer deadline)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, account, secret, deadline] { worker->start(account, secret, deadline); }, Qt::QueuedConnection);
}

void SyncRunner::stopAll()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stopAll(); }, Qt::QueuedConnection);
}

} // namespace freshet::sync
