// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace freshet {

/// Times are stored as UTC milliseconds; NULL stands for "never" or "unknown".
inline QVariant timeToSql(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime timeFromSql(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QVariant nullableInt(qint64 value, qint64 absent = 0)
{
    return value == absent ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}

/// Binds positional values. A null QString becomes '' because the text columns are NOT NULL:
/// "no title" is an empty title, never an unknown one.
inline void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString::fromLatin1(""));
        else
            query.addBindValue(value);
    }
}

} // namespace freshet
