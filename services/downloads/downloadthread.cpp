// SPDX-License-Identifier: MIT
#include "downloadthread.h"

#include "backgrounddownloads.h"
#include "downloadmanager.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
/// The queue's thread reports this long before the deadline: it is busy with transfers (and
/// slow under a sanitizer on a loaded machine), and a report taken a moment early says as much
/// as one at the deadline, since the downloads go on after it either way.
constexpr int reportAheadMs = 500;
/// Past the deadline, the queue's thread (in a long fsync, say) has this long to answer before
/// the follow-up answers with what this thread saw (and "unknown" for what is left).
constexpr int lateAnswerMs = 500;
} // namespace

DownloadThread::DownloadThread(StoreThread *store, QString folder, QObject *parent, Transfers transfers)
    : RefreshFollowUp(parent), m_folder(std::move(folder)), m_worker(new QObject)
{
    qRegisterMetaType<freshet::Download>();
    qRegisterMetaType<freshet::DownloadProgress>();
    m_thread.setObjectName(u"freshet-downloads"_s);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker,
        [this, store, folder = m_folder, transfers] {
            m_manager = new DownloadManager(store, folder);
            m_manager->setHeld(transfers == Transfers::Hold);
            connect(m_manager, &DownloadManager::changed, this, &DownloadThread::onChanged);
            connect(m_manager, &DownloadManager::progressed, this, &DownloadThread::onProgressed);
            if (Status opened = m_manager->open(); !opened) {
                QMetaObject::invokeMethod(
                    this, [this, error = opened.error()] { emit unavailable(error); }, Qt::QueuedConnection);
                return;
            }
            // Downloads left by the last session (or a killed process) continue.
            m_manager->schedule();
        },
        Qt::QueuedConnection);
}

DownloadThread::~DownloadThread()
{
    const QList<quint64> tokens = m_spends.keys();
    for (quint64 token : tokens)
        answer(token, {m_spends.value(token).completedSeen, -1});
    // Deleting the manager stops its transfers as a pause the next start resumes; on its own
    // thread, like everything it owns, before that thread ends.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_manager;
            m_manager = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void DownloadThread::runOne(qint64 downloadId, QObject *context, std::function<void(const Run &)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, downloadId, guard, done = std::move(done)] {
            auto answered = std::make_shared<bool>(false);
            auto watch = std::make_shared<QMetaObject::Connection>();
            const auto finish = [this, guard, done, answered, watch](Run run) {
                if (*answered)
                    return;
                *answered = true;
                QObject::disconnect(*watch);
                // The rest of the queue goes on where it is not held.
                m_manager->setOnly(0);
                m_manager->schedule();
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, run] {
                        if (guard)
                            done(run);
                    },
                    Qt::QueuedConnection);
            };
            const auto stopped = [this, downloadId, finish] {
                finish({m_manager->download(downloadId), m_manager->isBusyElsewhere(downloadId)});
            };
            // Watched before it starts: a transfer refused at once reports idle inside resume().
            *watch = connect(m_manager, &DownloadManager::idle, m_worker, stopped);
            m_manager->setOnly(downloadId);
            if (Status resumed = m_manager->resume(downloadId); !resumed) {
                finish({Result<std::optional<Download>>::failure(resumed.error()), false});
                return;
            }
            if (m_manager->isIdle())
                stopped();
        },
        Qt::QueuedConnection);
}

void DownloadThread::setFolder(const QString &folder)
{
    m_folder = folder;
    QMetaObject::invokeMethod(
        m_worker, [this, folder] { m_manager->setFolder(folder); }, Qt::QueuedConnection);
}

void DownloadThread::setMetered(bool metered)
{
    QMetaObject::invokeMethod(
        m_worker, [this, metered] { m_manager->setMetered(metered); }, Qt::QueuedConnection);
}

void DownloadThread::spend(QDeadlineTimer deadline, std::function<void(const FollowUpReport &)> done)
{
    const quint64 token = ++m_nextSpend;
    m_spends.insert(token, {std::move(done), 0});
    QDeadlineTimer reportBy = deadline;
    if (!reportBy.isForever())
        reportBy -= std::min<qint64>(reportAheadMs, reportBy.remainingTime() / 2);
    QMetaObject::invokeMethod(
        m_worker,
        [this, token, reportBy] {
            auto *watch = new BackgroundDownloads(m_manager, m_manager);
            connect(watch, &BackgroundDownloads::finished, watch, [this, token, watch](int completed, int stillQueued) {
                watch->deleteLater();
                QMetaObject::invokeMethod(
                    this,
                    [this, token, completed, stillQueued] {
                        answer(token, {completed, stillQueued});
                    },
                    Qt::QueuedConnection);
            });
            watch->watch(reportBy);
        },
        Qt::QueuedConnection);
    QTimer::singleShot(int(std::max<qint64>(0, deadline.remainingTime())) + lateAnswerMs, this, [this, token] {
        if (m_spends.contains(token))
            answer(token, {m_spends.value(token).completedSeen, -1});
    });
}

void DownloadThread::cutShort()
{
    const QList<quint64> tokens = m_spends.keys();
    for (quint64 token : tokens)
        answer(token, {m_spends.value(token).completedSeen, -1});
}

void DownloadThread::answer(quint64 token, const FollowUpReport &report)
{
    if (!m_spends.contains(token))
        return;
    const Spend spend = m_spends.take(token);
    spend.done(report);
}

void DownloadThread::onChanged(const Download &download)
{
    if (download.state != DownloadState::Running)
        m_active.remove(download.id);
    if (download.state == DownloadState::Completed) {
        for (Spend &spend : m_spends)
            ++spend.completedSeen;
    }
    emit changed(download);
}

void DownloadThread::onProgressed(const DownloadProgress &progress)
{
    m_active.insert(progress.id, progress);
    emit progressed(progress);
}

} // namespace freshet
