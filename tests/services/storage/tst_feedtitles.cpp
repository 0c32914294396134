// SPDX-License-Identifier: MIT
// Names people give feeds: kept apart from the titles fetches and syncs write, shown (and
// sorted by) everywhere, and added to version-7 profiles without losing anything.
#include "parsing/parsedfeed.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "sync/feedrename.h"
#include "sync/subscriptionedit.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

FeedFetchUpdate updated()
{
    FeedFetchUpdate update;
    update.outcome = FeedOutcome::Updated;
    update.fetchedAt = QDateTime::currentDateTimeUtc();
    update.httpStatus = 200;
    return update;
}

ParsedFeed document(const QString &title, const QString &itemPrefix, int items)
{
    ParsedFeed parsed;
    parsed.title = title;
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < items; ++i) {
        ParsedItem item;
        item.id = itemPrefix + QString::number(i);
        item.title = u"Item %1"_s.arg(i);
        item.link = u"https://example.org/"_s + item.id;
        item.published = start.addSecs(60 * i);
        parsed.items << item;
    }
    return parsed;
}

QStringList feedColumnOf(const QList<Item> &items)
{
    QStringList names;
    for (const Item &item : items)
        names << item.feedTitle;
    return names;
}

} // namespace

class TestFeedTitles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedStore> m_store;

    std::unique_ptr<FeedStore> openStore(const QString &name)
    {
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), name);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(store.error()));
        return std::move(store).value();
    }

    qint64 fetchedFeed(const QString &url, const QString &title, const QString &itemPrefix, int items)
    {
        const Result<Feed> added = m_store->addFeed(url);
        if (!added)
            return 0;
        const ParsedFeed parsed = document(title, itemPrefix, items);
        return m_store->applyFetch(added.value().id, updated(), &parsed).ok() ? added.value().id : 0;
    }

    Feed feed(qint64 id) { return m_store->feedById(id).value().value(); }

    qint64 syncAccount(const QString &protocol)
    {
        const Result<Account> account = m_store->addAccount(u"home"_s, protocol, u"http://127.0.0.1:9/"_s, u"ana"_s);
        return account ? account.value().id : 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        m_store = openStore(u"titles"_s);
    }

    void cleanup() { m_store.reset(); }

    void aNameSurvivesAFetchThatBringsANewDocumentTitle()
    {
        const qint64 id = fetchedFeed(u"https://example.org/feed"_s, u"Own Title"_s, u"a"_s, 2);
        QVERIFY(id > 0);
        QVERIFY(m_store->renameFeed(id, u"  My   Name "_s).ok());
        QCOMPARE(feed(id).displayTitle(), u"My Name"_s);

        const ParsedFeed renamedByPublisher = document(u"Publisher's New Title"_s, u"b"_s, 1);
        QVERIFY(m_store->applyFetch(id, updated(), &renamedByPublisher).ok());
        const Feed after = feed(id);
        QCOMPARE(after.title, u"Publisher's New Title"_s);
        QCOMPARE(after.customTitle, u"My Name"_s);
        QCOMPARE(after.displayTitle(), u"My Name"_s);
        QCOMPARE(m_store->feeds().value().constFirst().displayTitle(), u"My Name"_s);
        ItemQuery all;
        QCOMPARE(feedColumnOf(m_store->items(all).value()), QStringList(3, u"My Name"_s));
    }

    void anEmptyNameShowsTheFeedsOwnTitleAgain()
    {
        const qint64 id = fetchedFeed(u"https://example.org/feed"_s, u"Own Title"_s, u"a"_s, 1);
        QVERIFY(m_store->renameFeed(id, u"Mine"_s).ok());
        QVERIFY(m_store->renameFeed(id, u"   "_s).ok());
        QCOMPARE(feed(id).customTitle, QString());
        QCOMPARE(feed(id).displayTitle(), u"Own Title"_s);
        QCOMPARE(feedColumnOf(m_store->items(ItemQuery{}).value()), QStringList{u"Own Title"_s});
    }

    void renamingAFeedThatIsGoneSaysSo()
    {
        const Status renamed = m_store->renameFeed(4242, u"Nothing"_s);
        QVERIFY(!renamed.ok());
        QVERIFY2(renamed.error().contains(u"no longer subscribed"_s), qPrintable(renamed.error()));
    }

    void sortingByFeedFollowsTheShownName()
    {
        const qint64 alpha = fetchedFeed(u"https://a.example/feed"_s, u"Alpha"_s, u"a"_s, 3);
        const qint64 beta = fetchedFeed(u"https://b.example/feed"_s, u"Beta"_s, u"b"_s, 3);
        QVERIFY(alpha > 0 && beta > 0);
        ItemQuery byFeed;
        byFeed.sort = {ItemSortColumn::Feed, Qt::AscendingOrder};
        QCOMPARE(m_store->items(byFeed).value().constFirst().feedId, alpha);

        QVERIFY(m_store->renameFeed(beta, u"aardvark"_s).ok()); // NOCASE: before "Alpha"
        const QList<Item> rows = m_store->items(byFeed).value();
        QCOMPARE(feedColumnOf(rows), (QStringList{u"aardvark"_s, u"aardvark"_s, u"aardvark"_s, u"Alpha"_s, u"Alpha"_s, u"Alpha"_s}));
        QCOMPARE(m_store->feeds().value().constFirst().id, beta);

        // Keyset paging, one row a page from each last row's key, walks the same order.
        ItemQuery page = byFeed;
        page.limit = 1;
        QList<qint64> walked;
        for (;;) {
            const QList<Item> one = m_store->items(page).value();
            if (one.isEmpty())
                break;
            walked << one.constFirst().id;
            page.lower = ItemBound{one.constFirst(), false};
        }
        QList<qint64> expected;
        for (const Item &row : rows)
            expected << row.id;
        QCOMPARE(walked, expected);

        // The index the order walks is the one migration 8 made for the shown name.
        QSqlQuery index(u"SELECT sql FROM sqlite_master WHERE name = 'feeds_by_name'"_s, m_store->database());
        QVERIFY(index.next());
        QVERIFY2(index.value(0).toString().contains(u"custom_title"_s), qPrintable(index.value(0).toString()));
    }

    void aSyncKeepsANameGivenHere()
    {
        const qint64 account = syncAccount(u"ttrss"_s);
        QVERIFY(account > 0);
        const sync::RemoteFeed remote{u"17"_s, u"Server Title"_s, u"https://c.example/feed"_s, {}, {}};
        const qint64 id = m_store->applyRemoteFeeds(account, {remote}).value().value(u"17"_s);
        QVERIFY(m_store->renameFeed(id, u"Mine"_s).ok());
        sync::RemoteFeed renamedOnServer = remote;
        renamedOnServer.title = u"Server Title, Renamed"_s;
        QVERIFY(m_store->applyRemoteFeeds(account, {renamedOnServer}).ok());
        QCOMPARE(feed(id).title, u"Server Title, Renamed"_s);
        QCOMPARE(feed(id).displayTitle(), u"Mine"_s);
    }

    void aServerThatCannotRenameKeepsTheNameHereOnly()
    {
        // The real tt-rss client's answer, through the path the CLI and the window take; it
        // needs no server, as tt-rss's API has no rename at all.
        const qint64 accountId = syncAccount(u"ttrss"_s);
        const Account account = m_store->accountById(accountId).value().value();
        const qint64 id = m_store->applyRemoteFeeds(accountId, {{u"5"_s, u"Server Title"_s, u"https://d.example/feed"_s, {}, {}}})
                              .value()
                              .value(u"5"_s);
        QObject owner; // the edit deletes itself when done; this catches it if not yet
        auto *edit = sync::SubscriptionEdit::rename(account, u"unused"_s, u"5"_s, u"Mine"_s, &owner);
        QSignalSpy done(edit, &sync::SubscriptionEdit::done);
        QVERIFY(done.wait(10000));
        const auto answer = done.constFirst().constFirst().value<sync::SyncError>();
        QCOMPARE(answer.kind, sync::SyncErrorKind::Unsupported);

        const Result<sync::RenameKept> kept = sync::storeSyncedRename(*m_store, id, u"Mine"_s, answer);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept.value(), sync::RenameKept::HereOnly);
        QCOMPARE(feed(id).customTitle, u"Mine"_s);
        QCOMPARE(feed(id).title, u"Server Title"_s);
        QVERIFY(sync::keptHereOnlyMessage(u"home"_s).contains(u"this device only"_s));
    }

    void aServerRenameBecomesTheServersTitleAndAFailureChangesNothing()
    {
        const qint64 accountId = syncAccount(u"greader"_s);
        const qint64 id = m_store->applyRemoteFeeds(accountId, {{u"feed/x"_s, u"Old"_s, u"https://e.example/feed"_s, {}, {}}})
                              .value()
                              .value(u"feed/x"_s);
        QVERIFY(m_store->renameFeed(id, u"Local Name"_s).ok());

        const Result<sync::RenameKept> failed = sync::storeSyncedRename(*m_store, id, u"New"_s,
                                                                        {sync::SyncErrorKind::Network, u"The server is unreachable."_s, 0});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), u"The server is unreachable."_s);
        QCOMPARE(feed(id).displayTitle(), u"Local Name"_s);

        const Result<sync::RenameKept> kept = sync::storeSyncedRename(*m_store, id, u"New"_s, {});
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept.value(), sync::RenameKept::OnServer);
        QCOMPARE(feed(id).title, u"New"_s);
        QCOMPARE(feed(id).customTitle, QString());
    }

    void aVersion7ProfileGainsNamesAndKeepsItsData()
    {
        const qint64 id = fetchedFeed(u"https://example.org/feed"_s, u"Own Title"_s, u"a"_s, 4);
        QVERIFY(m_store->setRead({m_store->items(ItemQuery{}).value().constFirst().id}, true).ok());
        {
            // Back to exactly what version 7 had.
            QSqlQuery downgrade(m_store->database());
            for (const QString &statement :
                 {u"DROP INDEX feeds_by_name"_s, u"ALTER TABLE feeds DROP COLUMN custom_title"_s,
                  u"CREATE INDEX feeds_by_name ON feeds ((CASE WHEN title = '' THEN url ELSE title END) COLLATE NOCASE, id)"_s,
                  u"DELETE FROM schema_migrations WHERE version = 8"_s, u"PRAGMA user_version = 7"_s, u"DROP INDEX items_unread_by_date"_s,
                  u"DROP INDEX items_unread_by_feed_date"_s, u"DROP INDEX IF EXISTS items_unread_by_title"_s,
                  u"DROP INDEX IF EXISTS items_unread_by_author"_s, u"DELETE FROM schema_migrations WHERE version = 9"_s})
                QVERIFY2(downgrade.exec(statement), qPrintable(downgrade.lastError().text()));
        }
        m_store.reset();
        m_store = openStore(u"upgraded"_s);
        QSqlQuery version(u"PRAGMA user_version"_s, m_store->database());
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), 9); // 8, then 9 (unread order indexes)
        const Feed upgraded = feed(id);
        QCOMPARE(upgraded.title, u"Own Title"_s);
        QCOMPARE(upgraded.customTitle, QString());
        QCOMPARE(upgraded.itemCount, 4);
        QCOMPARE(upgraded.unreadCount, 3);
        QVERIFY(m_store->renameFeed(id, u"Mine"_s).ok());
        QCOMPARE(feed(id).displayTitle(), u"Mine"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeedTitles)
#include "tst_feedtitles.moc"
