// SPDX-License-Identifier: MIT
// The floor under the work a cold refresh must do beyond HTTP, measured with the very parts
// Freshet is built on and nothing of Freshet's own: QXmlStreamReader reading every token of
// every document, and SQLite writing the same rows into an empty profile with the same schema,
// pragmas and transactions, then indexing them for search all at once. With the bare
// QNetworkAccessManager client (qnamfloor.cpp), their sum is the least CPU any refresh built
// on these parts can spend; benchfetch.py prints it beside Freshet's figure and the target.
//
//   freshet-bench-floor --documents DIR --profile-db FILE --scratch DIR [--repeat N]
//
// DIR holds the feed documents as served (decoded); FILE is the database of a profile after a
// cold refresh of them (its items are the rows to write again). Prints one JSON object of CPU
// seconds (medians of N): xmlTokens, xmlTokensTextKept, sqliteRows, sqliteSearchIndex.
#include "storage/markuptokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QXmlStreamReader>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <variant>
#include <vector>

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

[[noreturn]] void fail(const std::string &why)
{
    std::fprintf(stderr, "freshet-bench-floor: %s\n", why.c_str());
    std::exit(1);
}

/// keepText: also copies out every text that is not only whitespace, as any parser must for
/// the values it stores (the reader's text() is a view into a buffer it reuses).
double readEveryToken(const QList<QByteArray> &documents, bool keepText)
{
    const double start = cpuSeconds();
    qint64 tokens = 0;
    QStringList kept;
    for (const QByteArray &document : documents) {
        QXmlStreamReader reader(document);
        while (!reader.atEnd()) {
            reader.readNext();
            ++tokens;
            if (keepText && reader.isCharacters() && !reader.isWhitespace())
                kept.append(reader.text().toString());
        }
        kept.clear();
        if (reader.hasError())
            fail("a document is not well-formed XML: " + reader.errorString().toStdString());
    }
    const double spent = cpuSeconds() - start;
    if (tokens == 0)
        fail("no tokens read");
    return spent;
}

using Value = std::variant<std::monostate, sqlite3_int64, std::string>;
using Row = std::vector<Value>;

void exec(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string why = sql.substr(0, 80) + ": " + (error ? error : "?");
        sqlite3_free(error);
        fail(why);
    }
}

sqlite3_stmt *prepare(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
        fail(sql.substr(0, 80) + ": " + sqlite3_errmsg(db));
    return statement;
}

std::vector<Row> readRows(sqlite3 *db, const std::string &sql)
{
    sqlite3_stmt *statement = prepare(db, sql);
    std::vector<Row> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        Row row;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            switch (sqlite3_column_type(statement, column)) {
            case SQLITE_NULL: row.emplace_back(std::monostate()); break;
            case SQLITE_INTEGER: row.emplace_back(sqlite3_column_int64(statement, column)); break;
            default:
                row.emplace_back(std::string(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                             size_t(sqlite3_column_bytes(statement, column))));
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    return rows;
}

void bindRow(sqlite3_stmt *statement, const Row &row)
{
    for (size_t i = 0; i < row.size(); ++i) {
        const int position = int(i) + 1;
        if (const auto *number = std::get_if<sqlite3_int64>(&row[i]))
            sqlite3_bind_int64(statement, position, *number);
        else if (const auto *text = std::get_if<std::string>(&row[i]))
            sqlite3_bind_text(statement, position, text->data(), int(text->size()), SQLITE_STATIC);
        else
            sqlite3_bind_null(statement, position);
    }
}

void insertAll(sqlite3 *db, const std::string &sql, const std::vector<Row> &rows, size_t perTransaction)
{
    sqlite3_stmt *statement = prepare(db, sql);
    for (size_t at = 0; at < rows.size(); at += perTransaction) {
        exec(db, "BEGIN");
        for (size_t i = at; i < std::min(rows.size(), at + perTransaction); ++i) {
            bindRow(statement, rows[i]);
            if (sqlite3_step(statement) != SQLITE_DONE)
                fail(std::string("insert: ") + sqlite3_errmsg(db));
            sqlite3_reset(statement);
        }
        exec(db, "COMMIT");
    }
    sqlite3_finalize(statement);
}

struct StoreFloor
{
    double rows = 0;
    double searchIndex = 0;
};

/// The profile's schema, copied statement by statement in the order it was made, leaving out
/// what SQLite makes by itself (internal tables, a virtual table's shadow tables); and the
/// ordinary tables whose rows come along (every one but those of items).
struct Schema
{
    std::vector<std::string> statements;
    std::vector<std::string> tablesToCopy;
    std::vector<std::string> virtualTables;
};

Schema schemaOf(sqlite3 *profile)
{
    Schema schema;
    std::vector<std::string> &virtualTables = schema.virtualTables;
    for (const Row &row : readRows(profile, "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"))
        virtualTables.push_back(std::get<std::string>(row[0]));
    for (const Row &row : readRows(profile, "SELECT name, sql, type FROM sqlite_master WHERE sql IS NOT NULL "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
        const std::string &name = std::get<std::string>(row[0]);
        const std::string &sql = std::get<std::string>(row[1]);
        const bool isVirtual = std::find(virtualTables.begin(), virtualTables.end(), name) != virtualTables.end();
        const bool shadow = std::any_of(virtualTables.begin(), virtualTables.end(),
                                        [&](const std::string &table) { return name.rfind(table + "_", 0) == 0; });
        if (shadow)
            continue;
        schema.statements.push_back(sql);
        if (std::get<std::string>(row[2]) == "table" && !isVirtual && name != "items")
            schema.tablesToCopy.push_back(name);
    }
    return schema;
}

const std::string itemColumns = "feed_id, item_key, content_hash, title, link, author, summary, content, image, "
                                "published_at, updated_at, fetched_at, sort_at";

/// What a cold run left in a profile, read once for every repetition.
struct ColdProfile
{
    std::string path;
    Schema schema;
    std::vector<Row> items; ///< in the order Freshet wrote them, which is the order of their ids
};

ColdProfile readColdProfile(const std::string &path)
{
    sqlite3 *profile = nullptr;
    if (sqlite3_open_v2(path.c_str(), &profile, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail("cannot open " + path);
    ColdProfile cold{path, schemaOf(profile), readRows(profile, "SELECT " + itemColumns + " FROM items ORDER BY id")};
    sqlite3_close(profile);
    if (cold.items.empty())
        fail(path + " holds no items: run a cold refresh into it first");
    return cold;
}

StoreFloor writeRowsAgain(const ColdProfile &cold, const std::string &scratch)
{
    const Schema &schema = cold.schema;
    const std::string &profilePath = cold.path;
    const std::string path = scratch + "/floor.db";
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromStdString(path + suffix));
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        fail("cannot create " + path);
    // The profile's search index reads articles' words through Freshet's tokenizer: the floor
    // indexes what Freshet indexes.
    if (!freshet::registerMarkupTokenizer(db))
        fail("this SQLite has no FTS5");
    // Freshet's own pragmas (services/storage/database.cpp).
    for (const char *pragma : {"PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY"})
        exec(db, pragma);
    for (const std::string &statement : schema.statements)
        exec(db, statement);
    // The feeds and whatever they and the items refer to, as in the profile.
    sqlite3_stmt *attach = prepare(db, "ATTACH DATABASE ? AS profile");
    sqlite3_bind_text(attach, 1, profilePath.c_str(), -1, SQLITE_STATIC);
    if (sqlite3_step(attach) != SQLITE_DONE)
        fail("cannot attach " + profilePath + ": " + sqlite3_errmsg(db));
    sqlite3_finalize(attach);
    exec(db, "BEGIN");
    for (const std::string &table : schema.tablesToCopy)
        exec(db, "INSERT INTO main.\"" + table + "\" SELECT * FROM profile.\"" + table + "\"");
    // An FTS5 table's settings (hashsize among them) live in a shadow table, set through the
    // table's own command so that FTS5 reads them.
    for (const std::string &table : schema.virtualTables) {
        for (const Row &setting : readRows(db, "SELECT k, v FROM profile.\"" + table + "_config\" WHERE k != 'version'")) {
            sqlite3_stmt *set = prepare(db, "INSERT INTO main.\"" + table + "\" (\"" + table + "\", rank) VALUES (?, ?)");
            bindRow(set, setting);
            if (sqlite3_step(set) != SQLITE_DONE)
                fail(table + " setting: " + sqlite3_errmsg(db));
            sqlite3_finalize(set);
        }
    }
    exec(db, "UPDATE search_index_state SET indexed_through = 0");
    exec(db, "COMMIT");
    exec(db, "DETACH DATABASE profile");
    exec(db, "PRAGMA foreign_keys = ON");

    StoreFloor floor;
    double start = cpuSeconds();
    // A store batch is at most 32 feeds, 1,600 of these items.
    insertAll(db, "INSERT INTO items (" + itemColumns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", cold.items, 1600);
    floor.rows = cpuSeconds() - start;
    start = cpuSeconds();
    exec(db, "BEGIN");
    exec(db, "INSERT INTO items_fts (rowid, title, summary, content) SELECT id, title, summary, content FROM items");
    exec(db, "COMMIT");
    floor.searchIndex = cpuSeconds() - start;
    sqlite3_close(db);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(QString::fromStdString(path + suffix));
    return floor;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const QString documentsDir = option(QStringLiteral("--documents"));
    const QString profileDb = option(QStringLiteral("--profile-db"));
    const QString scratch = option(QStringLiteral("--scratch"));
    const int repeat = std::max(1, option(QStringLiteral("--repeat")).toInt());
    if (documentsDir.isEmpty() || profileDb.isEmpty() || scratch.isEmpty())
        fail("usage: freshet-bench-floor --documents DIR --profile-db FILE --scratch DIR [--repeat N]");

    QList<QByteArray> documents;
    const QDir dir(documentsDir);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            fail("cannot read " + file.fileName().toStdString());
        documents.append(file.readAll());
    }
    if (documents.isEmpty())
        fail("no documents in " + documentsDir.toStdString());

    const ColdProfile cold = readColdProfile(profileDb.toStdString());
    std::vector<double> xml, xmlText, rows, searchIndex;
    for (int run = 0; run < repeat; ++run) {
        xml.push_back(readEveryToken(documents, false));
        xmlText.push_back(readEveryToken(documents, true));
        const StoreFloor store = writeRowsAgain(cold, scratch.toStdString());
        rows.push_back(store.rows);
        searchIndex.push_back(store.searchIndex);
    }
    const QJsonObject figures{{QStringLiteral("documents"), documents.size()},
                              {QStringLiteral("xmlTokens"), median(xml)},
                              {QStringLiteral("xmlTokensTextKept"), median(xmlText)},
                              {QStringLiteral("sqliteRows"), median(rows)},
                              {QStringLiteral("sqliteSearchIndex"), median(searchIndex)}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}
