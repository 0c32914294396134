// SPDX-License-Identifier: MIT
#include "sync/ttrss/ttrssclient.h"
#include "sync/ttrss/ttrssjson.h"

#include "feedserverprocess.h"
#include "ttrssserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace freshet::sync;

namespace {

/// Runs one client call to its answer, counting answers: the contract is exactly one.
template <typename T>
struct Answer
{
    std::shared_ptr<std::optional<SyncResult<T>>> result = std::make_shared<std::optional<SyncResult<T>>>();
    std::shared_ptr<int> calls = std::make_shared<int>(0);

    SyncCallback<T> callback() const
    {
        return [result = result, calls = calls](SyncResult<T> answer) {
            ++*calls;
            *result = std::move(answer);
        };
    }
    bool wait(int timeoutMs = 120000) const
    {
        return QTest::qWaitFor([this] { return result->has_value(); }, timeoutMs);
    }
    const SyncResult<T> &get() const { return **result; }
};

#define AWAIT(answer)                                                                                                              \
    do {                                                                                                                           \
        QVERIFY2((answer).wait(), "no answer in time");                                                                            \
        QCOMPARE(*(answer).calls, 1);                                                                                              \
    } while (false)

#define VERIFY_OK(answer)                                                                                                          \
    do {                                                                                                                           \
        AWAIT(answer);                                                                                                             \
        QVERIFY2((answer).get().ok(), qPrintable((answer).get().error().message));                                                 \
    } while (false)

} // namespace

class TtRssClientTest : public QObject
{
    Q_OBJECT

private:
    TtRssServer m_server;

    std::unique_ptr<TtRssClient> client(const QUrl &server, const QString &password)
    {
        auto created = std::make_unique<TtRssClient>();
        created->setCredentials({server, m_server.user(), password});
        created->setRequestTimeout(60000);
        return created;
    }
    std::unique_ptr<TtRssClient> client() { return client(m_server.url(), m_server.password()); }

    /// Every page from `cursor` on: the items, the number of pages, and the final cursor.
    struct Sync
    {
        QList<RemoteItem> items;
        int pages = 0;
        int firstPageSize = 0;
        bool firstPageContinued = false;
        QString cursor;
    };
    bool syncAll(TtRssClient &syncClient, const QString &cursor, Sync &sync)
    {
        QString continuation;
        do {
            Answer<ItemPage> page;
            syncClient.newItems(cursor, continuation, 500, page.callback());
            if (!page.wait() || *page.calls != 1 || !page.get().ok())
                return false;
            if (sync.pages == 0) {
                sync.firstPageSize = int(page.get().value().items.size());
                sync.firstPageContinued = !page.get().value().continuation.isEmpty();
            }
            ++sync.pages;
            sync.items += page.get().value().items;
            continuation = page.get().value().continuation;
            sync.cursor = page.get().value().cursor;
            if (sync.pages > 100)
                return false;
        } while (!continuation.isEmpty());
        return true;
    }

    static QList<RemoteItem> ofFeed(const QList<RemoteItem> &items, qint64 feedId)
    {
        QList<RemoteItem> selected;
        for (const RemoteItem &item : items) {
            if (item.feedId == QString::number(feedId))
                selected.append(item);
        }
        return selected;
    }

    /// The article ids of one feed as the server lists them.
    QStringList articleIds(qint64 feedId)
    {
        QStringList ids;
        const QJsonArray headlines = m_server.content(u"getHeadlines"_s, {{u"feed_id"_s, feedId}, {u"limit"_s, 200}}).toArray();
        for (const QJsonValue &headline : headlines)
            ids.append(QString::number(headline.toObject().value("id"_L1).toInteger()));
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
        return ids;
    }

    QJsonObject article(const QString &id)
    {
        return m_server.content(u"getArticle"_s, {{u"article_id"_s, id}}).toArray().first().toObject();
    }

private slots:
    void initTestCase()
    {
        if (!m_server.load())
            QSKIP(qPrintable(u"tt-rss tests skipped: "_s + m_server.skipReason()));
    }

    void headlineFieldsAreRead()
    {
        // The fields tt-rss sends that a generated feed does not exercise (an image, lengths).
        const QJsonObject audio{
            {u"content_url"_s, u"https://example.org/a.mp3"_s}, {u"content_type"_s, u"audio/mpeg"_s}, {u"duration"_s, u"1234"_s}};
        const QJsonObject headline{{u"id"_s, 7},
                                   {u"guid"_s, u"{\"ver\":2}"_s},
                                   {u"unread"_s, false},
                                   {u"marked"_s, true},
                                   {u"updated"_s, 1700000000},
                                   {u"title"_s, u"T"_s},
                                   {u"link"_s, u"https://example.org/a"_s},
                                   {u"feed_id"_s, u"3"_s},
                                   {u"author"_s, u"Ann"_s},
                                   {u"content"_s, u"<p>c</p>"_s},
                                   {u"flavor_image"_s, u"https://example.org/i.png"_s},
                                   {u"attachments"_s, QJsonArray{audio, QJsonObject{{u"content_url"_s, u""_s}}}}};
        const std::optional<QList<RemoteItem>> items = ttrss::parseHeadlines(QJsonArray{headline});
        QVERIFY(items);
        QCOMPARE(items->size(), 1);
        const RemoteItem &item = items->first();
        QCOMPARE(item.id, u"7"_s);
        QCOMPARE(item.feedId, u"3"_s);
        QCOMPARE(item.guid, u"{\"ver\":2}"_s);
        QCOMPARE(item.link, u"https://example.org/a"_s);
        QCOMPARE(item.author, u"Ann"_s);
        QCOMPARE(item.imageUrl, u"https://example.org/i.png"_s);
        QCOMPARE(item.published, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(!item.unread);
        QVERIFY(item.starred);
        QCOMPARE(item.enclosures.size(), 1);
        QCOMPARE(item.enclosures.first().type, u"audio/mpeg"_s);
        QCOMPARE(item.enclosures.first().length, 1234);

        // Anything but an array of articles with ids is not understood.
        QVERIFY(!ttrss::parseHeadlines(QJsonArray{QJsonObject{{u"title"_s, u"no id"_s}}}));
        QVERIFY(!ttrss::parseHeadlines(QJsonValue(u"text"_s)));
        QCOMPARE(ttrss::parseContinuation(ttrss::formatContinuation({400, 1234}))->highestId, 1234);
        QVERIFY(!ttrss::parseContinuation(u"garbage"_s));
        QCOMPARE(ttrss::parseCursor(u"garbage"_s), 0);
    }

    void loginAcceptsTheRightPasswordOnly()
    {
        auto good = client();
        Answer<Done> loggedIn;
        good->login(loggedIn.callback());
        VERIFY_OK(loggedIn);

        auto wrong = client(m_server.url(), u"not-the-password"_s);
        Answer<Done> refused;
        wrong->login(refused.callback());
        AWAIT(refused);
        QVERIFY(!refused.get().ok());
        QCOMPARE(refused.get().error().kind, SyncErrorKind::Login);
        QVERIFY(!refused.get().error().message.contains(u"not-the-password"_s));

        // A call without login() logs in by itself, and fails the same way.
        Answer<int> count;
        wrong->unreadCount(count.callback());
        AWAIT(count);
        QCOMPARE(count.get().error().kind, SyncErrorKind::Login);
    }

    void categoriesAndFeedsAfterSubscribing()
    {
        QVERIFY(m_server.sql(u"insert into ttrss_feed_categories (owner_uid, title) select id, 'Sync tests' from ttrss_users where login = 'admin'"_s));
        auto syncClient = client();
        Answer<QList<RemoteCategory>> categories;
        syncClient->categories(categories.callback());
        VERIFY_OK(categories);
        const auto category = std::find_if(categories.get().value().cbegin(), categories.get().value().cend(),
                                           [](const RemoteCategory &c) { return c.title == "Sync tests"_L1; });
        QVERIFY(category != categories.get().value().cend());

        const QString inCategory = m_server.feedUrl(100, 3);
        Answer<RemoteFeed> subscribed;
        syncClient->subscribe(inCategory, u"Sync tests"_s, subscribed.callback());
        VERIFY_OK(subscribed);
        QCOMPARE(subscribed.get().value().url, inCategory);
        QCOMPARE(subscribed.get().value().category, u"Sync tests"_s);
        QVERIFY(subscribed.get().value().id.toLongLong() > 0);

        const QString uncategorised = m_server.feedUrl(101, 3);
        Answer<RemoteFeed> plain;
        syncClient->subscribe(uncategorised, {}, plain.callback());
        VERIFY_OK(plain);
        QVERIFY(plain.get().value().category.isEmpty());
        QVERIFY(plain.get().value().id != subscribed.get().value().id);

        Answer<QList<RemoteFeed>> feeds;
        syncClient->feeds(feeds.callback());
        VERIFY_OK(feeds);
        QHash<QString, RemoteFeed> byUrl;
        for (const RemoteFeed &feed : feeds.get().value())
            byUrl.insert(feed.url, feed);
        QVERIFY(byUrl.contains(inCategory));
        QVERIFY(byUrl.contains(uncategorised));
        QCOMPARE(byUrl.value(inCategory).id, subscribed.get().value().id);
        QCOMPARE(byUrl.value(inCategory).category, u"Sync tests"_s);
        QVERIFY(byUrl.value(inCategory).title.startsWith("Generated feed 100"_L1));
    }

    void firstSyncPagesThroughEveryArticle()
    {
        const qint64 feedId = m_server.subscribeAndUpdate(m_server.feedUrl(110, 250, u"enclosure-size=1K"_s));
        QVERIFY(feedId > 0);
        QCOMPARE(articleIds(feedId).size(), 200); // the server's own page limit

        auto syncClient = client();
        Sync sync;
        QVERIFY(syncAll(*syncClient, {}, sync));
        QCOMPARE(sync.firstPageSize, TtRssClient::MaxPageSize);
        QVERIFY(sync.firstPageContinued);
        QVERIFY(sync.pages >= 2);

        const QList<RemoteItem> items = ofFeed(sync.items, feedId);
        QSet<QString> ids;
        QSet<QString> guids;
        qint64 highest = 0;
        for (const RemoteItem &item : sync.items)
            highest = std::max(highest, item.id.toLongLong());
        for (const RemoteItem &item : items) {
            ids.insert(item.id);
            guids.insert(item.guid);
            QVERIFY(item.title.contains("of feed 110"_L1));
            QVERIFY(item.link.startsWith("http"_L1));
            QVERIFY(!item.content.isEmpty());
            QVERIFY(item.published.isValid());
            QVERIFY(item.unread);
            QVERIFY(!item.starred);
            QCOMPARE(item.enclosures.size(), 1);
            QVERIFY(item.enclosures.first().url.startsWith("http://feeds.test/large/1024.bin"_L1));
            QCOMPARE(item.enclosures.first().length, 1024);
        }
        QCOMPARE(ids.size(), 250);
        QCOMPARE(guids.size(), 250);
        QCOMPARE(sync.cursor, QString::number(highest));

        // A sync cut short after its first page starts over from the old cursor: nothing lost.
        Answer<ItemPage> first;
        syncClient->newItems({}, {}, 200, first.callback());
        VERIFY_OK(first);
        QVERIFY(first.get().value().cursor.isEmpty());
    }

    void incrementalSyncReturnsOnlyNewArticles()
    {
        const qint64 feedId = m_server.subscribeAndUpdate(m_server.feedUrl(120, 5));
        QVERIFY(feedId > 0);
        auto syncClient = client();
        Sync before;
        QVERIFY(syncAll(*syncClient, {}, before));
        QCOMPARE(ofFeed(before.items, feedId).size(), 5);

        Sync nothing;
        QVERIFY(syncAll(*syncClient, before.cursor, nothing));
        QVERIFY(nothing.items.isEmpty());
        QCOMPARE(nothing.cursor, before.cursor);

        QVERIFY(m_server.bump(120, 3));
        QVERIFY(m_server.update(feedId));
        Sync after;
        QVERIFY(syncAll(*syncClient, before.cursor, after));
        QCOMPARE(after.items.size(), 3);
        QCOMPARE(ofFeed(after.items, feedId).size(), 3);
        for (const RemoteItem &item : std::as_const(after.items))
            QVERIFY(item.id.toLongLong() > before.cursor.toLongLong());
        QVERIFY(after.cursor.toLongLong() > before.cursor.toLongLong());
    }

    void unreadAndStarredIdsFollowTheServer()
    {
        // More unread articles than one page holds, so the ids are paged too.
        const qint64 feedId = m_server.subscribeAndUpdate(m_server.feedUrl(130, 210));
        QVERIFY(feedId > 0);
        const QStringList ids = articleIds(feedId);
        QVERIFY(ids.size() >= 3);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(0)}, {u"field"_s, 2}, {u"mode"_s, 0}}).isObject());
        QVERIFY(m_server
                    .content(u"updateArticle"_s, {{u"article_ids"_s, QString(ids.at(1) + u',' + ids.at(2))}, {u"field"_s, 0}, {u"mode"_s, 1}})
                    .isObject());

        auto syncClient = client();
        Answer<QStringList> unread;
        syncClient->unreadIds(unread.callback());
        VERIFY_OK(unread);
        const QSet<QString> unreadSet(unread.get().value().cbegin(), unread.get().value().cend());
        QCOMPARE(unreadSet.size(), unread.get().value().size());
        QVERIFY(!unreadSet.contains(ids.at(0)));
        QVERIFY(unreadSet.contains(ids.at(1)));
        const int serverUnread = m_server.content(u"getUnread"_s).toObject().value("unread"_L1).toVariant().toInt();
        QVERIFY(serverUnread > TtRssClient::MaxPageSize);
        QCOMPARE(unread.get().value().size(), serverUnread);

        Answer<int> count;
        syncClient->unreadCount(count.callback());
        VERIFY_OK(count);
        QCOMPARE(count.get().value(), serverUnread);

        Answer<QStringList> starred;
        syncClient->starredIds(starred.callback());
        VERIFY_OK(starred);
        QVERIFY(starred.get().value().contains(ids.at(1)));
        QVERIFY(starred.get().value().contains(ids.at(2)));
        QVERIFY(!starred.get().value().contains(ids.at(0)));

        // Per feed: getFeeds' counts, and the unread ids of this feed only.
        Answer<QHash<QString, int>> counts;
        syncClient->unreadCounts(counts.callback());
        VERIFY_OK(counts);
        QCOMPARE(counts.get().value().value(QString::number(feedId)), 209);
        Answer<QStringList> ofFeed;
        syncClient->unreadIdsOfFeeds({QString::number(feedId)}, ofFeed.callback());
        VERIFY_OK(ofFeed);
        QCOMPARE(ofFeed.get().value().size(), 209);
        QVERIFY(!ofFeed.get().value().contains(ids.at(0)));
        QVERIFY(ofFeed.get().value().contains(ids.at(1)));
    }

    void stateChangesReachTheServer()
    {
        const qint64 feedId = m_server.subscribeAndUpdate(m_server.feedUrl(140, 4));
        QVERIFY(feedId > 0);
        const QStringList ids = articleIds(feedId);
        QCOMPARE(ids.size(), 4);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(3)}, {u"field"_s, 0}, {u"mode"_s, 1}}).isObject());

        auto syncClient = client();
        Answer<Done> sent;
        syncClient->sendStateChanges({{ids.at(0), ItemFlag::Read, true},
                                      {ids.at(1), ItemFlag::Starred, true},
                                      {ids.at(2), ItemFlag::Read, true},
                                      {ids.at(2), ItemFlag::Read, false}, // the last change wins
                                      {ids.at(3), ItemFlag::Starred, false},
                                      {u"not-an-id"_s, ItemFlag::Read, true}},
                                     sent.callback());
        VERIFY_OK(sent);
        QCOMPARE(article(ids.at(0)).value("unread"_L1).toBool(), false);
        QCOMPARE(article(ids.at(1)).value("marked"_L1).toBool(), true);
        QCOMPARE(article(ids.at(1)).value("unread"_L1).toBool(), true);
        QCOMPARE(article(ids.at(2)).value("unread"_L1).toBool(), true);
        QCOMPARE(article(ids.at(3)).value("marked"_L1).toBool(), false);

        Answer<Done> nothing;
        syncClient->sendStateChanges({}, nothing.callback());
        QCOMPARE(*nothing.calls, 0); // never synchronously
        VERIFY_OK(nothing);
    }

    void subscribeAndUnsubscribe()
    {
        auto syncClient = client();
        const QString url = m_server.feedUrl(150, 2);
        Answer<RemoteFeed> subscribed;
        syncClient->subscribe(url, u"No such category"_s, subscribed.callback());
        VERIFY_OK(subscribed);
        QVERIFY(subscribed.get().value().category.isEmpty());

        Answer<RemoteFeed> again;
        syncClient->subscribe(url, {}, again.callback());
        VERIFY_OK(again);
        QCOMPARE(again.get().value().id, subscribed.get().value().id);

        Answer<Done> unsubscribed;
        syncClient->unsubscribe(subscribed.get().value().id, unsubscribed.callback());
        VERIFY_OK(unsubscribed);
        Answer<QList<RemoteFeed>> feeds;
        syncClient->feeds(feeds.callback());
        VERIFY_OK(feeds);
        for (const RemoteFeed &feed : feeds.get().value())
            QVERIFY(feed.url != url);

        Answer<Done> twice;
        syncClient->unsubscribe(subscribed.get().value().id, twice.callback());
        VERIFY_OK(twice);

        Answer<RemoteFeed> unreachable;
        syncClient->subscribe(u"http://127.0.0.1:1/feed.xml"_s, {}, unreachable.callback());
        AWAIT(unreachable);
        QCOMPARE(unreachable.get().error().kind, SyncErrorKind::Server);
    }

    void renameIsUnsupported()
    {
        auto syncClient = client();
        Answer<Done> renamed;
        syncClient->rename(u"1"_s, u"New title"_s, renamed.callback());
        QCOMPARE(*renamed.calls, 0);
        AWAIT(renamed);
        QCOMPARE(renamed.get().error().kind, SyncErrorKind::Unsupported);
        QVERIFY(!renamed.get().error().message.isEmpty());
    }

    void expiredSessionLogsInAgain()
    {
        auto syncClient = client();
        Answer<Done> loggedIn;
        syncClient->login(loggedIn.callback());
        VERIFY_OK(loggedIn);
        QVERIFY(m_server.content(u"getUnread"_s).isObject());

        QVERIFY(m_server.sql(u"delete from ttrss_sessions"_s));
        // The sessions really are gone: the helper's own is refused now.
        QCOMPARE(m_server.api(u"getUnread"_s).value("content"_L1).toObject().value("error"_L1).toString(), u"NOT_LOGGED_IN"_s);
        m_server.dropSession();

        // One call after the other: tt-rss 21 answers 500 when two requests carrying the same
        // expired session id arrive together (both insert its session row: a duplicate key in
        // its own session handler), so only a sequential client, as the sync engine is, can
        // count on the re-login.
        Answer<int> count;
        syncClient->unreadCount(count.callback());
        VERIFY_OK(count);
        Answer<QList<RemoteCategory>> categories;
        syncClient->categories(categories.callback());
        VERIFY_OK(categories);
    }

    void unreachableServerIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        auto syncClient = client(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), m_server.password());
        Answer<Done> loggedIn;
        syncClient->login(loggedIn.callback());
        AWAIT(loggedIn);
        QCOMPARE(loggedIn.get().error().kind, SyncErrorKind::Network);
    }

    void serverFailuresAndGarbage()
    {
        FeedServerProcess faults;
        QVERIFY2(faults.start(), qPrintable(faults.errorString()));

        auto failing = client(faults.url(u"/fault/503/"_s), m_server.password());
        Answer<QStringList> unread;
        failing->unreadIds(unread.callback());
        AWAIT(unread);
        QCOMPARE(unread.get().error().kind, SyncErrorKind::Server);
        QCOMPARE(unread.get().error().httpStatus, 503);

        auto garbage = client(faults.url(u"/fault/invalid-xml/"_s), m_server.password());
        Answer<Done> loggedIn;
        garbage->login(loggedIn.callback());
        AWAIT(loggedIn);
        QCOMPARE(loggedIn.get().error().kind, SyncErrorKind::Protocol);
        QVERIFY(!loggedIn.get().error().message.contains(m_server.password()));

        // No answer in time: a network error, never a wait past the timeout.
        auto stalled = client(faults.url(u"/fault/stall/"_s), m_server.password());
        stalled->setRequestTimeout(300);
        Answer<Done> timedOut;
        stalled->login(timedOut.callback());
        AWAIT(timedOut);
        QCOMPARE(timedOut.get().error().kind, SyncErrorKind::Network);

        // Destroyed mid-call: answered once, Cancelled.
        auto doomed = client(faults.url(u"/fault/stall/"_s), m_server.password());
        Answer<ItemPage> cancelled;
        doomed->newItems({}, {}, 50, cancelled.callback());
        QTest::qWait(100);
        doomed.reset();
        QCOMPARE(*cancelled.calls, 1);
        QCOMPARE(cancelled.get().error().kind, SyncErrorKind::Cancelled);
        QVERIFY(faults.stop());
    }
};

QTEST_GUILESS_MAIN(TtRssClientTest)
#include "tst_ttrssclient.moc"
