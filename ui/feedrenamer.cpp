// SPDX-License-Identifier: MIT
#include "feedrenamer.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "sync/feedrename.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

namespace freshet {

FeedRenamer::FeedRenamer(StoreThread *store, QObject *parent)
    : QObject(parent), m_store(store), m_credentials(new CredentialStore(this))
{
}

void FeedRenamer::rename(const Feed &feed, const QString &title)
{
    if (!feed.isSynced() || title.isEmpty()) {
        renameHere(feed, title);
        return;
    }
    readSyncedFeedAccount(
        m_store, m_credentials, feed, this,
        [this, feed, title](const Account &account, const QString &secret) { renameOnServer(feed, account, secret, title); },
        [this](const QString &message) { emit failed(message); });
}

void FeedRenamer::renameHere(const Feed &feed, const QString &title)
{
    m_store->post([id = feed.id, title](FeedStore &store) { return store.renameFeed(id, title); }, this,
                  [this, feed, title](const Status &stored) {
        if (!stored) {
            emit failed(stored.error());
            return;
        }
        emit renamed(feed.id, title.isEmpty() ? tr("%1 shows its own title again.").arg(feed.ownDisplayTitle())
                                              : tr("Renamed %1 to “%2”.").arg(feed.displayTitle(), title));
    });
}

void FeedRenamer::renameOnServer(const Feed &feed, const Account &account, const QString &secret, const QString &title)
{
    auto *edit = sync::SubscriptionEdit::rename(account, secret, feed.remoteId, title, this);
    connect(edit, &sync::SubscriptionEdit::done, this, [this, feed, account, title](const sync::SyncError &answer) {
        m_store->post([id = feed.id, title, answer](FeedStore &store) { return sync::storeSyncedRename(store, id, title, answer); },
                      this, [this, feed, account, title](const Result<sync::RenameKept> &kept) {
            if (!kept) {
                emit failed(tr("%1 could not rename %2; nothing was changed: %3").arg(account.name, feed.displayTitle(), kept.error()));
                return;
            }
            emit renamed(feed.id, kept.value() == sync::RenameKept::OnServer
                                      ? tr("Renamed %1 to “%2” on the account “%3”.").arg(feed.displayTitle(), title, account.name)
                                      : sync::keptHereOnlyMessage(account.name));
        });
    });
}

} // namespace freshet
