// SPDX-License-Identifier: MIT
// Each feed's item and unread counts are kept in its row (migration 20) instead of counted from
// the items whenever the feed list is read. Every way rows come, go, move or change their read
// state must leave the kept counts equal to the rows: new items fetched or synced, marks by
// item, feed and account, the server's state, retention, a feed gone from the server, a feed
// removed, an upgrade from a profile of version 19.
#include "parsing/parsedfeed.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/itemmarks.h"
#include "storage/syncrecords.h"
#include "testprofile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

ParsedItem makeItem(const QString &id, const QDateTime &published)
{
    ParsedItem item;
    item.id = id;
    item.title = u"Item "_s + id;
    item.link = u"https://example.org/"_s + id;
    item.published = published;
    return item;
}

ParsedFeed feedOf(const QString &prefix, int from, int to, const QDateTime &published)
{
    ParsedFeed parsed;
    for (int i = from; i < to; ++i)
        parsed.items << makeItem(prefix + QString::number(i), published.addSecs(i));
    return parsed;
}

sync::RemoteItem remoteItem(const QString &id, const QString &feed, bool unread)
{
    sync::RemoteItem item;
    item.id = item.guid = item.title = id;
    item.feedId = feed;
    item.unread = unread;
    item.published = item.updated = QDateTime::currentDateTimeUtc();
    return item;
}

} // namespace

class TestFeedCounts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedStore> m_store;

    void openStore(const QString &name)
    {
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), name);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    /// Every feed whose kept counts differ from its rows, as "id: kept items/unread, counted
    /// items/unread"; empty when all agree (QCOMPARE then names the first that does not).
    QStringList countsUnlikeRows()
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(u"SELECT id, item_count, unread_count, "
                        "(SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id), "
                        "(SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.read = 0) FROM feeds f"_s))
            return {query.lastError().text()};
        QStringList unlike;
        while (query.next()) {
            if (query.value(1) != query.value(3) || query.value(2) != query.value(4))
                unlike << u"%1: kept %2/%3, counted %4/%5"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                                 query.value(2).toString(), query.value(3).toString(),
                                                                 query.value(4).toString());
        }
        return unlike;
    }

    /// What the feed list reads for one feed.
    std::pair<int, int> listedCounts(qint64 feedId)
    {
        const std::optional<Feed> feed = m_store->feedById(feedId).value();
        return feed ? std::pair(feed->itemCount, feed->unreadCount) : std::pair(-1, -1);
    }

    qint64 itemId(const QString &title)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT id FROM items WHERE title = ?"_s);
        query.addBindValue(title);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    bool mark(const ItemMarking &marking) { return applyItemMarking(*m_store, marking).ok(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        openStore(u"counts"_s);
    }

    void cleanup() { m_store.reset(); }

    void fetchedItemsMarksAndRetentionKeepTheCounts()
    {
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        const Feed b = m_store->addFeed(u"https://b.example/feed"_s).value();
        QCOMPARE(listedCounts(a.id), std::pair(0, 0));
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-60);

        const ParsedFeed first = feedOf(u"a"_s, 0, 5, old);
        TestProfile::storeParsed(*m_store, a.id, first);
        QCOMPARE(listedCounts(a.id), std::pair(5, 5));
        // Again with two more and one edited: only the new ones count.
        ParsedFeed more = feedOf(u"a"_s, 0, 7, old);
        more.items[0].title = u"Item a0, edited"_s;
        TestProfile::storeParsed(*m_store, a.id, more);
        QCOMPARE(listedCounts(a.id), std::pair(7, 7));
        const ParsedFeed recent = feedOf(u"b"_s, 0, 3, QDateTime::currentDateTimeUtc());
        TestProfile::storeParsed(*m_store, b.id, recent);
        QCOMPARE(listedCounts(b.id), std::pair(3, 3));
        QCOMPARE(countsUnlikeRows(), QStringList());

        // One item read, the same again (no change), one back to unread.
        QVERIFY(m_store->setRead({itemId(u"Item a1"_s), itemId(u"Item a2"_s)}, true).ok());
        QVERIFY(m_store->setRead({itemId(u"Item a1"_s)}, true).ok());
        QCOMPARE(listedCounts(a.id), std::pair(7, 5));
        QVERIFY(m_store->setRead({itemId(u"Item a2"_s)}, false).ok());
        QCOMPARE(listedCounts(a.id), std::pair(7, 6));

        // A whole feed, then every feed, then a feed unread again before a date.
        ItemMarking feedRead;
        feedRead.feedId = a.id;
        QVERIFY(mark(feedRead));
        QCOMPARE(listedCounts(a.id), std::pair(7, 0));
        QCOMPARE(listedCounts(b.id), std::pair(3, 3));
        QVERIFY(mark(ItemMarking{}));
        QCOMPARE(listedCounts(b.id), std::pair(3, 0));
        ItemMarking olderUnread;
        olderUnread.value = false;
        olderUnread.feedId = a.id;
        olderUnread.before = old.addSecs(3);
        QVERIFY(mark(olderUnread));
        QCOMPARE(listedCounts(a.id), std::pair(7, 3));
        QCOMPARE(countsUnlikeRows(), QStringList());

        // Retention takes the old read items (a3 to a6) and leaves the unread ones.
        const Result<ItemRecords::Pruned> pruned = m_store->pruneReadItems(QDateTime::currentDateTimeUtc().addDays(-30));
        QVERIFY2(pruned.ok(), qPrintable(pruned.error()));
        QCOMPARE(pruned.value().items, 4);
        QCOMPARE(listedCounts(a.id), std::pair(3, 3));
        QCOMPARE(listedCounts(b.id), std::pair(3, 0));
        QCOMPARE(countsUnlikeRows(), QStringList());

        // A feed removed takes its rows and counts along; the feed list reads what is left.
        QVERIFY(m_store->removeFeed(b.id).ok());
        QCOMPARE(listedCounts(b.id), std::pair(-1, -1));
        QCOMPARE(countsUnlikeRows(), QStringList());
        QCOMPARE(m_store->feeds().value().constFirst().unreadCount, 3);
    }

    void syncedArticlesAndTheServersStateKeepTheCounts()
    {
        const Result<Account> account = m_store->addAccount(u"reader"_s, u"greader"_s, u"http://127.0.0.1:1/api/greader.php"_s, u"me"_s);
        QVERIFY(account.ok());
        const qint64 accountId = account.value().id;
        const QHash<QString, qint64> feeds = m_store
                                                 ->applyRemoteFeeds(accountId,
                                                                    {{u"feed/1"_s, u"One"_s, u"http://one.test/feed"_s, {}, {}},
                                                                     {u"feed/2"_s, u"Two"_s, u"http://two.test/feed"_s, {}, {}}})
                                                 .value();
        const qint64 one = feeds.value(u"feed/1"_s);
        const qint64 two = feeds.value(u"feed/2"_s);
        QVERIFY(m_store
                    ->applyRemoteItems(accountId, feeds,
                                       {remoteItem(u"a1"_s, u"feed/1"_s, true), remoteItem(u"a2"_s, u"feed/1"_s, false),
                                        remoteItem(u"a3"_s, u"feed/1"_s, true), remoteItem(u"b1"_s, u"feed/2"_s, true),
                                        remoteItem(u"b2"_s, u"feed/2"_s, false)})
                    .ok());
        QCOMPARE(listedCounts(one), std::pair(3, 2));
        QCOMPARE(listedCounts(two), std::pair(2, 1));
        QCOMPARE(m_store->accounts().value().constLast().unreadCount, 3);

        // The same articles again, one of them now read on the server: no new rows.
        QVERIFY(m_store
                    ->applyRemoteItems(accountId, feeds, {remoteItem(u"a1"_s, u"feed/1"_s, false), remoteItem(u"b2"_s, u"feed/2"_s, false)})
                    .ok());
        QCOMPARE(listedCounts(one), std::pair(3, 1));

        // The server's lists: only a2 and b2 unread, b1 starred.
        QVERIFY(m_store->applyRemoteState(accountId, {u"a2"_s, u"b2"_s}, {u"b1"_s}).ok());
        QCOMPARE(listedCounts(one), std::pair(3, 1));
        QCOMPARE(listedCounts(two), std::pair(2, 1));
        QVERIFY(m_store->applyRemoteReads(accountId, {u"a2"_s}).ok());
        QCOMPARE(listedCounts(one), std::pair(3, 0));
        QCOMPARE(countsUnlikeRows(), QStringList());

        // feed/2 gone from the server: its starred b1 (read) moves to the archive, b2 goes.
        QVERIFY(m_store->applyRemoteFeeds(accountId, {{u"feed/1"_s, u"One"_s, u"http://one.test/feed"_s, {}, {}}}, u"Archive"_s).ok());
        QCOMPARE(listedCounts(two), std::pair(-1, -1));
        QSqlQuery archive(m_store->database());
        QVERIFY(archive.exec(u"SELECT id FROM feeds WHERE remote_id = '%1'"_s.arg(SyncRecords::archiveFeedId)));
        QVERIFY(archive.next());
        QCOMPARE(listedCounts(archive.value(0).toLongLong()), std::pair(1, 0));
        QCOMPARE(countsUnlikeRows(), QStringList());

        // Mark All as Read of the account, then a feed removed from here.
        ItemMarking all;
        all.accountId = accountId;
        QVERIFY(mark(all));
        QCOMPARE(m_store->accounts().value().constLast().unreadCount, 0);
        QVERIFY(m_store->removeSyncedFeed(accountId, one, u"Archive"_s).ok());
        QCOMPARE(countsUnlikeRows(), QStringList());
    }

    void aVersion19ProfileIsCountedOnceWhenUpgraded()
    {
        QVERIFY(latestSchemaVersion() >= 20);
        const Feed a = m_store->addFeed(u"https://a.example/feed"_s).value();
        const ParsedFeed parsed = feedOf(u"a"_s, 0, 4, QDateTime::currentDateTimeUtc());
        TestProfile::storeParsed(*m_store, a.id, parsed);
        QVERIFY(m_store->setRead({itemId(u"Item a0"_s)}, true).ok());
        {
            QSqlQuery downgrade(m_store->database());
            for (const QString &statement :
                 {u"DROP TRIGGER items_count_read"_s, u"DROP TRIGGER items_count_move"_s, u"DROP TRIGGER items_count_delete"_s,
                  u"ALTER TABLE feeds DROP COLUMN item_count"_s, u"ALTER TABLE feeds DROP COLUMN unread_count"_s,
                  u"DELETE FROM schema_migrations WHERE version = 20"_s, u"PRAGMA user_version = 19"_s})
                QVERIFY2(downgrade.exec(statement), qPrintable(downgrade.lastError().text()));
        }
        m_store.reset();
        openStore(u"upgraded"_s);
        QCOMPARE(listedCounts(a.id), std::pair(4, 3));
        QVERIFY(m_store->setRead({itemId(u"Item a1"_s)}, true).ok());
        QCOMPARE(listedCounts(a.id), std::pair(4, 2));
    }
};

QTEST_GUILESS_MAIN(TestFeedCounts)
#include "tst_feedcounts.moc"
