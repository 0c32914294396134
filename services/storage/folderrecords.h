// SPDX-License-Identifier: MIT
#pragma once

#include "folder.h"
#include "result.h"
#include "storeconnection.h"

#include <QList>

namespace freshet {

/// FeedStore's folders: the ones the person made (kept even while empty), and the changes
/// that move feeds between folders by rewriting their category, each in one transaction.
class FolderRecords : protected virtual StoreConnection
{
public:
    /// The folders made here (not those only named by a feed's category).
    Result<QList<Folder>> folders() const;
    /// The feeds in the folder or below it.
    Result<QList<qint64>> feedIdsInFolder(qint64 accountId, const QString &path) const;
    /// Refused with a clear message when the account already has a folder by that path.
    Status createFolder(qint64 accountId, const QString &path);
    /// The folder, its feeds and the folders inside it take the new path; refused when
    /// another folder has it, or when it would go inside itself.
    Status renameFolder(qint64 accountId, const QString &from, const QString &to);
    /// Without removeFeeds, what was in it (feeds and folders) moves up a level; with it, its
    /// feeds and their items are deleted. Answers how many feeds it held.
    Result<int> deleteFolder(qint64 accountId, const QString &path, bool removeFeeds);
    /// Keeps these folders (an OPML import's), whether or not a feed is in them; those already
    /// kept stay as they are. Runs in the caller's transaction.
    Status keepFolders(qint64 accountId, const QStringList &paths);
    /// Puts the feeds in the folder (empty: the top level). Answers how many moved.
    Result<int> moveFeeds(const QList<qint64> &feedIds, const QString &path);

protected:
    FolderRecords() = default;
    ~FolderRecords() = default;
};

} // namespace freshet
