// SPDX-License-Identifier: MIT
#include "backgrounddownloads.h"

#include "downloadmanager.h"
#include "downloadstore.h"

#include <algorithm>
#include <limits>

namespace freshet {

BackgroundDownloads::BackgroundDownloads(DownloadManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
    connect(m_manager, &DownloadManager::changed, this, [this](const Download &download) {
        if (m_running && download.state == DownloadState::Completed)
            ++m_completed;
    });
    connect(m_manager, &DownloadManager::idle, this, &BackgroundDownloads::report);
    m_deadlineTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &BackgroundDownloads::report);
}

void BackgroundDownloads::report()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadlineTimer.stop();
    int stillQueued = 0;
    if (m_manager->store()) {
        if (const Result<QList<Download>> all = m_manager->store()->runnable())
            stillQueued = int(all.value().size());
    }
    emit finished(m_completed, stillQueued);
}

void BackgroundDownloads::queueAutomatic()
{
    m_completed = 0;
    m_running = true;
    if (Result<int> queued = m_manager->queueAutomatic(); !queued)
        qWarning("freshet: automatic downloads: %s", qPrintable(queued.error()));
}

void BackgroundDownloads::run(QDeadlineTimer deadline, const std::function<bool()> &isMetered)
{
    queueAutomatic();
    if (const DownloadStore *store = m_manager->store()) {
        if (const Result<QList<Download>> runnable = store->runnable(); runnable && runnable.value().isEmpty()) {
            QMetaObject::invokeMethod(this, &BackgroundDownloads::report, Qt::QueuedConnection);
            return;
        }
    }
    m_manager->setMetered(isMetered());
    m_manager->setDeadline(deadline);
    m_manager->schedule();
    // Nothing to do (or nothing allowed): idle() may have been reported before this run.
    if (m_manager->isIdle())
        QMetaObject::invokeMethod(this, &BackgroundDownloads::report, Qt::QueuedConnection);
}

void BackgroundDownloads::watch(QDeadlineTimer deadline)
{
    queueAutomatic();
    m_manager->schedule();
    m_deadlineTimer.start(int(std::clamp<qint64>(deadline.remainingTime(), 0, std::numeric_limits<int>::max())));
    if (m_manager->isIdle())
        QMetaObject::invokeMethod(this, &BackgroundDownloads::report, Qt::QueuedConnection);
}

} // namespace freshet
