// SPDX-License-Identifier: MIT
// Mark All as Read of a synced feed waits for its server as one change (pending_feed_marks),
// not one per article: what it replaces in the queue, what it leaves, how it bounds itself by
// the account's cursor, and how it keeps the server's state from undoing it before it is sent.
#include "storage/feedstore.h"
#include "storage/itemmarks.h"
#include "storage/syncrecords.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestFeedReadMarks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedStore> m_store;
    qint64 m_account = 0;
    QHash<QString, qint64> m_feeds; ///< remote feed id → local feed id

    qint64 itemId(const QString &remoteId)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT id FROM items WHERE remote_id = ?"_s);
        query.addBindValue(remoteId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    int readIn(const QString &feed)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT SUM(read) FROM items WHERE feed_id = ?"_s);
        query.addBindValue(m_feeds.value(feed));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    int pendingChanges()
    {
        const Result<QList<Account>> accounts = m_store->accounts();
        for (const Account &account : accounts.value()) {
            if (account.id == m_account)
                return account.pendingChanges;
        }
        return -1;
    }

    bool mark(ItemMarking marking) { return applyItemMarking(*m_store, marking).ok(); }
    /// One item marked, as Toggle Read and Toggle Star do.
    bool markItem(ItemMark which, bool value, qint64 itemId)
    {
        ItemMarking marking;
        marking.mark = which;
        marking.value = value;
        marking.itemIds = {itemId};
        return mark(marking);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), u"marks"_s);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
        const Result<Account> account = m_store->addAccount(u"reader"_s, u"greader"_s, u"http://127.0.0.1:1/api/greader.php"_s, u"me"_s);
        QVERIFY(account.ok());
        m_account = account.value().id;
        const Result<QHash<QString, qint64>> feeds = m_store->applyRemoteFeeds(m_account,
                                                                               {{u"feed/1"_s, u"One"_s, u"http://one.test/feed"_s, {}, {}},
                                                                                {u"feed/2"_s, u"Two"_s, u"http://two.test/feed"_s, {}, {}}});
        QVERIFY(feeds.ok());
        m_feeds = feeds.value();
        QList<sync::RemoteItem> items;
        for (const QString &id : {u"a1"_s, u"a2"_s, u"a3"_s, u"b1"_s, u"b2"_s}) {
            sync::RemoteItem item;
            item.id = item.guid = item.title = id;
            item.feedId = id.startsWith(u'a') ? u"feed/1"_s : u"feed/2"_s;
            item.published = item.updated = QDateTime::currentDateTimeUtc();
            items << item;
        }
        QVERIFY(m_store->applyRemoteItems(m_account, m_feeds, items).ok());
        QVERIFY(m_store->setSyncCursor(m_account, u"1700000000000123"_s).ok());
    }

    void cleanup() { m_store.reset(); }

    void theArchiveIsMarkedItemByItemNeverAsAFeedTheServerLacks()
    {
        // a1 starred, then feed/1 gone from the server: a1 moves to the account's archive.
        QVERIFY(markItem(ItemMark::Starred, true, itemId(u"a1"_s)));
        QVERIFY(m_store->applyRemoteFeeds(m_account, {{u"feed/2"_s, u"Two"_s, u"http://two.test/feed"_s, {}, {}}}, u"Archive"_s).ok());
        QSqlQuery archived(m_store->database());
        QVERIFY(archived.exec(u"SELECT f.remote_id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.remote_id = 'a1'"_s));
        QVERIFY(archived.next());
        QCOMPARE(archived.value(0).toString(), SyncRecords::archiveFeedId);

        // Mark All as Read of the whole account: one mark for feed/2, a change for a1 itself.
        ItemMarking all;
        all.mark = ItemMark::Read;
        all.value = true;
        all.accountId = m_account;
        QVERIFY(mark(all));
        QSqlQuery marks(m_store->database());
        QVERIFY(marks.exec(u"SELECT group_concat(feed_remote_id) FROM pending_feed_marks"_s));
        QVERIFY(marks.next());
        QCOMPARE(marks.value(0).toString(), u"feed/2"_s);
        QSqlQuery changes(m_store->database());
        QVERIFY(changes.exec(u"SELECT value FROM pending_state_changes WHERE remote_id = 'a1' AND flag = 'read'"_s));
        QVERIFY(changes.next());
        QCOMPARE(changes.value(0).toInt(), 1);
    }

    void aWholeFeedIsOneChangeThatReplacesItsItemsReadChanges()
    {
        QVERIFY(markItem(ItemMark::Read, true, itemId(u"a1"_s)));
        QVERIFY(markItem(ItemMark::Starred, true, itemId(u"a2"_s)));
        QVERIFY(markItem(ItemMark::Read, true, itemId(u"b1"_s)));
        QCOMPARE(pendingChanges(), 3);

        ItemMarking wholeFeed;
        wholeFeed.feedId = m_feeds.value(u"feed/1"_s);
        QVERIFY(mark(wholeFeed));
        QCOMPARE(readIn(u"feed/1"_s), 3);

        const Result<QList<sync::FeedReadMark>> marks = m_store->pendingFeedReadMarks(m_account);
        QVERIFY(marks.ok());
        QCOMPARE(marks.value().size(), 1);
        QCOMPARE(marks.value().first().feedId, u"feed/1"_s);
        QCOMPARE(marks.value().first().upTo, u"1700000000000123"_s);
        // a1's read is in the mark now; a2's star and the other feed's change are not.
        const Result<QList<sync::StateChange>> changes = m_store->pendingStateChanges(m_account);
        QVERIFY(changes.ok());
        QCOMPARE(changes.value().size(), 2);
        for (const sync::StateChange &change : changes.value())
            QVERIFY2(change.itemId != u"a1"_s, "a1's read change was left beside its feed's mark");
        QCOMPARE(pendingChanges(), 3);

        // An item made unread after the mark is a change of its own, sent after the mark.
        QVERIFY(markItem(ItemMark::Read, false, itemId(u"a3"_s)));
        QCOMPARE(m_store->pendingStateChanges(m_account).value().size(), 3);
        QCOMPARE(m_store->pendingFeedReadMarks(m_account).value().size(), 1);
    }

    void everyFeedOfTheAccountIsOneChangeAFeed()
    {
        ItemMarking all;
        all.accountId = m_account;
        QVERIFY(mark(all));
        QCOMPARE(m_store->pendingFeedReadMarks(m_account).value().size(), 2);
        QCOMPARE(m_store->pendingStateChanges(m_account).value().size(), 0);
        QCOMPARE(pendingChanges(), 2);
        // Marked again: still one a feed, the newer one where there was something to mark.
        QVERIFY(markItem(ItemMark::Read, false, itemId(u"a1"_s)));
        QVERIFY(m_store->setSyncCursor(m_account, u"1700000000000999"_s).ok());
        QVERIFY(mark(all));
        QHash<QString, QString> upTo;
        const Result<QList<sync::FeedReadMark>> marks = m_store->pendingFeedReadMarks(m_account);
        for (const sync::FeedReadMark &mark : marks.value())
            upTo.insert(mark.feedId, mark.upTo);
        QCOMPARE(upTo.size(), 2);
        QCOMPARE(upTo.value(u"feed/1"_s), u"1700000000000999"_s);
        QCOMPARE(upTo.value(u"feed/2"_s), u"1700000000000123"_s);
        QCOMPARE(m_store->pendingStateChanges(m_account).value().size(), 0);
    }

    void aMarkingOfSomeItemsOnlyStaysOneChangeAnItem()
    {
        ItemMarking older;
        older.feedId = m_feeds.value(u"feed/1"_s);
        older.before = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(mark(older));
        QCOMPARE(m_store->pendingFeedReadMarks(m_account).value().size(), 0);
        QCOMPARE(m_store->pendingStateChanges(m_account).value().size(), 3);
    }

    void theServersStateWaitsForTheMark()
    {
        ItemMarking wholeFeed;
        wholeFeed.feedId = m_feeds.value(u"feed/1"_s);
        QVERIFY(mark(wholeFeed));
        // The server has not had the mark yet: it still says every article is unread.
        const QStringList unread{u"a1"_s, u"a2"_s, u"a3"_s, u"b1"_s, u"b2"_s};
        QVERIFY(m_store->applyRemoteState(m_account, unread, {}).ok());
        QCOMPARE(readIn(u"feed/1"_s), 3);
        sync::RemoteItem again;
        again.id = again.guid = again.title = u"a2"_s;
        again.feedId = u"feed/1"_s;
        again.published = again.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(m_store->applyRemoteItems(m_account, m_feeds, {again}).ok());
        QCOMPARE(readIn(u"feed/1"_s), 3);

        // Sent, and the server agrees: its state counts again.
        const sync::FeedReadMark sent = m_store->pendingFeedReadMarks(m_account).value().first();
        sync::FeedReadMark older = sent;
        older.queuedAt -= 1;
        QVERIFY(m_store->clearFeedReadMark(m_account, older).ok());
        QCOMPARE(m_store->pendingFeedReadMarks(m_account).value().size(), 1); // made again since: kept
        QVERIFY(m_store->clearFeedReadMark(m_account, sent).ok());
        QCOMPARE(m_store->pendingFeedReadMarks(m_account).value().size(), 0);
        QVERIFY(m_store->applyRemoteState(m_account, {u"a3"_s}, {}).ok());
        QCOMPARE(readIn(u"feed/1"_s), 2);
    }

    void aFeedGoneFromTheServerTakesItsMarkAlong()
    {
        ItemMarking all;
        all.accountId = m_account;
        QVERIFY(mark(all));
        QCOMPARE(pendingChanges(), 2);
        QVERIFY(m_store->applyRemoteFeeds(m_account, {{u"feed/2"_s, u"Two"_s, u"http://two.test/feed"_s, {}, {}}}).ok());
        const Result<QList<sync::FeedReadMark>> marks = m_store->pendingFeedReadMarks(m_account);
        QCOMPARE(marks.value().size(), 1);
        QCOMPARE(marks.value().first().feedId, u"feed/2"_s);
        QCOMPARE(pendingChanges(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedReadMarks)
#include "tst_feedreadmarks.moc"
