// SPDX-License-Identifier: MIT
#include "damageddatabase.h"
#include "parsing/parsedfeed.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/itemidentity.h"
#include "storage/itemmarks.h"
#include "storage/sqlitestatement.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

ParsedItem makeItem(const QString &id, const QString &title, const QDateTime &published)
{
    ParsedItem item;
    item.id = id;
    item.title = title;
    item.link = u"https://example.org/"_s + id;
    item.summary = u"Summary of "_s + title;
    item.published = published;
    ParsedPerson author;
    author.name = u"Ana"_s;
    item.authors << author;
    return item;
}

/// `count` items named from `key`, the newest at `newest` and each `gapSeconds` older than the last.
QList<ParsedItem> itemsApart(const QString &key, int count, const QDateTime &newest, int gapSeconds)
{
    QList<ParsedItem> items;
    for (int i = 0; i < count; ++i)
        items << makeItem(key + QString::number(i), key + u' ' + QString::number(i), newest.addSecs(-qint64(gapSeconds) * i));
    return items;
}

FeedFetchUpdate okUpdate()
{
    FeedFetchUpdate update;
    update.outcome = FeedOutcome::Updated;
    update.fetchedAt = QDateTime::currentDateTimeUtc();
    update.httpStatus = 200;
    update.etag = u"\"v1\""_s;
    return update;
}

} // namespace

class TestFeedStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedStore> m_store;

    std::unique_ptr<FeedStore> openStore(const QString &name = u"test"_s)
    {
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), name);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(store.error()));
        return std::move(store).value();
    }

    /// The indexes SQLite has for the item list's orders (and the feed order's), by name.
    QStringList itemOrderIndexes()
    {
        QSqlQuery indexes(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('feeds_by_name', "
                          "'items_by_date', 'items_by_feed_date', 'items_by_title', 'items_by_author', 'items_unread', "
                          "'items_unread_by_date', 'items_unread_by_feed_date', 'items_unread_by_title', "
                          "'items_unread_by_author') ORDER BY name"_s,
                          m_store->database());
        QStringList names;
        while (indexes.next())
            names << indexes.value(0).toString();
        return names;
    }

    static QStringList titlesOf(const QList<Item> &items)
    {
        QStringList titles;
        for (const Item &item : items)
            titles << item.title;
        return titles;
    }

    /// How many items a search for words finds.
    int found(const QString &words)
    {
        ItemQuery search;
        search.search = words;
        return int(m_store->items(search).value().size());
    }

    /// FTS5's own check that the index holds exactly what the items table says.
    bool searchIndexIsIntact()
    {
        QSqlQuery check(m_store->database());
        if (!check.exec(u"INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"_s)) {
            qWarning("%s", qPrintable(check.lastError().text()));
            return false;
        }
        return true;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        m_store = openStore();
    }

    void cleanup() { m_store.reset(); }

    void schemaIsAtTheLatestVersionWithWal()
    {
        QSqlQuery version(u"PRAGMA user_version"_s, m_store->database());
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 3);
        QSqlQuery mode(u"PRAGMA journal_mode"_s, m_store->database());
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
        QSqlQuery keys(u"PRAGMA foreign_keys"_s, m_store->database());
        QVERIFY(keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        const Result<Feed> added = m_store->addFeed(u"https://example.org/feed"_s);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_store.reset();
        m_store = openStore(u"again"_s);
        QCOMPARE(m_store->feeds().value().size(), 1);
    }

    void aVersion3ProfileGainsTheSortIndexes()
    {
        QVERIFY(latestSchemaVersion() >= 18);
        QVERIFY(m_store->addFeed(u"https://example.org/feed"_s).ok());
        {
            QSqlQuery downgrade(m_store->database());
            for (const QString &index : {u"items_by_title"_s, u"items_by_author"_s, u"feeds_by_name"_s, u"items_unread_by_date"_s,
                                         u"items_unread_by_feed_date"_s, u"items_unread_by_title"_s, u"items_unread_by_author"_s})
                QVERIFY(downgrade.exec(u"DROP INDEX IF EXISTS "_s + index));
            // Version 1's index, which version 18 dropped.
            QVERIFY(downgrade.exec(u"CREATE INDEX items_unread ON items (feed_id) WHERE read = 0"_s));
            QVERIFY(downgrade.exec(u"PRAGMA user_version = 3"_s));
            // A schema-3 profile has none of what later versions added, the record of applied
            // migrations included, and its search triggers know no backlog (version 19).
            for (const QString &trigger : {u"items_fts_delete"_s, u"items_fts_update"_s})
                QVERIFY(downgrade.exec(u"DROP TRIGGER "_s + trigger));
            QVERIFY(downgrade.exec(u"CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN INSERT INTO items_fts "
                                   "(items_fts, rowid, title, summary, content) VALUES ('delete', old.id, old.title, old.summary, "
                                   "old.content); END"_s));
            QVERIFY(downgrade.exec(u"CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary, content ON items BEGIN "
                                   "INSERT INTO items_fts (items_fts, rowid, title, summary, content) VALUES ('delete', old.id, "
                                   "old.title, old.summary, old.content); INSERT INTO items_fts (rowid, title, summary, content) "
                                   "VALUES (new.id, new.title, new.summary, new.content); END"_s));
            QVERIFY(downgrade.exec(u"DROP TRIGGER IF EXISTS pending_feed_marks_follow_feeds"_s));
            for (const QString &trigger : {u"items_count_read"_s, u"items_count_move"_s, u"items_count_delete"_s})
                QVERIFY(downgrade.exec(u"DROP TRIGGER "_s + trigger));
            for (const QString &table :
                 {u"schema_migrations"_s, u"feed_logins"_s, u"profile_identity"_s, u"downloads"_s, u"feed_download_settings"_s,
                  u"pending_state_changes"_s, u"folders"_s, u"item_tombstones"_s, u"pending_feed_marks"_s, u"search_index_state"_s})
                QVERIFY2(downgrade.exec(u"DROP TABLE IF EXISTS "_s + table), qPrintable(table));
            // Version 7 rebuilt feeds with an account column; give it back its old shape.
            QVERIFY(downgrade.exec(u"PRAGMA foreign_keys = OFF"_s));
            for (const QString &statement :
                 {u"DROP INDEX items_by_remote_id"_s, u"ALTER TABLE items DROP COLUMN remote_id"_s,
                  u"ALTER TABLE fetch_runs DROP COLUMN cpu_ms"_s, u"ALTER TABLE items DROP COLUMN in_published_feed"_s,
                  u"CREATE TABLE feeds_v3 AS SELECT id, url, title, site_link, description, image, category, added_at, etag, "
                  "last_modified, body_hash, last_fetch_at, last_http_status, last_result, last_error, last_error_at, "
                  "consecutive_errors, next_due_at, next_due_reason, retry_after_at, disabled_reason, ttl_minutes, "
                  "update_period_secs, skip_hours, skip_days, last_new_item_at FROM feeds"_s,
                  u"DROP TABLE feeds"_s, u"ALTER TABLE feeds_v3 RENAME TO feeds"_s, u"DROP TABLE accounts"_s})
                QVERIFY2(downgrade.exec(statement), qPrintable(downgrade.lastError().text()));
            QVERIFY(downgrade.exec(u"PRAGMA foreign_keys = ON"_s));
        }
        m_store.reset();
        m_store = openStore(u"upgraded"_s);
        QSqlQuery version(u"PRAGMA user_version"_s, m_store->database());
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), latestSchemaVersion());
        // The feed order's index is made by the migrations; the title and author orders' are
        // made when someone sorts by them (version 18), as is items_unread's gone.
        const QStringList expected{u"feeds_by_name"_s, u"items_by_date"_s, u"items_by_feed_date"_s, u"items_unread_by_date"_s,
                                   u"items_unread_by_feed_date"_s};
        QCOMPARE(itemOrderIndexes(), expected);
        QCOMPARE(m_store->feeds().value().size(), 1);
    }

    void theTitleAndAuthorOrdersGetTheirIndexesWhenFirstSortedBy()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        const QDateTime t = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QStringList titles{u"delta"_s, u"Alpha"_s, u"echo"_s, u"Charlie"_s, u"bravo"_s};
        for (int i = 0; i < titles.size(); ++i)
            parsed.items << makeItem(QString::number(i), titles.at(i), t.addSecs(i));
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        for (ItemSortColumn column : {ItemSortColumn::Title, ItemSortColumn::Author}) {
            const Result<bool> present = m_store->sortIndexesPresent(column);
            QVERIFY2(present.ok(), qPrintable(present.error()));
            QVERIFY(!present.value());
        }
        QVERIFY(m_store->sortIndexesPresent(ItemSortColumn::Date).value());
        QVERIFY(m_store->sortIndexesPresent(ItemSortColumn::Feed).value());

        // Without them the order is still right (SQLite sorts every row); with them it is the same.
        ItemQuery byTitle;
        byTitle.sort = ItemSort{ItemSortColumn::Title, Qt::DescendingOrder};
        const QList<Item> sortedWithout = m_store->items(byTitle).value();
        QCOMPARE(sortedWithout.size(), 5);
        QVERIFY(std::is_sorted(sortedWithout.cbegin(), sortedWithout.cend(),
                               [](const Item &a, const Item &b) { return a.title.compare(b.title, Qt::CaseInsensitive) > 0; }));

        const Status built = m_store->createSortIndexes(ItemSortColumn::Title);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QVERIFY(m_store->sortIndexesPresent(ItemSortColumn::Title).value());
        QVERIFY(!m_store->sortIndexesPresent(ItemSortColumn::Author).value());
        QVERIFY(itemOrderIndexes().contains(u"items_by_title"_s));
        QVERIFY(itemOrderIndexes().contains(u"items_unread_by_title"_s));
        QCOMPARE(titlesOf(m_store->items(byTitle).value()), titlesOf(sortedWithout));
        // The page query walks the index instead of sorting.
        QSqlQuery plan(m_store->database());
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id FROM items ORDER BY title COLLATE NOCASE DESC, id DESC LIMIT 10"_s));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        QVERIFY2(steps.contains(u"items_by_title"_s) && !steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));

        // Built once: a second time changes nothing and fails nothing.
        QVERIFY(m_store->createSortIndexes(ItemSortColumn::Title).ok());
        QVERIFY(m_store->createSortIndexes(ItemSortColumn::Author).ok());
        QVERIFY(m_store->sortIndexesPresent(ItemSortColumn::Author).value());
    }

    void aNewerSchemaIsRefusedNotDamaged()
    {
        QSqlQuery(u"PRAGMA user_version = 999"_s, m_store->database());
        m_store.reset();
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), u"newer"_s);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(u"newer Freshet"_s), qPrintable(store.error()));
    }

    void aFileThatIsNotADatabaseIsAClearError()
    {
        m_store.reset();
        QFile junk(m_dir.filePath(u"junk.db"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(junk.fileName(), u"junk"_s);
        QVERIFY(!store.ok());
        QVERIFY2(!store.error().isEmpty(), "an error message is expected");
        m_store = openStore();
    }

    void addingTheSameFeedTwiceIsRefused()
    {
        QVERIFY(m_store->addFeed(u"https://example.org/feed"_s, u"News/Tech"_s).ok());
        const Result<Feed> again = m_store->addFeed(u"https://example.org/feed"_s);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(u"Already subscribed"_s));
        const Feed feed = m_store->feeds().value().constFirst();
        QCOMPARE(feed.category, u"News/Tech"_s);
        QCOMPARE(feed.nextDueReason, u"new"_s);
    }

    void refreshingTheSameItemsDuplicatesNothing()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.title = u"Example"_s;
        const QDateTime t = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        parsed.items << makeItem(u"a"_s, u"First"_s, t) << makeItem(u"b"_s, u"Second"_s, t.addSecs(60));

        ItemChanges changes = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(changes.newItems, 2);
        QCOMPARE(changes.updatedItems, 0);
        QCOMPARE(m_store->feedById(feed.id).value()->lastResult, u"updated"_s);
        changes = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(changes.newItems, 0);
        QCOMPARE(changes.updatedItems, 0);
        QCOMPARE(m_store->itemCount({}).value(), 2);

        const Feed stored = m_store->feedById(feed.id).value().value();
        QCOMPARE(stored.title, u"Example"_s);
        QCOMPARE(stored.etag, u"\"v1\""_s);
        QCOMPARE(stored.unreadCount, 2);
        QCOMPARE(stored.lastResult, u"noNewItems"_s); // the same document again changed nothing
    }

    void anEditedItemIsUpdatedInPlaceKeepingItsReadState()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << makeItem(u"a"_s, u"Typo"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        const qint64 id = m_store->items({}).value().constFirst().id;
        QVERIFY(m_store->setRead({id}, true).ok());

        parsed.items[0].title = u"Fixed"_s;
        const ItemChanges changes = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(changes.newItems, 0);
        QCOMPARE(changes.updatedItems, 1);
        const QList<Item> items = m_store->items({}).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().id, id);
        QCOMPARE(items.constFirst().title, u"Fixed"_s);
        QVERIFY(items.constFirst().read);
    }

    void itemsWithoutGuidAreKeyedByLinkThenTitleAndDate()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        ParsedItem byLink = makeItem({}, u"L"_s, {});
        ParsedItem byTitle = makeItem({}, u"T"_s, QDateTime::currentDateTimeUtc());
        byTitle.link.clear();
        parsed.items << byLink << byTitle;
        QCOMPARE(m_store->applyFetch(feed.id, okUpdate(), &parsed).value().newItems, 2);
        QCOMPARE(m_store->applyFetch(feed.id, okUpdate(), &parsed).value().newItems, 0);
    }

    void itemsPageNewestFirstByKey()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        const QDateTime base = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 25; ++i)
            parsed.items << makeItem(QString::number(i), u"Item %1"_s.arg(i), base.addSecs(i * 60));
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());

        ItemQuery query;
        query.limit = 10;
        QStringList titles;
        for (;;) {
            const QList<Item> page = m_store->items(query).value();
            for (const Item &item : page)
                titles << item.title;
            if (page.size() < query.limit)
                break;
            query.lower = ItemBound{page.constLast(), false};
        }
        QCOMPARE(titles.size(), 25);
        QCOMPARE(titles.constFirst(), u"Item 24"_s);
        QCOMPARE(titles.constLast(), u"Item 0"_s);
    }

    void filtersAndFullTextSearch()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << makeItem(u"1"_s, u"Kernel release notes"_s, QDateTime::currentDateTimeUtc())
                     << makeItem(u"2"_s, u"Café opening"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        ItemQuery search;
        search.search = u"kern"_s;
        QCOMPARE(m_store->items(search).value().size(), 1);
        search.search = u"cafe"_s; // diacritics removed by the tokenizer
        QCOMPARE(m_store->items(search).value().size(), 1);
        search.search = u"\"unbalanced AND ( NEAR"_s; // never a syntax error
        QVERIFY(m_store->items(search).ok());

        const qint64 first = m_store->items({}).value().constFirst().id;
        QVERIFY(m_store->setStarred(first, true).ok());
        ItemQuery starred;
        starred.starredOnly = true;
        QCOMPARE(m_store->itemCount(starred).value(), 1);
        QVERIFY(m_store->markAllRead(feed.id).ok());
        ItemQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(m_store->itemCount(unread).value(), 0);
    }

    void aFolderHoldsItsFeedsAndThoseBelowNotItsLookalikes()
    {
        // Folder names that a prefix or LIKE pattern would confuse: "Tech2" and "Te_h" are not
        // in "Tech"; "Tech/Linux" is; "100%" is matched as written.
        const QStringList folders{u"Tech"_s, u"Tech/Linux"_s, u"Tech2"_s, u"Te_h"_s, u"100%"_s, QString()};
        QHash<QString, qint64> feedOf;
        for (const QString &folder : folders) {
            const Feed feed = m_store->addFeed(u"https://example.org/%1"_s.arg(feedOf.size()), folder).value();
            ParsedFeed parsed;
            parsed.items << makeItem(u"in "_s + folder, u"Item in "_s + folder, QDateTime::currentDateTimeUtc());
            QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
            feedOf.insert(folder, feed.id);
        }
        const auto titlesIn = [&](qint64 accountId, const QString &folder) {
            ItemQuery query;
            query.accountId = accountId;
            query.folder = folder;
            const QList<Item> items = m_store->items(query).value();
            QStringList titles;
            for (const Item &item : items)
                titles << item.title;
            titles.sort();
            return titles;
        };
        QCOMPARE(titlesIn(localAccountId, u"Tech"_s), (QStringList{u"Item in Tech"_s, u"Item in Tech/Linux"_s}));
        QCOMPARE(titlesIn(localAccountId, u"Te_h"_s), QStringList{u"Item in Te_h"_s});
        QCOMPARE(titlesIn(localAccountId, u"100%"_s), QStringList{u"Item in 100%"_s});
        QCOMPARE(titlesIn(localAccountId, QString()).size(), folders.size()); // the whole account
        QCOMPARE(titlesIn(42, QString()).size(), 0);                          // an account with none

        // Mark All as Read on a folder marks exactly what it shows.
        ItemMarking marking;
        marking.accountId = localAccountId;
        marking.folder = u"Tech"_s;
        QCOMPARE(applyItemMarking(*m_store, marking).value(), 2);
        ItemQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(m_store->itemCount(unread).value(), int(folders.size()) - 2);
    }

    void foldersRenameDeleteAndMoveWithTheirFeeds()
    {
        const auto add = [&](const QString &url, const QString &folder) {
            const Feed feed = m_store->addFeed(url, folder).value();
            ParsedFeed parsed;
            parsed.items << makeItem(url, u"Item of "_s + url, QDateTime::currentDateTimeUtc());
            QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        };
        add(u"https://example.org/a"_s, u"Tech"_s);
        add(u"https://example.org/b"_s, u"Tech/Linux"_s);
        add(u"https://example.org/c"_s, u"News"_s);
        const auto folderOf = [&](const QString &url) { return m_store->localFeedByUrl(url).value()->category; };
        const auto made = [&] {
            const QList<Folder> folders = m_store->folders().value();
            QStringList paths;
            for (const Folder &folder : folders)
                paths << folder.path;
            return paths;
        };

        // A folder made empty is kept; one that exists, or has no name, is refused.
        QVERIFY(m_store->createFolder(localAccountId, u" Tech / Kernel "_s).ok());
        QCOMPARE(made(), QStringList{u"Tech/Kernel"_s});
        QVERIFY(m_store->createFolder(localAccountId, u"Tech/Linux"_s).error().contains(u"already"_s));
        QVERIFY(!m_store->createFolder(localAccountId, u" / "_s).ok());

        // A rename carries the feeds and folders inside; it refuses a taken name or itself.
        QVERIFY(m_store->renameFolder(localAccountId, u"Tech"_s, u"Computing"_s).ok());
        QCOMPARE(folderOf(u"https://example.org/a"_s), u"Computing"_s);
        QCOMPARE(folderOf(u"https://example.org/b"_s), u"Computing/Linux"_s);
        QCOMPARE(made(), QStringList{u"Computing/Kernel"_s});
        QVERIFY(m_store->renameFolder(localAccountId, u"Computing"_s, u"News"_s).error().contains(u"already"_s));
        QVERIFY(!m_store->renameFolder(localAccountId, u"Computing"_s, u"Computing/Inner"_s).ok());
        QCOMPARE(folderOf(u"https://example.org/a"_s), u"Computing"_s); // refused: nothing changed

        // A feed moved out of its folder leaves the folder in place.
        const qint64 c = m_store->localFeedByUrl(u"https://example.org/c"_s).value()->id;
        QCOMPARE(m_store->moveFeeds({c}, u"Computing/Kernel"_s).value(), 1);
        QCOMPARE(folderOf(u"https://example.org/c"_s), u"Computing/Kernel"_s);
        QVERIFY(made().contains(u"News"_s));

        // Deleting moves what was inside up a level...
        QCOMPARE(m_store->deleteFolder(localAccountId, u"Computing"_s, false).value(), 3);
        QCOMPARE(folderOf(u"https://example.org/a"_s), QString());
        QCOMPARE(folderOf(u"https://example.org/b"_s), u"Linux"_s);
        QCOMPARE(folderOf(u"https://example.org/c"_s), u"Kernel"_s);
        QCOMPARE(m_store->feeds().value().size(), 3);
        // ...or, asked to, unsubscribes from its feeds with their items.
        QCOMPARE(m_store->deleteFolder(localAccountId, u"Linux"_s, true).value(), 1);
        QCOMPARE(m_store->feeds().value().size(), 2);
        QCOMPARE(m_store->itemCount({}).value(), 2);
        QVERIFY(!made().contains(u"Linux"_s));
    }

    void editingAFeedRefusesATakenAddressAndDropsTheOldOnesCache()
    {
        const Feed first = m_store->addFeed(u"https://example.org/one"_s).value();
        QVERIFY(m_store->addFeed(u"https://example.org/two"_s).ok());
        ParsedFeed parsed;
        parsed.items << makeItem(u"1"_s, u"One"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(first.id, okUpdate(), &parsed).ok()); // etag "v1"
        FeedEdit edit;
        edit.url = u"https://example.org/two"_s;
        QVERIFY(m_store->editFeed(first.id, edit).error().contains(u"Already subscribed"_s));
        QCOMPARE(m_store->feedById(first.id).value()->etag, u"\"v1\""_s); // refused: nothing changed

        edit.url = u"https://example.org/moved"_s;
        edit.folder = u"News"_s;
        QVERIFY(m_store->editFeed(first.id, edit).ok());
        const Feed moved = *m_store->feedById(first.id).value();
        QCOMPARE(moved.url, edit.url);
        QCOMPARE(moved.category, u"News"_s);
        QCOMPARE(moved.etag, QString()); // the old address's validators would lie about the new one
        QVERIFY(moved.nextDueAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(m_store->itemCount({}).value(), 1); // its items stay
    }

    void readItemsPastRetentionGoAndAreNotAddedAgain()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-40);
        ParsedFeed parsed;
        parsed.items << makeItem(u"read"_s, u"Read and old"_s, old) << makeItem(u"starred"_s, u"Read, starred"_s, old)
                     << makeItem(u"unread"_s, u"Unread and old"_s, old)
                     << makeItem(u"recent"_s, u"Read but recent"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        QHash<QString, qint64> idOf;
        const QList<Item> items = m_store->items({}).value();
        for (const Item &item : items)
            idOf.insert(item.title, item.id);
        QVERIFY(m_store->setRead({idOf[u"Read and old"_s], idOf[u"Read, starred"_s], idOf[u"Read but recent"_s]}, true).ok());
        QVERIFY(m_store->setStarred(idOf[u"Read, starred"_s], true).ok());

        const ItemRecords::Pruned pruned = m_store->pruneReadItems(QDateTime::currentDateTimeUtc().addDays(-30)).value();
        QCOMPARE(pruned.items, 1);
        QVERIFY(pruned.bytes >= QByteArray("Read and old").size());
        QVERIFY(!m_store->item(idOf[u"Read and old"_s]).value());
        QCOMPARE(m_store->itemCount({}).value(), 3);

        // The feed still lists it: the next fetch does not bring it back as new.
        FeedFetchUpdate again = okUpdate();
        const ItemChanges changes = m_store->applyFetch(feed.id, again, &parsed).value();
        QCOMPARE(changes.newItems, 0);
        QCOMPARE(m_store->itemCount({}).value(), 3);
        ItemQuery search;
        search.search = u"old"_s;
        const QList<Item> found = m_store->items(search).value(); // the search index let it go
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().title, u"Unread and old"_s);
    }

    void searchFollowsNewAndEditedItems()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << makeItem(u"1"_s, u"Aurora tonight"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        parsed.items << makeItem(u"2"_s, u"Comet return"_s, QDateTime::currentDateTimeUtc());
        parsed.items[0].title = u"Eclipse tonight"_s; // edited in place, summary too
        parsed.items[0].summary = u"Summary of Eclipse tonight"_s;
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        for (const auto &[words, expected] :
             {std::pair(u"comet"_s, 1), std::pair(u"eclipse"_s, 1), std::pair(u"aurora"_s, 0), std::pair(u"tonight"_s, 1)})
            QCOMPARE(found(words), expected);
        // Only what this update inserted is indexed again: no duplicate index rows.
        QSqlQuery rows(u"SELECT COUNT(*) FROM items_fts WHERE items_fts MATCH 'tonight'"_s, m_store->database());
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }

    void duplicateKeysInOneDocumentAreWrittenOnce()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << makeItem(u"same"_s, u"Newest wording"_s, QDateTime::currentDateTimeUtc())
                     << makeItem(u"same"_s, u"Older wording"_s, QDateTime::currentDateTimeUtc().addSecs(-60));
        ItemChanges changes = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(changes.newItems, 1);
        QCOMPARE(changes.updatedItems, 0);
        changes = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(changes.newItems + changes.updatedItems, 0); // stable: not "updated" on every refresh
        QCOMPARE(m_store->items({}).value().constFirst().title, u"Newest wording"_s);
        QVERIFY(searchIndexIsIntact());
        ItemQuery search;
        search.search = u"older"_s;
        QCOMPARE(m_store->items(search).value().size(), 0);
    }

    void aBatchIsSearchableOnceIndexedEvenWhenOneRowIsEditedInIt()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        const Feed b = m_store->addFeed(u"https://b.example/feed"_s).value();
        ParsedFeed first;
        first.items << makeItem(u"1"_s, u"Aurora tonight"_s, QDateTime::currentDateTimeUtc());
        ParsedFeed edited = first;
        edited.items[0].title = u"Eclipse tonight"_s;
        edited.items[0].summary = u"Summary of Eclipse tonight"_s;
        ParsedFeed other;
        other.items << makeItem(u"2"_s, u"Comet return"_s, QDateTime::currentDateTimeUtc());

        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &first).ok());
        QVERIFY(m_store->applyFetch(b.id, okUpdate(), &other).ok());
        // The same feed again in one batch (a late write of an earlier run): its row, new in
        // this batch and not yet in the index, is edited before anything is indexed.
        QCOMPARE(m_store->applyFetch(a.id, okUpdate(), &edited).value().updatedItems, 1);
        QVERIFY(m_store->commitBatch().ok());
        // Far below a chunk of text: the batch's rows wait for the writer's end (a run's).
        QCOMPARE(found(u"comet"_s), 0);

        QVERIFY(m_store->indexSearchBacklog().ok());
        QVERIFY(searchIndexIsIntact());
        for (const auto &[words, expected] :
             {std::pair(u"comet"_s, 1), std::pair(u"eclipse"_s, 1), std::pair(u"aurora"_s, 0), std::pair(u"tonight"_s, 1)})
            QCOMPARE(found(words), expected);
    }

    void aBacklogLeftByAKilledWriterIsIndexedByTheNextStore()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        ParsedFeed stored;
        stored.items << makeItem(u"1"_s, u"Aurora tonight"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &stored).ok());
        QVERIFY(m_store->commitBatch().ok());
        m_store.reset(); // the run's end never came

        m_store = openStore(u"after"_s);
        ParsedFeed later;
        later.items << makeItem(u"2"_s, u"Comet return"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &later).ok());
        QVERIFY(m_store->commitBatch().ok()); // small, but the backlog found at open is indexed with it
        QVERIFY(searchIndexIsIntact());
        QCOMPARE(found(u"aurora"_s), 1);
        QCOMPARE(found(u"comet"_s), 1);
    }

    void rowsTakingTheIdsOfDeletedOnesStayOutOfTheIndexUntilIndexed()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        const Feed b = m_store->addFeed(u"https://b.example/feed"_s).value();
        ParsedFeed older;
        older.items << makeItem(u"1"_s, u"Aurora tonight"_s, QDateTime::currentDateTimeUtc());
        ParsedFeed newest;
        newest.items << makeItem(u"2"_s, u"Comet return"_s, QDateTime::currentDateTimeUtc())
                     << makeItem(u"3"_s, u"Meteor shower"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &older).ok());
        QVERIFY(m_store->applyFetch(b.id, okUpdate(), &newest).ok()); // indexed: written on its own
        QVERIFY(m_store->removeFeed(b.id).ok());                      // the largest ids go, and SQLite gives them out again

        const Feed c = m_store->addFeed(u"https://c.example/feed"_s).value();
        ParsedFeed reused;
        reused.items << makeItem(u"4"_s, u"Eclipse soon"_s, QDateTime::currentDateTimeUtc())
                     << makeItem(u"5"_s, u"Nebula photographed"_s, QDateTime::currentDateTimeUtc());
        ParsedFeed edited = reused;
        edited.items[0].title = u"Eclipse today"_s;
        edited.items[0].summary = u"Summary of Eclipse today"_s;
        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(c.id, okUpdate(), &reused).ok());
        // Edited while out of the index: taking its old words out would corrupt the index.
        QCOMPARE(m_store->applyFetch(c.id, okUpdate(), &edited).value().updatedItems, 1);
        QVERIFY(m_store->commitBatch().ok());
        QVERIFY(m_store->indexSearchBacklog().ok());

        QVERIFY(searchIndexIsIntact());
        for (const auto &[words, expected] : {std::pair(u"eclipse"_s, 1), std::pair(u"today"_s, 1), std::pair(u"soon"_s, 0),
                                              std::pair(u"nebula"_s, 1), std::pair(u"comet"_s, 0), std::pair(u"aurora"_s, 1)})
            QCOMPARE(found(words), expected);
    }

    void refreshHintsAreTheFeedsOwnAndItsCadence()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        QCOMPARE(feed.refreshHints.postingIntervalSeconds, std::nullopt);
        ParsedFeed parsed;
        parsed.ttlMinutes = 90;
        parsed.skipHours = {1, 2};
        parsed.skipDays = {u"Sunday"_s};
        const QDateTime newest = QDateTime::currentDateTimeUtc();
        parsed.items = itemsApart(u"i"_s, 12, newest, 3600);
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        const FeedRefreshHints hints = m_store->feedById(feed.id).value()->refreshHints;
        QCOMPARE(hints.ttlMinutes, std::optional<int>(90));
        QVERIFY(!hints.updatePeriodSeconds);
        QCOMPARE(hints.skipHours, QList<int>({1, 2}));
        QCOMPARE(hints.skipDays, QStringList{u"Sunday"_s});
        QCOMPARE(hints.postingIntervalSeconds, std::optional<qint64>(3600)); // the newest ten, an hour apart

        // Kept from the stored items, not only the document: two new ones a minute apart
        // shorten the cadence of the newest ten even though the document now has just those two.
        ParsedFeed next;
        next.items << makeItem(u"n1"_s, u"New 1"_s, newest.addSecs(120)) << makeItem(u"n0"_s, u"New 0"_s, newest.addSecs(60));
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &next).ok());
        // Ten newest: 120 s, 60 s, 0, then hours 1 to 7: 7 h + 2 min over nine gaps.
        QCOMPARE(m_store->feedById(feed.id).value()->refreshHints.postingIntervalSeconds, std::optional<qint64>((7 * 3600 + 120) / 9));
        // A 304 changes none of it.
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), nullptr).ok());
        QCOMPARE(m_store->feedById(feed.id).value()->refreshHints.postingIntervalSeconds, std::optional<qint64>((7 * 3600 + 120) / 9));
    }

    // A run's feeds come from feedsToRefresh, a window's from the lookups: every column must
    // come out of both the same (a leaner or faster read of either must keep it so).
    void feedsToRefreshReadsEveryColumnAsALookupDoes()
    {
        const Feed full = m_store->addFeed(u"https://example.org/full"_s, u"Folder/Sub"_s, u"Full"_s).value();
        const Feed bare = m_store->addFeed(u"https://example.org/bare"_s).value();
        {
            QSqlQuery set(m_store->database());
            QVERIFY2(set.exec(u"UPDATE feeds SET custom_title = 'Mine', site_link = 'https://example.org/', "
                              "description = 'Caf\u00e9 \u2014 news', image = 'https://example.org/i.png', etag = '\"e1\"', "
                              "last_modified = 'Wed, 03 Jan 2024 02:03:00 GMT', body_hash = 'abc', last_fetch_at = 1700000000123, "
                              "last_http_status = 200, last_result = 'updated', last_error = 'was down', "
                              "last_error_at = 1700000000456, consecutive_errors = 3, next_due_at = 1700000900000, "
                              "next_due_reason = 'about every 15 min', retry_after_at = 1700000100000, refresh_minutes = 45, "
                              "ttl_minutes = 60, update_period_secs = 7200, skip_hours = '1,2,23', skip_days = 'Saturday,Sunday', "
                              "posting_interval_secs = 5400, unread_count = 7, item_count = 9 WHERE url = 'https://example.org/full'"_s),
                     qPrintable(set.lastError().text()));
        }
        const QList<Feed> read = m_store->feedsToRefresh(QDateTime::currentDateTimeUtc(), true, {}).value();
        QCOMPARE(read.size(), 2);
        const auto readBack = [&read](qint64 id) {
            const auto found = std::find_if(read.cbegin(), read.cend(), [id](const Feed &f) { return f.id == id; });
            return found == read.cend() ? std::optional<Feed>() : std::optional(*found);
        };
        for (const Feed &expected : {m_store->feedById(full.id).value().value(), m_store->feedById(bare.id).value().value()}) {
            const std::optional<Feed> found = readBack(expected.id);
            QVERIFY(found);
            const Feed &got = *found;
            QCOMPARE(got.url, expected.url);
            QCOMPARE(got.title, expected.title);
            QCOMPARE(got.customTitle, expected.customTitle);
            QCOMPARE(got.siteLink, expected.siteLink);
            QCOMPARE(got.description, expected.description);
            QCOMPARE(got.image, expected.image);
            QCOMPARE(got.category, expected.category);
            QCOMPARE(got.addedAt, expected.addedAt);
            QCOMPARE(got.etag, expected.etag);
            QCOMPARE(got.lastModified, expected.lastModified);
            QCOMPARE(got.bodyHash, expected.bodyHash);
            QCOMPARE(got.lastFetchAt, expected.lastFetchAt);
            QCOMPARE(got.lastHttpStatus, expected.lastHttpStatus);
            QCOMPARE(got.lastResult, expected.lastResult);
            QCOMPARE(got.lastError, expected.lastError);
            QCOMPARE(got.lastErrorAt, expected.lastErrorAt);
            QCOMPARE(got.consecutiveErrors, expected.consecutiveErrors);
            QCOMPARE(got.nextDueAt, expected.nextDueAt);
            QCOMPARE(got.nextDueReason, expected.nextDueReason);
            QCOMPARE(got.retryAfterAt, expected.retryAfterAt);
            QCOMPARE(got.disabledReason, expected.disabledReason);
            QCOMPARE(got.accountId, expected.accountId);
            QCOMPARE(got.remoteId, expected.remoteId);
            QCOMPARE(got.accountName, expected.accountName);
            QCOMPARE(got.refreshMinutes, expected.refreshMinutes);
            QCOMPARE(got.refreshHints.ttlMinutes, expected.refreshHints.ttlMinutes);
            QCOMPARE(got.refreshHints.updatePeriodSeconds, expected.refreshHints.updatePeriodSeconds);
            QCOMPARE(got.refreshHints.skipHours, expected.refreshHints.skipHours);
            QCOMPARE(got.refreshHints.skipDays, expected.refreshHints.skipDays);
            QCOMPARE(got.refreshHints.postingIntervalSeconds, expected.refreshHints.postingIntervalSeconds);
            QCOMPARE(got.unreadCount, expected.unreadCount);
            QCOMPARE(got.itemCount, expected.itemCount);
        }
        // And the values are the ones written, not two readings equally wrong.
        const Feed got = readBack(full.id).value();
        QCOMPARE(got.description, u"Caf\u00e9 \u2014 news"_s);
        QCOMPARE(got.etag, u"\"e1\""_s);
        QCOMPARE(got.lastFetchAt, QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
        QCOMPARE(got.retryAfterAt, QDateTime::fromMSecsSinceEpoch(1700000100000, Qt::UTC));
        QCOMPARE(got.consecutiveErrors, 3);
        QCOMPARE(got.refreshHints.ttlMinutes, std::optional<int>(60));
        QCOMPARE(got.refreshHints.skipHours, QList<int>({1, 2, 23}));
        QCOMPARE(got.refreshHints.postingIntervalSeconds, std::optional<qint64>(5400));
        QCOMPARE(got.unreadCount, 7);
        const Feed empty = readBack(bare.id).value();
        QVERIFY(!empty.lastFetchAt.isValid());
        QVERIFY(!empty.refreshHints.ttlMinutes);
        QVERIFY(!empty.refreshHints.postingIntervalSeconds);
        QVERIFY(empty.customTitle.isEmpty());

        // Only the due ones when not all: the statement's one bound value.
        const QList<Feed> due = m_store->feedsToRefresh(QDateTime::fromMSecsSinceEpoch(1700000500000, Qt::UTC), false, {}).value();
        QVERIFY(std::none_of(due.cbegin(), due.cend(), [&](const Feed &f) { return f.id == full.id; }));
        const QList<Feed> dueLater = m_store->feedsToRefresh(QDateTime::fromMSecsSinceEpoch(1700001000000, Qt::UTC), false, {}).value();
        QVERIFY(std::any_of(dueLater.cbegin(), dueLater.cend(), [&](const Feed &f) { return f.id == full.id; }));
    }

    void aVersion20ProfileLearnsItsFeedsCadencesWhenUpgraded()
    {
        QVERIFY(latestSchemaVersion() >= 21);
        const Feed hourly = m_store->addFeed(u"https://example.org/hourly"_s).value();
        const Feed sparse = m_store->addFeed(u"https://example.org/sparse"_s).value();
        ParsedFeed parsed;
        const QDateTime newest = QDateTime::currentDateTimeUtc();
        parsed.items = itemsApart(u"h"_s, 5, newest, 3600);
        QVERIFY(m_store->applyFetch(hourly.id, okUpdate(), &parsed).ok());
        ParsedFeed two;
        two.items = itemsApart(u"s"_s, 2, newest, 60);
        QVERIFY(m_store->applyFetch(sparse.id, okUpdate(), &two).ok());
        {
            QSqlQuery downgrade(m_store->database());
            for (const QString &statement : {u"ALTER TABLE feeds DROP COLUMN posting_interval_secs"_s,
                                             u"DELETE FROM schema_migrations WHERE version = 21"_s, u"PRAGMA user_version = 20"_s})
                QVERIFY2(downgrade.exec(statement), qPrintable(downgrade.lastError().text()));
        }
        m_store.reset();
        m_store = openStore(u"upgraded"_s);
        QCOMPARE(m_store->feedById(hourly.id).value()->refreshHints.postingIntervalSeconds, std::optional<qint64>(3600));
        // Two items tell no cadence.
        QCOMPARE(m_store->feedById(sparse.id).value()->refreshHints.postingIntervalSeconds, std::nullopt);
    }

    void contentHashesStayWhatTheyWere_data()
    {
        QTest::addColumn<ParsedItem>("item");
        const QDateTime when(QDate(2024, 1, 3), QTime(2, 1, 0, 789), Qt::UTC);
        ParsedItem plain = makeItem(u"1"_s, u"Title"_s, when);
        QTest::newRow("plain") << plain;
        ParsedItem rich = plain;
        rich.updated = when.addDays(400).addSecs(-1);
        rich.content = u"<p>Caf\u00e9 \U0001F600</p>"_s;
        rich.image = u"https://example.org/i.png"_s;
        rich.enclosures << ParsedEnclosure{u"https://example.org/a.mp3"_s, u"audio/mpeg"_s, 1234}
                        << ParsedEnclosure{u"https://example.org/b"_s, QString(), -1};
        QTest::newRow("rich") << rich;
        ParsedItem undated = plain;
        undated.published = QDateTime();
        QTest::newRow("undated") << undated;
        ParsedItem offset = plain;
        offset.published = QDateTime(QDate(2024, 1, 3), QTime(4, 1), Qt::OffsetFromUTC, 7200);
        QTest::newRow("offset") << offset;
        ParsedItem ancient = plain;
        ancient.published = QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC);
        ancient.updated = QDateTime(QDate(12345, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("odd years") << ancient;
        QTest::newRow("empty") << ParsedItem();
    }

    void contentHashesStayWhatTheyWere()
    {
        QFETCH(ParsedItem, item);
        // The formula every stored hash was made with: a different one would make every stored
        // item look edited once.
        QStringList parts{item.title,
                          item.link,
                          authorLine(item),
                          item.summary,
                          item.content,
                          item.image,
                          item.published.toString(Qt::ISODate),
                          item.updated.toString(Qt::ISODate)};
        for (const ParsedEnclosure &enclosure : item.enclosures)
            parts << enclosure.url << enclosure.type << QString::number(enclosure.length);
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
        QCOMPARE(itemContentHash(item), expected);
    }

    void storedItemsAreFoundWhateverTheirKeys()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        for (const QString &id : {u"quote\"inside"_s, u"back\\slash"_s, u"tab\there"_s, u"ctrl\x01char"_s, u"caf\u00e9 \U0001F600"_s, u"plain"_s})
            parsed.items << makeItem(id, u"Item "_s + id, QDateTime::currentDateTimeUtc());
        QCOMPARE(m_store->applyFetch(feed.id, okUpdate(), &parsed).value().newItems, 6);
        const ItemChanges again = m_store->applyFetch(feed.id, okUpdate(), &parsed).value();
        QCOMPARE(again.newItems, 0);
        QCOMPARE(again.updatedItems, 0);
        parsed.items[1].title = u"Edited"_s;
        QCOMPARE(m_store->applyFetch(feed.id, okUpdate(), &parsed).value().updatedItems, 1);
        QCOMPARE(m_store->itemCount({}).value(), 6);
    }

    void itemWithContentAndEnclosures()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        ParsedItem episode = makeItem(u"ep1"_s, u"Episode"_s, QDateTime::currentDateTimeUtc());
        episode.content = u"<p>Show notes</p>"_s;
        episode.enclosures << ParsedEnclosure{u"https://example.org/ep1.mp3"_s, u"audio/mpeg"_s, 1234};
        parsed.items << episode;
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        const qint64 id = m_store->items({}).value().constFirst().id;
        const Item item = m_store->item(id).value().value();
        QCOMPARE(item.content, u"<p>Show notes</p>"_s);
        QCOMPARE(item.enclosures.size(), 1);
        QCOMPARE(item.enclosures.constFirst().length, 1234);
        QCOMPARE(item.author, u"Ana"_s);
        QVERIFY(!m_store->item(id + 1000).value().has_value());
    }

    void removingAFeedRemovesItsItems()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << makeItem(u"1"_s, u"x"_s, {});
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        QVERIFY(m_store->removeFeed(feed.id).ok());
        QCOMPARE(m_store->itemCount({}).value(), 0);
        ItemQuery search;
        search.search = u"x"_s;
        QCOMPARE(m_store->items(search).value().size(), 0);
    }

    void permanentRedirectMovesTheFeedUnlessTheAddressIsTaken()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        QVERIFY(m_store->addFeed(u"https://b.example/feed"_s).ok());
        FeedFetchUpdate update = okUpdate();
        update.permanentUrl = u"https://b.example/feed"_s;
        QVERIFY(m_store->applyFetch(a.id, update, nullptr).ok());
        QCOMPARE(m_store->feedById(a.id).value()->url, u"https://a.example/feed"_s);
        update.permanentUrl = u"https://c.example/feed"_s;
        QVERIFY(m_store->applyFetch(a.id, update, nullptr).ok());
        QCOMPARE(m_store->feedById(a.id).value()->url, u"https://c.example/feed"_s);
    }

    void newItemsAreWrittenThroughSqlitesOwnApiWhereTheBuildHasIt()
    {
        // CTest runs this file twice: as built, and with FRESHET_SQLITE_THROUGH_QT=1 so that
        // every test here also covers the write through Qt's driver.
        const bool throughQt = qEnvironmentVariableIntValue("FRESHET_SQLITE_THROUGH_QT") == 1;
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
        QVERIFY2(SqliteStatement::builtIn(), "the Linux build writes new items through SQLite's API (libsqlite3-dev)");
#endif
        QCOMPARE(SqliteStatement::usable(m_store->database()), SqliteStatement::builtIn() && !throughQt);

        // Either way the row holds what the feed said, '' for absent text and NULL for no date.
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        ParsedItem dated = makeItem(u"dated"_s, u"Dated"_s, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
        dated.content = u"<p>caf\u00e9 \U0001F600</p>"_s;
        ParsedItem undated = makeItem(u"undated"_s, u"Undated"_s, QDateTime());
        undated.link.clear();
        parsed.items << dated << undated;
        QCOMPARE(m_store->applyFetch(feed.id, okUpdate(), &parsed).value().newItems, 2);
        QSqlQuery rows(u"SELECT item_key, title, content, typeof(link), link, published_at, sort_at = fetched_at FROM items "
                       "ORDER BY item_key"_s,
                       m_store->database());
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), u"g:dated"_s);
        QCOMPARE(rows.value(1).toString(), u"Dated"_s);
        QCOMPARE(rows.value(2).toString(), u"<p>caf\u00e9 \U0001F600</p>"_s);
        QCOMPARE(rows.value(5).toLongLong(), 1700000000000);
        QCOMPARE(rows.value(6).toBool(), false);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), u"g:undated"_s);
        QCOMPARE(rows.value(3).toString(), u"text"_s);
        QCOMPARE(rows.value(4).toString(), QString());
        QVERIFY(rows.value(5).isNull());
        QCOMPARE(rows.value(6).toBool(), true);
        QVERIFY(!rows.next());
        QCOMPARE(found(u"café"_s), 1);
    }

    void aFullDiskIsAClearErrorAndLosesNothing()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed first;
        first.items << makeItem(u"kept"_s, u"Kept"_s, QDateTime::currentDateTimeUtc());
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &first).ok());

        // SQLite answers SQLITE_FULL once the file may not grow: the same path as a full disk.
        QSqlQuery pages(u"PRAGMA page_count"_s, m_store->database());
        QVERIFY(pages.next());
        QSqlQuery(u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toInt() + 2), m_store->database());
        ParsedFeed big;
        for (int i = 0; i < 200; ++i) {
            ParsedItem item = makeItem(u"big%1"_s.arg(i), u"Big %1"_s.arg(i), QDateTime::currentDateTimeUtc());
            item.content = QString(4000, u'x');
            big.items << item;
        }
        FeedFetchUpdate update = okUpdate();
        update.etag = u"\"v2\""_s;
        const Result<ItemChanges> written = m_store->applyFetch(feed.id, update, &big);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(u"disk holding your profile is full"_s), qPrintable(written.error()));

        // The whole update was rolled back: the old item and the old validators are intact.
        QSqlQuery(u"PRAGMA max_page_count = 1073741823"_s, m_store->database());
        QCOMPARE(m_store->itemCount({}).value(), 1);
        QCOMPARE(m_store->feedById(feed.id).value()->etag, u"\"v1\""_s);
        QSqlQuery integrity(u"PRAGMA integrity_check"_s, m_store->database());
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    }

    void aDamagedPageFailsTheReadInsteadOfEndingIt()
    {
        const Feed feed = m_store->addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        const QDateTime newest = QDateTime::currentDateTimeUtc();
        parsed.items = itemsApart(u"item"_s, 3000, newest, 60);
        QVERIFY(m_store->applyFetch(feed.id, okUpdate(), &parsed).ok());
        m_store.reset();
        QVERIFY(damagePageHolding(m_dir.filePath(u"freshet.db"_s), u"https://example.org/item1500"_s) > 1);

        // The header and the schema are intact, so the store opens; the rows before the damaged
        // page must not pass for all of them.
        m_store = openStore(u"damaged"_s);
        ItemQuery all;
        all.limit = 10000;
        const Result<QList<Item>> items = m_store->items(all);
        QVERIFY2(!items.ok(), qPrintable(u"%1 items read"_s.arg(items.ok() ? items.value().size() : 0)));
        QVERIFY2(items.error().contains(u"damaged"_s) && items.error().contains(u"freshet repair"_s), qPrintable(items.error()));
    }

    void aFailureInsideABatchUndoesTheWholeBatch()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        const Feed b = m_store->addFeed(u"https://b.example/feed"_s).value();
        const Feed c = m_store->addFeed(u"https://c.example/feed"_s).value();
        ParsedFeed small;
        small.items << makeItem(u"one"_s, u"One"_s, QDateTime::currentDateTimeUtc());
        ParsedFeed big;
        for (int i = 0; i < 200; ++i) {
            ParsedItem item = makeItem(u"big%1"_s.arg(i), u"Big %1"_s.arg(i), QDateTime::currentDateTimeUtc());
            item.content = QString(4000, u'x');
            big.items << item;
        }
        QSqlQuery pages(u"PRAGMA page_count"_s, m_store->database());
        QVERIFY(pages.next());
        QSqlQuery(u"PRAGMA max_page_count = %1"_s.arg(pages.value(0).toInt() + 8), m_store->database());

        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &small).ok());
        QVERIFY(!m_store->applyFetch(b.id, okUpdate(), &big).ok());
        // Later writes of a failed batch fail too: they would otherwise commit on their own.
        QVERIFY(!m_store->applyFetch(c.id, okUpdate(), &small).ok());
        QVERIFY(!m_store->addOutcome(0, FeedOutcomeRecord{}).ok());
        QVERIFY(!m_store->commitBatch().ok());

        QSqlQuery(u"PRAGMA max_page_count = 1073741823"_s, m_store->database());
        QCOMPARE(m_store->itemCount({}).value(), 0);
        QVERIFY(m_store->feedById(a.id).value()->etag.isEmpty());
        QSqlQuery integrity(u"PRAGMA integrity_check"_s, m_store->database());
        QVERIFY(integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);

        // A batch that works is one commit of everything in it, and later writes are their own again.
        QVERIFY(m_store->beginBatch().ok());
        QVERIFY(m_store->applyFetch(a.id, okUpdate(), &small).ok());
        QVERIFY(m_store->applyFetch(c.id, okUpdate(), &small).ok());
        QVERIFY(m_store->commitBatch().ok());
        QCOMPARE(m_store->itemCount({}).value(), 2);
        QVERIFY(m_store->applyFetch(b.id, okUpdate(), &big).ok());
        QCOMPARE(m_store->itemCount({}).value(), 202);
    }

    void fetchLogKeepsRunsAndOutcomes()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const qint64 runId = m_store->beginRun(FetchTrigger::Simulated, 30000, start).value();
        FeedOutcomeRecord outcome;
        outcome.feedUrl = u"https://example.org/feed"_s;
        outcome.outcome = FeedOutcome::Failed;
        outcome.httpStatus = 500;
        outcome.message = u"Internal Server Error"_s;
        QVERIFY(m_store->addOutcome(runId, outcome).ok());
        FetchRunSummary summary;
        summary.runId = runId;
        summary.result = FetchResult::Failed;
        summary.attempted = 1;
        summary.failed = 1;
        summary.finishedAt = start.addMSecs(1500);
        summary.cpuMs = 420;
        summary.bytes = 2048;
        QVERIFY(m_store->finishRun(summary).ok());

        const QList<FetchRunSummary> runs = m_store->recentRuns(10).value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().trigger, FetchTrigger::Simulated);
        QCOMPARE(runs.constFirst().result, FetchResult::Failed);
        QCOMPARE(runs.constFirst().elapsedMs, 1500);
        QCOMPARE(runs.constFirst().outcomes.size(), 1);
        QCOMPARE(runs.constFirst().outcomes.constFirst().httpStatus, 500);
        QCOMPARE(runs.constFirst().outcomes.constFirst().message, u"Internal Server Error"_s);
        QCOMPARE(runs.constFirst().cpuMs, 420);

        // What the day's runs cost together: this one and a second, not one from two days ago.
        const qint64 second = m_store->beginRun(FetchTrigger::Timer, 30000, start.addSecs(60)).value();
        summary.runId = second;
        summary.cpuMs = 80;
        summary.bytes = 1000;
        QVERIFY(m_store->finishRun(summary).ok());
        const qint64 old = m_store->beginRun(FetchTrigger::Timer, 30000, start.addDays(-2)).value();
        summary.runId = old;
        summary.cpuMs = 9999;
        QVERIFY(m_store->finishRun(summary).ok());
        const FetchLogRecords::RunTotals day = m_store->runTotalsSince(start.addDays(-1)).value();
        QCOMPARE(day.runs, 2);
        QCOMPARE(day.cpuMs, 500);
        QCOMPARE(day.bytes, 3048);
    }
};

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
