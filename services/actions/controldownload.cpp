// SPDX-License-Identifier: MIT
#include "controldownload.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadthread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class ControlDownloadMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ControlDownloadMessages)
};

QString takenMessage(qint64 id, DownloadStep step)
{
    switch (step) {
    case DownloadStep::Pause: return ControlDownloadMessages::tr("Download %1 is paused.").arg(id);
    case DownloadStep::Resume:
    case DownloadStep::Retry: return ControlDownloadMessages::tr("Download %1 is queued again.").arg(id);
    case DownloadStep::Cancel: return ControlDownloadMessages::tr("Download %1 is cancelled and its partial file deleted.").arg(id);
    }
    return {};
}

Status take(DownloadManager &manager, qint64 id, DownloadStep step)
{
    switch (step) {
    case DownloadStep::Pause: return manager.pause(id);
    case DownloadStep::Resume: return manager.resume(id);
    case DownloadStep::Cancel: return manager.cancel(id);
    case DownloadStep::Retry: return manager.retry(id);
    }
    return Status::success();
}

} // namespace

void controlDownload(const ActionServices &services, qint64 downloadId, DownloadStep step, QObject *context,
                     std::function<void(const Outcome &)> done)
{
    services.downloads->post(
        [downloadId, step](DownloadManager &manager) {
            // A number that names no download is the caller's mistake, not the database's.
            const Result<std::optional<Download>> found = manager.download(downloadId);
            if (found && !found.value())
                return Outcome::failed(Failure::NotFound, ControlDownloadMessages::tr("There is no download %1.").arg(downloadId));
            const Status taken = take(manager, downloadId, step);
            return taken ? Outcome::done(takenMessage(downloadId, step)) : Outcome::failed(Failure::Storage, taken.error());
        },
        context, std::move(done));
}

void readDownloads(const ActionServices &services, QObject *context, std::function<void(const DownloadsSnapshot &)> answered)
{
    services.downloads->post(
        [](DownloadManager &manager) {
            return DownloadsSnapshot{manager.downloads(), manager.activeProgress()};
        },
        context, std::move(answered));
}

void itemHasEnclosure(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const Result<bool> &)> answered)
{
    services.downloads->post([itemId](DownloadManager &manager) { return manager.hasEnclosure(itemId); }, context, std::move(answered));
}

} // namespace freshet::actions
