// SPDX-License-Identifier: MIT
#include "storeconnection.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

StoreConnection::StoreConnection(QString connectionName) : m_connectionName(std::move(connectionName)) {}

StoreConnection::~StoreConnection()
{
    // A statement left open would keep the connection from closing.
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
    m_inBatch = false;
    if (!m_batchError.isEmpty())
        return Status::failure(m_batchError); // already rolled back
    QSqlDatabase db = database();
    if (Status indexed = indexNewItems(); !indexed) {
        m_unindexedFrom = 0;
        db.rollback();
        return indexed;
    }
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
    m_unindexedFrom = 0;
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
    m_unindexedFrom = 0;
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

Status StoreConnection::indexNewItems()
{
    if (m_unindexedFrom == 0)
        return Status::success();
    // Every row with an id at or above the first one inserted in this transaction was inserted
    // by it (ids grow past the largest; the transaction holds the write lock). Ascending rowids
    // matter: FTS5 writes its pending index out whenever a rowid is not above the previous one
    // (a newest-first scan cost one flush per row).
    QSqlQuery &index = statement(u"INSERT INTO items_fts (rowid, title, summary, content) "
                                 "SELECT id, title, summary, content FROM items WHERE id >= ? ORDER BY id"_s);
    index.addBindValue(m_unindexedFrom);
    if (!index.exec())
        return Status::failure(describeSqlError(index.lastError()));
    m_unindexedFrom = 0;
    return Status::success();
}

} // namespace freshet
