// SPDX-License-Identifier: MIT
#include "changedownloadsfolder.h"

#include "downloads/downloadsfolder.h"
#include "downloads/downloadthread.h"

#include <QCoreApplication>
#include <QDir>

namespace freshet::actions {

namespace {

class DownloadsFolderMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::DownloadsFolderMessages)
};

} // namespace

void changeDownloadsFolder(const ActionServices &services, const Profile &profile, const QString &folder, QObject *context,
                           std::function<void(const Outcome &)> done)
{
    DownloadThread *queue = services.downloads;
    queue->post([profile, folder](DownloadManager &) { return setDownloadsFolder(profile, folder); }, context,
                [queue, profile, done](const Status &changed) {
                    if (!changed) {
                        done(Outcome::failed(Failure::Input, changed.error()));
                        return;
                    }
                    const QString now = downloadsFolder(profile);
                    queue->setFolder(now);
                    done(Outcome::done(DownloadsFolderMessages::tr("Downloads go to %1").arg(QDir::toNativeSeparators(now))));
                });
}

} // namespace freshet::actions
