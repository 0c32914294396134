// SPDX-License-Identifier: MIT
#include "sortindexes.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sortindexes {

namespace {

/// The indexes an order pages through, as schema 4 and 9 made them: the key, then the id,
/// over all items and over unread ones (Next Unread and "Unread only" seek in the second).
/// NOCASE folds only ASCII A-Z; models/itemorder.cpp mirrors it when it places new rows.
QStringList definitions(ItemSortColumn column)
{
    switch (column) {
    case ItemSortColumn::Title:
        return {u"CREATE INDEX IF NOT EXISTS items_by_title ON items (title COLLATE NOCASE, id)"_s,
                u"CREATE INDEX IF NOT EXISTS items_unread_by_title ON items (title COLLATE NOCASE, id) WHERE read = 0"_s};
    case ItemSortColumn::Author:
        return {u"CREATE INDEX IF NOT EXISTS items_by_author ON items (author COLLATE NOCASE, id)"_s,
                u"CREATE INDEX IF NOT EXISTS items_unread_by_author ON items (author COLLATE NOCASE, id) WHERE read = 0"_s};
    case ItemSortColumn::Date:
    case ItemSortColumn::Feed: break;
    }
    return {};
}

QStringList names(ItemSortColumn column)
{
    switch (column) {
    case ItemSortColumn::Title: return {u"items_by_title"_s, u"items_unread_by_title"_s};
    case ItemSortColumn::Author: return {u"items_by_author"_s, u"items_unread_by_author"_s};
    case ItemSortColumn::Date:
    case ItemSortColumn::Feed: break;
    }
    return {};
}

} // namespace

bool builtOnDemand(ItemSortColumn column)
{
    return !definitions(column).isEmpty();
}

Result<bool> present(const QSqlDatabase &db, ItemSortColumn column)
{
    const QStringList wanted = names(column);
    if (wanted.isEmpty())
        return Result<bool>::success(true);
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN (?, ?)"_s);
    query.addBindValue(wanted.at(0));
    query.addBindValue(wanted.at(1));
    if (!query.exec())
        return Result<bool>::failure(describeSqlError(query.lastError()));
    const Result<bool> row = nextRow(query);
    if (!row)
        return Result<bool>::failure(row.error());
    return Result<bool>::success(row.value() && query.value(0).toInt() == wanted.size());
}

Status create(QSqlDatabase &db, ItemSortColumn column)
{
    const QStringList statements = definitions(column);
    if (statements.isEmpty())
        return Status::success();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            const QString error = describeSqlError(query.lastError());
            db.rollback();
            return Status::failure(error);
        }
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

} // namespace freshet::sortindexes
