// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "result.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace freshet {

/// What every part of FeedStore shares on its one connection: the connection itself, the
/// statements prepared on it, the transaction a write is in and the search index's backlog.
/// Each part (FeedRecords, ItemRecords, …) derives from it virtually, so a FeedStore has one of
/// these however many parts it is made of, and only FeedStore constructs it.
class StoreConnection
{
public:
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    QSqlDatabase database() const;

    /// Several feeds' writes (applyFetch, addOutcome) as one transaction: one commit instead of
    /// one or two per feed (each commit writes the WAL and flushes the search index). Not
    /// nested. The first failure inside undoes the whole batch and fails every later write in
    /// it; commitBatch() then fails too, nothing of the batch is stored, and the caller can
    /// write each feed again on its own.
    Status beginBatch();
    Status commitBatch();
    void rollbackBatch();

protected:
    /// Only the most derived class (FeedStore) initialises a virtual base: the parts name this
    /// one without a connection, and theirs is never the call that runs.
    StoreConnection() = default;
    explicit StoreConnection(QString connectionName);
    ~StoreConnection();

    /// The statement for sql, prepared on first use and kept for the connection's life: a
    /// fetch runs the same few statements for every feed, and preparing them costs more than
    /// running them. The reference stays valid while the store lives; bind every value, exec,
    /// and finish() a SELECT so it holds no read transaction.
    QSqlQuery &statement(const QString &sql) const;
    /// The same through SQLite's own API (sqlitestatement.h), or null where that cannot be
    /// used or sql did not prepare: the caller then runs statement(sql), which reports the error.
    SqliteStatement *directStatement(const QString &sql) const;
    /// Runs sql (no result rows) with the values bindAll gives to the binder it is handed:
    /// bind(position from 1, QString | qint64 | std::optional<qint64>), each alive until this
    /// returns. Through SQLite's API where directStatement() can, else through QSqlQuery: for
    /// the small writes every feed of a refresh makes, Qt's binding cost more than SQLite's work.
    template <typename BindAll>
    Status runBound(const QString &sql, BindAll &&bindAll) const
    {
        if (SqliteStatement *direct = directStatement(sql)) {
            bindAll([direct](int position, const auto &value) { direct->bind(position, value); });
            return direct->run();
        }
        QSqlQuery &query = statement(sql);
        bindAll([&query](int position, const auto &value) { query.bindValue(position - 1, sqlValue(value)); });
        if (!query.exec())
            return Status::failure(describeSqlError(query.lastError()));
        return Status::success();
    }
    /// The profile's tag in keychain keys: logins and accounts both name their secrets by it.
    Result<QString> profileTag() const;

    /// One feed's write: a transaction of its own, or a savepoint inside a batch.
    Status beginAtomic();
    Status commitAtomic();
    void rollbackAtomic(const QString &error);

    /// Adds the rows not yet in the search index (above search_index_state) to it, in a transaction of
    /// its own or the current batch. A batch of feeds indexes once a chunk's worth of text is
    /// waiting; whoever writes batches calls this when done (a fetch run's end).
    Status indexSearchBacklog();
    /// Whether rows wait to be added to the search index: a killed writer's, or every row of a
    /// profile whose index was declared again (searchtokenizer.h).
    Result<bool> searchBacklogWaits() const;
    /// The same inside a transaction the caller holds (one feed's write, a sync).
    Status addBacklogToSearchIndex();
    /// Counts text inserted into items towards the next chunk of the search index.
    void noteUnindexed(qsizetype characters) { m_unindexedCharacters += characters; }
    /// Whether this SQLite has json_each (built in since 3.38 unless left out), asked once.
    bool sqliteHasJson() const;

    bool m_inBatch = false;
    /// Characters of title, summary and content inserted and not yet indexed, as far as this
    /// connection knows: a backlog found at open (a killed process) counts as a full chunk.
    qint64 m_unindexedCharacters = 0;

private:
    QString m_batchError; ///< the failure that ended the current batch
    mutable std::optional<bool> m_hasJson;

    QString m_connectionName;
    /// unique_ptr: references handed out must survive the map growing.
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable QSqlQuery m_failedStatement; ///< carries a prepare error to the caller's exec()
    mutable std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_directStatements;
    mutable std::optional<bool> m_directUsable;
};

} // namespace freshet
