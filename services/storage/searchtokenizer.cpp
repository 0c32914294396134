// SPDX-License-Identifier: MIT
#include "searchtokenizer.h"

#include "database.h"
#include "sqlitestatement.h"
#include "sqlrows.h"

#include "markuptokenizer.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool markupTokenizerWanted()
{
    return qEnvironmentVariableIntValue("FRESHET_PLAIN_SEARCH_TOKENIZER") != 1;
}

QString tokenizerDeclaration(bool markup)
{
    return u"%1 remove_diacritics 2"_s.arg(QLatin1StringView(markup ? markupTokenizerName : "unicode61"));
}

/// The declaration as migration 2 wrote it, with the tokenizer chosen.
QString searchIndexDeclaration(const QString &tokenizer)
{
    return u"CREATE VIRTUAL TABLE items_fts USING fts5 (\n    title, summary, content,\n"
           "    content = 'items', content_rowid = 'id', tokenize = '%1'\n)"_s.arg(tokenizer);
}

/// Rewrites the search index's declaration in the schema itself (SQLite's documented way to
/// change what ALTER TABLE cannot), inside the caller's transaction.
Status redeclare(QSqlDatabase &db, const QString &declaration)
{
    QSqlQuery query(db);
    if (Status on = execSql(db, u"PRAGMA writable_schema = ON"_s); !on)
        return on;
    Status rewritten = [&] {
        query.prepare(u"UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'items_fts'"_s);
        query.addBindValue(declaration);
        if (!query.exec())
            return Status::failure(describeSqlError(query.lastError()));
        // A new schema cookie makes SQLite read the schema again.
        QSqlQuery version(db);
        if (!version.exec(u"PRAGMA schema_version"_s) || !version.next())
            return Status::failure(describeSqlError(version.lastError()));
        const int next = version.value(0).toInt() + 1;
        version.finish();
        return execSql(db, u"PRAGMA schema_version = %1"_s.arg(next));
    }();
    const Status off = execSql(db, u"PRAGMA writable_schema = OFF"_s);
    if (!rewritten)
        return rewritten;
    if (!off)
        return off;
    // Only a statement that runs sees the new cookie and reloads the schema: DROP TABLE would
    // otherwise be prepared against the old declaration and fail as the probe did.
    return execSql(db, u"SELECT COUNT(*) FROM sqlite_master"_s);
}

} // namespace

bool installSearchTokenizer(const QSqlDatabase &db)
{
    if (!markupTokenizerWanted())
        return false;
#ifdef FRESHET_DIRECT_SQLITE
    sqlite3 *handle = SqliteStatement::directHandle(db);
    return handle && registerMarkupTokenizer(handle);
#else
    Q_UNUSED(db);
    return false;
#endif
}

Status useBestSearchTokenizer(QSqlDatabase &db)
{
    // Registering again is harmless and tells whether this connection has it.
    const QString wanted = tokenizerDeclaration(installSearchTokenizer(db));
    QSqlQuery read(db);
    if (!read.exec(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'items_fts'"_s))
        return Status::failure(describeSqlError(read.lastError()));
    if (!read.next())
        return Status::success(); // no search index: a schema this does not know
    const QString declared = read.value(0).toString();
    read.finish();
    if (declared.contains(u"tokenize = '"_s + wanted + u'\''))
        return Status::success();
    if (!db.transaction())
        return Status::failure(describeSqlError(db.lastError()));
    const auto fail = [&db](const Status &status) {
        db.rollback();
        return status;
    };
    // An index whose tokenizer this connection lacks cannot even be dropped (FTS5 opens it
    // first): its declaration is rewritten to one it has, and then dropped as any other.
    QSqlQuery probe(db);
    const bool opens = probe.exec(u"SELECT COUNT(*) FROM items_fts WHERE rowid = 0"_s);
    probe.finish();
    if (!opens) {
        if (Status rewritten = redeclare(db, searchIndexDeclaration(wanted)); !rewritten)
            return fail(rewritten);
    }
    for (const QString &sql : {u"DROP TABLE items_fts"_s, searchIndexDeclaration(wanted),
                               // As migration 19 set it: a chunk's terms stay in memory until written.
                               u"INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 16777216)"_s,
                               u"UPDATE search_index_state SET indexed_through = 0"_s}) {
        if (Status done = execSql(db, sql); !done)
            return fail(done);
    }
    if (!db.commit())
        return fail(Status::failure(describeSqlError(db.lastError())));
    return Status::success();
}

} // namespace freshet
