// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

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

/// timeToSql and nullableInt for a runBound binder (StoreConnection): nothing stands for NULL.
inline std::optional<qint64> timeValue(const QDateTime &time)
{
    return time.isValid() ? std::optional(time.toMSecsSinceEpoch()) : std::nullopt;
}
inline std::optional<qint64> nullableValue(qint64 value, qint64 absent = 0)
{
    return value == absent ? std::nullopt : std::optional(value);
}

/// A null QString becomes '' because the text columns are NOT NULL: "no title" is an empty
/// title, never an unknown one.
inline QVariant textToSql(const QString &text)
{
    return text.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(text);
}

/// One value for QSqlQuery::bindValue, as SqliteStatement::bind takes them.
inline QVariant sqlValue(const QString &text)
{
    return textToSql(text);
}
inline QVariant sqlValue(qint64 value)
{
    return QVariant(value);
}
inline QVariant sqlValue(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

/// Binds positional values, text as textToSql does.
inline void bindValues(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &value : values)
        query.addBindValue(value.typeId() == QMetaType::QString ? textToSql(value.toString()) : value);
}

} // namespace freshet
