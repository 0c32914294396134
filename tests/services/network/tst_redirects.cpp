// SPDX-License-Identifier: MIT
// Redirects with every form of Location RFC 9110 allows (absolute, absolute path, relative,
// scheme-relative), through FetchService and FeedDiscovery, against the real loopback feed
// server (its ?location= option picks the form), plus redirectTarget() itself.
#include "feedserverprocess.h"
#include "localhosttls.h"
#include "routedserver.h"

#include "background/feedupdate.h"

#include "network/feeddiscovery.h"
#include "network/fetchservice.h"
#include "network/redirecttarget.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

FeedResponse fetchOnce(const FeedRequest &request)
{
    FetchService service(FetchService::Limits{});
    QSignalSpy finished(&service, &FetchService::finished);
    service.enqueue(request);
    if (!finished.wait(15000))
        qFatal("no answer for %s", qPrintable(request.url.toString()));
    return finished.constFirst().constFirst().value<FeedResponse>();
}

/// The Authorization lines among the heads of requests for `target` ("GET /feed").
QList<QByteArray> authorizationsSent(const RoutedServer &server, const QByteArray &target)
{
    QList<QByteArray> found;
    for (const QByteArray &head : server.heads()) {
        if (!head.startsWith(QByteArray(target + ' ')))
            continue;
        for (const QByteArray &line : head.split('\n')) {
            if (line.trimmed().toLower().startsWith("authorization:"))
                found << line.trimmed();
        }
    }
    return found;
}

} // namespace

class TestRedirects final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

    FeedResponse fetch(const QString &pathAndQuery)
    {
        FetchService service(FetchService::Limits{});
        QSignalSpy finished(&service, &FetchService::finished);
        service.enqueue(FeedRequest{1, m_server.url(pathAndQuery), {}, {}, {}, {}});
        if (!finished.wait(15000))
            qFatal("no answer for %s", qPrintable(pathAndQuery));
        return finished.constFirst().constFirst().value<FeedResponse>();
    }

    FeedDiscovery::Outcome discover(const QString &pathAndQuery)
    {
        FeedDiscovery discovery;
        QSignalSpy finished(&discovery, &FeedDiscovery::finished);
        discovery.discover(m_server.url(pathAndQuery));
        if (!finished.wait(15000))
            qFatal("no discovery for %s", qPrintable(pathAndQuery));
        return finished.constFirst().constFirst().value<FeedDiscovery::Outcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedResponse>();
        qRegisterMetaType<FeedDiscovery::Outcome>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"10"_s}), qPrintable(m_server.errorString()));
    }

    void targetResolvesEveryForm_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absolute path") << QByteArray("/new/feed.xml") << u"http://example.org:8080/new/feed.xml"_s;
        QTest::newRow("same directory") << QByteArray("feed.xml") << u"http://example.org:8080/blog/feeds/feed.xml"_s;
        QTest::newRow("parent") << QByteArray("../atom.xml?v=2") << u"http://example.org:8080/blog/atom.xml?v=2"_s;
        QTest::newRow("query only") << QByteArray("?page=2") << u"http://example.org:8080/blog/feeds/rss.xml?page=2"_s;
        QTest::newRow("scheme-relative") << QByteArray("//cdn.example.net:81/f.xml") << u"http://cdn.example.net:81/f.xml"_s;
        QTest::newRow("absolute") << QByteArray("https://example.com/f.xml") << u"https://example.com/f.xml"_s;
        QTest::newRow("spaces around") << QByteArray("  /f.xml \t") << u"http://example.org:8080/f.xml"_s;
        QTest::newRow("raw space") << QByteArray("/my feed.xml") << u"http://example.org:8080/my%20feed.xml"_s;
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("blank") << QByteArray("   ") << QString();
    }

    void targetResolvesEveryForm()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, expected);
        const QUrl target = redirectTarget(QUrl(u"http://example.org:8080/blog/feeds/rss.xml?x=1"_s), location);
        QCOMPARE(target.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(target.isValid(), !expected.isEmpty());
    }

    void chainsReachTheFeedWhateverTheLocationForm_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("form");
        // Where the chain's leading permanent hops lead: the feed's new address; none when the
        // first hop is temporary. mixed/4 answers 301, 308, 307, 302.
        QTest::addColumn<QString>("movedTo");
        const QList<std::pair<QString, QString>> chains{
            {u"301/3"_s, u"feed"_s}, {u"308/2"_s, u"feed"_s}, {u"302/3"_s, QString()}, {u"307/2"_s, QString()}, {u"mixed/4"_s, u"/fault/redirect/mixed/2"_s}};
        for (const QString &form : {u"absolute"_s, u"path"_s, u"relative"_s, u"scheme-relative"_s}) {
            for (const auto &[chain, movedTo] : chains)
                QTest::addRow("%s %s", qPrintable(chain), qPrintable(form)) << chain << form << movedTo;
        }
    }

    void chainsReachTheFeedWhateverTheLocationForm()
    {
        QFETCH(QString, chain);
        QFETCH(QString, form);
        QFETCH(QString, movedTo);
        // The feed's own address has a query too, which every form must carry over.
        const QString query = u"location=%1&to=%2"_s.arg(form, QString::fromLatin1(QUrl::toPercentEncoding(u"/gen/3.xml?items=4"_s)));
        const FeedResponse response = fetch(u"/fault/redirect/%1?%2"_s.arg(chain, query));
        QVERIFY2(response.ok(), qPrintable(response.errorText));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.contains("urn:freshet:gen:3"));
        const QUrl feed = m_server.url(u"/gen/3.xml?items=4"_s);
        QCOMPARE(response.finalUrl, feed);
        // Only permanent moves give the feed a new address, relative hops included.
        const QUrl moved = movedTo.isEmpty() ? QUrl() : movedTo == u"feed"_s ? feed : m_server.url(movedTo + u'?' + query);
        QCOMPARE(response.permanentUrl, moved);
    }

    void relativeLoopsAndLongChainsStillFail_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("relative") << u"relative"_s;
        QTest::newRow("scheme-relative") << u"scheme-relative"_s;
    }

    void relativeLoopsAndLongChainsStillFail()
    {
        QFETCH(QString, form);
        const FeedResponse loop = fetch(u"/fault/loop/0?period=3&location="_s + form);
        QCOMPARE(loop.error, FetchError::RedirectLoop);
        QVERIFY2(loop.errorText.contains(u"/fault/loop/0"_s), qPrintable(loop.errorText));
        const FeedResponse self = fetch(u"/fault/loop/0?period=1&code=301&location="_s + form);
        QCOMPARE(self.error, FetchError::RedirectLoop);
        const FeedResponse tooMany = fetch(u"/fault/redirect/302/11?location="_s + form);
        QCOMPARE(tooMany.error, FetchError::TooManyRedirects);
        QCOMPARE(fetch(u"/fault/redirect/302/10?location="_s + form).error, FetchError::None);
    }

    void discoveryFollowsRelativeRedirects()
    {
        // A permanent move: the feed is subscribed at its new address.
        const FeedDiscovery::Outcome moved = discover(u"/fault/redirect/301/2?location=relative&to=/gen/5.xml"_s);
        QVERIFY2(moved.error.isEmpty(), qPrintable(moved.error));
        QVERIFY(moved.addressIsFeed);
        QCOMPARE(moved.feeds.size(), 1);
        QCOMPARE(moved.feeds.constFirst().url, m_server.url(u"/gen/5.xml"_s));

        // A temporary one: at the address typed.
        const QString typed = u"/fault/redirect/302/2?location=path&to=/gen/6.xml"_s;
        const FeedDiscovery::Outcome temporary = discover(typed);
        QVERIFY2(temporary.error.isEmpty(), qPrintable(temporary.error));
        QCOMPARE(temporary.feeds.size(), 1);
        QCOMPARE(temporary.feeds.constFirst().url, m_server.url(typed));

        // A page reached through a relative redirect: its links resolve against where it is.
        const FeedDiscovery::Outcome page = discover(u"/fault/redirect/307/1?location=relative&to=/demo/index.html"_s);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(!page.addressIsFeed);
        QVERIFY(!page.feeds.isEmpty());
        for (const DiscoveredFeed &feed : page.feeds)
            QVERIFY2(feed.url.path().startsWith(u"/demo/"_s), qPrintable(feed.url.toString()));
    }

    void aLoginGoesOnlyToTheOriginItWasGivenFor_data()
    {
        QTest::addColumn<bool>("otherPort");
        QTest::newRow("127.0.0.1:A to 127.0.0.1:B") << true;
        QTest::newRow("127.0.0.1 to localhost") << false;
    }

    void aLoginGoesOnlyToTheOriginItWasGivenFor()
    {
        QFETCH(bool, otherPort);
        RoutedServer a;
        RoutedServer other;
        RoutedServer &b = otherPort ? other : a;
        const QUrl atA = a.url(u"/feed"_s);
        const QUrl atB = otherPort ? b.url(u"/moved"_s) : b.url(u"/moved"_s, u"localhost"_s);
        a.route("GET /feed", "HTTP/1.1 301 Moved Permanently\r\nLocation: " + atB.toEncoded());
        b.route("GET /moved", "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"b\"");
        const QByteArray login = "Basic Ym9iOnNlY3JldA==";

        // First fetch: the feed moves for good, and its login is sent only to a.
        const FeedResponse first = fetchOnce(FeedRequest{1, atA, {}, {}, login, atA});
        QCOMPARE(first.permanentUrl, atB);
        QCOMPARE(first.error, FetchError::LoginRequired);
        QCOMPARE(authorizationsSent(a, "GET /feed"), QList<QByteArray>{"Authorization: " + login});
        QVERIFY(authorizationsSent(b, "GET /moved").isEmpty());
        const QString movedTo = atB.adjusted(QUrl::RemovePath).toString();
        QVERIFY2(first.errorText.contains(u"moved to "_s + movedTo) && first.errorText.contains(u"log in again there"_s),
                 qPrintable(first.errorText));

        // Next time the request is for the new address; the login still belongs to a.
        const FeedResponse second = fetchOnce(FeedRequest{1, atB, {}, {}, login, atA});
        QCOMPARE(second.error, FetchError::LoginRequired);
        QVERIFY2(authorizationsSent(b, "GET /moved").isEmpty(), authorizationsSent(b, "GET /moved").join(", ").constData());
        QCOMPARE(second.errorText, first.errorText);
    }

    void anHttpsFeedIsNeverRedirectedToHttp()
    {
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(LocalhostTls::file("localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        RoutedServer secure(LocalhostTls::server());
        RoutedServer plain;
        const QUrl insecure = plain.url(u"/feed"_s);
        // A permanent hop that keeps https, then one that leaves it: nothing of the chain counts.
        secure.route("GET /old", "HTTP/1.1 301 Moved Permanently\r\nLocation: /feed");
        secure.route("GET /feed", "HTTP/1.1 301 Moved Permanently\r\nLocation: " + insecure.toEncoded());
        const QUrl subscribed = secure.url(u"/old"_s, u"localhost"_s);
        const FeedResponse response = fetchOnce(FeedRequest{1, subscribed, {}, {}, "Bearer t0ken", subscribed});
        QCOMPARE(response.error, FetchError::InsecureRedirect);
        QVERIFY2(response.errorText.contains(insecure.toString()), qPrintable(response.errorText));
        QVERIFY(!response.permanentUrl.isValid());
        QVERIFY2(plain.requests().isEmpty(), plain.requests().join(", ").constData());
        QCOMPARE(secure.requests(), (QList<QByteArray>{"GET /old", "GET /feed"}));

        // Stored as a failure with that message, the address unchanged.
        Feed feed;
        feed.id = 1;
        feed.url = subscribed.toString();
        const PreparedResponse prepared = prepareResponse(1, feed, response, 0.5);
        QCOMPARE(prepared.update.outcome, FeedOutcome::Failed);
        QCOMPARE(prepared.update.error, response.errorText);
        QVERIFY(prepared.update.permanentUrl.isEmpty());
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
