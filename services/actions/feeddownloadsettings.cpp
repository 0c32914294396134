// SPDX-License-Identifier: MIT
#include "feeddownloadsettings.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadthread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class FeedDownloadMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedDownloadMessages)
};

} // namespace

void readFeedDownloadSettings(const ActionServices &services, qint64 feedId, QObject *context,
                              std::function<void(const Result<FeedDownloadSettings> &)> answered)
{
    services.downloads->post([feedId](DownloadManager &manager) { return manager.feedSettings(feedId); }, context, std::move(answered));
}

void saveFeedDownloadSettings(const ActionServices &services, qint64 feedId, const FeedDownloadSettings &settings, QObject *context,
                              std::function<void(const Outcome &)> done)
{
    services.downloads->post([feedId, settings](DownloadManager &manager) { return manager.setFeedSettings(feedId, settings); }, context,
                             [done](const Status &saved) {
                                 done(saved ? Outcome::done(FeedDownloadMessages::tr("Saved the feed's automatic downloads."))
                                            : Outcome::failed(Failure::Storage, saved.error()));
                             });
}

} // namespace freshet::actions
