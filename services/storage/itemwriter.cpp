// FeedStore::applyFetch: one feed's fetch result and items, written as one transaction.
#include "feedstore.h"

#include "database.h"
#include "itemidentity.h"
#include "parsing/parsedfeed.h"
#include "parsing/syndicationperiod.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

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

/// The statements one feed's update runs, prepared once per connection (FeedStore::statement).
namespace sql {
const QString findItem = u"SELECT id, content_hash FROM items WHERE feed_id = ? AND item_key = ?"_s;
const QString insertItem = u"INSERT INTO items (feed_id, item_key, content_hash, title, link, author, summary, content, "
                           "image, published_at, updated_at, fetched_at, sort_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s;
const QString updateItem = u"UPDATE items SET content_hash = ?, title = ?, link = ?, author = ?, summary = ?, content = ?, "
                           "image = ?, published_at = ?, updated_at = ?, sort_at = COALESCE(?, fetched_at) WHERE id = ?"_s;
// Every row of this feed inserted by this transaction has an id at or above the first one.
// Ascending rowids matter: FTS5 writes its pending index out whenever a rowid is not above the
// previous one, so the newest-first order of items_by_feed_date cost one flush per row (8x the
// work). Walking the rowid range (the unary + keeps SQLite off the feed_id indexes) is ordered.
const QString indexNewItems = u"INSERT INTO items_fts (rowid, title, summary, content) "
                              "SELECT id, title, summary, content FROM items WHERE id >= ? AND +feed_id = ? ORDER BY id"_s;
const QString clearEnclosures = u"DELETE FROM enclosures WHERE item_id = ?"_s;
const QString addEnclosure = u"INSERT OR IGNORE INTO enclosures (item_id, url, type, length) VALUES (?,?,?,?)"_s;
const QString feedMetadata = u"UPDATE feeds SET title = CASE WHEN ? = '' THEN title ELSE ? END, "
                             "site_link = ?, description = ?, image = ?, ttl_minutes = ?, update_period_secs = ?, "
                             "skip_hours = ?, skip_days = ?, last_new_item_at = CASE WHEN ? THEN ? ELSE last_new_item_at END "
                             "WHERE id = ?"_s;
// A redirect onto an address another subscription already has keeps the old address, so the
// unique constraint never rolls back the items fetched.
const QString fetchState = u"UPDATE feeds SET url = CASE WHEN ? = '' OR EXISTS (SELECT 1 FROM feeds o WHERE o.url = ? AND o.id != ?) "
                           "THEN url ELSE ? END, etag = ?, last_modified = ?, body_hash = ?, "
                           "last_fetch_at = ?, last_http_status = ?, last_result = ?, last_error = ?, "
                           "last_error_at = CASE WHEN ? = '' THEN last_error_at ELSE ? END, consecutive_errors = ?, "
                           "next_due_at = ?, next_due_reason = ?, retry_after_at = ?, disabled_reason = ? WHERE id = ?"_s;
} // namespace sql

class ItemWriter
{
public:
    ItemWriter(std::function<QSqlQuery &(const QString &)> statement, qint64 feedId, qint64 now)
        : m_feedId(feedId), m_now(now), m_find(statement(sql::findItem)), m_insert(statement(sql::insertItem)),
          m_update(statement(sql::updateItem)), m_clearEnclosures(statement(sql::clearEnclosures)),
          m_addEnclosure(statement(sql::addEnclosure)), m_indexNewItems(statement(sql::indexNewItems))
    {
    }

    /// Adds this update's new rows to the search index, all in one statement.
    Step indexNewItems()
    {
        if (m_firstNewId == 0)
            return {};
        m_indexNewItems.addBindValue(m_firstNewId);
        m_indexNewItems.addBindValue(m_feedId);
        if (!m_indexNewItems.exec())
            return fail(m_indexNewItems);
        return {};
    }

    Step write(const ParsedItem &item, const ItemIdentity &identity, ItemChanges &changes)
    {
        const QString &key = identity.key;
        const QString &hash = identity.contentHash;
        m_find.addBindValue(m_feedId);
        m_find.addBindValue(key);
        if (!m_find.exec())
            return fail(m_find);
        const QDateTime date = item.published.isValid() ? item.published : item.updated;
        qint64 itemId = 0;
        if (m_find.next()) {
            itemId = m_find.value(0).toLongLong();
            const bool changed = m_find.value(1).toString() != hash;
            m_find.finish();
            if (!changed)
                return {};
            bindValues(m_update, {QVariant(hash), QVariant(item.title), QVariant(item.link), QVariant(authorLine(item)),
                                          QVariant(item.summary), QVariant(item.content), QVariant(item.image),
                                          timeToSql(item.published), timeToSql(item.updated), timeToSql(date), QVariant(itemId)});
            if (!m_update.exec())
                return fail(m_update);
            ++changes.updatedItems;
        } else {
            m_find.finish();
            bindValues(m_insert, {QVariant(m_feedId), QVariant(key), QVariant(hash), QVariant(item.title), QVariant(item.link),
                                          QVariant(authorLine(item)), QVariant(item.summary), QVariant(item.content),
                                          QVariant(item.image), timeToSql(item.published), timeToSql(item.updated),
                                          QVariant(m_now), QVariant(date.isValid() ? date.toMSecsSinceEpoch() : m_now)});
            if (!m_insert.exec())
                return fail(m_insert);
            itemId = m_insert.lastInsertId().toLongLong();
            if (m_firstNewId == 0)
                m_firstNewId = itemId;
            ++changes.newItems;
            if (item.enclosures.isEmpty())
                return {};   // a new row has no old enclosures to clear
        }
        return writeEnclosures(itemId, item.enclosures);
    }

private:
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

    qint64 m_feedId;
    qint64 m_now;
    QSqlQuery &m_find;
    QSqlQuery &m_insert;
    QSqlQuery &m_update;
    QSqlQuery &m_clearEnclosures;
    QSqlQuery &m_addEnclosure;
    QSqlQuery &m_indexNewItems;
    qint64 m_firstNewId = 0;
};

Step writeFeedMetadata(QSqlQuery &update, qint64 feedId, const ParsedFeed &parsed, bool hadNewItems, qint64 now)
{
    const QString title = parsed.title.simplified();
    const std::optional<qint64> period = updatePeriodSeconds(parsed.updatePeriod, parsed.updateFrequency);
    bindValues(update, {QVariant(title), QVariant(title), QVariant(parsed.link), QVariant(parsed.description),
                                  QVariant(parsed.image),
                                  parsed.ttlMinutes ? QVariant(*parsed.ttlMinutes) : QVariant(QMetaType(QMetaType::Int)),
                                  period ? QVariant(*period) : QVariant(QMetaType(QMetaType::LongLong)),
                                  QVariant(joinedHours(parsed.skipHours)), QVariant(parsed.skipDays.join(u',')),
                                  QVariant(hadNewItems), QVariant(now), QVariant(feedId)});
    if (!update.exec())
        return fail(update);
    return {};
}

Step writeFetchState(QSqlQuery &update, qint64 feedId, const FeedFetchUpdate &state)
{
    bindValues(update, {QVariant(state.permanentUrl), QVariant(state.permanentUrl), QVariant(feedId),
                                  QVariant(state.permanentUrl), QVariant(state.etag),
                                  QVariant(state.lastModified), QVariant(state.bodyHash), timeToSql(state.fetchedAt),
                                  nullableInt(state.httpStatus), QVariant(feedOutcomeName(state.outcome)),
                                  QVariant(state.error), QVariant(state.error), timeToSql(state.fetchedAt),
                                  QVariant(state.consecutiveErrors),
                                  QVariant(state.nextDueAt.isValid() ? state.nextDueAt.toMSecsSinceEpoch() : 0),
                                  QVariant(state.nextDueReason), timeToSql(state.retryAfterAt),
                                  QVariant(state.disabledReason), QVariant(feedId)});
    if (!update.exec())
        return fail(update);
    return {};
}

} // namespace

Result<ItemChanges> FeedStore::applyFetch(qint64 feedId, const FeedFetchUpdate &update, const ParsedFeed *parsed,
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
        ItemWriter writer([this](const QString &sql) -> QSqlQuery & { return statement(sql); }, feedId, now);
        // Feeds list newest first; inserting oldest first gives new rows ascending ids, so items
        // with equal dates still sort in the publisher's order.
        for (qsizetype i = parsed->items.size() - 1; step.ok && i >= 0; --i)
            step = writer.write(parsed->items.at(i), identities->at(i), changes);
        if (step.ok)
            step = writer.indexNewItems();
        if (step.ok)
            step = writeFeedMetadata(statement(sql::feedMetadata), feedId, *parsed, changes.newItems > 0, now);
    }
    if (step.ok) {
        FeedFetchUpdate state = update;
        if (parsed && state.outcome == FeedOutcome::Updated && changes.newItems + changes.updatedItems == 0)
            state.outcome = FeedOutcome::NoNewItems;
        step = writeFetchState(statement(sql::fetchState), feedId, state);
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
