// SPDX-License-Identifier: MIT
#include "storeconnection.h"

#include "database.h"
#include "searchbacklogsql.h"
#include "sqlrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Text (title, summary, content; UTF-16 characters) gathered before it is added to the search
/// index as one chunk. FTS5 writes each chunk as a segment and merges segments four at a time:
/// per 32-feed batch, a cold refresh of content-rich feeds spent more in merging than in
/// reading the words. Its pending terms stay under FTS5's hashsize (16 MB, migration 19).
constexpr qint64 searchIndexChunkCharacters = 8 * 1024 * 1024;

} // namespace

StoreConnection::StoreConnection(QString connectionName) : m_connectionName(std::move(connectionName))
{
    // Rows a killed process stored but did not index go into the next chunk written.
    if (const Result<bool> waits = searchBacklogWaits(); waits && waits.value())
        m_unindexedCharacters = searchIndexChunkCharacters;
}

Result<bool> StoreConnection::searchBacklogWaits() const
{
    QSqlQuery backlog(u"SELECT (SELECT COALESCE(MAX(id), 0) FROM items) > indexed_through FROM search_index_state"_s, database());
    if (!backlog.next())
        return Result<bool>::failure(describeSqlError(backlog.lastError()));
    return Result<bool>::success(backlog.value(0).toBool());
}

StoreConnection::~StoreConnection()
{
    // A statement left open would keep the connection from closing.
    m_directStatements.clear();
    m_statements.clear();
    m_failedStatement = QSqlQuery();
    closeDatabase(m_connectionName);
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &StoreConnection::statement(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(database());
        // A statement that did not prepare reports the error when run, and is prepared anew
        // next time rather than kept broken.
        if (!query->prepare(sql)) {
            m_failedStatement = std::move(*query);
            m_statements.erase(sql);
            return m_failedStatement;
        }
    }
    return *query;
}

SqliteStatement *StoreConnection::directStatement(const QString &sql) const
{
    if (!m_directUsable)
        m_directUsable = SqliteStatement::usable(database());
    if (!*m_directUsable)
        return nullptr;
    if (const auto found = m_directStatements.find(sql); found != m_directStatements.end())
        return found->second.get();
    std::unique_ptr<SqliteStatement> prepared = SqliteStatement::prepare(database(), sql);
    if (!prepared)
        return nullptr; // not kept: a statement that failed to prepare is tried again next time
    return m_directStatements.emplace(sql, std::move(prepared)).first->second.get();
}

Result<QString> StoreConnection::profileTag() const
{
    QSqlQuery &query = statement(u"SELECT tag FROM profile_identity WHERE id = 1"_s);
    if (!query.exec())
        return Result<QString>::failure(describeSqlError(query.lastError()));
    const Result<bool> found = nextRow(query);
    const QString tag = found && found.value() ? query.value(0).toString() : QString();
    query.finish();
    if (!found)
        return Result<QString>::failure(found.error());
    return Result<QString>::success(tag);
}

Status StoreConnection::beginBatch()
{
    Q_ASSERT(!m_inBatch);
    QSqlDatabase db = database();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    m_inBatch = true;
    m_batchError.clear();
    return Status::success();
}

Status StoreConnection::commitBatch()
{
    Q_ASSERT(m_inBatch);
    // Inside the batch (m_inBatch still set), so a failure undoes the batch as any other would.
    if (m_batchError.isEmpty() && m_unindexedCharacters >= searchIndexChunkCharacters) {
        if (Status added = addBacklogToSearchIndex(); !added)
            rollbackAtomic(added.error());
    }
    m_inBatch = false;
    if (!m_batchError.isEmpty())
        return Status::failure(m_batchError); // already rolled back
    QSqlDatabase db = database();
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

void StoreConnection::rollbackBatch()
{
    Q_ASSERT(m_inBatch);
    m_inBatch = false;
    if (m_batchError.isEmpty())
        database().rollback();
}

Status StoreConnection::beginAtomic()
{
    if (m_inBatch) {
        // After a failure the batch is over: writing on would commit outside any transaction.
        return m_batchError.isEmpty() ? Status::success() : Status::failure(m_batchError);
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    return Status::success();
}

Status StoreConnection::commitAtomic()
{
    if (m_inBatch)
        return Status::success(); // the batch commits
    QSqlDatabase db = database();
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

void StoreConnection::rollbackAtomic(const QString &error)
{
    // A failure inside a batch undoes the whole batch (SQLite may have done so already, for a
    // full disk): commitBatch() then fails and the caller writes each feed on its own, so every
    // feed still gets its own all-or-nothing result without a savepoint per feed.
    if (m_inBatch && m_batchError.isEmpty())
        m_batchError = error;
    database().rollback();
}

bool StoreConnection::sqliteHasJson() const
{
    if (!m_hasJson) {
        QSqlQuery probe(database());
        m_hasJson = probe.exec(u"SELECT COUNT(*) FROM json_each('[1]')"_s) && probe.next() && probe.value(0).toInt() == 1;
    }
    return *m_hasJson;
}

Status StoreConnection::indexSearchBacklog()
{
    if (Status begun = beginAtomic(); !begun)
        return begun;
    if (Status added = addBacklogToSearchIndex(); !added) {
        rollbackAtomic(added.error());
        return added;
    }
    return commitAtomic();
}

Status StoreConnection::addBacklogToSearchIndex()
{
    // Ascending rowids matter: FTS5 writes its pending terms out whenever a rowid is not above
    // the previous one (a newest-first scan cost one write per row).
    QSqlQuery &index = statement(u"INSERT INTO items_fts (rowid, title, summary, content) SELECT id, title, summary, content "
                                 "FROM items WHERE id > (SELECT indexed_through FROM search_index_state) ORDER BY id"_s);
    if (!index.exec())
        return Status::failure(describeSqlError(index.lastError()));
    QSqlQuery &done = statement(markEveryItemIndexedSql());
    if (!done.exec())
        return Status::failure(describeSqlError(done.lastError()));
    // Counted as indexed once the statements ran: if the transaction then fails, the rows stay
    // in the backlog and the next chunk or the writer's end indexes them.
    m_unindexedCharacters = 0;
    return Status::success();
}

} // namespace freshet
