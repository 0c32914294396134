// SPDX-License-Identifier: MIT
// The Authorization header: how it is built, that it never leaves the feed's origin on a
// redirect, and what a 401 reports, against the real loopback feed server.
#include "feedserverprocess.h"
#include "network/authorization.h"
#include "network/fetchservice.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestAuthorization final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

    FeedResponse fetch(const QUrl &url, const QByteArray &authorization)
    {
        FetchService service(FetchService::Limits{});
        QSignalSpy finished(&service, &FetchService::finished);
        FeedRequest request;
        request.feedId = 1;
        request.url = url;
        request.authorization = authorization;
        request.loginGivenFor = url;
        service.enqueue(request);
        if (!finished.wait(15000))
            return {};
        return finished.constFirst().constFirst().value<FeedResponse>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedResponse>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"3"_s}), qPrintable(m_server.errorString()));
    }

    void headersAreBuiltAsTheRfcsSay()
    {
        QCOMPARE(basicAuthorization(u"freshet"_s, u"secret"_s), QByteArray("Basic ZnJlc2hldDpzZWNyZXQ="));
        QCOMPARE(basicAuthorization(u"ană"_s, u"pässword"_s), "Basic " + QByteArray("ană:pässword").toBase64());
        QCOMPARE(bearerAuthorization(u"freshet-token\n"_s), QByteArray("Bearer freshet-token"));
    }

    void originIsSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("hop");
        QTest::addColumn<bool>("same");
        QTest::newRow("same path") << u"http://127.0.0.1:8080/feed.xml"_s << true;
        QTest::newRow("other path and query") << u"http://127.0.0.1:8080/other?x=1"_s << true;
        QTest::newRow("host case") << u"HTTP://127.0.0.1:8080/"_s << true;
        QTest::newRow("localhost is another host") << u"http://localhost:8080/feed.xml"_s << false;
        QTest::newRow("other port") << u"http://127.0.0.1:8081/feed.xml"_s << false;
        QTest::newRow("https") << u"https://127.0.0.1:8080/feed.xml"_s << false;
        QTest::newRow("elsewhere") << u"http://evil.example/feed.xml"_s << false;
    }

    void originIsSchemeHostAndPort()
    {
        QFETCH(QString, hop);
        QFETCH(bool, same);
        FeedRequest request;
        request.url = QUrl(u"http://127.0.0.1:8080/feed.xml"_s);
        request.authorization = "Basic abc";
        request.loginGivenFor = request.url;
        QCOMPARE(sameOrigin(request.url, QUrl(hop)), same);
        QCOMPARE(authorizationForHop(request, QUrl(hop)), same ? QByteArray("Basic abc") : QByteArray());
    }

    void defaultPortsCount()
    {
        QVERIFY(sameOrigin(QUrl(u"https://example.org/a"_s), QUrl(u"https://example.org:443/b"_s)));
        QVERIFY(sameOrigin(QUrl(u"http://example.org/a"_s), QUrl(u"http://example.org:80/b"_s)));
    }

    void noLoginIsAskedFor()
    {
        const FeedResponse response = fetch(m_server.url(u"/auth/basic/gen/0.xml"_s), {});
        QCOMPARE(response.error, FetchError::LoginRequired);
        QCOMPARE(response.httpStatus, 401);
        QCOMPARE(response.errorText, loginRequiredMessage(false));
        QVERIFY(response.errorText.contains(u"This feed needs a login"_s));
    }

    void aRefusedLoginSaysSo()
    {
        const FeedResponse response = fetch(m_server.url(u"/auth/basic/gen/0.xml"_s), basicAuthorization(u"freshet"_s, u"wrong"_s));
        QCOMPARE(response.error, FetchError::LoginRequired);
        QVERIFY2(response.errorText.contains(u"stored login was refused"_s), qPrintable(response.errorText));
    }

    void basicAndBearerLogIn()
    {
        const FeedResponse basic = fetch(m_server.url(u"/auth/basic/gen/0.xml"_s), basicAuthorization(u"freshet"_s, u"secret"_s));
        QVERIFY2(basic.ok(), qPrintable(basic.errorText));
        QCOMPARE(basic.httpStatus, 200);
        QVERIFY(basic.body.contains("<rss"));
        const FeedResponse bearer = fetch(m_server.url(u"/auth/bearer/gen/1.xml"_s), bearerAuthorization(u"freshet-token"_s));
        QVERIFY2(bearer.ok(), qPrintable(bearer.errorText));
    }

    void theLoginFollowsARedirectOnTheSameOrigin()
    {
        const FeedResponse response = fetch(m_server.url(u"/fault/redirect/302/2?to=/auth/basic/gen/2.xml"_s),
                                            basicAuthorization(u"freshet"_s, u"secret"_s));
        QVERIFY2(response.ok(), qPrintable(response.errorText));
        QVERIFY(response.body.contains("<rss"));
    }

    void theLoginStaysBehindWhenARedirectLeavesTheOrigin()
    {
        // The server redirects only to its own paths, written with the Host it was asked for,
        // so it cannot send a client to another origin by itself. Asked as "localhost", it
        // redirects to localhost: for a login given for 127.0.0.1 that hop is another origin,
        // and the header-choosing function FetchService calls for every hop gives nothing.
        QUrl start = m_server.url(u"/fault/redirect/302/1"_s);
        start.setHost(u"localhost"_s);
        start.setQuery(u"to=/gen/0.xml"_s);
        const FeedResponse followed = fetch(start, {});
        QVERIFY2(followed.ok(), qPrintable(followed.errorText));
        QCOMPARE(followed.finalUrl.host(), u"localhost"_s);
        QCOMPARE(followed.finalUrl.path(), u"/gen/0.xml"_s);

        FeedRequest givenFor127;
        givenFor127.url = m_server.url(u"/fault/redirect/302/1"_s);
        givenFor127.authorization = basicAuthorization(u"freshet"_s, u"secret"_s);
        givenFor127.loginGivenFor = givenFor127.url;
        QCOMPARE(authorizationForHop(givenFor127, followed.finalUrl), QByteArray());
        QCOMPARE(authorizationForHop(givenFor127, m_server.url(u"/gen/0.xml"_s)), givenFor127.authorization);
    }

    void theLoginBelongsToWhereItWasGivenNotWhereTheFeedIs()
    {
        // After a permanent move the request is for the new address; the login is not for it.
        FeedRequest moved;
        moved.url = QUrl(u"http://127.0.0.1:8081/feed.xml"_s);
        moved.authorization = "Basic abc";
        moved.loginGivenFor = QUrl(u"http://127.0.0.1:8080/feed.xml"_s);
        QCOMPARE(authorizationForHop(moved, moved.url), QByteArray());
        QCOMPARE(authorizationForHop(moved, moved.loginGivenFor.resolved(QUrl(u"/other"_s))), QByteArray("Basic abc"));
        // A request that does not say whom its login is for sends it nowhere.
        moved.loginGivenFor = QUrl();
        QCOMPARE(authorizationForHop(moved, moved.url), QByteArray());
    }

    void aLoginGoesToItsOriginAndNowhereElse()
    {
        const QUrl account(u"https://reader.example.org/api/greader.php"_s);
        QVERIFY(loginMayGoTo(account, QUrl(u"https://reader.example.org:443/other"_s)));
        QVERIFY(!loginMayGoTo(account, QUrl(u"https://reader.example.org:8443/api/greader.php"_s)));
        QVERIFY(!loginMayGoTo(account, QUrl(u"http://reader.example.org/api/greader.php"_s)));
        QVERIFY(!loginMayGoTo(account, QUrl(u"https://evil.example.org/api/greader.php"_s)));
        // Two addresses without a host share scheme, host and port, but a login given for
        // nothing is given for nowhere.
        QVERIFY(!loginMayGoTo(QUrl(), QUrl()));
        QVERIFY(!loginMayGoTo(QUrl(u"/relative"_s), QUrl(u"/relative"_s)));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
