// SPDX-License-Identifier: MIT
#include "itemmarks.h"

#include "syncrecords.h"

#include "database.h"
#include "feedscope.h"
#include "itemrecords.h"
#include "pendingflags.h"
#include "publishablesql.h"
#include "sqlrows.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(u',');
}

QString markColumn(ItemMark mark)
{
    switch (mark) {
    case ItemMark::Read: return u"read"_s;
    case ItemMark::Starred: return u"starred"_s;
    case ItemMark::Published: return u"in_published_feed"_s;
    }
    return u"read"_s;
}

/// The items the marking changes, as a condition on `items i` (ids are numbers, so they are
/// written into the text; the rest is bound in bindSelection's order).
QString selection(const ItemMarking &marking, QVariantList &values)
{
    QString where = u"i.%1 != ?"_s.arg(markColumn(marking.mark));
    values << (marking.value ? 1 : 0);
    if (marking.mark == ItemMark::Published)
        where += u" AND "_s + publishableItemSql();
    if (!marking.itemIds.isEmpty())
        where += u" AND i.id IN (%1)"_s.arg(idList(marking.itemIds));
    else if (const QString scope = feedScopeCondition(marking.feedId, marking.accountId, marking.folder, values); !scope.isEmpty())
        where += u" AND "_s + scope;
    if (marking.before.isValid()) {
        where += u" AND i.sort_at < ?"_s;
        values << marking.before.toMSecsSinceEpoch();
    }
    return where;
}

void bindSelection(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

/// Every unread item of whole feeds marked read: the servers do that in one call a feed.
bool marksWholeFeeds(const ItemMarking &marking)
{
    return marking.mark == ItemMark::Read && marking.value && marking.itemIds.isEmpty() && !marking.before.isValid();
}

/// Queues one Mark All as Read for each synced feed with items the marking changes, in place
/// of a change per item; the read changes queued for those feeds' items before it are part of
/// it now. Call it before the items change, inside the marking's transaction.
Status queueFeedReadMarks(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    // Not the account's archive: the server has no such feed (its items are marked one by one).
    const QString markedFeeds = u"SELECT DISTINCT i.feed_id FROM items i JOIN feeds f ON f.id = i.feed_id "
                                "WHERE f.remote_id IS NOT NULL AND f.remote_id != '%1' AND "_s.arg(SyncRecords::archiveFeedId)
                                + where;
    QSqlQuery mark(db);
    mark.prepare(u"INSERT INTO pending_feed_marks (account_id, feed_remote_id, up_to, changed_at) "
                 "SELECT f.account_id, f.remote_id, a.sync_cursor, ? FROM feeds f JOIN accounts a ON a.id = f.account_id "
                 "WHERE f.id IN ("_s
                 + markedFeeds + u") ON CONFLICT (account_id, feed_remote_id) DO UPDATE SET up_to = excluded.up_to, changed_at = excluded.changed_at"_s);
    mark.addBindValue(QDateTime::currentMSecsSinceEpoch());
    bindSelection(mark, values);
    QSqlQuery superseded(db);
    superseded.prepare(u"DELETE FROM pending_state_changes WHERE flag = 'read' AND EXISTS (SELECT 1 FROM items i JOIN feeds f "
                       "ON f.id = i.feed_id WHERE f.account_id = pending_state_changes.account_id "
                       "AND i.remote_id = pending_state_changes.remote_id AND i.feed_id IN ("_s
                       + markedFeeds + u"))"_s);
    bindSelection(superseded, values);
    // Neither statement changes an item, so both find the same feeds.
    if (!superseded.exec())
        return Status::failure(describeSqlError(superseded.lastError()));
    if (!mark.exec())
        return Status::failure(describeSqlError(mark.lastError()));
    return Status::success();
}

} // namespace

Result<int> applyItemMarking(ItemRecords &store, const ItemMarking &marking, QList<qint64> *changedIds)
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return Result<int>::failure(describeSqlError(db.lastError()));
    const QString flag = pendingflags::name(marking.mark);
    QVariantList values;
    const QString where = selection(marking, values);
    if (changedIds) {
        // Read in the same transaction as the change: exactly the items it changes.
        QSqlQuery changing(db);
        changing.setForwardOnly(true);
        changing.prepare(u"SELECT i.id FROM items i WHERE "_s + where);
        bindSelection(changing, values);
        changedIds->clear();
        const Status read = changing.exec() ? forEachRow(changing, [&] { changedIds->append(changing.value(0).toLongLong()); })
                                            : Status::failure(describeSqlError(changing.lastError()));
        if (!read) {
            db.rollback();
            return Result<int>::failure(read.error());
        }
    }
    const bool wholeFeeds = marksWholeFeeds(marking);
    if (wholeFeeds) {
        if (const Status queued = queueFeedReadMarks(db, where, values); !queued) {
            db.rollback();
            return Result<int>::failure(queued.error());
        }
    }
    // With whole feeds marked, only the archive's items still need a change each.
    const QString onlyArchive = wholeFeeds ? u"f.remote_id = '%1' AND "_s.arg(SyncRecords::archiveFeedId) : QString();
    QSqlQuery queue(db);
    queue.prepare(u"INSERT INTO pending_state_changes (account_id, remote_id, flag, value, changed_at) "
                  "SELECT f.account_id, i.remote_id, ?, ?, ? FROM items i JOIN feeds f ON f.id = i.feed_id "
                  "WHERE i.remote_id IS NOT NULL AND "_s
                  + onlyArchive + where
                  + u" ON CONFLICT (account_id, remote_id, flag) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at"_s);
    queue.addBindValue(flag);
    queue.addBindValue(marking.value ? 1 : 0);
    queue.addBindValue(QDateTime::currentMSecsSinceEpoch());
    bindSelection(queue, values);
    QSqlQuery update(db);
    update.prepare(u"UPDATE items SET %1 = ? WHERE id IN (SELECT i.id FROM items i WHERE %2)"_s.arg(markColumn(marking.mark), where));
    update.addBindValue(marking.value ? 1 : 0);
    bindSelection(update, values);
    if (!queue.exec() || !update.exec()) {
        const QSqlError error = queue.lastError().isValid() ? queue.lastError() : update.lastError();
        db.rollback();
        return Result<int>::failure(describeSqlError(error));
    }
    const int changed = update.numRowsAffected();
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Result<int>::failure(describeSqlError(error));
    }
    return Result<int>::success(changed);
}

Result<QList<qint64>> unpublishableItems(const ItemRecords &store, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return Result<QList<qint64>>::success({});
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT i.id FROM items i WHERE i.id IN (%1) AND NOT %2"_s.arg(idList(itemIds), publishableItemSql())))
        return Result<QList<qint64>>::failure(describeSqlError(query.lastError()));
    QList<qint64> unpublishable;
    if (const Status read = forEachRow(query, [&] { unpublishable << query.value(0).toLongLong(); }); !read)
        return Result<QList<qint64>>::failure(read.error());
    return Result<QList<qint64>>::success(unpublishable);
}

Result<QList<qint64>> unknownItems(const ItemRecords &store, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return Result<QList<qint64>>::success({});
    QSqlQuery query(store.database());
    if (!query.exec(u"SELECT id FROM items WHERE id IN (%1)"_s.arg(idList(itemIds))))
        return Result<QList<qint64>>::failure(describeSqlError(query.lastError()));
    QSet<qint64> found;
    if (const Status read = forEachRow(query, [&] { found.insert(query.value(0).toLongLong()); }); !read)
        return Result<QList<qint64>>::failure(read.error());
    QList<qint64> unknown;
    for (qint64 id : itemIds) {
        if (!found.contains(id) && !unknown.contains(id))
            unknown << id;
    }
    return Result<QList<qint64>>::success(unknown);
}

} // namespace freshet
