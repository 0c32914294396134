// SPDX-License-Identifier: MIT
#include "storethread.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class StoreThreadMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::StoreThreadMessages)
};

} // namespace

QString StoreThread::closedMessage()
{
    return StoreThreadMessages::tr("The database is closed: Freshet is quitting.");
}

StoreThread::StoreThread(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_worker(new QObject)
{
    m_thread.setObjectName(u"freshet-store"_s);
    m_worker->moveToThread(&m_thread);
}

StoreThread::~StoreThread()
{
    if (m_thread.isRunning()) {
        {
            QMutexLocker open(&m_openLock);
            m_open = false;
        }
        // Closing the connection must happen on the thread that opened it.
        QMetaObject::invokeMethod(
            m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

Status StoreThread::start()
{
    m_thread.start();
    Status opened = Status::success();
    QMetaObject::invokeMethod(
        m_worker,
        [this, &opened] {
            Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_databasePath, u"freshet-writer"_s);
            if (store)
                m_store = std::move(store).value();
            else
                opened = Status::failure(store.error());
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread.quit();
        m_thread.wait();
        return opened;
    }
    QMutexLocker open(&m_openLock);
    m_open = true;
    return opened;
}

} // namespace freshet
