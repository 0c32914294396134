// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "result.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace freshet {

/// Runs one statement that returns no rows the caller reads (a pragma, DDL, a write).
[[nodiscard]] inline Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(describeSqlError(query.lastError()));
    return Status::success();
}

/// Whether an executed SELECT has another row, or why it could not be read. SQLite reads a
/// table's pages while stepping, not when the statement starts, so a damaged page or a failed
/// read shows only here; QSqlQuery::next() answers false for it exactly as after the last row.
[[nodiscard]] inline Result<bool> nextRow(QSqlQuery &query)
{
    if (query.next())
        return Result<bool>::success(true);
    if (query.lastError().isValid())
        return Result<bool>::failure(describeSqlError(query.lastError()));
    return Result<bool>::success(false);
}

/// Calls onRow for each row of an executed SELECT; fails when a row could not be read, so a
/// caller never takes the rows before a damaged page for the whole answer.
template <typename OnRow>
[[nodiscard]] Status forEachRow(QSqlQuery &query, OnRow &&onRow)
{
    while (query.next())
        onRow();
    if (query.lastError().isValid())
        return Status::failure(describeSqlError(query.lastError()));
    return Status::success();
}

} // namespace freshet
