// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace freshet {

/// A statement run through SQLite's own API on a Qt connection's handle, for the one write a
/// refresh makes tens of thousands of times (a new item's row). Qt's binding builds a ":N" name
/// with QString::arg and a QVariant for every value: that was a fifth of the store thread's time
/// in a cold refresh (docs/performance.md). Everything else stays on QSqlQuery.
class SqliteStatement
{
public:
    /// The statement, or nothing where the connection's handle cannot be used directly: a
    /// driver other than Qt's SQLite one, a Qt whose driver carries its own copy of SQLite
    /// (told by a version other than the one Freshet links), a build without direct SQLite,
    /// or FRESHET_SQLITE_THROUGH_QT=1 in the environment (which tests use to run the Qt path).
    /// The caller then writes through QSqlQuery, which also reports a statement that does not
    /// prepare.
    static std::unique_ptr<SqliteStatement> prepare(const QSqlDatabase &db, const QString &sql);
    /// Whether prepare() can give statements on db at all.
    static bool usable(const QSqlDatabase &db);
    /// Whether this build links SQLite (FRESHET_DIRECT_SQLITE): if not, usable() never is.
    static bool builtIn();
    /// The connection's handle where this build links the very SQLite Qt's driver runs on, as
    /// prepare() requires but whatever FRESHET_SQLITE_THROUGH_QT says; else null.
    static sqlite3 *directHandle(const QSqlDatabase &db);

    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Values by position from 1. The text is not copied: it must live until run() returns.
    /// A null QString binds '' (the text columns are NOT NULL, as sqlvalues.h's textToSql).
    void bind(int position, QStringView text);
    void bind(int position, const QString &text) { bind(position, QStringView(text)); }
    void bind(int position, qint64 value);
    void bind(int position, std::optional<qint64> value);

    /// Runs it to the end, then clears it for the next use. The error reads as describeSqlError's.
    Status run();
    qint64 lastInsertId() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace freshet
