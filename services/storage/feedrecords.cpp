// SPDX-License-Identifier: MIT
// FeedRecords: subscribing to feeds, removing them and reading them back.
#include "feedrecords.h"

#include "database.h"
#include "feedtitlesql.h"
#include "folder.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages (named when FeedStore held them all; the
/// name keeps their translations).
class FeedStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedStoreMessages)
};

namespace {

const QString feedStateColumns = u"f.id, f.url, f.title, f.custom_title, f.site_link, f.description, f.image, f.category, f.added_at, "
                                 "f.etag, f.last_modified, f.body_hash, f.last_fetch_at, f.last_http_status, f.last_result, "
                                 "f.last_error, f.last_error_at, f.consecutive_errors, f.next_due_at, f.next_due_reason, "
                                 "f.retry_after_at, f.disabled_reason, f.account_id, f.remote_id, f.refresh_minutes, "
                                 "(SELECT a.name FROM accounts a WHERE a.id = f.account_id), f.ttl_minutes, f.update_period_secs, "
                                 "f.skip_hours, f.skip_days, f.posting_interval_secs, "_s;
// The counts are kept in the feed's row (migration 20).
const QString feedColumns = feedStateColumns + u"f.unread_count, f.item_count"_s;

Feed feedFromRow(const QSqlQuery &query)
{
    Feed feed;
    int c = 0;
    feed.id = query.value(c++).toLongLong();
    feed.url = query.value(c++).toString();
    feed.title = query.value(c++).toString();
    feed.customTitle = query.value(c++).toString();
    feed.siteLink = query.value(c++).toString();
    feed.description = query.value(c++).toString();
    feed.image = query.value(c++).toString();
    feed.category = query.value(c++).toString();
    feed.addedAt = timeFromSql(query.value(c++));
    feed.etag = query.value(c++).toString();
    feed.lastModified = query.value(c++).toString();
    feed.bodyHash = query.value(c++).toString();
    feed.lastFetchAt = timeFromSql(query.value(c++));
    feed.lastHttpStatus = query.value(c++).toInt();
    feed.lastResult = query.value(c++).toString();
    feed.lastError = query.value(c++).toString();
    feed.lastErrorAt = timeFromSql(query.value(c++));
    feed.consecutiveErrors = query.value(c++).toInt();
    feed.nextDueAt = timeFromSql(query.value(c++));
    feed.nextDueReason = query.value(c++).toString();
    feed.retryAfterAt = timeFromSql(query.value(c++));
    feed.disabledReason = query.value(c++).toString();
    feed.accountId = query.value(c++).toLongLong();
    feed.remoteId = query.value(c++).toString();
    feed.refreshMinutes = query.value(c++).toInt();
    feed.accountName = query.value(c++).toString();
    FeedRefreshHints &hints = feed.refreshHints;
    if (const QVariant ttl = query.value(c++); !ttl.isNull())
        hints.ttlMinutes = ttl.toInt();
    if (const QVariant period = query.value(c++); !period.isNull())
        hints.updatePeriodSeconds = period.toLongLong();
    for (const QString &hour : query.value(c++).toString().split(u',', Qt::SkipEmptyParts))
        hints.skipHours << hour.toInt();
    hints.skipDays = query.value(c++).toString().split(u',', Qt::SkipEmptyParts);
    if (const QVariant interval = query.value(c++); !interval.isNull())
        hints.postingIntervalSeconds = interval.toLongLong();
    feed.unreadCount = query.value(c++).toInt();
    feed.itemCount = query.value(c++).toInt();
    return feed;
}

/// The feed a lookup by a unique key found: nothing without a row, a failure when the row
/// could not be read.
Result<std::optional<Feed>> oneFeed(QSqlQuery &query)
{
    const Result<bool> found = nextRow(query);
    if (!found)
        return Result<std::optional<Feed>>::failure(found.error());
    return Result<std::optional<Feed>>::success(found.value() ? std::optional(feedFromRow(query)) : std::nullopt);
}

} // namespace

Result<Feed> FeedRecords::addFeed(const QString &url, const QString &category, const QString &title)
{
    Result<std::optional<Feed>> existing = localFeedByUrl(url);
    if (!existing)
        return Result<Feed>::failure(existing.error());
    if (existing.value())
        return Result<Feed>::failure(FeedStoreMessages::tr("Already subscribed to %1").arg(url));

    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO feeds (url, title, category, added_at, next_due_at, next_due_reason) "
                   "VALUES (?, ?, ?, ?, 0, 'new')"_s);
    bindValues(insert, {url, title, category, QDateTime::currentMSecsSinceEpoch()});
    if (!insert.exec())
        return Result<Feed>::failure(describeSqlError(insert.lastError()));
    Result<std::optional<Feed>> added = feedById(insert.lastInsertId().toLongLong());
    if (!added || !added.value())
        return Result<Feed>::failure(added ? FeedStoreMessages::tr("The new feed could not be read back.") : added.error());
    return Result<Feed>::success(*added.value());
}

Status FeedRecords::removeFeed(qint64 feedId)
{
    QSqlQuery remove(database());
    remove.prepare(u"DELETE FROM feeds WHERE id = ?"_s);
    remove.addBindValue(feedId);
    if (!remove.exec())
        return Status::failure(describeSqlError(remove.lastError()));
    return Status::success();
}

Status FeedRecords::editFeed(qint64 feedId, const FeedEdit &edit)
{
    QSqlDatabase db = database();
    const Result<std::optional<Feed>> current = feedById(feedId);
    if (!current)
        return Status::failure(current.error());
    if (!current.value())
        return Status::failure(FeedStoreMessages::tr("The feed is no longer subscribed."));
    const Feed &feed = *current.value();
    if (edit.url != feed.url) {
        const Result<std::optional<Feed>> taken = localFeedByUrl(edit.url);
        if (!taken)
            return Status::failure(taken.error());
        if (taken.value())
            return Status::failure(FeedStoreMessages::tr("Already subscribed to %1.").arg(edit.url));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nextDue = feed.nextDueAt;
    QString reason = feed.nextDueReason;
    if (edit.url != feed.url) {
        nextDue = now;
        reason = FeedStoreMessages::tr("its address changed");
    } else if (edit.refreshMinutes != feed.refreshMinutes && edit.refreshMinutes > 0) {
        const QDateTime byInterval = (feed.lastFetchAt.isValid() ? feed.lastFetchAt : now).addSecs(qint64(edit.refreshMinutes) * 60);
        if (!nextDue.isValid() || byInterval < nextDue) {
            nextDue = std::max(byInterval, now);
            reason = FeedStoreMessages::tr("its interval was set to %n minute(s)", nullptr, edit.refreshMinutes);
        }
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE feeds SET url = ?, custom_title = ?, category = ?, refresh_minutes = ?, next_due_at = ?, "
                   "next_due_reason = ?, etag = CASE WHEN url = ? THEN etag ELSE '' END, "
                   "last_modified = CASE WHEN url = ? THEN last_modified ELSE '' END, "
                   "body_hash = CASE WHEN url = ? THEN body_hash ELSE '' END WHERE id = ? AND account_id = ?"_s);
    bindValues(update, {edit.url, edit.title.simplified(), Folder::normalized(edit.folder), std::max(0, edit.refreshMinutes),
                        timeToSql(nextDue), reason, edit.url, edit.url, edit.url, feedId, localAccountId});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    if (update.numRowsAffected() != 1)
        return Status::failure(FeedStoreMessages::tr("Only a feed of this device can be edited here; a sync account's are its server's."));
    return Status::success();
}

Result<std::optional<Feed>> FeedRecords::localFeedByUrl(const QString &url) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + feedColumns + u" FROM feeds f WHERE f.url = ? AND f.account_id = 1"_s);
    query.addBindValue(url);
    if (!query.exec())
        return Result<std::optional<Feed>>::failure(describeSqlError(query.lastError()));
    return oneFeed(query);
}

Result<QList<Feed>> FeedRecords::feedsByUrl(const QStringList &urls) const
{
    if (urls.isEmpty())
        return Result<QList<Feed>>::success({});
    QStringList marks;
    for (qsizetype i = 0; i < urls.size(); ++i)
        marks << u"?"_s;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + feedColumns + u" FROM feeds f WHERE f.url IN ("_s + marks.join(u',') + u") ORDER BY f.account_id"_s);
    for (const QString &url : urls)
        query.addBindValue(url);
    if (!query.exec())
        return Result<QList<Feed>>::failure(describeSqlError(query.lastError()));
    QList<Feed> feeds;
    if (Status read = forEachRow(query, [&] { feeds << feedFromRow(query); }); !read)
        return Result<QList<Feed>>::failure(read.error());
    return Result<QList<Feed>>::success(feeds);
}

Result<std::optional<Feed>> FeedRecords::feedById(qint64 feedId) const
{
    QSqlQuery query(database());
    query.prepare(u"SELECT "_s + feedColumns + u" FROM feeds f WHERE f.id = ?"_s);
    query.addBindValue(feedId);
    if (!query.exec())
        return Result<std::optional<Feed>>::failure(describeSqlError(query.lastError()));
    return oneFeed(query);
}

Result<QList<Feed>> FeedRecords::feeds() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + feedColumns + u" FROM feeds f ORDER BY f.account_id, f.category, lower("_s + shownTitleSql + u"), f.url"_s))
        return Result<QList<Feed>>::failure(describeSqlError(query.lastError()));
    QList<Feed> feeds;
    if (Status read = forEachRow(query, [&] { feeds << feedFromRow(query); }); !read)
        return Result<QList<Feed>>::failure(read.error());
    return Result<QList<Feed>>::success(std::move(feeds));
}

Result<QList<Feed>> FeedRecords::feeds(const QList<qint64> &feedIds) const
{
    QList<Feed> feeds;
    // In chunks: SQLite caps the number of bound values per statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < feedIds.size(); from += chunk) {
        const QList<qint64> ids = feedIds.mid(from, chunk);
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks << u"?"_s;
        QSqlQuery query(database());
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + feedColumns + u" FROM feeds f WHERE f.id IN ("_s + marks.join(u',') + u')');
        for (qint64 id : ids)
            query.addBindValue(id);
        if (!query.exec())
            return Result<QList<Feed>>::failure(describeSqlError(query.lastError()));
        if (Status read = forEachRow(query, [&] { feeds << feedFromRow(query); }); !read)
            return Result<QList<Feed>>::failure(read.error());
    }
    return Result<QList<Feed>>::success(std::move(feeds));
}

Result<QList<Feed>> FeedRecords::feedsToRefresh(const QDateTime &now, bool all, const QStringList &urls) const
{
    QString sql = u"SELECT "_s + feedColumns + u" FROM feeds f WHERE f.disabled_reason = '' AND f.account_id = 1"_s;
    if (!urls.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < urls.size(); ++i)
            marks << u"?"_s;
        sql += u" AND f.url IN ("_s + marks.join(u',') + u')';
    } else if (!all) {
        sql += u" AND f.next_due_at <= ?"_s;
    }
    sql += u" ORDER BY (f.last_fetch_at IS NULL) DESC, COALESCE(f.last_new_item_at, 0) DESC, f.next_due_at, f.id"_s;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QString &url : urls)
        query.addBindValue(url);
    if (urls.isEmpty() && !all)
        query.addBindValue(now.toMSecsSinceEpoch());
    if (!query.exec())
        return Result<QList<Feed>>::failure(describeSqlError(query.lastError()));
    QList<Feed> feeds;
    if (Status read = forEachRow(query, [&] { feeds << feedFromRow(query); }); !read)
        return Result<QList<Feed>>::failure(read.error());
    return Result<QList<Feed>>::success(std::move(feeds));
}

} // namespace freshet
