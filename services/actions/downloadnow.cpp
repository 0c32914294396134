// SPDX-License-Identifier: MIT
#include "downloadnow.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>

namespace freshet::actions {

namespace {

class DownloadNowMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::DownloadNowMessages)
};

DownloadedNow finished(const Download &download)
{
    return {
        Outcome::done(DownloadNowMessages::tr("Downloaded %1 to %2").arg(download.displayName(), QDir::toNativeSeparators(download.targetPath))),
        download.targetPath};
}

DownloadedNow stopped(const DownloadThread::Run &run)
{
    if (!run.download)
        return {Outcome::failed(Failure::Storage, run.download.error()), {}};
    if (!run.download.value())
        return {Outcome::failed(Failure::NotFound, DownloadNowMessages::tr("The download was removed while it ran.")), {}};
    const Download &download = *run.download.value();
    if (download.state == DownloadState::Completed)
        return finished(download);
    if (run.heldElsewhere)
        return {Outcome::failed(Failure::Transfer, DownloadNowMessages::tr("Another Freshet process is downloading this file; try "
                                                                           "again when it is done.")),
                {}};
    if (QFile::exists(download.partPath))
        return {Outcome::failed(Failure::Transfer, DownloadNowMessages::tr("The download stopped: %1 The partial file %2 was kept; "
                                                                           "downloading it again resumes from there.")
                                                       .arg(download.error, QDir::toNativeSeparators(download.partPath))),
                {}};
    return {Outcome::failed(Failure::Transfer, download.error), {}};
}

} // namespace

void downloadNow(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const DownloadedNow &)> done)
{
    DownloadThread *queue = services.downloads;
    QPointer<QObject> guard(context);
    queue->post([itemId](DownloadManager &manager) { return manager.queueItem(itemId); }, context,
                [queue, guard, done](const Result<Download> &queued) {
                    if (!queued) {
                        done({Outcome::failed(Failure::Input, queued.error()), {}});
                        return;
                    }
                    // A finished file deleted since is downloaded again by runOne().
                    if (queued.value().state == DownloadState::Completed && QFile::exists(queued.value().targetPath)) {
                        done(finished(queued.value()));
                        return;
                    }
                    queue->runOne(queued.value().id, guard, [done](const DownloadThread::Run &run) { done(stopped(run)); });
                });
}

} // namespace freshet::actions
