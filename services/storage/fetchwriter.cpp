// SPDX-License-Identifier: MIT
// FetchWriter::applyFetch: one feed's fetch result and items, written as one transaction.
#include "fetchwriter.h"

#include "database.h"
#include "feedcountsql.h"
#include "itemidentity.h"
#include "parsing/parsedfeed.h"
#include "parsing/syndicationperiod.h"
#include "parsing/titletext.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Thrown nowhere: every step returns whether it worked, and the caller rolls back on the first
/// failure so the feed's previous state stays intact.
struct Step
{
    bool ok = true;
    QString error;
};

Step fail(const QSqlQuery &query)
{
    return {false, describeSqlError(query.lastError())};
}

QString joinedHours(const QList<int> &hours)
{
    QStringList parts;
    for (int hour : hours)
        parts << QString::number(hour);
    return parts.join(u',');
}

/// The statements one feed's update runs, prepared once per connection (StoreConnection::statement).
namespace sql {
// An item removed by the retention setting answers with id 0 (its tombstone): not added again.
// Each half binds the feed and the key(s) again: Qt's SQLite driver binds by position only.
const QString findItem = u"SELECT id, content_hash FROM items WHERE feed_id = ? AND item_key = ? "
                         "UNION ALL SELECT 0, '' FROM item_tombstones WHERE feed_id = ? AND item_key = ?"_s;
// One query for all of a document's items that are already stored (a lookup per item cost as
// much as the inserts). The keys travel as one JSON array, whatever their number.
const QString findItems = u"SELECT item_key, id, content_hash FROM items "
                          "WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?)) "
                          "UNION ALL SELECT item_key, 0, '' FROM item_tombstones "
                          "WHERE feed_id = ? AND item_key IN (SELECT value FROM json_each(?))"_s;
const QString insertItem = u"INSERT INTO items (feed_id, item_key, content_hash, title, link, author, summary, content, "
                           "image, published_at, updated_at, fetched_at, sort_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
const QString updateItem = u"UPDATE items SET content_hash = ?, title = ?, link = ?, author = ?, summary = ?, content = ?, "
                           "image = ?, published_at = ?, updated_at = ?, sort_at = COALESCE(?, fetched_at) WHERE id = ?"_s;
const QString clearEnclosures = u"DELETE FROM enclosures WHERE item_id = ?"_s;
const QString addEnclosure = u"INSERT OR IGNORE INTO enclosures (item_id, url, type, length) VALUES (?,?,?,?)"_s;
// The average gap between the feed's newest ten items, as migration 21 first set it: read with
// the feed for the next refresh, so a 304 needs no look at the items.
const QString postingIntervalOfStoredItems = u"(SELECT CASE WHEN n >= 3 AND span > 0 THEN span / 1000 / (n - 1) END FROM "
                                             "(SELECT MAX(sort_at) - MIN(sort_at) AS span, COUNT(*) AS n FROM "
                                             "(SELECT sort_at FROM items WHERE feed_id = ? ORDER BY sort_at DESC LIMIT 10)))"_s;
const QString feedMetadata = u"UPDATE feeds SET title = CASE WHEN ? = '' THEN title ELSE ? END, "
                             "site_link = ?, description = ?, image = ?, ttl_minutes = ?, update_period_secs = ?, "
                             "skip_hours = ?, skip_days = ?, last_new_item_at = CASE WHEN ? THEN ? ELSE last_new_item_at END, "
                             "posting_interval_secs = "_s
                             + postingIntervalOfStoredItems + u" WHERE id = ?"_s;
// A redirect onto an address another subscription already has keeps the old address, so the
// unique constraint never rolls back the items fetched. Apart from fetchState: setting url
// rewrites its unique index and the feed list's name index for every feed, moved or not.
const QString moveFeed = u"UPDATE feeds SET url = ? WHERE id = ? AND url != ? AND NOT EXISTS "
                         "(SELECT 1 FROM feeds o WHERE o.url = ? AND o.id != ? AND o.account_id = feeds.account_id)"_s;
const QString fetchState = u"UPDATE feeds SET etag = ?, last_modified = ?, body_hash = ?, "
                           "last_fetch_at = ?, last_http_status = ?, last_result = ?, last_error = ?, "
                           "last_error_at = CASE WHEN ? = '' THEN last_error_at ELSE ? END, consecutive_errors = ?, "
                           "next_due_at = ?, next_due_reason = ?, retry_after_at = ?, disabled_reason = ? WHERE id = ?"_s;
} // namespace sql

/// The keys as a JSON array of strings. Written by hand: QJsonArray and toJson() cost half of
/// the lookup they feed.
QString jsonKeyArray(const QList<ItemIdentity> &identities)
{
    QString json;
    qsizetype length = 2;
    for (const ItemIdentity &identity : identities)
        length += identity.key.size() + 3;
    json.reserve(length);
    json += u'[';
    for (const ItemIdentity &identity : identities) {
        if (json.size() > 1)
            json += u',';
        json += u'"';
        const bool plain = std::none_of(identity.key.cbegin(), identity.key.cend(),
                                        [](QChar c) { return c == u'"' || c == u'\\' || c.unicode() < 0x20; });
        if (plain) {
            json += identity.key;
            json += u'"';
            continue;
        }
        for (const QChar c : identity.key) {
            if (c == u'"' || c == u'\\') {
                json += u'\\';
                json += c;
            } else if (c.unicode() < 0x20) {
                json += u"\\u00"_s;
                json += QChar(u"0123456789abcdef"[c.unicode() >> 4]);
                json += QChar(u"0123456789abcdef"[c.unicode() & 0xf]);
            } else {
                json += c;
            }
        }
        json += u'"';
    }
    json += u']';
    return json;
}

struct StoredItem
{
    qint64 id = 0;
    QString contentHash;
};

class ItemWriter
{
public:
    /// noteInserted counts each new row's text towards the next chunk of the search index.
    /// directInsert: sql::insertItem through SQLite's API, or null to insert through Qt.
    ItemWriter(std::function<QSqlQuery &(const QString &)> statement, SqliteStatement *directInsert,
               std::function<void(qsizetype)> noteInserted, qint64 feedId, qint64 now)
        : m_statement(std::move(statement)), m_directInsert(directInsert), m_noteInserted(std::move(noteInserted)),
          m_feedId(feedId), m_now(now), m_insert(m_statement(sql::insertItem)), m_update(m_statement(sql::updateItem)),
          m_clearEnclosures(m_statement(sql::clearEnclosures)), m_addEnclosure(m_statement(sql::addEnclosure))
    {}

    /// Reads which of these items are stored already: in one query, or (an SQLite built
    /// without JSON) one per item as they are written.
    Step findStored(const QList<ItemIdentity> &identities, bool sqliteHasJson)
    {
        if (!sqliteHasJson) {
            m_lookupEach = true;
            return {};
        }
        QSqlQuery &find = m_statement(sql::findItems);
        const QString keys = jsonKeyArray(identities);
        bindValues(find, {m_feedId, keys, m_feedId, keys});
        if (!find.exec())
            return fail(find);
        m_stored.reserve(identities.size());
        if (!forEachRow(find, [&] {
                m_stored.insert(find.value(0).toString(), StoredItem{find.value(1).toLongLong(), find.value(2).toString()});
            }))
            return fail(find);
        find.finish();
        return {};
    }

    Step write(const ParsedItem &item, const ItemIdentity &identity, ItemChanges &changes)
    {
        const QString &hash = identity.contentHash;
        std::optional<StoredItem> stored;
        if (Step found = lookUp(identity.key, stored); !found.ok)
            return found;
        const QDateTime date = item.published.isValid() ? item.published : item.updated;
        const QString title = titletext::of(item);
        qint64 itemId = 0;
        if (stored && stored->id == 0)
            return {}; // read and removed by the retention setting: gone for good
        if (stored) {
            itemId = stored->id;
            if (stored->contentHash == hash)
                return {};
            bindValues(m_update, {QVariant(hash), QVariant(title), QVariant(item.link), QVariant(authorLine(item)),
                                  QVariant(item.summary), QVariant(item.content), QVariant(item.image), timeToSql(item.published),
                                  timeToSql(item.updated), timeToSql(date), QVariant(itemId)});
            if (!m_update.exec())
                return fail(m_update);
            ++changes.updatedItems;
        } else {
            const Result<qint64> inserted = insert(item, identity, title, date);
            if (!inserted)
                return {false, inserted.error()};
            itemId = inserted.value();
            m_noteInserted(title.size() + item.summary.size() + item.content.size());
            ++changes.newItems;
            if (item.enclosures.isEmpty())
                return {}; // a new row has no old enclosures to clear
        }
        return writeEnclosures(itemId, item.enclosures);
    }

private:
    /// The new row's values in sql::insertItem's order, to bind(position, value) of either path.
    template <typename Bind>
    void bindNewRow(Bind &&bind, const ParsedItem &item, const ItemIdentity &identity, const QString &title, const QString &author,
                    const QDateTime &date) const
    {
        bind(1, m_feedId);
        bind(2, identity.key);
        bind(3, identity.contentHash);
        bind(4, title);
        bind(5, item.link);
        bind(6, author);
        bind(7, item.summary);
        bind(8, item.content);
        bind(9, item.image);
        bind(10, timeValue(item.published));
        bind(11, timeValue(item.updated));
        bind(12, m_now);
        bind(13, date.isValid() ? date.toMSecsSinceEpoch() : m_now);
    }

    Result<qint64> insert(const ParsedItem &item, const ItemIdentity &identity, const QString &title, const QDateTime &date)
    {
        const QString author = authorLine(item);
        if (m_directInsert) {
            bindNewRow([this](int position, const auto &value) { m_directInsert->bind(position, value); }, item, identity, title, author, date);
            if (Status ran = m_directInsert->run(); !ran)
                return Result<qint64>::failure(ran.error());
            return Result<qint64>::success(m_directInsert->lastInsertId());
        }
        bindNewRow([this](int position, const auto &value) { m_insert.bindValue(position - 1, sqlValue(value)); }, item, identity,
                   title, author, date);
        if (!m_insert.exec())
            return Result<qint64>::failure(fail(m_insert).error);
        return Result<qint64>::success(m_insert.lastInsertId().toLongLong());
    }

    Step lookUp(const QString &key, std::optional<StoredItem> &stored)
    {
        if (!m_lookupEach) {
            if (const auto found = m_stored.constFind(key); found != m_stored.cend())
                stored = *found;
            return {};
        }
        QSqlQuery &find = m_statement(sql::findItem);
        bindValues(find, {m_feedId, key, m_feedId, key});
        if (!find.exec())
            return fail(find);
        const Result<bool> found = nextRow(find);
        if (!found)
            return fail(find);
        if (found.value())
            stored = StoredItem{find.value(0).toLongLong(), find.value(1).toString()};
        find.finish();
        return {};
    }

    Step writeEnclosures(qint64 itemId, const QList<ParsedEnclosure> &enclosures)
    {
        m_clearEnclosures.addBindValue(itemId);
        if (!m_clearEnclosures.exec())
            return fail(m_clearEnclosures);
        for (const ParsedEnclosure &enclosure : enclosures) {
            if (enclosure.url.isEmpty())
                continue;
            bindValues(m_addEnclosure, {itemId, enclosure.url, enclosure.type, nullableInt(enclosure.length, -1)});
            if (!m_addEnclosure.exec())
                return fail(m_addEnclosure);
        }
        return {};
    }

    std::function<QSqlQuery &(const QString &)> m_statement;
    SqliteStatement *m_directInsert;
    std::function<void(qsizetype)> m_noteInserted;
    qint64 m_feedId;
    qint64 m_now;
    QSqlQuery &m_insert;
    QSqlQuery &m_update;
    QSqlQuery &m_clearEnclosures;
    QSqlQuery &m_addEnclosure;
    QHash<QString, StoredItem> m_stored;
    bool m_lookupEach = false;
};

/// The items to write, oldest first, each key once. Feeds list newest first; inserting oldest
/// first gives new rows ascending ids, so items with equal dates still sort in the publisher's
/// order. A key repeated in one document is written once, from its first (newest) entry: the
/// entry that won before, now without an insert and an update of one row in one transaction
/// (which also reported the item as updated on every refresh).
QList<qsizetype> writeOrder(const QList<ItemIdentity> &identities)
{
    QList<qsizetype> order;
    order.reserve(identities.size());
    QSet<QStringView> seen;
    seen.reserve(identities.size());
    for (qsizetype i = 0; i < identities.size(); ++i) {
        if (!seen.contains(identities.at(i).key)) {
            seen.insert(identities.at(i).key);
            order.append(i);
        }
    }
    std::reverse(order.begin(), order.end());
    return order;
}

Step writeFeedMetadata(QSqlQuery &update, qint64 feedId, const ParsedFeed &parsed, bool hadNewItems, qint64 now)
{
    const QString title = titletext::of(parsed).simplified();
    const std::optional<qint64> period = updatePeriodSeconds(parsed.updatePeriod, parsed.updateFrequency);
    bindValues(update, {QVariant(title), QVariant(title), QVariant(parsed.link), QVariant(parsed.description), QVariant(parsed.image),
                        parsed.ttlMinutes ? QVariant(*parsed.ttlMinutes) : QVariant(QMetaType(QMetaType::Int)),
                        period ? QVariant(*period) : QVariant(QMetaType(QMetaType::LongLong)), QVariant(joinedHours(parsed.skipHours)),
                        QVariant(parsed.skipDays.join(u',')), QVariant(hadNewItems), QVariant(now), QVariant(feedId), QVariant(feedId)});
    if (!update.exec())
        return fail(update);
    return {};
}

/// A fetched item is stored unread.
Step addToFeedCounts(QSqlQuery &update, qint64 feedId, int newItems)
{
    bindValues(update, {QVariant(newItems), QVariant(newItems), QVariant(feedId)});
    if (!update.exec())
        return fail(update);
    return {};
}

/// A permanent redirect's new address, unless another subscription of the account has it.
Step moveFeed(QSqlQuery &update, qint64 feedId, const QString &url)
{
    bindValues(update, {QVariant(url), QVariant(feedId), QVariant(url), QVariant(url), QVariant(feedId)});
    if (!update.exec())
        return fail(update);
    return {};
}

/// sql::fetchState's values, in its order, to a runBound binder. outcome: the state's, named.
template <typename Bind>
void bindFetchState(Bind &&bind, qint64 feedId, const FeedFetchUpdate &state, const QString &outcome)
{
    bind(1, state.etag);
    bind(2, state.lastModified);
    bind(3, state.bodyHash);
    bind(4, timeValue(state.fetchedAt));
    bind(5, nullableValue(state.httpStatus));
    bind(6, outcome);
    bind(7, state.error);
    bind(8, state.error);
    bind(9, timeValue(state.fetchedAt));
    bind(10, qint64(state.consecutiveErrors));
    bind(11, state.nextDueAt.isValid() ? state.nextDueAt.toMSecsSinceEpoch() : qint64(0));
    bind(12, state.nextDueReason);
    bind(13, timeValue(state.retryAfterAt));
    bind(14, state.disabledReason);
    bind(15, feedId);
}

} // namespace

Result<ItemChanges> FetchWriter::applyFetch(qint64 feedId, const FeedFetchUpdate &update, const ParsedFeed *parsed,
                                            const QList<ItemIdentity> *identities)
{
    if (Status begun = beginAtomic(); !begun)
        return Result<ItemChanges>::failure(begun.error());

    ItemChanges changes;
    const qint64 now = update.fetchedAt.isValid() ? update.fetchedAt.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    Step step;
    if (parsed) {
        QList<ItemIdentity> computed;
        if (!identities || identities->size() != parsed->items.size()) {
            computed = itemIdentities(parsed->items);
            identities = &computed;
        }
        ItemWriter writer([this](const QString &sql) -> QSqlQuery & { return statement(sql); }, directStatement(sql::insertItem),
                          [this](qsizetype characters) { noteUnindexed(characters); }, feedId, now);
        step = writer.findStored(*identities, sqliteHasJson());
        const QList<qsizetype> order = writeOrder(*identities);
        for (qsizetype at = 0; step.ok && at < order.size(); ++at)
            step = writer.write(parsed->items.at(order.at(at)), identities->at(order.at(at)), changes);
        // A batch indexes in chunks (StoreConnection::commitBatch) and its caller at the end;
        // a feed written on its own is searchable once written.
        if (step.ok && !m_inBatch) {
            const Status indexed = addBacklogToSearchIndex();
            step = Step{indexed.ok(), indexed.error()};
        }
        if (step.ok && changes.newItems > 0)
            step = addToFeedCounts(statement(addNewItemsToFeedCountsSql()), feedId, changes.newItems);
        if (step.ok)
            step = writeFeedMetadata(statement(sql::feedMetadata), feedId, *parsed, changes.newItems > 0, now);
    }
    if (step.ok) {
        FeedFetchUpdate state = update;
        if (parsed && state.outcome == FeedOutcome::Updated && changes.newItems + changes.updatedItems == 0)
            state.outcome = FeedOutcome::NoNewItems;
        if (!state.permanentUrl.isEmpty())
            step = moveFeed(statement(sql::moveFeed), feedId, state.permanentUrl);
        if (step.ok) {
            const QString outcome = feedOutcomeName(state.outcome);
            const Status written = runBound(sql::fetchState, [&](auto &&bind) { bindFetchState(bind, feedId, state, outcome); });
            step = Step{written.ok(), written.error()};
        }
    }
    if (!step.ok) {
        rollbackAtomic(step.error);
        return Result<ItemChanges>::failure(step.error);
    }
    if (Status committed = commitAtomic(); !committed)
        return Result<ItemChanges>::failure(committed.error());
    return Result<ItemChanges>::success(changes);
}

} // namespace freshet
