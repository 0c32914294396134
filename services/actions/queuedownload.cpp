// SPDX-License-Identifier: MIT
#include "queuedownload.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadthread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class QueueDownloadMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::QueueDownloadMessages)
};

} // namespace

void queueDownload(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const Outcome &)> done)
{
    services.downloads->post([itemId](DownloadManager &manager) { return manager.queueItem(itemId); }, context,
                             [done](const Result<Download> &queued) {
                                 if (!queued)
                                     done(Outcome::failed(Failure::Input, queued.error()));
                                 else if (queued.value().state == DownloadState::Completed)
                                     done(Outcome::done(QueueDownloadMessages::tr("Already downloaded: %1").arg(queued.value().targetPath)));
                                 else
                                     done(Outcome::done(QueueDownloadMessages::tr("Downloading %1…").arg(queued.value().displayName())));
                             });
}

void queueAutomaticDownloads(const ActionServices &services, QObject *context, std::function<void(const Outcome &)> done)
{
    services.downloads->post([](DownloadManager &manager) { return manager.queueAutomatic(); }, context,
                             [done](const Result<int> &queued) {
                                 if (!queued) {
                                     done(Outcome::failed(Failure::Storage, queued.error()));
                                     return;
                                 }
                                 Outcome outcome = Outcome::done(QueueDownloadMessages::tr("%n automatic download(s) queued.",
                                                                                           nullptr, queued.value()));
                                 outcome.changed = queued.value();
                                 done(outcome);
                             });
}

} // namespace freshet::actions
