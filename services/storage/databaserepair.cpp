// SPDX-License-Identifier: MIT
#include "databaserepair.h"

#include "database.h"
#include "feedcountsql.h"
#include "searchbacklogsql.h"
#include "searchtokenizer.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class RepairMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RepairMessages)
};

const QString checkConnection = u"freshet-repair-check"_s;
const QString rebuildConnection = u"freshet-repair"_s;
const QString sourceConnection = u"freshet-repair-source"_s;

/// At most this many of integrity_check's lines: a damaged page can produce thousands.
constexpr int maxProblems = 5;

struct Check
{
    QStringList problems; ///< empty: sound
    int schemaVersion = 0;
};

/// integrity_check on a plain connection: no migration, no pragma that could write.
Result<Check> checkDatabase(const QString &path)
{
    Result<Check> outcome = Result<Check>::failure({});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, checkConnection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        Check check;
        // SQLite from 3.44 on checks FTS5 tables too, which needs their tokenizer.
        const bool opened = db.open();
        if (opened)
            installSearchTokenizer(db);
        QSqlQuery version(db);
        QSqlQuery integrity(db);
        if (!opened) {
            outcome = Result<Check>::failure(db.lastError().text());
        } else if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
            outcome = Result<Check>::failure(version.lastError().text());
        } else {
            // The header and schema were read; a check stopped by a damaged page is one more
            // problem it found, not a file that cannot be read.
            check.schemaVersion = version.value(0).toInt();
            const bool ran = integrity.exec(u"PRAGMA integrity_check"_s) && forEachRow(integrity, [&] {
                                                                                const QString line = integrity.value(0).toString();
                                                                                if (line != u"ok"_s && check.problems.size() < maxProblems)
                                                                                    check.problems << line;
                                                                            }).ok();
            if (!ran)
                check.problems << integrity.lastError().databaseText();
            outcome = Result<Check>::success(check);
        }
        version.finish();
        integrity.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(checkConnection);
    return outcome;
}

/// The path of the kept copy: beside the database, named for the moment of the repair.
QString damagedCopyPath(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString copy = path + u".damaged-"_s + stamp;
    for (int n = 2; QFile::exists(copy); ++n)
        copy = path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    return copy;
}

/// Copies the file and its WAL (which may hold the newest pages) byte for byte.
Status keepCopy(const QString &path, const QString &copy)
{
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        // An empty WAL holds nothing (reading the file in WAL mode makes one).
        if (!QFile::exists(path + suffix) || (!suffix.isEmpty() && QFileInfo(path + suffix).size() == 0))
            continue;
        QFile source(path + suffix);
        if (!source.copy(copy + suffix)) {
            return Status::failure(diskIsFull(path) ? diskFullMessage()
                                                    : RepairMessages::tr("Cannot keep a copy of the damaged database as %1: %2")
                                                          .arg(QDir::toNativeSeparators(copy + suffix), source.errorString()));
        }
    }
    return Status::success();
}

struct Column
{
    QString name;
    bool isRowidAlias = false; ///< INTEGER PRIMARY KEY: the rowid under another name
};

Result<QList<Column>> columnsOf(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery info(db);
    if (!info.exec(u"PRAGMA %1.table_info(\"%2\")"_s.arg(schema, table)))
        return Result<QList<Column>>::failure(describeSqlError(info.lastError()));
    QList<Column> columns;
    int keyColumns = 0;
    const Status read = forEachRow(info, [&] {
        const int key = info.value(5).toInt();
        keyColumns += key > 0 ? 1 : 0;
        columns << Column{info.value(1).toString(), key == 1 && info.value(2).toString().compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0};
    });
    if (!read)
        return Result<QList<Column>>::failure(read.error());
    if (keyColumns > 1) {
        for (Column &column : columns)
            column.isRowidAlias = false;
    }
    return Result<QList<Column>>::success(columns);
}

enum class Probe { Row, End, Unreadable };

/// Finds where a table can be read again after a damaged stretch.
class RowSeeker final
{
public:
    RowSeeker(QSqlDatabase &source, const QString &table)
        : m_query(source), m_sql(u"SELECT rowid FROM \"%1\" WHERE rowid >= ? ORDER BY rowid LIMIT 1"_s.arg(table))
    {}

    /// The first rowid above `after` whose page can be read, or nothing when none can (or no
    /// row is left). A seek into a damaged leaf fails; a seek past it lands on the next page,
    /// so the answer is found by doubling the jump, then halving back to the first good rowid.
    std::optional<qint64> nextReadable(qint64 after)
    {
        constexpr qint64 maxRowid = std::numeric_limits<qint64>::max();
        qint64 jump = 1;
        Probe probe = Probe::Unreadable;
        while (jump > 0 && after <= maxRowid - jump) {
            probe = seek(after + jump);
            if (probe != Probe::Unreadable)
                break;
            jump *= 2;
        }
        if (probe != Probe::Row)
            return std::nullopt;
        qint64 bad = after + jump / 2; // unreadable (or `after` itself when jump is 1)
        qint64 good = after + jump;
        while (good - bad > 1) {
            const qint64 middle = bad + (good - bad) / 2;
            if (seek(middle) == Probe::Unreadable)
                bad = middle;
            else
                good = middle;
        }
        return seek(good) == Probe::Row ? std::optional(m_found) : std::nullopt;
    }

private:
    Probe seek(qint64 from)
    {
        m_query.prepare(m_sql);
        m_query.addBindValue(from);
        if (!m_query.exec())
            return Probe::Unreadable;
        const Result<bool> row = nextRow(m_query);
        if (row && row.value())
            m_found = m_query.value(0).toLongLong();
        m_query.finish();
        return !row ? Probe::Unreadable : row.value() ? Probe::Row : Probe::End;
    }

    QSqlQuery m_query;
    QString m_sql;
    qint64 m_found = 0;
};

/// Copies every readable row of one table from the damaged file into the new one. The two are
/// separate connections: a damaged page met inside a transaction spanning both files would make
/// SQLite refuse to commit it.
Result<SalvagedTable> salvageTable(QSqlDatabase &source, QSqlDatabase &db, const QString &table)
{
    SalvagedTable salvaged;
    salvaged.name = table;
    Result<QList<Column>> fresh = columnsOf(db, u"main"_s, table);
    Result<QList<Column>> old = columnsOf(source, u"main"_s, table);
    if (!fresh)
        return Result<SalvagedTable>::failure(fresh.error());
    if (!old || old.value().isEmpty()) {
        salvaged.lost = -1; // the table's definition itself is unreadable
        return Result<SalvagedTable>::success(salvaged);
    }
    QStringList names;
    bool hasRowidAlias = false;
    for (const Column &column : fresh.value()) {
        const bool inOld = std::any_of(old.value().cbegin(), old.value().cend(),
                                       [&](const Column &o) { return o.name == column.name; });
        if (inOld)
            names << u'"' + column.name + u'"';
        hasRowidAlias = hasRowidAlias || column.isRowidAlias;
    }
    // A table without an INTEGER PRIMARY KEY keeps its rowids too, so references stay right.
    const QStringList inserted = hasRowidAlias ? names : QStringList{u"rowid"_s} + names;
    QStringList marks;
    for (qsizetype i = 0; i < inserted.size(); ++i)
        marks << u"?"_s;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT OR REPLACE INTO main.\"%1\" (%2) VALUES (%3)"_s.arg(table, inserted.join(u','), marks.join(u','))))
        return Result<SalvagedTable>::failure(describeSqlError(insert.lastError()));
    QSqlQuery rows(source);
    rows.setForwardOnly(true);
    const QString select = u"SELECT rowid, %1 FROM \"%2\" WHERE rowid > ? ORDER BY rowid"_s.arg(names.join(u','), table);
    RowSeeker seeker(source, table);

    // Freshet's rowids are all positive (AUTOINCREMENT or explicit ids from 1).
    qint64 after = 0;
    qint64 lastResume = -1;
    for (;;) {
        rows.prepare(select);
        rows.addBindValue(after);
        Status read = Status::success();
        if (rows.exec()) {
            read = forEachRow(rows, [&] {
                const qint64 rowid = rows.value(0).toLongLong();
                if (!hasRowidAlias)
                    insert.addBindValue(rowid);
                for (qsizetype i = 1; i <= names.size(); ++i)
                    insert.addBindValue(rows.value(int(i)));
                if (insert.exec())
                    ++salvaged.kept;
                after = rowid;
            });
            if (insert.lastError().isValid() && (insert.lastError().nativeErrorCode().toInt() & 0xff) == 13)
                return Result<SalvagedTable>::failure(diskFullMessage());
        } else {
            read = Status::failure(rows.lastError().text());
        }
        rows.finish();
        if (read)
            break;
        const std::optional<qint64> next = seeker.nextReadable(after);
        if (!next)
            break; // nothing after the damage can be read
        ++salvaged.damagedStretches;
        // The seek found the row, but the row itself (an overflow page) may be what failed:
        // then it is lost, as is a row that fails again right where the last try resumed.
        QSqlQuery one(source);
        one.prepare(select.section(u" WHERE"_s, 0, 0) + u" WHERE rowid = ?"_s);
        one.addBindValue(*next);
        const bool readable = one.exec() && nextRow(one).ok();
        const bool stuck = after == lastResume; // no row read since the last resume
        after = readable && !stuck ? *next - 1 : *next;
        lastResume = after;
    }

    QSqlQuery count(source);
    if (count.exec(u"SELECT COUNT(*) FROM \"%1\""_s.arg(table)) && count.next())
        salvaged.lost = std::max<qint64>(0, count.value(0).toLongLong() - salvaged.kept);
    else
        salvaged.lost = -1;
    return Result<SalvagedTable>::success(salvaged);
}

/// The tables to fill: the new schema's own, less the search index (rebuilt from the items)
/// and the migration record (the new file has its own).
Result<QStringList> tablesToSalvage(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND name <> 'schema_migrations' ORDER BY rootpage"_s))
        return Result<QStringList>::failure(describeSqlError(query.lastError()));
    QStringList tables;
    QStringList virtualTables;
    const Status read = forEachRow(query, [&] {
        const QString name = query.value(0).toString();
        if (query.value(1).toString().startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive))
            virtualTables << name;
        else
            tables << name;
    });
    if (!read)
        return Result<QStringList>::failure(read.error());
    tables.removeIf([&](const QString &name) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&](const QString &index) { return name.startsWith(index + u'_'); });
    });
    return Result<QStringList>::success(tables);
}

/// Rows whose parent was lost (an item of an unreadable feed) would break the foreign keys.
Status dropOrphans(QSqlDatabase &db, QList<SalvagedTable> &tables)
{
    for (int pass = 0; pass < 8; ++pass) { // removing a row can orphan its own children
        QSqlQuery check(db);
        if (!check.exec(u"PRAGMA main.foreign_key_check"_s))
            return Status::failure(describeSqlError(check.lastError()));
        QList<std::pair<QString, qint64>> orphans;
        if (Status read = forEachRow(check,
                                     [&] {
                                         orphans.append({check.value(0).toString(), check.value(1).toLongLong()});
                                     });
            !read)
            return read;
        check.finish();
        if (orphans.isEmpty())
            return Status::success();
        for (const auto &[table, rowid] : std::as_const(orphans)) {
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM main.\"%1\" WHERE rowid = ?"_s.arg(table));
            remove.addBindValue(rowid);
            if (!remove.exec())
                return Status::failure(describeSqlError(remove.lastError()));
            for (SalvagedTable &salvaged : tables) {
                if (salvaged.name == table) {
                    --salvaged.kept;
                    if (salvaged.lost >= 0)
                        ++salvaged.lost;
                }
            }
        }
    }
    return Status::success();
}

/// Builds the new database at `target` from what the damaged file open as `source` still gives.
Result<QList<SalvagedTable>> rebuild(QSqlDatabase &source, const QString &target)
{
    Result<QSqlDatabase> opened = openDatabase(target, rebuildConnection);
    if (!opened)
        return Result<QList<SalvagedTable>>::failure(opened.error());
    QSqlDatabase db = opened.value();
    auto fail = [&db](const QString &error) {
        db.rollback();
        return Result<QList<SalvagedTable>>::failure(error);
    };
    QSqlQuery setup(db);
    // Parents and children arrive in any order; references are checked once all are in.
    setup.exec(u"PRAGMA foreign_keys = OFF"_s);
    Result<QStringList> tables = tablesToSalvage(db);
    if (!tables)
        return Result<QList<SalvagedTable>>::failure(tables.error());
    if (!db.transaction())
        return Result<QList<SalvagedTable>>::failure(describeSqlError(db.lastError()));
    QList<SalvagedTable> salvaged;
    for (const QString &table : std::as_const(tables.value())) {
        Result<SalvagedTable> one = salvageTable(source, db, table);
        if (!one)
            return fail(one.error());
        salvaged << one.value();
    }
    if (Status dropped = dropOrphans(db, salvaged); !dropped)
        return fail(dropped.error());
    // The rebuilt index holds every row, whatever backlog the damaged file had; the counts are
    // those of the rows kept, not the ones the damaged file's feeds recorded.
    QSqlQuery index(db);
    if (!index.exec(u"INSERT INTO items_fts (items_fts) VALUES ('rebuild')"_s) || !index.exec(markEveryItemIndexedSql())
        || !index.exec(recountFeedItemsSql()))
        return fail(describeSqlError(index.lastError()));
    if (!db.commit())
        return fail(describeSqlError(db.lastError()));
    return Result<QList<SalvagedTable>>::success(salvaged);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

Result<RepairReport> repairDatabase(const QString &path)
{
    if (!QFile::exists(path))
        return Result<RepairReport>::failure(RepairMessages::tr("There is no database at %1: nothing to repair.").arg(QDir::toNativeSeparators(path)));
    const Result<Check> check = checkDatabase(path);
    if (!check) {
        return Result<RepairReport>::failure(RepairMessages::tr("Nothing in %1 can be read (%2), so there is nothing to rebuild "
                                                                "from; the file was left as it is. Restore it from a backup, or "
                                                                "move it away to start with an empty profile.")
                                                 .arg(QDir::toNativeSeparators(path), check.error()));
    }
    RepairReport report;
    report.problems = check.value().problems;
    if (report.problems.isEmpty()) {
        report.wasSound = true;
        return Result<RepairReport>::success(report);
    }
    if (check.value().schemaVersion != latestSchemaVersion()) {
        return Result<RepairReport>::failure(RepairMessages::tr("The damaged database has schema %1 and this Freshet writes %2; "
                                                                "repair it with the Freshet that wrote it. The file was left as it is.")
                                                 .arg(check.value().schemaVersion)
                                                 .arg(latestSchemaVersion()));
    }

    report.damagedCopy = damagedCopyPath(path);
    if (Status kept = keepCopy(path, report.damagedCopy); !kept) {
        removeDatabaseFiles(report.damagedCopy);
        return Result<RepairReport>::failure(kept.error());
    }
    // Read from the kept copy, so the rebuild never writes into the damaged original either
    // (closing a WAL database checkpoints it); the original is replaced only once all is in.
    const QString target = path + u".repairing"_s;
    const QString source = path + u".reading"_s;
    removeDatabaseFiles(target);
    removeDatabaseFiles(source);
    Result<QList<SalvagedTable>> rebuilt = Result<QList<SalvagedTable>>::failure({});
    if (Status readable = keepCopy(report.damagedCopy, source); !readable) {
        rebuilt = Result<QList<SalvagedTable>>::failure(readable.error());
    } else {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, sourceConnection);
        damaged.setDatabaseName(source);
        if (damaged.open())
            installSearchTokenizer(damaged);
        rebuilt = damaged.isOpen() ? rebuild(damaged, target)
                                   : Result<QList<SalvagedTable>>::failure(describeSqlError(damaged.lastError()));
    }
    closeDatabase(sourceConnection);
    closeDatabase(rebuildConnection);
    removeDatabaseFiles(source);
    if (!rebuilt) {
        removeDatabaseFiles(target);
        return Result<RepairReport>::failure(RepairMessages::tr("The database could not be rebuilt: %1 It was left as it is; "
                                                                "a copy is at %2.")
                                                 .arg(rebuilt.error(), QDir::toNativeSeparators(report.damagedCopy)));
    }
    report.tables = rebuilt.value();
    removeDatabaseFiles(path);
    if (!QFile::rename(target, path)) {
        return Result<RepairReport>::failure(RepairMessages::tr("The rebuilt database could not be put in place: move %1 to %2 "
                                                                "yourself. The damaged file is kept at %3.")
                                                 .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(path),
                                                      QDir::toNativeSeparators(report.damagedCopy)));
    }
    return Result<RepairReport>::success(report);
}

} // namespace freshet
