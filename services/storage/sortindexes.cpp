// SPDX-License-Identifier: MIT
#include "sortindexes.h"

#include "database.h"
#include "sqlrows.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sortindexes {

namespace {

/// The column an order built on demand is keyed by; empty for the orders that always have
/// their indexes (date, feed).
QString keyColumn(ItemSortColumn column)
{
    switch (column) {
    case ItemSortColumn::Title: return u"title"_s;
    case ItemSortColumn::Author: return u"author"_s;
    case ItemSortColumn::Date:
    case ItemSortColumn::Feed: break;
    }
    return {};
}

/// The indexes an order pages through, as schema 4 and 9 made them: the key, then the id, over
/// all items and over unread ones (Next Unread and "Unread only" seek in the second). NOCASE
/// folds only ASCII A-Z; models/itemorder.cpp mirrors it when it places new rows.
struct OrderIndex
{
    QString name;
    QString definition;
};

QList<OrderIndex> orderIndexes(ItemSortColumn column)
{
    const QString key = keyColumn(column);
    if (key.isEmpty())
        return {};
    const QString columns = u"ON items (%1 COLLATE NOCASE, id)"_s.arg(key);
    return {{u"items_by_%1"_s.arg(key), columns}, {u"items_unread_by_%1"_s.arg(key), columns + u" WHERE read = 0"_s}};
}

} // namespace

bool builtOnDemand(ItemSortColumn column)
{
    return !keyColumn(column).isEmpty();
}

Result<bool> present(const QSqlDatabase &db, ItemSortColumn column)
{
    const QList<OrderIndex> wanted = orderIndexes(column);
    if (wanted.isEmpty())
        return Result<bool>::success(true);
    QStringList placeholders;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        placeholders << u"?"_s;
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN (%1)"_s.arg(placeholders.join(u", "_s)));
    for (const OrderIndex &index : wanted)
        query.addBindValue(index.name);
    if (!query.exec())
        return Result<bool>::failure(describeSqlError(query.lastError()));
    const Result<bool> row = nextRow(query);
    if (!row)
        return Result<bool>::failure(row.error());
    return Result<bool>::success(row.value() && query.value(0).toInt() == wanted.size());
}

Status create(QSqlDatabase &db, ItemSortColumn column)
{
    const QList<OrderIndex> indexes = orderIndexes(column);
    if (indexes.isEmpty())
        return Status::success();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    for (const OrderIndex &index : indexes) {
        QSqlQuery query(db);
        if (!query.exec(u"CREATE INDEX IF NOT EXISTS %1 %2"_s.arg(index.name, index.definition))) {
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
