// SPDX-License-Identifier: MIT
#include "downloadstore.h"

#include "storage/database.h"
#include "storage/sqlrows.h"
#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

const QString selectColumns = u"SELECT d.id, d.item_id, COALESCE(i.title, ''), "
                              "COALESCE(CASE WHEN f.custom_title <> '' THEN f.custom_title ELSE f.title END, ''), d.enclosure_url, "
                              "d.enclosure_length, d.target_path, d.part_path, d.state, d.bytes_done, d.total_bytes, d.etag, "
                              "d.last_modified, d.error, d.automatic, d.unmetered_only, d.max_bytes, d.created_at, d.updated_at, "
                              "d.finished_at FROM downloads d LEFT JOIN items i ON i.id = d.item_id "
                              "LEFT JOIN feeds f ON f.id = i.feed_id "_s;

Download readRow(const QSqlQuery &query)
{
    Download d;
    d.id = query.value(0).toLongLong();
    d.itemId = query.value(1).toLongLong();
    d.itemTitle = query.value(2).toString();
    d.feedTitle = query.value(3).toString();
    d.enclosureUrl = query.value(4).toString();
    d.enclosureLength = query.value(5).toLongLong();
    d.targetPath = query.value(6).toString();
    d.partPath = query.value(7).toString();
    d.state = downloadStateFromKey(query.value(8).toString());
    d.bytesDone = query.value(9).toLongLong();
    d.totalBytes = query.value(10).toLongLong();
    d.etag = query.value(11).toString();
    d.lastModified = query.value(12).toString();
    d.error = query.value(13).toString();
    d.automatic = query.value(14).toBool();
    d.unmeteredOnly = query.value(15).toBool();
    d.maxBytes = query.value(16).toLongLong();
    d.createdAt = timeFromSql(query.value(17));
    d.updatedAt = timeFromSql(query.value(18));
    d.finishedAt = timeFromSql(query.value(19));
    return d;
}

Result<QList<Download>> readAll(QSqlQuery &query)
{
    if (!query.exec())
        return Result<QList<Download>>::failure(describeSqlError(query.lastError()));
    QList<Download> downloads;
    if (Status read = forEachRow(query, [&] { downloads << readRow(query); }); !read)
        return Result<QList<Download>>::failure(read.error());
    return Result<QList<Download>>::success(downloads);
}

Result<std::optional<Download>> readOne(QSqlQuery &query)
{
    Result<QList<Download>> rows = readAll(query);
    if (!rows)
        return Result<std::optional<Download>>::failure(rows.error());
    if (rows.value().isEmpty())
        return Result<std::optional<Download>>::success(std::nullopt);
    return Result<std::optional<Download>>::success(rows.value().first());
}

Status execStatus(QSqlQuery &query)
{
    return query.exec() ? Status::success() : Status::failure(describeSqlError(query.lastError()));
}

} // namespace

Result<Download> DownloadStore::add(qint64 itemId, const QString &url, qint64 enclosureLength, const QString &partPath,
                                    bool automatic, bool unmeteredOnly, qint64 maxBytes)
{
    Result<std::optional<Download>> existing = byItem(itemId, url);
    if (!existing)
        return Result<Download>::failure(existing.error());
    if (existing.value())
        return Result<Download>::success(*existing.value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO downloads (item_id, enclosure_url, enclosure_length, part_path, state, automatic, "
                   "unmetered_only, max_bytes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindValues(insert, {itemId, url, enclosureLength, partPath, downloadStateKey(DownloadState::Queued), int(automatic),
                        int(unmeteredOnly), maxBytes, now, now});
    if (!insert.exec())
        return Result<Download>::failure(describeSqlError(insert.lastError()));
    Result<std::optional<Download>> added = byId(insert.lastInsertId().toLongLong());
    if (!added || !added.value())
        return Result<Download>::failure(added.error());
    return Result<Download>::success(*added.value());
}

Result<std::optional<Download>> DownloadStore::byId(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + u"WHERE d.id = ?"_s);
    query.addBindValue(id);
    return readOne(query);
}

Result<std::optional<Download>> DownloadStore::byItem(qint64 itemId, const QString &url) const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + u"WHERE d.item_id = ? AND d.enclosure_url = ?"_s);
    bindValues(query, {itemId, url});
    return readOne(query);
}

Result<QList<Download>> DownloadStore::all() const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + u"ORDER BY d.id DESC"_s);
    return readAll(query);
}

Result<QList<Download>> DownloadStore::runnable() const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + u"WHERE d.state IN ('queued', 'running') ORDER BY d.id"_s);
    return readAll(query);
}

Status DownloadStore::save(const Download &d)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE downloads SET target_path = ?, part_path = ?, state = ?, bytes_done = ?, total_bytes = ?, etag = ?, "
                  "last_modified = ?, error = ?, updated_at = ?, finished_at = ? WHERE id = ?"_s);
    bindValues(query, {d.targetPath, d.partPath, downloadStateKey(d.state), d.bytesDone, d.totalBytes, d.etag, d.lastModified,
                       d.error, QDateTime::currentMSecsSinceEpoch(), timeToSql(d.finishedAt), d.id});
    return execStatus(query);
}

Status DownloadStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM downloads WHERE id = ?"_s);
    query.addBindValue(id);
    return execStatus(query);
}

Result<bool> DownloadStore::partPathTaken(const QString &partPath) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM downloads WHERE part_path = ? AND state <> 'completed' LIMIT 1"_s);
    query.addBindValue(partPath);
    if (!query.exec())
        return Result<bool>::failure(describeSqlError(query.lastError()));
    return nextRow(query);
}

Result<bool> DownloadStore::hasEnclosure(qint64 itemId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM enclosures WHERE item_id = ? LIMIT 1"_s);
    query.addBindValue(itemId);
    if (!query.exec())
        return Result<bool>::failure(describeSqlError(query.lastError()));
    return nextRow(query);
}

Result<FeedDownloadSettings> DownloadStore::feedSettings(qint64 feedId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT automatic, max_bytes, unmetered_only FROM feed_download_settings WHERE feed_id = ?"_s);
    query.addBindValue(feedId);
    if (!query.exec())
        return Result<FeedDownloadSettings>::failure(describeSqlError(query.lastError()));
    FeedDownloadSettings settings;
    const Result<bool> found = nextRow(query);
    if (!found)
        return Result<FeedDownloadSettings>::failure(found.error());
    if (found.value()) {
        settings.automatic = query.value(0).toBool();
        settings.maxBytes = query.value(1).toLongLong();
        settings.unmeteredOnly = query.value(2).toBool();
    }
    return Result<FeedDownloadSettings>::success(settings);
}

Status DownloadStore::setFeedSettings(qint64 feedId, const FeedDownloadSettings &settings)
{
    QSqlQuery query(m_db);
    // Turning automatic downloads on starts from the items that arrive next.
    query.prepare(u"INSERT INTO feed_download_settings (feed_id, automatic, max_bytes, unmetered_only, after_item_id) "
                  "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM items)) "
                  "ON CONFLICT (feed_id) DO UPDATE SET max_bytes = excluded.max_bytes, unmetered_only = excluded.unmetered_only, "
                  "after_item_id = CASE WHEN automatic = 0 AND excluded.automatic = 1 THEN excluded.after_item_id "
                  "ELSE after_item_id END, automatic = excluded.automatic"_s);
    bindValues(query, {feedId, int(settings.automatic), settings.maxBytes, int(settings.unmeteredOnly)});
    return execStatus(query);
}

Result<QList<AutomaticCandidate>> DownloadStore::automaticCandidates() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT e.item_id, e.url, e.length, s.max_bytes, s.unmetered_only FROM enclosures e "
                  "JOIN items i ON i.id = e.item_id JOIN feed_download_settings s ON s.feed_id = i.feed_id "
                  "WHERE s.automatic = 1 AND e.item_id > s.after_item_id "
                  "AND NOT EXISTS (SELECT 1 FROM downloads d WHERE d.item_id = e.item_id AND d.enclosure_url = e.url) "
                  "ORDER BY e.item_id, e.id"_s);
    if (!query.exec())
        return Result<QList<AutomaticCandidate>>::failure(describeSqlError(query.lastError()));
    QList<AutomaticCandidate> candidates;
    const Status read = forEachRow(query, [&] {
        AutomaticCandidate candidate;
        candidate.itemId = query.value(0).toLongLong();
        candidate.url = query.value(1).toString();
        candidate.length = query.value(2).isNull() ? -1 : query.value(2).toLongLong();
        candidate.settings.automatic = true;
        candidate.settings.maxBytes = query.value(3).toLongLong();
        candidate.settings.unmeteredOnly = query.value(4).toBool();
        candidates << candidate;
    });
    if (!read)
        return Result<QList<AutomaticCandidate>>::failure(read.error());
    return Result<QList<AutomaticCandidate>>::success(candidates);
}

} // namespace freshet
