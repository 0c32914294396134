// SPDX-License-Identifier: MIT
#include "feedrename.h"

#include "storage/feedstore.h"

#include <QCoreApplication>

namespace freshet::sync {

namespace {

class FeedRenameMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedRenameMessages)
};

} // namespace

Result<RenameKept> storeSyncedRename(FeedStore &store, qint64 feedId, const QString &title, const SyncError &serverAnswer)
{
    if (serverAnswer.message.isEmpty()) {
        if (Status stored = store.storeServerTitle(feedId, title); !stored)
            return Result<RenameKept>::failure(stored.error());
        return Result<RenameKept>::success(RenameKept::OnServer);
    }
    if (serverAnswer.kind != SyncErrorKind::Unsupported)
        return Result<RenameKept>::failure(serverAnswer.message);
    if (Status stored = store.renameFeed(feedId, title); !stored)
        return Result<RenameKept>::failure(stored.error());
    return Result<RenameKept>::success(RenameKept::HereOnly);
}

QString keptHereOnlyMessage(const QString &accountName)
{
    return FeedRenameMessages::tr("The server of account “%1” cannot rename feeds, so the new name is kept on this device only.").arg(accountName);
}

} // namespace freshet::sync
