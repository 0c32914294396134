// SPDX-License-Identifier: MIT
#include "exportopml.h"

#include "opml/opmlfile.h"
#include "opml/opmlimport.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class ExportOpmlMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ExportOpmlMessages)
};

Outcome exportFile(FeedStore &store, const QString &path)
{
    int feedCount = 0;
    const Result<QByteArray> bytes = subscriptionsOpml(store, &feedCount);
    if (!bytes)
        return Outcome::failed(Failure::Storage, bytes.error());
    if (const Status written = writeOpmlFile(path, bytes.value()); !written)
        return Outcome::failed(Failure::Storage, written.error());
    return Outcome::done(ExportOpmlMessages::tr("Exported %n feed(s) to %1", nullptr, feedCount).arg(path));
}

} // namespace

Result<QByteArray> subscriptionsOpml(FeedStore &store, int *feedCount)
{
    const Result<QList<Feed>> feeds = store.feeds();
    if (!feeds)
        return Result<QByteArray>::failure(feeds.error());
    const Result<QList<Folder>> folders = store.folders();
    if (!folders)
        return Result<QByteArray>::failure(folders.error());
    const OpmlDocument document = subscriptionsDocument(feeds.value(), folders.value(), ExportOpmlMessages::tr("Freshet subscriptions"));
    if (feedCount)
        *feedCount = int(document.feeds.size());
    return Result<QByteArray>::success(writeOpml(document));
}

void exportOpml(const ActionServices &services, const QString &path, QObject *context, std::function<void(const Outcome &)> done)
{
    services.store->post([path](FeedStore &store) { return exportFile(store, path); }, context, std::move(done));
}

} // namespace freshet::actions
