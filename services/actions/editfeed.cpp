// SPDX-License-Identifier: MIT
#include "editfeed.h"

#include "answerlater.h"
#include "folder.h"
#include "folders.h"
#include "renamefeed.h"
#include "storage/storethread.h"

#include <QCoreApplication>
#include <QUrl>

namespace freshet::actions {

namespace {

class EditFeedMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::EditFeedMessages)
};

/// An address Freshet can fetch: http or https, with a host.
bool fetchable(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty();
}

} // namespace

void editFeed(const ActionServices &services, const Feed &feed, const FeedEdit &edit, QObject *context, std::function<void(const Outcome &)> done)
{
    if (feed.isSynced()) {
        if (edit.url.trimmed() != feed.url || edit.refreshMinutes != feed.refreshMinutes) {
            const Outcome refused = Outcome::failed(Failure::Input, EditFeedMessages::tr("%1 comes through the account “%2”: its address and schedule are its server's, "
                                                                                         "and only its name and folder can be changed here.")
                                                                        .arg(feed.displayTitle(), feed.accountName));
            answerLater(context, std::move(done), refused);
            return;
        }
        const QString folder = Folder::normalized(edit.folder);
        if (folder == Folder::normalized(feed.category)) {
            renameFeed(services, feed, edit.title, context, std::move(done));
            return;
        }
        // The folder on the server first; the name after, as Rename does it.
        moveFeedsToFolder(services, {feed}, folder, context, [services, feed, edit, context, done](const Outcome &moved) {
            const bool sameName = edit.title == feed.customTitle || edit.title.simplified() == feed.displayTitle();
            if (!moved.succeeded() || sameName) {
                done(moved);
                return;
            }
            renameFeed(services, feed, edit.title, context, [moved, done](const Outcome &renamed) {
                done(renamed.succeeded() ? Outcome::done(moved.message + u' ' + renamed.message) : renamed);
            });
        });
        return;
    }
    FeedEdit wanted = edit;
    wanted.url = edit.url.trimmed();
    wanted.folder = Folder::normalized(edit.folder);
    // Its own title typed in is no name of the person's: it follows the feed again.
    if (wanted.title.simplified() == feed.ownDisplayTitle())
        wanted.title.clear();
    if (!fetchable(wanted.url)) {
        const Outcome refused = Outcome::failed(
            Failure::Input,
            EditFeedMessages::tr("“%1” is not an address Freshet can fetch: it needs http:// or https:// and a host.").arg(wanted.url));
        answerLater(context, std::move(done), refused);
        return;
    }
    const QString name = wanted.title.isEmpty() ? feed.ownDisplayTitle() : wanted.title;
    services.store->post([id = feed.id, wanted](FeedStore &store) { return store.editFeed(id, wanted); }, context,
                         [name, done](const Status &saved) {
                             done(saved ? Outcome::done(EditFeedMessages::tr("Saved the changes to %1.").arg(name))
                                        : Outcome::failed(Failure::Input, saved.error()));
                         });
}

} // namespace freshet::actions
