// SPDX-License-Identifier: MIT
// The system's proxy settings, for downloads (HttpGet) and feeds (FetchService) alike, through
// a real forward proxy on loopback (Debian's tinyproxy, tests/support/tinyproxyprocess.h): a
// plain http download as an absolute-form GET, an https one through a CONNECT tunnel, a proxy
// that wants a login, no_proxy going around it, and a feed fetch taking the same road. The
// proxy's log proves which requests went through it; the origin servers record what arrived.
// The origins listen on this machine's network address, not loopback: QNAM never sends a
// loopback request through a proxy, and downloads follow the same rule (checked too).
#include "routedserver.h"
#include "tinyproxyprocess.h"

#include "downloads/httpget.h"
#include "network/fetchservice.h"

#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

struct Fetched
{
    HttpGet::Error error = HttpGet::Error::None;
    QString errorString;
    int status = 0;
    QByteArray body;
};

Fetched download(const QUrl &url)
{
    HttpGet get;
    get.setStallTimeout(20000);
    Fetched result;
    QObject::connect(&get, &HttpGet::readyRead, [&] {
        char buffer[4096];
        for (qint64 n; (n = get.read(buffer, sizeof buffer)) > 0;)
            result.body.append(buffer, n);
    });
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(url);
    if (finished.count() == 0 && !finished.wait(30000))
        qFatal("no answer for %s", qPrintable(url.toString()));
    result.error = get.error();
    result.errorString = get.errorString();
    result.status = get.status();
    return result;
}

FeedResponse fetchFeed(const QUrl &url)
{
    FetchService service(FetchService::Limits{});
    QSignalSpy finished(&service, &FetchService::finished);
    service.enqueue(FeedRequest{1, url, {}, {}, {}, {}});
    if (!finished.wait(30000))
        qFatal("no answer for %s", qPrintable(url.toString()));
    return finished.constFirst().constFirst().value<FeedResponse>();
}

/// An IPv4 address of this machine other than loopback, or none.
QHostAddress networkAddress()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip();
        }
    }
    return {};
}

/// A self-signed certificate for `address` (openssl), written into `folder`; empty on failure.
QSslConfiguration serverTlsFor(const QHostAddress &address, const QTemporaryDir &folder)
{
    const QString key = folder.filePath(u"server.key"_s);
    const QString certificate = folder.filePath(u"server.crt"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                                 u"/CN=freshet-proxy-test"_s, u"-addext"_s, u"subjectAltName=IP:"_s + address.toString(),
                                 u"-keyout"_s, key, u"-out"_s, certificate});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    QFile certificateFile(certificate);
    QFile keyFile(key);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

const QByteArray feedXml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Proxied</title>"
                           "<item><title>One</title><guid>1</guid></item></channel></rss>";

} // namespace

class TestSystemProxy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedResponse>();
        m_address = networkAddress();
    }

    void init()
    {
        if (m_address.isNull() && QByteArray(QTest::currentTestFunction()) != "aLoopbackAddressNeverGoesThroughIt")
            QSKIP("this machine has no network address besides loopback for a proxied origin to listen on");
        for (const char *name : {"http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void cleanup()
    {
        for (const char *name : {"http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "all_proxy", "ALL_PROXY"})
            qunsetenv(name);
    }

    void aPlainDownloadGoesThroughHttpProxy()
    {
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin(std::nullopt, m_address);
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "mp3 bytes");
        qputenv("http_proxy", proxy.url().toUtf8());

        const Fetched got = download(origin.url(u"/episode.mp3"_s, m_address.toString()));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "mp3 bytes");
        // Absolute-form: the proxy was asked for the whole address and fetched it itself.
        QCOMPARE(proxy.requestsFor("GET " + origin.url(u"/episode.mp3"_s, m_address.toString()).toEncoded() + ' '), 1);
        QCOMPARE(origin.heads().size(), 1);
        QVERIFY2(origin.heads().constFirst().contains("Via: "), origin.heads().constFirst().constData());
    }

    void anHttpsDownloadTunnelsThroughTheProxy()
    {
        QTemporaryDir folder;
        const QSslConfiguration tls = serverTlsFor(m_address, folder);
        QVERIFY2(!tls.localCertificate().isNull(), "openssl could not make a certificate");
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(tls.localCertificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin(tls, m_address);
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "secret mp3");
        qputenv("https_proxy", proxy.url().toUtf8());

        const Fetched got = download(origin.url(u"/episode.mp3"_s, m_address.toString()));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "secret mp3");
        // The proxy saw a tunnel and nothing inside it.
        QCOMPARE(proxy.requestsFor("CONNECT " + m_address.toString().toLatin1() + ':' + QByteArray::number(origin.port()) + ' '), 1);
        QVERIFY(!proxy.log().contains("episode.mp3"));
        QCOMPARE(origin.requests(), QList<QByteArray>{"GET /episode.mp3"});
    }

    void aProxyLoginInTheSettingsIsSentToTheProxyOnly()
    {
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(u"alice"_s, u"s3cret"_s), qPrintable(proxy.errorString()));
        RoutedServer origin(std::nullopt, m_address);
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "mp3 bytes");

        qputenv("http_proxy", proxy.url().toUtf8());
        const Fetched refused = download(origin.url(u"/episode.mp3"_s, m_address.toString()));
        QCOMPARE(refused.status, 407);
        QVERIFY(origin.heads().isEmpty());

        // For https the proxy refuses the tunnel itself, and the download says so.
        qputenv("https_proxy", proxy.url().toUtf8());
        const Fetched tunnelRefused = download(QUrl(u"https://%1:%2/episode.mp3"_s.arg(m_address.toString()).arg(origin.port())));
        QCOMPARE(tunnelRefused.error, HttpGet::Error::Connection);
        QVERIFY2(tunnelRefused.errorString.contains(u"407"_s), qPrintable(tunnelRefused.errorString));
        QVERIFY(origin.heads().isEmpty());

        qputenv("http_proxy", proxy.url(u"alice"_s, u"s3cret"_s).toUtf8());
        const Fetched got = download(origin.url(u"/episode.mp3"_s, m_address.toString()));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, "mp3 bytes");
        QCOMPARE(origin.heads().size(), 1);
        QVERIFY2(!origin.heads().constFirst().contains("s3cret") && !origin.heads().constFirst().toLower().contains("proxy-authorization"),
                 origin.heads().constFirst().constData());
    }

    void noProxyGoesAroundIt()
    {
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin(std::nullopt, m_address);
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "mp3 bytes");
        qputenv("http_proxy", proxy.url().toUtf8());
        qputenv("no_proxy", m_address.toString().toLatin1());

        const Fetched got = download(origin.url(u"/episode.mp3"_s, m_address.toString()));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "mp3 bytes");
        QCOMPARE(proxy.requestsFor("GET "), 0);
        QCOMPARE(origin.heads().size(), 1);
        QVERIFY(!origin.heads().constFirst().contains("Via: "));
    }

    void aFeedGoesThroughTheSameProxy()
    {
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin(std::nullopt, m_address);
        origin.route("GET /feed.xml", "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml", feedXml);
        qputenv("http_proxy", proxy.url().toUtf8());

        const FeedResponse got = fetchFeed(origin.url(u"/feed.xml"_s, m_address.toString()));
        QVERIFY2(got.ok(), qPrintable(got.errorText));
        QCOMPARE(got.body, feedXml);
        QCOMPARE(proxy.requestsFor("GET " + origin.url(u"/feed.xml"_s, m_address.toString()).toEncoded() + ' '), 1);

        qputenv("no_proxy", m_address.toString().toLatin1());
        const FeedResponse direct = fetchFeed(origin.url(u"/feed.xml"_s, m_address.toString()));
        QVERIFY2(direct.ok(), qPrintable(direct.errorText));
        QCOMPARE(proxy.requestsFor("GET "), 1);
    }

    void downloadsAndFeedsReadTheSameVariables()
    {
        // Qt's reading of the environment decides for both: an upper-case HTTP_PROXY counts
        // (libcurl alone would ignore it), all_proxy does not (libcurl alone would take it).
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin(std::nullopt, m_address);
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "mp3 bytes");
        origin.route("GET /feed.xml", "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml", feedXml);
        const QUrl episode = origin.url(u"/episode.mp3"_s, m_address.toString());
        const QUrl feedUrl = origin.url(u"/feed.xml"_s, m_address.toString());

        qputenv("HTTP_PROXY", proxy.url().toUtf8());
        QCOMPARE(download(episode).body, "mp3 bytes");
        QVERIFY(fetchFeed(feedUrl).ok());
        QCOMPARE(proxy.requestsFor("GET " + episode.toEncoded() + ' '), 1);
        QCOMPARE(proxy.requestsFor("GET " + feedUrl.toEncoded() + ' '), 1);

        qunsetenv("HTTP_PROXY");
        qputenv("all_proxy", proxy.url().toUtf8());
        QCOMPARE(download(episode).body, "mp3 bytes");
        QVERIFY(fetchFeed(feedUrl).ok());
        QCOMPARE(proxy.requestsFor("GET "), 2);
        QCOMPARE(origin.heads().size(), 4);
        QVERIFY(!origin.heads().constLast().contains("Via: "));
    }

    void aLoopbackAddressNeverGoesThroughIt()
    {
        TinyProxyProcess proxy;
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        RoutedServer origin;
        origin.route("GET /episode.mp3", "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg", "mp3 bytes");
        origin.route("GET /feed.xml", "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml", feedXml);
        qputenv("http_proxy", proxy.url().toUtf8());

        const Fetched got = download(origin.url(u"/episode.mp3"_s));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "mp3 bytes");
        const FeedResponse feed = fetchFeed(origin.url(u"/feed.xml"_s));
        QVERIFY2(feed.ok(), qPrintable(feed.errorText));
        QCOMPARE(proxy.requestsFor("GET "), 0);
        QCOMPARE(origin.requests(), (QList<QByteArray>{"GET /episode.mp3", "GET /feed.xml"}));
    }

private:
    QHostAddress m_address;
};

QTEST_GUILESS_MAIN(TestSystemProxy)
#include "tst_systemproxy.moc"
