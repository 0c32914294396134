// SPDX-License-Identifier: MIT
// GoogleReaderClient against the real loopback Google Reader server (tools/greaderserver), which
// subscribes to generated feeds of the real loopback feed server (tools/feedserver).
#include "feedserverprocess.h"
#include "greaderserverprocess.h"
#include "sync/greader/greaderclient.h"
#include "sync/greader/greaderjson.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace freshet::sync;

namespace {
const QString User = u"alice"_s;
const QString Password = u"correct horse battery"_s;
constexpr int ServerPageCap = 25;
constexpr int ItemsPerFeed = 30;

void spin(int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

/// Runs one client call to its answer. Fails the test (and answers nullopt) when the callback
/// runs inside the call, runs more than once, or never runs.
template <typename T, typename Start>
std::optional<SyncResult<T>> await(Start start)
{
    std::optional<SyncResult<T>> result;
    int answers = 0;
    start([&result, &answers](SyncResult<T> answer) {
        ++answers;
        result.emplace(std::move(answer));
    });
    if (answers != 0) {
        qWarning("the callback ran inside the call");
        return std::nullopt;
    }
    const QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    spin(20); // a second answer would arrive now
    if (answers != 1) {
        qWarning("the callback ran %d times", answers);
        return std::nullopt;
    }
    return result;
}

QString describe(const SyncError &error)
{
    return u"kind %1, HTTP %2: %3"_s.arg(int(error.kind)).arg(error.httpStatus).arg(error.message);
}
} // namespace

class TestGoogleReaderClient : public QObject
{
    Q_OBJECT

private:
    QJsonObject control(const QByteArray &method, const QString &pathAndQuery, LoopbackServerProcess &server);
    void bumpFeed(int feed, int count);
    /// Subscribes to generated feeds 0…count-1, the first into "Tech", the second into "News".
    bool subscribeFeeds(int count);
    /// Every item of the account, paging with `pageSize`, from `cursor` on; counts the pages.
    std::optional<QList<RemoteItem>> syncAll(const QString &cursor, int pageSize, QString *newCursor, int *pages);
    QJsonObject stats() { return control("GET", u"/control/stats"_s, m_greader); }
    int calls(const QString &endpoint) { return stats().value(u"calls"_s).toObject().value(endpoint).toInt(); }

    FeedServerProcess m_feeds;
    GReaderServerProcess m_greader;
    QNetworkAccessManager m_network;
    std::unique_ptr<GoogleReaderClient> m_client;

private slots:
    void init();
    void cleanup();

    void loginWithTheRightPassword();
    void loginWithAWrongPasswordIsLogin();
    void categoriesAndFeeds();
    void firstSyncPagesThroughEveryItem();
    void incrementalSyncReturnsOnlyNewItems();
    void unreadAndStarredIdsFollowTheServer();
    void stateChangesReachTheServerInBatches();
    void subscribeRenameUnsubscribe();
    void anEncodedFeedAddressRoundTrips();
    void expiredSessionLogsInAgain();
    void staleWriteTokenIsRefreshed();
    void changedPasswordIsLogin();
    void serverDownIsNetwork();
    void serverFailureIsServer();
    void garbageIsProtocol();
    void silentServerTimesOutAsNetwork();
    void destroyedClientAnswersCancelled();
    void itemIdForms_data();
    void itemIdForms();
};

QJsonObject TestGoogleReaderClient::control(const QByteArray &method, const QString &pathAndQuery, LoopbackServerProcess &server)
{
    QNetworkRequest request(server.url(pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = method == "POST" ? m_network.post(request, QByteArray()) : m_network.get(request);
    const QDeadlineTimer deadline(20000);
    while (!reply->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    if (status != 200)
        qWarning("%s %s answered %d: %s", method.constData(), qPrintable(pathAndQuery), status, body.constData());
    return QJsonDocument::fromJson(body).object();
}

void TestGoogleReaderClient::bumpFeed(int feed, int count)
{
    control("POST", u"/control/bump?feed=%1&count=%2"_s.arg(feed).arg(count), m_feeds);
}

bool TestGoogleReaderClient::subscribeFeeds(int count)
{
    for (int feed = 0; feed < count; ++feed) {
        const QString category = feed == 0 ? u"Tech"_s : (feed == 1 ? u"News"_s : QString());
        const QString url = m_feeds.url(u"/gen/%1.xml"_s.arg(feed)).toString();
        const auto subscribed = await<RemoteFeed>([&](auto done) { m_client->subscribe(url, category, done); });
        if (!subscribed || !*subscribed) {
            qWarning("subscribing to %s failed", qPrintable(url));
            return false;
        }
    }
    return true;
}

std::optional<QList<RemoteItem>> TestGoogleReaderClient::syncAll(const QString &cursor, int pageSize, QString *newCursor, int *pages)
{
    QList<RemoteItem> items;
    QString continuation;
    *pages = 0;
    *newCursor = cursor;
    do {
        const auto page = await<ItemPage>([&](auto done) { m_client->newItems(cursor, continuation, pageSize, done); });
        if (!page || !*page) {
            qWarning("newItems failed: %s", page ? qPrintable(describe(page->error())) : "no answer");
            return std::nullopt;
        }
        ++*pages;
        items += page->value().items;
        continuation = page->value().continuation;
        *newCursor = page->value().cursor;
    } while (!continuation.isEmpty() && *pages < 100);
    return items;
}

void TestGoogleReaderClient::init()
{
    QVERIFY2(m_feeds.start({u"--feeds"_s, u"10"_s, u"--items"_s, QString::number(ItemsPerFeed)}), qPrintable(m_feeds.errorString()));
    QVERIFY2(m_greader.start({u"--user"_s, User, u"--password"_s, Password, u"--max-page-size"_s, QString::number(ServerPageCap)}),
             qPrintable(m_greader.errorString()));
    m_client = std::make_unique<GoogleReaderClient>();
    m_client->setCredentials({m_greader.apiUrl(), User, Password});
    m_client->setRequestTimeout(15000);
}

void TestGoogleReaderClient::cleanup()
{
    m_client.reset();
    // A clean exit also means no sanitizer report from either server.
    QVERIFY(m_greader.stop());
    QVERIFY(m_feeds.stop());
}

void TestGoogleReaderClient::loginWithTheRightPassword()
{
    QCOMPARE(m_client->protocol(), u"greader"_s);
    const auto result = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(result);
    QVERIFY2(*result, qPrintable(describe(result->error())));
    QCOMPARE(calls(u"ClientLogin"_s), 1);

    const auto loggedOut = await<Done>([&](auto done) { m_client->logout(done); });
    QVERIFY(loggedOut && *loggedOut);
}

void TestGoogleReaderClient::loginWithAWrongPasswordIsLogin()
{
    m_client->setCredentials({m_greader.apiUrl(), User, u"not the password"_s});
    const auto result = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(result);
    QVERIFY(!*result);
    QCOMPARE(result->error().kind, SyncErrorKind::Login);
    QVERIFY(!result->error().message.isEmpty());
    QVERIFY(!result->error().message.contains(u"not the password"_s));
    QCOMPARE(stats().value(u"failedLogins"_s).toInt(), 1);

    // Any call with those credentials fails the same way.
    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && !*feeds);
    QCOMPARE(feeds->error().kind, SyncErrorKind::Login);
}

void TestGoogleReaderClient::categoriesAndFeeds()
{
    QVERIFY(subscribeFeeds(3));
    const auto categories = await<QList<RemoteCategory>>([&](auto done) { m_client->categories(done); });
    QVERIFY(categories);
    QVERIFY2(*categories, qPrintable(describe(categories->error())));
    QCOMPARE(categories->value().size(), 2);
    QCOMPARE(categories->value().at(0).title, u"Tech"_s);
    QCOMPARE(categories->value().at(0).id, u"user/-/label/Tech"_s);
    QCOMPARE(categories->value().at(1).title, u"News"_s);

    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && *feeds);
    const QList<RemoteFeed> list = feeds->value();
    QCOMPARE(list.size(), 3);
    for (int feed = 0; feed < 3; ++feed) {
        QCOMPARE(list.at(feed).url, m_feeds.url(u"/gen/%1.xml"_s.arg(feed)).toString());
        QVERIFY(list.at(feed).id.startsWith(u"feed/"_s));
        QVERIFY(!list.at(feed).title.isEmpty());
    }
    QCOMPARE(list.at(0).category, u"Tech"_s);
    QCOMPARE(list.at(1).category, u"News"_s);
    QCOMPARE(list.at(2).category, QString());
}

void TestGoogleReaderClient::firstSyncPagesThroughEveryItem()
{
    QVERIFY(subscribeFeeds(3));
    QString cursor;
    int pages = 0;
    // 40 asked, 25 served per page: 90 items take four pages.
    const std::optional<QList<RemoteItem>> items = syncAll({}, 40, &cursor, &pages);
    QVERIFY(items);
    QCOMPARE(items->size(), 3 * ItemsPerFeed);
    QCOMPARE(pages, 4);
    QVERIFY(!cursor.isEmpty());

    QSet<QString> ids;
    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && *feeds);
    QSet<QString> feedIds;
    for (const RemoteFeed &feed : feeds->value())
        feedIds.insert(feed.id);
    for (const RemoteItem &item : *items) {
        ids.insert(item.id);
        QVERIFY(feedIds.contains(item.feedId));
        QVERIFY(!item.title.isEmpty());
        QVERIFY(item.link.startsWith(u"http"_s));
        QVERIFY(!item.content.isEmpty());
        QVERIFY(item.published.isValid());
        QVERIFY(item.unread);
        QVERIFY(!item.starred);
        QCOMPARE(item.guid, item.id);
    }
    QCOMPARE(ids.size(), items->size());
    // Oldest first: within one feed the generated dates grow.
    const RemoteItem &first = items->first();
    for (const RemoteItem &item : *items) {
        if (item.feedId == first.feedId)
            QVERIFY(item.published >= first.published);
    }

    // Nothing new: the cursor gives an empty page.
    QString again;
    const std::optional<QList<RemoteItem>> none = syncAll(cursor, 40, &again, &pages);
    QVERIFY(none);
    QCOMPARE(none->size(), 0);
    QCOMPARE(again, cursor);
}

void TestGoogleReaderClient::incrementalSyncReturnsOnlyNewItems()
{
    QVERIFY(subscribeFeeds(2));
    QString cursor;
    int pages = 0;
    const std::optional<QList<RemoteItem>> first = syncAll({}, 100, &cursor, &pages);
    QVERIFY(first);
    QCOMPARE(first->size(), 2 * ItemsPerFeed);

    bumpFeed(0, 3);
    bumpFeed(1, 1);
    const QJsonObject refreshed = control("POST", u"/control/refresh"_s, m_greader);
    QCOMPARE(refreshed.value(u"newItems"_s).toInt(), 4);

    QString next;
    const std::optional<QList<RemoteItem>> fresh = syncAll(cursor, 100, &next, &pages);
    QVERIFY(fresh);
    QCOMPARE(fresh->size(), 4);
    QSet<QString> oldIds;
    for (const RemoteItem &item : *first)
        oldIds.insert(item.id);
    for (const RemoteItem &item : *fresh)
        QVERIFY2(!oldIds.contains(item.id), qPrintable(item.title));
    QVERIFY(next.toLongLong() > cursor.toLongLong());

    const std::optional<QList<RemoteItem>> none = syncAll(next, 100, &cursor, &pages);
    QVERIFY(none);
    QCOMPARE(none->size(), 0);
}

void TestGoogleReaderClient::unreadAndStarredIdsFollowTheServer()
{
    QVERIFY(subscribeFeeds(3));
    QString cursor;
    int pages = 0;
    const std::optional<QList<RemoteItem>> items = syncAll({}, 100, &cursor, &pages);
    QVERIFY(items && items->size() == 3 * ItemsPerFeed);

    // 90 unread ids, 25 per page: the client pages through them.
    const auto unread = await<QStringList>([&](auto done) { m_client->unreadIds(done); });
    QVERIFY(unread);
    QVERIFY2(*unread, qPrintable(describe(unread->error())));
    QCOMPARE(unread->value().size(), 3 * ItemsPerFeed);
    QSet<QString> syncedIds;
    for (const RemoteItem &item : *items)
        syncedIds.insert(item.id);
    QCOMPARE(QSet<QString>(unread->value().cbegin(), unread->value().cend()), syncedIds);
    QVERIFY(calls(u"stream/items/ids"_s) >= 4);

    // Another device reads one and stars two.
    const QString readId = items->at(5).id;
    const QString starredA = items->at(7).id;
    const QString starredB = items->at(60).id;
    control("POST", u"/control/mark?item=%1&read=1"_s.arg(readId), m_greader);
    control("POST", u"/control/mark?item=%1&item=%2&starred=1"_s.arg(starredA, starredB), m_greader);

    const auto unreadNow = await<QStringList>([&](auto done) { m_client->unreadIds(done); });
    QVERIFY(unreadNow && *unreadNow);
    QCOMPARE(unreadNow->value().size(), 3 * ItemsPerFeed - 1);
    QVERIFY(!unreadNow->value().contains(readId));

    const auto starred = await<QStringList>([&](auto done) { m_client->starredIds(done); });
    QVERIFY(starred && *starred);
    QCOMPARE(QSet<QString>(starred->value().cbegin(), starred->value().cend()), (QSet<QString>{starredA, starredB}));

    const auto count = await<int>([&](auto done) { m_client->unreadCount(done); });
    QVERIFY(count && *count);
    QCOMPARE(count->value(), 3 * ItemsPerFeed - 1);

    // Per feed: the counts say which feed changed, and only its unread ids are asked.
    const QString changedFeed = items->at(5).feedId;
    const auto counts = await<QHash<QString, int>>([&](auto done) { m_client->unreadCounts(done); });
    QVERIFY(counts && *counts);
    QCOMPARE(counts->value().size(), 3);
    for (auto it = counts->value().cbegin(); it != counts->value().cend(); ++it)
        QCOMPARE(it.value(), it.key() == changedFeed ? ItemsPerFeed - 1 : ItemsPerFeed);
    const auto ofFeed = await<QStringList>([&](auto done) { m_client->unreadIdsOfFeeds({changedFeed}, done); });
    QVERIFY(ofFeed && *ofFeed);
    QCOMPARE(ofFeed->value().size(), ItemsPerFeed - 1);
    QVERIFY(!ofFeed->value().contains(readId));
    for (const RemoteItem &item : *items) {
        if (item.feedId == changedFeed && item.id != readId)
            QVERIFY(ofFeed->value().contains(item.id));
    }
}

void TestGoogleReaderClient::stateChangesReachTheServerInBatches()
{
    QVERIFY(subscribeFeeds(2));
    QString cursor;
    int pages = 0;
    const std::optional<QList<RemoteItem>> items = syncAll({}, 100, &cursor, &pages);
    QVERIFY(items && items->size() == 2 * ItemsPerFeed);
    control("POST", u"/control/mark?item=%1&read=1"_s.arg(items->at(20).id), m_greader);

    QList<StateChange> changes;
    for (int index = 0; index < 5; ++index)
        changes.append({items->at(index).id, ItemFlag::Read, true});
    changes.append({items->at(10).id, ItemFlag::Starred, true});
    changes.append({items->at(11).id, ItemFlag::Starred, true});
    changes.append({items->at(20).id, ItemFlag::Read, false});
    // Starred, then unstarred on this device: only the last change counts.
    changes.append({items->at(12).id, ItemFlag::Starred, true});
    changes.append({items->at(12).id, ItemFlag::Starred, false});
    const auto sent = await<Done>([&](auto done) { m_client->sendStateChanges(changes, done); });
    QVERIFY(sent);
    QVERIFY2(*sent, qPrintable(describe(sent->error())));
    // Read on, read off, star on, star off: one edit-tag each, not one per item.
    QCOMPARE(calls(u"edit-tag"_s), 4);
    QCOMPARE(calls(u"token"_s), 1);

    QHash<QString, QJsonObject> serverItems;
    for (const QJsonValue &value : control("GET", u"/control/items"_s, m_greader).value(u"items"_s).toArray())
        serverItems.insert(value.toObject().value(u"id"_s).toString(), value.toObject());
    for (int index = 0; index < 5; ++index)
        QVERIFY(serverItems.value(items->at(index).id).value(u"read"_s).toBool());
    QVERIFY(!serverItems.value(items->at(5).id).value(u"read"_s).toBool());
    QVERIFY(!serverItems.value(items->at(20).id).value(u"read"_s).toBool());
    QVERIFY(serverItems.value(items->at(10).id).value(u"starred"_s).toBool());
    QVERIFY(serverItems.value(items->at(11).id).value(u"starred"_s).toBool());
    QVERIFY(!serverItems.value(items->at(12).id).value(u"starred"_s).toBool());

    // What the server now says comes back through the client too.
    const auto starred = await<QStringList>([&](auto done) { m_client->starredIds(done); });
    QVERIFY(starred && *starred);
    QCOMPARE(QSet<QString>(starred->value().cbegin(), starred->value().cend()), (QSet<QString>{items->at(10).id, items->at(11).id}));

    // No changes: a success without a request.
    const int before = calls(u"edit-tag"_s);
    const auto nothing = await<Done>([&](auto done) { m_client->sendStateChanges({}, done); });
    QVERIFY(nothing && *nothing);
    QCOMPARE(calls(u"edit-tag"_s), before);
}

void TestGoogleReaderClient::subscribeRenameUnsubscribe()
{
    const QString url = m_feeds.url(u"/gen/4.atom"_s).toString();
    const auto subscribed = await<RemoteFeed>([&](auto done) { m_client->subscribe(url, u"Reading"_s, done); });
    QVERIFY(subscribed);
    QVERIFY2(*subscribed, qPrintable(describe(subscribed->error())));
    const RemoteFeed feed = subscribed->value();
    QVERIFY(feed.id.startsWith(u"feed/"_s));
    QCOMPARE(feed.url, url);
    QCOMPARE(feed.category, u"Reading"_s);
    QVERIFY(!feed.title.isEmpty());

    const auto renamed = await<Done>([&](auto done) { m_client->rename(feed.id, u"My own title"_s, done); });
    QVERIFY(renamed && *renamed);
    auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && *feeds);
    QCOMPARE(feeds->value().size(), 1);
    QCOMPARE(feeds->value().first().title, u"My own title"_s);

    // The same feed again: FreshRSS refuses it.
    const auto twice = await<RemoteFeed>([&](auto done) { m_client->subscribe(url, {}, done); });
    QVERIFY(twice && !*twice);
    QCOMPARE(twice->error().kind, SyncErrorKind::Server);
    QCOMPARE(twice->error().httpStatus, 400);

    // A URL the server cannot fetch as a feed.
    const auto broken = await<RemoteFeed>([&](auto done) { m_client->subscribe(m_feeds.url(u"/fault/404"_s).toString(), {}, done); });
    QVERIFY(broken && !*broken);
    QCOMPARE(broken->error().kind, SyncErrorKind::Server);

    const auto removed = await<Done>([&](auto done) { m_client->unsubscribe(feed.id, done); });
    QVERIFY(removed && *removed);
    feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && *feeds);
    QVERIFY(feeds->value().isEmpty());
    QCOMPARE(stats().value(u"items"_s).toInt(), 0);

    const auto again = await<Done>([&](auto done) { m_client->unsubscribe(feed.id, done); });
    QVERIFY(again && !*again);
    QCOMPARE(again->error().kind, SyncErrorKind::Server);
}

void TestGoogleReaderClient::anEncodedFeedAddressRoundTrips()
{
    // %20 and %26 belong to the address: subscribed, listed and asked for as written.
    const QString url = m_feeds.url(u"/gen/5.xml"_s).toString() + u"?tag=a%20b%26c"_s;
    const auto other = await<RemoteFeed>([&](auto done) { m_client->subscribe(m_feeds.url(u"/gen/6.xml"_s).toString(), {}, done); });
    QVERIFY(other && *other);
    const auto subscribed = await<RemoteFeed>([&](auto done) { m_client->subscribe(url, {}, done); });
    QVERIFY(subscribed);
    QVERIFY2(*subscribed, qPrintable(describe(subscribed->error())));
    QCOMPARE(subscribed->value().url, url);
    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && *feeds);
    QCOMPARE(feeds->value().size(), 2);
    QVERIFY(feeds->value().at(0).url == url || feeds->value().at(1).url == url);
    const auto unread = await<QStringList>([&](auto done) { m_client->unreadIdsOfFeeds({subscribed->value().id}, done); });
    QVERIFY(unread);
    QVERIFY2(*unread, qPrintable(describe(unread->error())));
    QCOMPARE(unread->value().size(), ItemsPerFeed);
}

void TestGoogleReaderClient::expiredSessionLogsInAgain()
{
    QVERIFY(subscribeFeeds(1));
    QCOMPARE(calls(u"ClientLogin"_s), 1);
    control("POST", u"/control/expire-sessions"_s, m_greader);

    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds);
    QVERIFY2(*feeds, qPrintable(describe(feeds->error())));
    QCOMPARE(feeds->value().size(), 1);
    QCOMPARE(calls(u"ClientLogin"_s), 2);
    QCOMPARE(stats().value(u"unauthorized"_s).toInt(), 1);

    // Expired in the middle of writing: a new session, a new token, then the change.
    control("POST", u"/control/expire-sessions"_s, m_greader);
    QString cursor;
    int pages = 0;
    const std::optional<QList<RemoteItem>> items = syncAll({}, 100, &cursor, &pages);
    QVERIFY(items && !items->isEmpty());
    control("POST", u"/control/expire-sessions"_s, m_greader);
    const auto sent = await<Done>([&](auto done) {
        m_client->sendStateChanges({{items->first().id, ItemFlag::Read, true}}, done);
    });
    QVERIFY(sent);
    QVERIFY2(*sent, qPrintable(describe(sent->error())));
    QCOMPARE(stats().value(u"unread"_s).toInt(), ItemsPerFeed - 1);

    // Several calls that all find the session gone log in once between them.
    control("POST", u"/control/expire-sessions"_s, m_greader);
    const int logins = calls(u"ClientLogin"_s);
    int answered = 0;
    bool allOk = true;
    for (int call = 0; call < 3; ++call) {
        m_client->categories([&](SyncResult<QList<RemoteCategory>> result) {
            ++answered;
            allOk = allOk && result.ok();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 20000);
    QVERIFY(allOk);
    QCOMPARE(calls(u"ClientLogin"_s), logins + 1);
}

void TestGoogleReaderClient::staleWriteTokenIsRefreshed()
{
    QVERIFY(subscribeFeeds(1));
    QString cursor;
    int pages = 0;
    const std::optional<QList<RemoteItem>> items = syncAll({}, 100, &cursor, &pages);
    QVERIFY(items && items->size() == ItemsPerFeed);
    QCOMPARE(calls(u"token"_s), 1); // subscribing fetched it

    control("POST", u"/control/expire-tokens"_s, m_greader);
    const auto sent = await<Done>([&](auto done) {
        m_client->sendStateChanges({{items->first().id, ItemFlag::Starred, true}}, done);
    });
    QVERIFY(sent);
    QVERIFY2(*sent, qPrintable(describe(sent->error())));
    QCOMPARE(stats().value(u"badWriteTokens"_s).toInt(), 1);
    QCOMPARE(calls(u"token"_s), 2);
    QCOMPARE(calls(u"ClientLogin"_s), 1); // the session itself was fine
    QCOMPARE(stats().value(u"starred"_s).toInt(), 1);
}

void TestGoogleReaderClient::changedPasswordIsLogin()
{
    const auto login = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(login && *login);
    control("POST", u"/control/password?password=something-else"_s, m_greader);

    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && !*feeds);
    QCOMPARE(feeds->error().kind, SyncErrorKind::Login);
    QVERIFY(!feeds->error().message.contains(Password));
    QCOMPARE(calls(u"ClientLogin"_s), 2); // one try with the old password, no loop
}

void TestGoogleReaderClient::serverDownIsNetwork()
{
    const QUrl api = m_greader.apiUrl();
    QVERIFY(m_greader.stop());
    m_client->setCredentials({api, User, Password});
    const auto result = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, SyncErrorKind::Network);
    QVERIFY(!result->error().message.isEmpty());
    // cleanup() stops it again, which must be harmless.
    QVERIFY2(m_greader.start({u"--user"_s, User, u"--password"_s, Password}), qPrintable(m_greader.errorString()));
}

void TestGoogleReaderClient::serverFailureIsServer()
{
    const auto login = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(login && *login);
    control("POST", u"/control/fault?status=503&count=1"_s, m_greader);
    const auto failed = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(failed && !*failed);
    QCOMPARE(failed->error().kind, SyncErrorKind::Server);
    QCOMPARE(failed->error().httpStatus, 503);

    const auto fine = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(fine && *fine);

    control("POST", u"/control/fault?status=500&count=1"_s, m_greader);
    const auto ids = await<QStringList>([&](auto done) { m_client->unreadIds(done); });
    QVERIFY(ids && !*ids);
    QCOMPARE(ids->error().kind, SyncErrorKind::Server);
}

void TestGoogleReaderClient::garbageIsProtocol()
{
    control("POST", u"/control/fault?garbage=1&count=1"_s, m_greader);
    const auto login = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(login && !*login);
    QCOMPARE(login->error().kind, SyncErrorKind::Protocol);

    control("POST", u"/control/fault?garbage=1&count=1"_s, m_greader);
    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && !*feeds);
    QCOMPARE(feeds->error().kind, SyncErrorKind::Protocol);

    control("POST", u"/control/fault?garbage=1&count=1"_s, m_greader);
    const auto page = await<ItemPage>([&](auto done) { m_client->newItems({}, {}, 50, done); });
    QVERIFY(page && !*page);
    QCOMPARE(page->error().kind, SyncErrorKind::Protocol);

    // A base URL that is no Google Reader API at all.
    m_client->setCredentials({m_feeds.url(u"/nothing-here"_s), User, Password});
    const auto elsewhere = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(elsewhere && !*elsewhere);
    QCOMPARE(elsewhere->error().kind, SyncErrorKind::Protocol);
}

void TestGoogleReaderClient::silentServerTimesOutAsNetwork()
{
    const auto login = await<Done>([&](auto done) { m_client->login(done); });
    QVERIFY(login && *login);
    m_client->setRequestTimeout(300);
    control("POST", u"/control/fault?stall=1&count=1"_s, m_greader);
    QElapsedTimer clock;
    clock.start();
    const auto feeds = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(feeds && !*feeds);
    QCOMPARE(feeds->error().kind, SyncErrorKind::Network);
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(clock.elapsed() < 10000);

    // The next call gets its answer as usual.
    const auto again = await<QList<RemoteFeed>>([&](auto done) { m_client->feeds(done); });
    QVERIFY(again);
    QVERIFY2(*again, qPrintable(describe(again->error())));
}

void TestGoogleReaderClient::destroyedClientAnswersCancelled()
{
    int answers = 0;
    std::optional<SyncErrorKind> kind;
    const auto record = [&](const auto &result) {
        ++answers;
        if (!result.ok())
            kind = result.error().kind;
    };
    m_client->feeds([&](SyncResult<QList<RemoteFeed>> result) { record(result); });
    m_client->newItems({}, {}, 10, [&](SyncResult<ItemPage> result) { record(result); });
    QCoreApplication::processEvents(); // the login is on its way, nothing answered yet
    m_client.reset();
    QCOMPARE(answers, 2);
    QVERIFY(kind == SyncErrorKind::Cancelled);
    spin(50);
    QCOMPARE(answers, 2);
}

void TestGoogleReaderClient::itemIdForms_data()
{
    // The examples of github.com/mihaip/google-reader-api, wiki/ItemId.
    QTest::addColumn<QString>("longForm");
    QTest::addColumn<QString>("shortForm");
    QTest::newRow("plain") << u"tag:google.com,2005:reader/item/5d0cfa30041d4348"_s << u"6705009029382226760"_s;
    QTest::newRow("zero-padded") << u"tag:google.com,2005:reader/item/024025978b5e50d2"_s << u"162170919393841362"_s;
    QTest::newRow("negative short form") << u"tag:google.com,2005:reader/item/fb115bd6d34a8e9f"_s << u"-355401917359550817"_s;
}

void TestGoogleReaderClient::itemIdForms()
{
    QFETCH(QString, longForm);
    QFETCH(QString, shortForm);
    QCOMPARE(freshet::sync::greader::shortItemId(longForm), shortForm);
    QCOMPARE(freshet::sync::greader::shortItemId(shortForm), shortForm);
    QCOMPARE(freshet::sync::greader::longItemId(shortForm), longForm);
    QCOMPARE(freshet::sync::greader::shortItemId(u"tag:google.com,2005:reader/item/not-hex"_s), QString());
}

QTEST_GUILESS_MAIN(TestGoogleReaderClient)
#include "tst_greaderclient.moc"
