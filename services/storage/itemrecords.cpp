// SPDX-License-Identifier: MIT
// ItemRecords: the lists' queries over items (bounds, filters, search, the four orders) and
// the marks a person puts on them.
#include "itemrecords.h"

#include "feedscope.h"

#include "itemmarks.h"
#include "publishablesql.h"
#include "sortindexes.h"

#include "database.h"
#include "feed.h"
#include "feedtitlesql.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Enough of a title-less item's HTML for a line of its first words, markup included.
constexpr int untitledTextChars = 600;

/// Turns what a person types into an FTS5 query that cannot be a syntax error: every word is a
/// quoted phrase, and the last one matches as a prefix so results follow the typing.
QString ftsQuery(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList quoted;
    for (const QString &word : words) {
        QString escaped = word;
        escaped.replace(u'"', u"\"\""_s);
        quoted << u'"' + escaped + u'"';
    }
    if (!quoted.isEmpty())
        quoted.last() += u'*';
    return quoted.join(u' ');
}

/// A key's text, never a null QString: that would bind as NULL and match nothing.
QVariant keyText(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(text);
}

/// The SQL expressions of a sort's key, most significant first; each has an index (schema 4).
QStringList orderColumns(ItemSortColumn column)
{
    switch (column) {
    case ItemSortColumn::Date: return {u"i.sort_at"_s, u"i.id"_s};
    case ItemSortColumn::Title: return {u"i.title COLLATE NOCASE"_s, u"i.id"_s};
    case ItemSortColumn::Author: return {u"i.author COLLATE NOCASE"_s, u"i.id"_s};
    case ItemSortColumn::Feed: return {feedNameSql + u" COLLATE NOCASE"_s, u"f.id"_s, u"i.sort_at"_s, u"i.id"_s};
    }
    return {};
}

QVariantList keyValues(ItemSortColumn column, const Item &key)
{
    switch (column) {
    case ItemSortColumn::Date: return {key.sortAt.toMSecsSinceEpoch(), key.id};
    case ItemSortColumn::Title: return {keyText(key.title), key.id};
    case ItemSortColumn::Author: return {keyText(key.author), key.id};
    case ItemSortColumn::Feed: return {keyText(key.feedSortName), key.feedId, key.sortAt.toMSecsSinceEpoch(), key.id};
    }
    return {};
}

/// The FROM clause, where SQLite without statistics guesses wrong. By feed, the feeds must be
/// the outer loop, walked through feeds_by_name, or it sorts every item (a second at a million):
/// CROSS JOIN, which SQLite never reorders, says so. Searches and starred items are few: finding
/// them first and sorting them beats walking a whole order's index for them, which SQLite
/// would otherwise do for starred items in a text order.
QString joinSql(const ItemQuery &query, bool withFeeds)
{
    const bool searching = !ftsQuery(query.search).isEmpty();
    const bool few = searching || query.starredOnly;
    const QString items = query.starredOnly && !searching && query.sort.column != ItemSortColumn::Date ? u"items i INDEXED BY items_starred"_s
                                                                                                       : u"items i"_s;
    if (!withFeeds)
        return u" FROM "_s + items;
    if (query.sort.column == ItemSortColumn::Feed && !few)
        return u" FROM feeds f CROSS JOIN "_s + items + u" ON f.id = i.feed_id"_s;
    return u" FROM "_s + items + u" JOIN feeds f ON f.id = i.feed_id"_s;
}

struct ItemFilter
{
    QString where;
    QVariantList values;
    bool needsFeeds = false;
};

/// "Rows after (or before) this key", spelt so SQLite can use the sort's index for a range:
/// a row-value comparison with a collation is not used for one, but "a >= ? AND (a > ? OR ...)"
/// is. For the Feed order the leading term (the feed's name) skips whole feeds before the key.
QString boundCondition(const QStringList &columns, const QVariantList &key, bool greater, bool inclusive, QVariantList &values, qsizetype at = 0)
{
    const QString op = greater ? u">"_s : u"<"_s;
    if (at == columns.size() - 1) {
        values << key.at(at);
        return columns.at(at) + u' ' + op + (inclusive ? u"= ?"_s : u" ?"_s);
    }
    values << key.at(at) << key.at(at);
    QVariantList rest;
    const QString inner = boundCondition(columns, key, greater, inclusive, rest, at + 1);
    values << rest;
    return u"("_s + columns.at(at) + u' ' + op + u"= ? AND ("_s + columns.at(at) + u' ' + op + u" ? OR "_s + inner + u"))"_s;
}

ItemFilter itemFilter(const ItemQuery &query)
{
    QStringList conditions;
    ItemFilter filter;
    if (query.itemId > 0) {
        conditions << u"i.id = ?"_s;
        filter.values << query.itemId;
    }
    if (const QString scope = feedScopeCondition(query.feedId, query.accountId, query.folder, filter.values); !scope.isEmpty())
        conditions << scope;
    if (query.unreadOnly)
        conditions << u"i.read = 0"_s;
    if (query.starredOnly)
        conditions << u"i.starred = 1"_s;
    const QString search = ftsQuery(query.search);
    if (!search.isEmpty()) {
        conditions << u"i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"_s;
        filter.values << search;
    }
    const QStringList columns = orderColumns(query.sort.column);
    const bool ascending = query.sort.order == Qt::AscendingOrder;
    if (query.lower) {
        conditions << boundCondition(columns, keyValues(query.sort.column, query.lower->key), ascending, query.lower->inclusive,
                                     filter.values);
        filter.needsFeeds = filter.needsFeeds || query.sort.column == ItemSortColumn::Feed;
    }
    if (query.upper) {
        conditions << boundCondition(columns, keyValues(query.sort.column, query.upper->key), !ascending, query.upper->inclusive,
                                     filter.values);
        filter.needsFeeds = filter.needsFeeds || query.sort.column == ItemSortColumn::Feed;
    }
    if (query.idAbove > 0) {
        conditions << u"i.id > ?"_s;
        filter.values << query.idAbove;
    }
    if (query.idAtMost >= 0) {
        // The unary plus keeps SQLite from walking the rowid for this instead of the sort's index.
        conditions << u"+i.id <= ?"_s;
        filter.values << query.idAtMost;
    }
    if (!conditions.isEmpty())
        filter.where = u" WHERE "_s + conditions.join(u" AND "_s);
    return filter;
}

QString orderBy(const ItemQuery &query)
{
    if (query.byId)
        return u" ORDER BY i.id"_s;
    const bool ascending = (query.sort.order == Qt::AscendingOrder) != query.reverse;
    QStringList terms = orderColumns(query.sort.column);
    for (QString &term : terms)
        term += ascending ? u" ASC"_s : u" DESC"_s;
    return u" ORDER BY "_s + terms.join(u", "_s);
}

} // namespace

Result<QList<Item>> ItemRecords::items(const ItemQuery &itemQuery) const
{
    const ItemFilter filter = itemFilter(itemQuery);
    const ItemSortColumn column = itemQuery.sort.column;
    QString sql;
    bool joinFeeds = true;
    if (itemQuery.keysOnly) {
        // Only the key: a jump skips many rows, and for most orders an index holds all of it.
        switch (column) {
        case ItemSortColumn::Date: sql = u"SELECT i.id, i.sort_at"_s; break;
        case ItemSortColumn::Title: sql = u"SELECT i.id, i.title"_s; break;
        case ItemSortColumn::Author: sql = u"SELECT i.id, i.author"_s; break;
        case ItemSortColumn::Feed: sql = u"SELECT i.id, i.feed_id, i.sort_at, "_s + shownTitleSql + u", f.url"_s; break;
        }
        joinFeeds = column == ItemSortColumn::Feed;
    } else {
        sql = u"SELECT i.id, i.feed_id, "_s + shownTitleSql
              + u", f.url, i.title, i.link, "
                "i.author, i.image, i.published_at, i.updated_at, i.fetched_at, i.sort_at, i.read, i.starred, i.in_published_feed, "_s
              + publishableItemSql();
        // Without the bodies, a title-less item still brings the start of its text: the table
        // shows its first words instead of a title.
        sql += itemQuery.withContent
                   ? u", i.summary, i.content"_s
                   : u", CASE WHEN i.title = '' THEN substr(coalesce(nullif(i.summary, ''), i.content, ''), 1, %1) END"_s.arg(untitledTextChars);
    }
    sql += joinSql(itemQuery, joinFeeds || filter.needsFeeds);
    sql += filter.where + orderBy(itemQuery) + u" LIMIT ? OFFSET ?"_s;

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : filter.values)
        query.addBindValue(value);
    query.addBindValue(itemQuery.limit);
    query.addBindValue(std::max(itemQuery.offset, 0));
    if (!query.exec())
        return Result<QList<Item>>::failure(describeSqlError(query.lastError()));

    QList<Item> items;
    if (itemQuery.limit > 0 && itemQuery.limit < 100000)
        items.reserve(itemQuery.limit);
    const Status read = forEachRow(query, [&] {
        Item item;
        int c = 0;
        item.id = query.value(c++).toLongLong();
        if (itemQuery.keysOnly) {
            switch (column) {
            case ItemSortColumn::Date: item.sortAt = timeFromSql(query.value(c++)); break;
            case ItemSortColumn::Title: item.title = query.value(c++).toString(); break;
            case ItemSortColumn::Author: item.author = query.value(c++).toString(); break;
            case ItemSortColumn::Feed:
                item.feedId = query.value(c++).toLongLong();
                item.sortAt = timeFromSql(query.value(c++));
                item.feedSortName = feedSortName(query.value(c).toString(), query.value(c + 1).toString());
                break;
            }
            items << item;
            return;
        }
        item.feedId = query.value(c++).toLongLong();
        Feed feed;
        feed.title = query.value(c++).toString();
        feed.url = query.value(c++).toString();
        item.feedTitle = feed.displayTitle();
        item.feedSortName = feedSortName(feed.title, feed.url);
        item.title = query.value(c++).toString();
        item.link = query.value(c++).toString();
        item.author = query.value(c++).toString();
        item.image = query.value(c++).toString();
        item.published = timeFromSql(query.value(c++));
        item.updated = timeFromSql(query.value(c++));
        item.fetched = timeFromSql(query.value(c++));
        item.sortAt = timeFromSql(query.value(c++));
        item.read = query.value(c++).toBool();
        item.starred = query.value(c++).toBool();
        item.inPublishedFeed = query.value(c++).toBool();
        item.publishable = query.value(c++).toBool();
        if (itemQuery.withContent) {
            item.summary = query.value(c++).toString();
            item.content = query.value(c++).toString();
        } else {
            item.summary = query.value(c++).toString();
        }
        items << item;
    });
    if (!read)
        return Result<QList<Item>>::failure(read.error());
    if (itemQuery.withContent) {
        QSqlQuery enclosures(database());
        enclosures.prepare(u"SELECT url, type, length FROM enclosures WHERE item_id = ? ORDER BY id"_s);
        for (Item &item : items) {
            enclosures.addBindValue(item.id);
            if (!enclosures.exec())
                return Result<QList<Item>>::failure(describeSqlError(enclosures.lastError()));
            const Status readEnclosures = forEachRow(enclosures, [&] {
                item.enclosures << Enclosure{enclosures.value(0).toString(), enclosures.value(1).toString(),
                                             enclosures.value(2).isNull() ? -1 : enclosures.value(2).toLongLong()};
            });
            if (!readEnclosures)
                return Result<QList<Item>>::failure(readEnclosures.error());
        }
    }
    return Result<QList<Item>>::success(std::move(items));
}

Result<std::optional<Item>> ItemRecords::item(qint64 itemId) const
{
    ItemQuery one;
    one.itemId = itemId;
    one.limit = 1;
    one.withContent = true;
    Result<QList<Item>> found = items(one);
    if (!found)
        return Result<std::optional<Item>>::failure(found.error());
    if (found.value().isEmpty())
        return Result<std::optional<Item>>::success(std::nullopt);
    return Result<std::optional<Item>>::success(found.value().constFirst());
}

Result<qint64> ItemRecords::maxItemId(const ItemQuery &itemQuery) const
{
    // The search index's mark is never above the largest id (deleting the newest rows lowers it).
    QSqlQuery query(ftsQuery(itemQuery.search).isEmpty() ? u"SELECT COALESCE(MAX(id), 0) FROM items"_s : u"SELECT indexed_through FROM search_index_state"_s,
                    database());
    if (!query.next())
        return Result<qint64>::failure(describeSqlError(query.lastError()));
    return Result<qint64>::success(query.value(0).toLongLong());
}

Result<int> ItemRecords::itemCount(const ItemQuery &itemQuery) const
{
    const ItemFilter filter = itemFilter(itemQuery);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT COUNT(*)"_s + joinSql(itemQuery, filter.needsFeeds) + filter.where);
    for (const QVariant &value : filter.values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Result<int>::failure(describeSqlError(query.lastError()));
    return Result<int>::success(query.value(0).toInt());
}

Result<std::pair<qint64, int>> ItemRecords::countSnapshot(const ItemQuery &itemQuery) const
{
    // One read transaction: both answers come from the same state of the file.
    QSqlDatabase db = database();
    const bool inTransaction = db.transaction();
    Result<qint64> maxId = maxItemId(itemQuery);
    Result<int> count = maxId ? itemCount(itemQuery) : Result<int>::failure(maxId.error());
    if (inTransaction)
        db.commit();
    if (!count)
        return Result<std::pair<qint64, int>>::failure(count.error());
    return Result<std::pair<qint64, int>>::success({maxId.value(), count.value()});
}

namespace {

ItemMarking itemMarking(ItemMark mark, bool value, const QList<qint64> &itemIds, qint64 feedId)
{
    ItemMarking marking;
    marking.mark = mark;
    marking.value = value;
    marking.itemIds = itemIds;
    marking.feedId = feedId;
    return marking;
}

} // namespace

// The three marks the tests and older callers use, over the one marking (itemmarks.cpp).
Status ItemRecords::setRead(const QList<qint64> &itemIds, bool read)
{
    if (itemIds.isEmpty())
        return Status::success();
    const Result<int> marked = applyItemMarking(*this, itemMarking(ItemMark::Read, read, itemIds, 0));
    return marked ? Status::success() : Status::failure(marked.error());
}

Status ItemRecords::setStarred(qint64 itemId, bool starred)
{
    const Result<int> marked = applyItemMarking(*this, itemMarking(ItemMark::Starred, starred, {itemId}, 0));
    return marked ? Status::success() : Status::failure(marked.error());
}

Result<ItemRecords::Pruned> ItemRecords::pruneReadItems(const QDateTime &before)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return Result<Pruned>::failure(describeSqlError(db.lastError()));
    const QString chosen = u"SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.read = 1 AND i.starred = 0 "
                           "AND i.sort_at < ? AND f.account_id = ? AND NOT EXISTS (SELECT 1 FROM downloads d WHERE d.item_id = i.id)"_s;
    Pruned pruned;
    QSqlQuery measure(db);
    measure.prepare(u"SELECT COUNT(*), COALESCE(SUM(length(CAST(title AS BLOB)) + length(CAST(summary AS BLOB)) + "
                    "length(CAST(content AS BLOB))), 0) FROM items WHERE id IN ("_s
                    + chosen + u")"_s);
    QSqlQuery bury(db);
    bury.prepare(u"INSERT OR IGNORE INTO item_tombstones (feed_id, item_key, removed_at) SELECT feed_id, item_key, ? FROM items "
                 "WHERE id IN ("_s
                 + chosen + u")"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM items WHERE id IN ("_s + chosen + u")"_s);
    const qint64 cutoff = before.toMSecsSinceEpoch();
    bindValues(measure, {cutoff, localAccountId});
    bindValues(bury, {QDateTime::currentMSecsSinceEpoch(), cutoff, localAccountId});
    bindValues(remove, {cutoff, localAccountId});
    const bool measured = measure.exec() && measure.next();
    if (measured) {
        pruned.items = measure.value(0).toInt();
        pruned.bytes = measure.value(1).toLongLong();
        measure.finish(); // read before the rows it counted go
    }
    if (!measured || !bury.exec() || !remove.exec()) {
        const QSqlError error = measure.lastError().isValid() ? measure.lastError()
                                : bury.lastError().isValid()  ? bury.lastError()
                                                              : remove.lastError();
        db.rollback();
        return Result<Pruned>::failure(describeSqlError(error));
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Result<Pruned>::failure(error);
    }
    return Result<Pruned>::success(pruned);
}

Status ItemRecords::markAllRead(qint64 feedId)
{
    const Result<int> marked = applyItemMarking(*this, itemMarking(ItemMark::Read, true, {}, feedId));
    return marked ? Status::success() : Status::failure(marked.error());
}

Result<bool> ItemRecords::sortIndexesPresent(ItemSortColumn column) const
{
    return sortindexes::present(database(), column);
}

Status ItemRecords::createSortIndexes(ItemSortColumn column)
{
    QSqlDatabase db = database();
    return sortindexes::create(db, column);
}

} // namespace freshet
