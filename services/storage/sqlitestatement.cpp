// SPDX-License-Identifier: MIT
#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef FRESHET_DIRECT_SQLITE
#include <sqlite3.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace freshet {

#ifdef FRESHET_DIRECT_SQLITE

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE"_s)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Qt's driver must run on the very SQLite Freshet links, or the handle belongs to another
/// copy of the library. Distributions build Qt on the system's SQLite; a Qt with its own copy
/// would have to be the same release to pass, and then it is the same code.
bool sameSqliteAsQt(const QSqlDatabase &db)
{
    static const bool same = [&db] {
        QSqlQuery version(u"SELECT sqlite_version()"_s, db);
        return version.next() && version.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
    }();
    return same;
}

} // namespace

bool SqliteStatement::builtIn()
{
    return true;
}

sqlite3 *SqliteStatement::directHandle(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sameSqliteAsQt(db) ? handle : nullptr;
}

bool SqliteStatement::usable(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIntValue("FRESHET_SQLITE_THROUGH_QT") == 1)
        return false;
    return directHandle(db) != nullptr;
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    if (!usable(db))
        return nullptr;
    sqlite3 *handle = handleOf(db);
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(handle, statement));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, QStringView text)
{
    // SQLITE_STATIC: SQLite reads the caller's UTF-16 in place, where Qt's driver does the same.
    static const char16_t empty[] = u"";
    sqlite3_bind_text16(m_statement, position, text.isNull() ? empty : text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_statement, position, *value);
    else
        sqlite3_bind_null(m_statement, position);
}

Status SqliteStatement::run()
{
    const int stepped = sqlite3_step(m_statement);
    // reset() repeats the step's error code; the message is read before it can change.
    const QString message = stepped == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (stepped == SQLITE_DONE)
        return Status::success();
    return Status::failure(describeSqlError(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code))));
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

#else // Qt's driver only: prepare() gives no statement, so nothing below is ever run.

bool SqliteStatement::builtIn()
{
    return false;
}

sqlite3 *SqliteStatement::directHandle(const QSqlDatabase &)
{
    return nullptr;
}

bool SqliteStatement::usable(const QSqlDatabase &)
{
    return false;
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &, const QString &)
{
    return nullptr;
}

SqliteStatement::~SqliteStatement() = default;
void SqliteStatement::bind(int, QStringView) {}
void SqliteStatement::bind(int, qint64) {}
void SqliteStatement::bind(int, std::optional<qint64>) {}
Status SqliteStatement::run()
{
    return Status::failure(QString());
}
qint64 SqliteStatement::lastInsertId() const
{
    return 0;
}

#endif

} // namespace freshet
