// SPDX-License-Identifier: MIT
// SyncRecords: applying what a sync server said (feeds, articles, read and starred state), and
// the queue of local read/star changes waiting to be sent to it.
#include "syncrecords.h"

#include "database.h"
#include "feedcountsql.h"
#include "pendingflags.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// What decides whether a stored article needs rewriting; state is compared separately.
QString remoteContentHash(const sync::RemoteItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {item.title, item.link, item.author, item.summary, item.content, item.imageUrl,
                                item.published.toString(Qt::ISODate), item.updated.toString(Qt::ISODate)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    for (const sync::RemoteEnclosure &enclosure : item.enclosures)
        hash.addData(enclosure.url.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

/// Fills a temporary table with ids, so one statement can compare every article against a
/// list of any length (SQLite caps bound values per statement).
Status fillIdTable(QSqlDatabase &db, const QString &table, const QStringList &ids)
{
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY)"_s.arg(table)) || !query.exec(u"DELETE FROM %1"_s.arg(table)))
        return Status::failure(describeSqlError(query.lastError()));
    query.prepare(u"INSERT OR IGNORE INTO %1 (id) VALUES (?)"_s.arg(table));
    for (const QString &id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return Status::failure(describeSqlError(query.lastError()));
    }
    return Status::success();
}

/// Moves a feed's starred articles to its account's archive, made when first needed; answers
/// how many moved. (tt-rss archives those only: an article only published goes with its feed.)
Result<int> archiveStarred(QSqlDatabase &db, qint64 accountId, qint64 feedId, const QString &archiveTitle)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM items WHERE feed_id = ? AND starred = 1 AND remote_id IS NOT NULL"_s);
    query.addBindValue(feedId);
    if (!query.exec() || !query.next())
        return Result<int>::failure(describeSqlError(query.lastError()));
    const int starred = query.value(0).toInt();
    query.finish();
    if (starred == 0)
        return Result<int>::success(0);
    query.prepare(u"INSERT OR IGNORE INTO feeds (account_id, remote_id, url, title, added_at, next_due_reason) "
                  "VALUES (?, ?, ?, ?, ?, 'sync')"_s);
    bindValues(query, {accountId, SyncRecords::archiveFeedId, SyncRecords::archiveFeedId, archiveTitle, QDateTime::currentMSecsSinceEpoch()});
    if (!query.exec())
        return Result<int>::failure(describeSqlError(query.lastError()));
    query.prepare(u"UPDATE items SET feed_id = (SELECT id FROM feeds WHERE account_id = ? AND remote_id = ?) "
                  "WHERE feed_id = ? AND starred = 1 AND remote_id IS NOT NULL"_s);
    bindValues(query, {accountId, SyncRecords::archiveFeedId, feedId});
    if (!query.exec())
        return Result<int>::failure(describeSqlError(query.lastError()));
    return Result<int>::success(starred);
}

} // namespace

const QString SyncRecords::archiveFeedId = u"freshet:archive"_s;

Result<QHash<QString, qint64>> SyncRecords::applyRemoteFeeds(qint64 accountId, const QList<sync::RemoteFeed> &feeds, const QString &archiveTitle)
{
    using Answer = Result<QHash<QString, qint64>>;
    QSqlDatabase db = database();
    if (!db.transaction())
        return Answer::failure(describeSqlError(db.lastError()));
    auto fail = [&db](const QSqlQuery &query) {
        const QString error = describeSqlError(query.lastError());
        db.rollback();
        return Answer::failure(error);
    };
    QHash<QString, qint64> stored;
    QSqlQuery existing(db);
    existing.prepare(u"SELECT remote_id, id FROM feeds WHERE account_id = ? AND remote_id IS NOT NULL AND remote_id != ?"_s);
    bindValues(existing, {accountId, archiveFeedId});
    if (!existing.exec())
        return fail(existing);
    if (!forEachRow(existing, [&] { stored.insert(existing.value(0).toString(), existing.value(1).toLongLong()); }))
        return fail(existing);
    existing.finish();

    QSqlQuery update(db);
    update.prepare(u"UPDATE feeds SET url = ?, title = ?, site_link = ?, category = ? WHERE id = ?"_s);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO feeds (account_id, remote_id, url, title, site_link, category, added_at, next_due_reason) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, 'sync')"_s);
    QHash<QString, qint64> answer;
    QSet<QString> urls;
    for (const sync::RemoteFeed &feed : feeds) {
        // Two server feeds with one address (a server may allow it) still get a row each.
        QString url = feed.url.isEmpty() ? feed.id : feed.url;
        if (urls.contains(url))
            url += u'#' + feed.id;
        urls.insert(url);
        if (const auto found = stored.constFind(feed.id); found != stored.cend()) {
            bindValues(update, {url, feed.title, feed.siteUrl, feed.category, *found});
            if (!update.exec())
                return fail(update);
            answer.insert(feed.id, *found);
        } else {
            bindValues(insert, {accountId, feed.id, url, feed.title, feed.siteUrl, feed.category, QDateTime::currentMSecsSinceEpoch()});
            if (!insert.exec())
                return fail(insert);
            answer.insert(feed.id, insert.lastInsertId().toLongLong());
        }
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM feeds WHERE id = ?"_s);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (answer.contains(it.key()))
            continue;
        if (Result<int> archived = archiveStarred(db, accountId, it.value(), archiveTitle); !archived) {
            db.rollback();
            return Answer::failure(archived.error());
        }
        remove.addBindValue(it.value());
        if (!remove.exec())
            return fail(remove);
    }
    if (!db.commit())
        return Answer::failure(describeSqlError(db.lastError()));
    return Answer::success(std::move(answer));
}

Result<int> SyncRecords::removeSyncedFeed(qint64 accountId, qint64 feedId, const QString &archiveTitle)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<int>::failure(describeSqlError(db.lastError()));
    const Result<int> archived = archiveStarred(db, accountId, feedId, archiveTitle);
    if (!archived) {
        db.rollback();
        return archived;
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM feeds WHERE id = ? AND account_id = ?"_s);
    bindValues(remove, {feedId, accountId});
    if (!remove.exec()) {
        const QString error = describeSqlError(remove.lastError());
        db.rollback();
        return Result<int>::failure(error);
    }
    if (!db.commit())
        return Result<int>::failure(describeSqlError(db.lastError()));
    return archived;
}

Result<ItemChanges> SyncRecords::applyRemoteItems(qint64 accountId, const QHash<QString, qint64> &feedIds,
                                                  const QList<sync::RemoteItem> &items, StoredOnly storedOnly)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<ItemChanges>::failure(describeSqlError(db.lastError()));
    auto fail = [&db](const QString &error) {
        db.rollback();
        return Result<ItemChanges>::failure(error);
    };
    QSet<QString> pending;
    QSqlQuery pendingQuery(db);
    // An item of a feed whose Mark All as Read is still waiting keeps the read state it has here.
    pendingQuery.prepare(u"SELECT remote_id || '/' || flag FROM pending_state_changes WHERE account_id = ? "
                         "UNION ALL SELECT i.remote_id || '/read' FROM items i JOIN feeds f ON f.id = i.feed_id "
                         "JOIN pending_feed_marks m ON m.account_id = f.account_id AND m.feed_remote_id = f.remote_id "
                         "WHERE f.account_id = ? AND i.remote_id IS NOT NULL"_s);
    pendingQuery.addBindValue(accountId);
    pendingQuery.addBindValue(accountId);
    if (!pendingQuery.exec())
        return fail(describeSqlError(pendingQuery.lastError()));
    if (Status read = forEachRow(pendingQuery, [&] { pending.insert(pendingQuery.value(0).toString()); }); !read)
        return fail(read.error());
    pendingQuery.finish();

    QSqlQuery find(db);
    find.prepare(u"SELECT i.id, i.content_hash FROM items i JOIN feeds f ON f.id = i.feed_id "
                 "WHERE i.remote_id = ? AND f.account_id = ?"_s);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO items (feed_id, item_key, content_hash, title, link, author, summary, content, image, "
                   "published_at, updated_at, fetched_at, sort_at, read, starred, remote_id) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    QSqlQuery update(db);
    update.prepare(u"UPDATE items SET content_hash = ?, title = ?, link = ?, author = ?, summary = ?, content = ?, "
                   "image = ?, published_at = ?, updated_at = ?, sort_at = COALESCE(?, fetched_at) WHERE id = ?"_s);
    QSqlQuery setRead(db);
    setRead.prepare(u"UPDATE items SET read = ? WHERE id = ? AND read != ?"_s);
    QSqlQuery setStarred(db);
    setStarred.prepare(u"UPDATE items SET starred = ? WHERE id = ? AND starred != ?"_s);
    QSqlQuery clearEnclosures(db);
    clearEnclosures.prepare(u"DELETE FROM enclosures WHERE item_id = ?"_s);
    QSqlQuery addEnclosure(db);
    addEnclosure.prepare(u"INSERT OR IGNORE INTO enclosures (item_id, url, type, length) VALUES (?,?,?,?)"_s);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ItemChanges changes;
    struct NewRows
    {
        int items = 0;
        int unread = 0;
    };
    QHash<qint64, NewRows> newRowsByFeed;
    for (const sync::RemoteItem &item : items) {
        const qint64 feedId = feedIds.value(item.feedId);
        if (feedId == 0)
            continue; // an article of a feed the server no longer lists
        const QString hash = remoteContentHash(item);
        const QDateTime date = item.published.isValid() ? item.published : item.updated;
        find.addBindValue(item.id);
        find.addBindValue(accountId);
        if (!find.exec())
            return fail(describeSqlError(find.lastError()));
        const Result<bool> next = nextRow(find);
        if (!next)
            return fail(next.error());
        const bool found = next.value();
        const qint64 storedId = found ? find.value(0).toLongLong() : 0;
        const QString storedHash = found ? find.value(1).toString() : QString();
        find.finish();
        qint64 itemId = storedId;
        bool contentChanged = false;
        if (found) {
            if (storedHash != hash) {
                bindValues(update, {hash, item.title, item.link, item.author, item.summary, item.content, item.imageUrl,
                                    timeToSql(item.published), timeToSql(item.updated), timeToSql(date), storedId});
                if (!update.exec())
                    return fail(describeSqlError(update.lastError()));
                ++changes.updatedItems;
                contentChanged = true;
            }
            if (!pending.contains(item.id + u"/read"_s)) {
                bindValues(setRead, {item.unread ? 0 : 1, storedId, item.unread ? 0 : 1});
                if (!setRead.exec())
                    return fail(describeSqlError(setRead.lastError()));
            }
            if (!pending.contains(item.id + u"/starred"_s)) {
                bindValues(setStarred, {item.starred ? 1 : 0, storedId, item.starred ? 1 : 0});
                if (!setStarred.exec())
                    return fail(describeSqlError(setStarred.lastError()));
            }
        } else if (storedOnly == StoredOnly::Yes) {
            continue;
        } else {
            bindValues(insert, {feedId, QString(u"remote:"_s + item.id), hash, item.title, item.link, item.author, item.summary,
                                item.content, item.imageUrl, timeToSql(item.published), timeToSql(item.updated), now,
                                date.isValid() ? date.toMSecsSinceEpoch() : now, item.unread ? 0 : 1, item.starred ? 1 : 0, item.id});
            if (!insert.exec())
                return fail(describeSqlError(insert.lastError()));
            itemId = insert.lastInsertId().toLongLong();
            ++changes.newItems;
            NewRows &added = newRowsByFeed[feedId];
            ++added.items;
            added.unread += item.unread ? 1 : 0;
            contentChanged = true;
        }
        if (!contentChanged)
            continue;
        if (found) {
            clearEnclosures.addBindValue(itemId);
            if (!clearEnclosures.exec())
                return fail(describeSqlError(clearEnclosures.lastError()));
        }
        for (const sync::RemoteEnclosure &enclosure : item.enclosures) {
            bindValues(addEnclosure, {itemId, enclosure.url, enclosure.type, nullableInt(enclosure.length)});
            if (!addEnclosure.exec())
                return fail(describeSqlError(addEnclosure.lastError()));
        }
    }
    QSqlQuery count(db);
    count.prepare(addNewItemsToFeedCountsSql());
    for (auto added = newRowsByFeed.cbegin(); added != newRowsByFeed.cend(); ++added) {
        bindValues(count, {added->items, added->unread, added.key()});
        if (!count.exec())
            return fail(describeSqlError(count.lastError()));
    }
    // A sync is searchable once stored, like one feed's write.
    if (Status indexed = addBacklogToSearchIndex(); !indexed)
        return fail(indexed.error());
    if (!db.commit())
        return fail(describeSqlError(db.lastError()));
    return Result<ItemChanges>::success(changes);
}

Result<int> SyncRecords::applyRemoteState(qint64 accountId, const QStringList &unreadIds, const QStringList &starredIds,
                                          const std::optional<QStringList> &readScope, const std::optional<QStringList> &publishedIds)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<int>::failure(describeSqlError(db.lastError()));
    auto fail = [&db](const QString &error) {
        db.rollback();
        return Result<int>::failure(error);
    };
    if (Status filled = fillIdTable(db, u"sync_unread"_s, unreadIds); !filled)
        return fail(filled.error());
    if (Status filled = fillIdTable(db, u"sync_starred"_s, starredIds); !filled)
        return fail(filled.error());
    if (Status filled = fillIdTable(db, u"sync_read_scope"_s, readScope.value_or(QStringList())); !filled)
        return fail(filled.error());
    if (Status filled = fillIdTable(db, u"sync_published"_s, publishedIds.value_or(QStringList())); !filled)
        return fail(filled.error());
    int changed = 0;
    const QString unpending = u"AND feed_id IN (SELECT id FROM feeds WHERE account_id = :account) "
                              "AND NOT EXISTS (SELECT 1 FROM pending_state_changes p WHERE p.account_id = :account "
                              "AND p.remote_id = items.remote_id AND p.flag = '%1')"_s;
    const QString unmarked = u" AND feed_id NOT IN (SELECT f.id FROM feeds f JOIN pending_feed_marks m ON m.account_id = f.account_id "
                             "AND m.feed_remote_id = f.remote_id WHERE f.account_id = :account)"_s;
    QStringList statements = {
        u"UPDATE items SET read = 1 - read WHERE remote_id IS NOT NULL "
        "AND read = (remote_id IN (SELECT id FROM sync_unread)) "_s
            + (readScope ? u"AND feed_id IN (SELECT id FROM feeds WHERE account_id = :account AND remote_id IN "
                           "(SELECT id FROM sync_read_scope)) "_s
                         : QString())
            + unpending.arg(u"read"_s) + unmarked,
        u"UPDATE items SET starred = 1 - starred WHERE remote_id IS NOT NULL "
        "AND starred != (remote_id IN (SELECT id FROM sync_starred)) "_s
            + unpending.arg(u"starred"_s),
    };
    if (publishedIds) {
        statements << u"UPDATE items SET in_published_feed = 1 - in_published_feed WHERE remote_id IS NOT NULL "
                      "AND in_published_feed != (remote_id IN (SELECT id FROM sync_published)) "_s
                          + unpending.arg(u"published"_s);
    }
    statements << // Archived for being starred or published, gone once neither (here or on the server).
        u"DELETE FROM items WHERE starred = 0 AND in_published_feed = 0 AND feed_id IN (SELECT id FROM feeds WHERE account_id = :account "
        "AND remote_id = '%1') AND NOT EXISTS (SELECT 1 FROM pending_state_changes p WHERE p.account_id = :account "
        "AND p.remote_id = items.remote_id AND p.flag IN ('starred', 'published'))"_s.arg(archiveFeedId)
               << u"DELETE FROM feeds WHERE account_id = :account AND remote_id = '%1' "
                  "AND NOT EXISTS (SELECT 1 FROM items i WHERE i.feed_id = feeds.id)"_s.arg(archiveFeedId);
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.bindValue(u":account"_s, accountId);
        if (!query.exec())
            return fail(describeSqlError(query.lastError()));
        changed += query.numRowsAffected();
    }
    if (!db.commit())
        return fail(describeSqlError(db.lastError()));
    return Result<int>::success(changed);
}

Result<int> SyncRecords::applyRemoteReads(qint64 accountId, const QStringList &readIds)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<int>::failure(describeSqlError(db.lastError()));
    if (Status filled = fillIdTable(db, u"sync_read"_s, readIds); !filled) {
        db.rollback();
        return Result<int>::failure(filled.error());
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE items SET read = 1 WHERE read = 0 AND remote_id IN (SELECT id FROM sync_read) "
                  "AND feed_id IN (SELECT id FROM feeds WHERE account_id = :account) "
                  "AND NOT EXISTS (SELECT 1 FROM pending_state_changes p WHERE p.account_id = :account "
                  "AND p.remote_id = items.remote_id AND p.flag = 'read') "
                  "AND feed_id NOT IN (SELECT f.id FROM feeds f JOIN pending_feed_marks m ON m.account_id = f.account_id "
                  "AND m.feed_remote_id = f.remote_id WHERE f.account_id = :account)"_s);
    query.bindValue(u":account"_s, accountId);
    if (!query.exec()) {
        const QString error = describeSqlError(query.lastError());
        db.rollback();
        return Result<int>::failure(error);
    }
    const int changed = query.numRowsAffected();
    if (!db.commit())
        return Result<int>::failure(describeSqlError(db.lastError()));
    return Result<int>::success(changed);
}

Result<QList<sync::StateChange>> SyncRecords::pendingStateChanges(qint64 accountId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT remote_id, flag, value FROM pending_state_changes WHERE account_id = ? ORDER BY changed_at"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return Result<QList<sync::StateChange>>::failure(describeSqlError(query.lastError()));
    QList<sync::StateChange> changes;
    const Status read = forEachRow(query, [&] {
        sync::StateChange change;
        change.itemId = query.value(0).toString();
        change.flag = pendingflags::named(query.value(1).toString());
        change.on = query.value(2).toBool();
        changes << change;
    });
    if (!read)
        return Result<QList<sync::StateChange>>::failure(read.error());
    return Result<QList<sync::StateChange>>::success(std::move(changes));
}

Status SyncRecords::clearStateChanges(qint64 accountId, const QList<sync::StateChange> &sent)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM pending_state_changes WHERE account_id = ? AND remote_id = ? AND flag = ? AND value = ?"_s);
    for (const sync::StateChange &change : sent) {
        bindValues(remove, {accountId, change.itemId, pendingflags::name(change.flag), change.on ? 1 : 0});
        if (!remove.exec()) {
            const QString error = describeSqlError(remove.lastError());
            db.rollback();
            return Status::failure(error);
        }
    }
    if (!db.commit())
        return Status::failure(describeSqlError(db.lastError()));
    return Status::success();
}

Result<QList<sync::FeedReadMark>> SyncRecords::pendingFeedReadMarks(qint64 accountId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT feed_remote_id, up_to, changed_at FROM pending_feed_marks WHERE account_id = ? ORDER BY changed_at"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return Result<QList<sync::FeedReadMark>>::failure(describeSqlError(query.lastError()));
    QList<sync::FeedReadMark> marks;
    const Status read = forEachRow(query, [&] {
        marks << sync::FeedReadMark{query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()};
    });
    if (!read)
        return Result<QList<sync::FeedReadMark>>::failure(read.error());
    return Result<QList<sync::FeedReadMark>>::success(std::move(marks));
}

Status SyncRecords::clearFeedReadMark(qint64 accountId, const sync::FeedReadMark &sent)
{
    QSqlQuery remove(database());
    remove.prepare(u"DELETE FROM pending_feed_marks WHERE account_id = ? AND feed_remote_id = ? AND changed_at = ?"_s);
    bindValues(remove, {accountId, sent.feedId, sent.queuedAt});
    if (!remove.exec())
        return Status::failure(describeSqlError(remove.lastError()));
    return Status::success();
}

Result<int> SyncRecords::pendingChangeCount(qint64 accountId) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT (SELECT COUNT(*) FROM pending_state_changes WHERE account_id = :account) "
                  "+ (SELECT COUNT(*) FROM pending_feed_marks WHERE account_id = :account)"_s);
    query.bindValue(u":account"_s, accountId);
    if (!query.exec() || !query.next())
        return Result<int>::failure(describeSqlError(query.lastError()));
    return Result<int>::success(query.value(0).toInt());
}

} // namespace freshet
