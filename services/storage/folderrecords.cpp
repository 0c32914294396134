// SPDX-License-Identifier: MIT
#include "folderrecords.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

class FolderStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FolderStoreMessages)
};

namespace {

/// A feed's id and its folder, read as the feed list reads it (Folder::normalized).
struct FeedPlace
{
    qint64 id = 0;
    QString folder;
};

bool isInside(const QString &folder, const QString &path)
{
    return folder == path || folder.startsWith(path + u'/');
}

/// `folder` (in `from` or below) with `from` replaced by `to` (empty: the top level).
Result<QList<FeedPlace>> feedsInside(QSqlDatabase db, qint64 accountId, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, category FROM feeds WHERE account_id = ?"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return Result<QList<FeedPlace>>::failure(describeSqlError(query.lastError()));
    QList<FeedPlace> inside;
    while (query.next()) {
        const QString folder = Folder::normalized(query.value(1).toString());
        if (isInside(folder, path))
            inside << FeedPlace{query.value(0).toLongLong(), folder};
    }
    return Result<QList<FeedPlace>>::success(inside);
}

Result<QStringList> madeFoldersInside(QSqlDatabase db, qint64 accountId, const QString &path)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT path FROM folders WHERE account_id = ?"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return Result<QStringList>::failure(describeSqlError(query.lastError()));
    QStringList inside;
    while (query.next()) {
        if (const QString folder = query.value(0).toString(); isInside(folder, path))
            inside << folder;
    }
    return Result<QStringList>::success(inside);
}

/// Whether the account has this folder, made here or named by one of its feeds.
Result<bool> folderExists(QSqlDatabase db, qint64 accountId, const QString &path)
{
    const Result<QList<FeedPlace>> feeds = feedsInside(db, accountId, path);
    if (!feeds)
        return Result<bool>::failure(feeds.error());
    const Result<QStringList> made = madeFoldersInside(db, accountId, path);
    if (!made)
        return Result<bool>::failure(made.error());
    return Result<bool>::success(!feeds.value().isEmpty() || !made.value().isEmpty());
}

/// Runs `change` in one transaction: all of it is stored, or none.
template <typename Change>
auto inTransaction(QSqlDatabase db, Change change) -> decltype(change())
{
    using Answer = decltype(change());
    if (!db.transaction())
        return Answer::failure(describeSqlError(db.lastError()));
    Answer answer = change();
    if (!answer) {
        db.rollback();
        return answer;
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Answer::failure(error);
    }
    return answer;
}

Status run(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    bindValues(query, values);
    if (!query.exec())
        return Status::failure(describeSqlError(query.lastError()));
    return Status::success();
}

Status setFolder(QSqlDatabase db, qint64 feedId, const QString &folder)
{
    return run(db, u"UPDATE feeds SET category = ? WHERE id = ?"_s, {folder, feedId});
}

Status keepFolder(QSqlDatabase db, qint64 accountId, const QString &path)
{
    if (path.isEmpty())
        return Status::success();
    return run(db, u"INSERT OR IGNORE INTO folders (account_id, path) VALUES (?, ?)"_s, {accountId, path});
}

Status forgetFolder(QSqlDatabase db, qint64 accountId, const QString &path)
{
    return run(db, u"DELETE FROM folders WHERE account_id = ? AND path = ?"_s, {accountId, path});
}

} // namespace

Result<QList<Folder>> FolderRecords::folders() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT account_id, path FROM folders ORDER BY account_id, path"_s))
        return Result<QList<Folder>>::failure(describeSqlError(query.lastError()));
    QList<Folder> all;
    while (query.next())
        all << Folder{query.value(0).toLongLong(), query.value(1).toString()};
    return Result<QList<Folder>>::success(all);
}

Result<QList<qint64>> FolderRecords::feedIdsInFolder(qint64 accountId, const QString &path) const
{
    const Result<QList<FeedPlace>> feeds = feedsInside(database(), accountId, Folder::normalized(path));
    if (!feeds)
        return Result<QList<qint64>>::failure(feeds.error());
    QList<qint64> ids;
    for (const FeedPlace &feed : feeds.value())
        ids << feed.id;
    return Result<QList<qint64>>::success(ids);
}

Status FolderRecords::createFolder(qint64 accountId, const QString &path)
{
    const QString folder = Folder::normalized(path);
    if (folder.isEmpty())
        return Status::failure(FolderStoreMessages::tr("A folder needs a name."));
    return inTransaction(database(), [&]() -> Status {
        const Result<bool> exists = folderExists(database(), accountId, folder);
        if (!exists)
            return Status::failure(exists.error());
        if (exists.value())
            return Status::failure(FolderStoreMessages::tr("There is already a folder “%1”.").arg(folder));
        return keepFolder(database(), accountId, folder);
    });
}

Status FolderRecords::renameFolder(qint64 accountId, const QString &from, const QString &to)
{
    const QString source = Folder::normalized(from);
    const QString target = Folder::normalized(to);
    if (target.isEmpty())
        return Status::failure(FolderStoreMessages::tr("A folder needs a name."));
    if (target == source)
        return Status::success();
    if (target.startsWith(source + u'/'))
        return Status::failure(FolderStoreMessages::tr("A folder cannot go inside itself."));
    return inTransaction(database(), [&]() -> Status {
        const Result<bool> taken = folderExists(database(), accountId, target);
        if (!taken)
            return Status::failure(taken.error());
        if (taken.value())
            return Status::failure(FolderStoreMessages::tr("There is already a folder “%1”.").arg(target));
        const Result<QList<FeedPlace>> feeds = feedsInside(database(), accountId, source);
        const Result<QStringList> made = madeFoldersInside(database(), accountId, source);
        if (!feeds || !made)
            return Status::failure(!feeds ? feeds.error() : made.error());
        if (feeds.value().isEmpty() && made.value().isEmpty())
            return Status::failure(FolderStoreMessages::tr("There is no folder “%1” any more.").arg(source));
        for (const FeedPlace &feed : feeds.value()) {
            if (Status done = setFolder(database(), feed.id, Folder::moved(feed.folder, source, target)); !done)
                return done;
        }
        for (const QString &folder : made.value()) {
            if (Status done = forgetFolder(database(), accountId, folder); !done)
                return done;
            if (Status done = keepFolder(database(), accountId, Folder::moved(folder, source, target)); !done)
                return done;
        }
        return Status::success();
    });
}

Result<int> FolderRecords::deleteFolder(qint64 accountId, const QString &path, bool removeFeeds)
{
    const QString folder = Folder::normalized(path);
    const QString parent = Folder::parentOf(folder);
    return inTransaction(database(), [&]() -> Result<int> {
        const Result<QList<FeedPlace>> feeds = feedsInside(database(), accountId, folder);
        const Result<QStringList> made = madeFoldersInside(database(), accountId, folder);
        if (!feeds || !made)
            return Result<int>::failure(!feeds ? feeds.error() : made.error());
        if (feeds.value().isEmpty() && made.value().isEmpty())
            return Result<int>::failure(FolderStoreMessages::tr("There is no folder “%1” any more.").arg(folder));
        for (const FeedPlace &feed : feeds.value()) {
            // Items go with their feed (ON DELETE CASCADE), as Delete Feed does.
            const Status done = removeFeeds ? run(database(), u"DELETE FROM feeds WHERE id = ?"_s, {feed.id})
                                            : setFolder(database(), feed.id, Folder::moved(feed.folder, folder, parent));
            if (!done)
                return Result<int>::failure(done.error());
        }
        for (const QString &inside : made.value()) {
            if (Status done = forgetFolder(database(), accountId, inside); !done)
                return Result<int>::failure(done.error());
            if (inside == folder || removeFeeds)
                continue;
            if (Status done = keepFolder(database(), accountId, Folder::moved(inside, folder, parent)); !done)
                return Result<int>::failure(done.error());
        }
        return Result<int>::success(int(feeds.value().size()));
    });
}

Status FolderRecords::keepFolders(qint64 accountId, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (Status kept = keepFolder(database(), accountId, Folder::normalized(path)); !kept)
            return kept;
    }
    return Status::success();
}

Result<int> FolderRecords::moveFeeds(const QList<qint64> &feedIds, const QString &path)
{
    const QString folder = Folder::normalized(path);
    return inTransaction(database(), [&]() -> Result<int> {
        int movedFeeds = 0;
        for (qint64 id : feedIds) {
            QSqlQuery current(database());
            current.prepare(u"SELECT account_id, category FROM feeds WHERE id = ?"_s);
            current.addBindValue(id);
            if (!current.exec())
                return Result<int>::failure(describeSqlError(current.lastError()));
            if (!current.next())
                continue; // removed meanwhile: nothing to move
            const QString was = Folder::normalized(current.value(1).toString());
            if (was == folder)
                continue;
            // The folder it leaves stays, even if this was its last feed.
            if (Status kept = keepFolder(database(), current.value(0).toLongLong(), was); !kept)
                return Result<int>::failure(kept.error());
            if (Status done = setFolder(database(), id, folder); !done)
                return Result<int>::failure(done.error());
            ++movedFeeds;
        }
        return Result<int>::success(movedFeeds);
    });
}

} // namespace freshet
