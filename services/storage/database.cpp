// SPDX-License-Identifier: MIT
#include "database.h"

#include "searchtokenizer.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class DatabaseMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::DatabaseMessages)
};

namespace {

struct Migration
{
    int version = 0;
    QString path;
};

/// The compiled-in schema files, in order. A file's version is the number its name starts
/// with ("005_feed_logins.sql" is 5), not its position: branches add numbers in parallel, and
/// a gap must not shift the versions of the files after it.
QList<Migration> migrations()
{
    QList<Migration> found;
    const QStringList files = QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        found << Migration{file.section(u'_', 0, 0).toInt(), u":/sql/"_s + file};
    return found;
}

int highestVersion(const QList<Migration> &all)
{
    return all.isEmpty() ? 0 : all.constLast().version;
}

/// SQLite runs one statement per exec(); the migration files use ';' only as terminators,
/// except inside trigger bodies, which end with "END;".
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--"_s) || line.isEmpty())
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(u"PRAGMA user_version"_s, db);
    return query.next() ? query.value(0).toInt() : -1;
}

/// The versions applied so far. user_version alone cannot say this once numbers arrive out of
/// order (a 004 merged in after 005 ran), so each applied file is recorded; a database from
/// before the record counts every version up to its user_version as applied.
Result<QSet<int>> appliedVersions(QSqlDatabase &db, int userVersion)
{
    if (Status made = execSql(db, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)"_s); !made)
        return Result<QSet<int>>::failure(made.error());
    QSet<int> applied;
    QSqlQuery query(u"SELECT version FROM schema_migrations"_s, db);
    if (Status read = forEachRow(query, [&] { applied.insert(query.value(0).toInt()); }); !read)
        return Result<QSet<int>>::failure(read.error());
    if (applied.isEmpty()) {
        for (int version = 1; version <= userVersion; ++version) {
            if (Status noted = execSql(db, u"INSERT INTO schema_migrations (version) VALUES (%1)"_s.arg(version)); !noted)
                return Result<QSet<int>>::failure(noted.error());
            applied.insert(version);
        }
    }
    return Result<QSet<int>>::success(std::move(applied));
}

/// One migration, its record and the version bump commit together, so a crash never leaves
/// half a schema.
Status applyMigration(QSqlDatabase &db, int version, int reached, const QString &script, bool checkForeignKeys)
{
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    QStringList statements = splitStatements(script);
    statements << u"INSERT INTO schema_migrations (version) VALUES (%1)"_s.arg(version) << u"PRAGMA user_version = %1"_s.arg(reached);
    for (const QString &statement : std::as_const(statements)) {
        if (Status done = execSql(db, statement); !done) {
            db.rollback();
            return Status::failure(DatabaseMessages::tr("Schema migration %1 failed: %2").arg(version).arg(done.error()));
        }
    }
    if (checkForeignKeys) {
        QSqlQuery check(db);
        const Result<bool> violation = check.exec(u"PRAGMA foreign_key_check"_s) ? nextRow(check)
                                                                                 : Result<bool>::failure(check.lastError().text());
        if (!violation || violation.value()) {
            db.rollback();
            return Status::failure(DatabaseMessages::tr("Schema migration %1 failed: it would leave rows pointing at nothing.").arg(version));
        }
    }
    if (!db.commit())
        return Status::failure(describeSqlError(db.lastError()));
    return Status::success();
}

Status migrate(QSqlDatabase &db)
{
    const QList<Migration> all = migrations();
    const int current = userVersion(db);
    if (current < 0)
        return Status::failure(DatabaseMessages::tr("Cannot read the database's schema version."));
    if (current > highestVersion(all))
        return Status::failure(DatabaseMessages::tr("This database was written by a newer Freshet (schema %1; this one knows %2). "
                                                    "Update Freshet to open it.")
                                   .arg(current)
                                   .arg(highestVersion(all)));
    Result<QSet<int>> applied = appliedVersions(db, current);
    if (!applied)
        return Status::failure(applied.error());
    int reached = current;
    for (const Migration &migration : all) {
        if (applied.value().contains(migration.version))
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(DatabaseMessages::tr("Missing schema migration %1.").arg(file.fileName()));
        const QString script = QString::fromUtf8(file.readAll());
        // A table rebuild must not cascade its DROP TABLE into the rows that refer to it, and
        // SQLite ignores this pragma inside a transaction, so it is switched around one.
        const bool rebuildsTables = script.startsWith(u"-- freshet: rebuilds-tables"_s);
        // Not switched off, the rebuild would delete every row that refers to a rebuilt table.
        if (rebuildsTables) {
            if (Status off = execSql(db, u"PRAGMA foreign_keys = OFF"_s); !off)
                return off;
        }
        const Status outcome = applyMigration(db, migration.version, std::max(reached, migration.version), script, rebuildsTables);
        if (rebuildsTables) {
            // Left off, later deletes would leave rows pointing at nothing.
            if (Status on = execSql(db, u"PRAGMA foreign_keys = ON"_s); !on)
                return on;
        }
        if (!outcome)
            return outcome;
        reached = std::max(reached, migration.version);
    }
    return Status::success();
}

} // namespace

QString diskFullMessage()
{
    return DatabaseMessages::tr("The disk holding your profile is full: nothing was changed. Free some space and try again.");
}

QString damagedDatabaseMessage()
{
    return DatabaseMessages::tr("The database is damaged (part of the file cannot be read); Freshet left it as it is. "
                                "Run “freshet repair” to keep a copy of it and rebuild what can still be read.");
}

bool diskIsFull(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    // Less than a few database pages: nothing SQLite or a lock file needs would fit.
    constexpr qint64 nearlyNothing = 64 * 1024;
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyNothing;
}

int latestSchemaVersion()
{
    return highestVersion(migrations());
}

QString describeSqlError(const QSqlError &error)
{
    // SQLite's primary result codes (the low byte of an extended one): 13 full, 8 read-only,
    // 5 busy, 11 corrupt, 26 not a database. Qt keeps no code for a failed COMMIT, only
    // SQLite's own (untranslated) text, so the two that need a person's action are known by it.
    int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 0) {
        const QString text = error.databaseText();
        if (text.contains(u"database or disk is full"_s))
            code = 13;
        else if (text.contains(u"database disk image is malformed"_s))
            code = 11;
    }
    switch (code) {
    case 13: return diskFullMessage();
    case 8: return DatabaseMessages::tr("The database is read-only: nothing was changed.");
    case 5:
        return DatabaseMessages::tr("The database is busy in another Freshet process: nothing was changed. Try again in a moment.");
    case 11: return damagedDatabaseMessage();
    case 26: return DatabaseMessages::tr("The database file is damaged or is not a Freshet database: %1").arg(error.text());
    default: return error.text();
    }
}

namespace {

/// Opens the connection and runs pragmas on it; on failure no connection is left registered.
Result<QSqlDatabase> connectDatabase(const QString &path, const QString &connectionName, const QStringList &pragmas)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    // Another process (a headless run, the window) may be writing; wait, do not fail.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        const QString message = diskIsFull(path)
                                    ? diskFullMessage()
                                    : DatabaseMessages::tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(message);
    }
    // Before anything can touch the search index, which names it.
    installSearchTokenizer(db);
    for (const QString &pragma : pragmas) {
        if (Status done = execSql(db, pragma); !done) {
            const QString message = diskIsFull(path) ? diskFullMessage()
                                                     : DatabaseMessages::tr("Cannot open the database %1: %2").arg(path, done.error());
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Result<QSqlDatabase>::failure(message);
        }
    }
    return Result<QSqlDatabase>::success(db);
}

} // namespace

Result<QSqlDatabase> openDatabase(const QString &path, const QString &connectionName)
{
    const QStringList pragmas = {
        // Takes effect only in a new file (before WAL is set): an item with an article is about
        // 2.3 KB, and 4 KB pages (SQLite's default) held one each with the rest left empty, so
        // every refresh wrote half again as many bytes (docs/performance.md, issue 22). A file
        // made with another size keeps it.
        u"PRAGMA page_size = 16384"_s,
        u"PRAGMA journal_mode = WAL"_s,
        // NORMAL with WAL: a power cut may lose the last commits, but never corrupts the file.
        u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA temp_store = MEMORY"_s,
    };
    Result<QSqlDatabase> connected = connectDatabase(path, connectionName, pragmas);
    if (!connected)
        return connected;
    QSqlDatabase db = connected.value();
    Status migrated = migrate(db);
    if (migrated)
        migrated = useBestSearchTokenizer(db);
    if (!migrated) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(diskIsFull(path) ? diskFullMessage() : migrated.error());
    }
    return Result<QSqlDatabase>::success(db);
}

Result<QSqlDatabase> openReaderDatabase(const QString &path, const QString &connectionName)
{
    return connectDatabase(path, connectionName, {u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA query_only = ON"_s});
}

void closeDatabase(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace freshet
