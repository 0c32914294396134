// SPDX-License-Identifier: MIT
// HttpGet, the downloads' HTTP client (libcurl), over real loopback sockets: the project's feed
// server for redirects, ranges and dropped connections, and a server answering canned bytes
// for what a well-behaved server never sends (chunk extensions, 100 Continue, a close-delimited
// body, garbage, endless headers, a stall), plus TLS with a self-signed certificate, and two
// servers recording request heads for where a login in the address goes.
#include "feedserverprocess.h"
#include "localhosttls.h"
#include "routedserver.h"

#include "downloads/httpget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

struct Fetched
{
    bool finished = false;
    HttpGet::Error error = HttpGet::Error::None;
    QString errorString;
    int status = 0;
    QByteArray body;
    qint64 contentLength = -1;
    QByteArray contentRange;
    QUrl finalUrl;
};

/// How the reader takes bytes on readyRead(): everything it can, or a sip of at most 100 bytes
/// (HttpGet must then announce the rest again, since no new socket data will).
enum class Reader { Drain, Sip };

Fetched fetch(const QUrl &url, const HttpGet::Headers &headers = {}, int stallMs = 20000, Reader reader = Reader::Drain,
              qint64 readBufferBytes = 1024 * 1024)
{
    HttpGet get;
    get.setHeaders(headers);
    get.setStallTimeout(stallMs);
    get.setReadBufferSize(readBufferBytes);
    Fetched result;
    QObject::connect(&get, &HttpGet::readyRead, [&] {
        char buffer[4096];
        if (reader == Reader::Sip) {
            result.body.append(buffer, get.read(buffer, 100));
            return;
        }
        for (qint64 n; (n = get.read(buffer, sizeof buffer)) > 0;)
            result.body.append(buffer, n);
    });
    QSignalSpy finished(&get, &HttpGet::finished);
    get.start(url);
    result.finished = finished.count() > 0 || finished.wait(30000);
    result.error = get.error();
    result.errorString = get.errorString();
    result.status = get.status();
    result.contentLength = get.contentLength();
    result.contentRange = get.header("content-range");
    result.finalUrl = get.url();
    return result;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// Answers every connection with the same bytes, written in the given pieces with a pause in
/// between (so framing is parsed across reads), then closes unless told to hang on.
class CannedServer final : public QObject
{
public:
    explicit CannedServer(QTcpServer *server, QList<QByteArray> pieces, bool closeAfter = true)
        : m_server(server), m_pieces(std::move(pieces)), m_closeAfter(closeAfter)
    {
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &scheme = u"http"_s) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(u"localhost"_s);
        url.setPort(m_server->serverPort());
        url.setPath(u"/file.bin"_s);
        return url;
    }
    QByteArray lastRequest() const { return m_request; }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (!m_request.contains("\r\n\r\n") || m_answered)
                return;
            m_answered = true;
            writePiece(socket, 0);
        });
    }

    void writePiece(QTcpSocket *socket, qsizetype index)
    {
        if (index >= m_pieces.size()) {
            if (m_closeAfter)
                socket->disconnectFromHost();
            return;
        }
        socket->write(m_pieces.at(index));
        socket->flush();
        QTimer::singleShot(20, socket, [this, socket, index] { writePiece(socket, index + 1); });
    }

    QTcpServer *m_server;
    QList<QByteArray> m_pieces;
    bool m_closeAfter;
    QByteArray m_request;
    bool m_answered = false;
};

/// Debian's nginx serving `folder`/html over https with HTTP/2 (ALPN) on a loopback port, with
/// the test certificate; its access log says which protocol each request used.
class Http2Server final
{
public:
    ~Http2Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QTemporaryDir &folder)
    {
        m_folder = folder.path();
        QTcpServer probe; // a port the kernel just handed out: free unless taken in a moment
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        QDir().mkpath(m_folder + u"/html"_s);
        QDir().mkpath(m_folder + u"/tmp"_s);
        // Run as root, nginx's workers take another user, who must be able to read the files.
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                              | QFileDevice::ExeOther;
        QFile::setPermissions(m_folder, readable);
        QFile::setPermissions(m_folder + u"/html"_s, readable);
        const QByteArray root = m_folder.toUtf8();
        const QByteArray configuration = "daemon off;\nworker_processes 1;\npid " + root + "/nginx.pid;\nerror_log " + root
                                         + "/error.log;\n"
                                           "events { worker_connections 16; }\nhttp {\n  access_log "
                                         + root
                                         + "/access.log;\n"
                                           "  client_body_temp_path "
                                         + root + "/tmp; proxy_temp_path " + root + "/tmp; fastcgi_temp_path " + root
                                         + "/tmp;\n"
                                           "  uwsgi_temp_path "
                                         + root + "/tmp; scgi_temp_path " + root
                                         + "/tmp;\n"
                                           "  server {\n    listen 127.0.0.1:"
                                         + QByteArray::number(m_port)
                                         + " ssl http2;\n"
                                           "    ssl_certificate "
                                         + LocalhostTls::file("localhost.crt").toUtf8() + ";\n    ssl_certificate_key "
                                         + LocalhostTls::file("localhost.key").toUtf8() + ";\n    root " + root + "/html;\n  }\n}\n";
        QFile file(m_folder + u"/nginx.conf"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(configuration) != configuration.size())
            return false;
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start(u"nginx"_s, {u"-p"_s, m_folder, u"-c"_s, file.fileName()});
        if (!m_process.waitForStarted(5000))
            return false;
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() != QProcess::Running)
                return false;
            QThread::msleep(50);
        }
        return false;
    }

    bool put(const QString &name, const QByteArray &content) const
    {
        QFile file(m_folder + u"/html/"_s + name);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
               && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    QUrl url(const QString &path) const { return QUrl(u"https://localhost:%1%2"_s.arg(m_port).arg(path)); }
    QByteArray accessLog() const
    {
        QFile file(m_folder + u"/access.log"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString m_folder;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace

class TestHttpGet final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void readsAWholeFileWithItsLength()
    {
        const Fetched got = fetch(m_server.url(u"/large/300000.bin?seed=3"_s));
        QVERIFY(got.finished);
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.contentLength, 300000);
        QCOMPARE(got.body.size(), 300000);
        QCOMPARE(sha256Hex(got.body), fetch(m_server.url(u"/large/300000.bin.sha256?seed=3"_s)).body.trimmed());
    }

    void rangeRequestGetsTheRest()
    {
        const Fetched whole = fetch(m_server.url(u"/large/5000.bin?seed=4"_s));
        const Fetched got = fetch(m_server.url(u"/large/5000.bin?seed=4"_s), {{"Range", "bytes=1000-"}});
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 206);
        QCOMPARE(got.contentRange, "bytes 1000-4999/5000");
        QCOMPARE(got.body, whole.body.mid(1000));
    }

    void followsRedirectsToTheFile()
    {
        const Fetched got = fetch(m_server.url(u"/fault/redirect/mixed/4?to=/large/2048.bin"_s));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.size(), 2048);
        QCOMPARE(got.finalUrl.path(), u"/large/2048.bin"_s);
    }

    void followsEveryFormOfLocation_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("form");
        for (const QString &form : {u"absolute"_s, u"path"_s, u"relative"_s, u"scheme-relative"_s}) {
            for (const QString &chain : {u"301/2"_s, u"302/2"_s, u"307/2"_s, u"308/2"_s, u"mixed/4"_s})
                QTest::addRow("%s %s", qPrintable(chain), qPrintable(form)) << chain << form;
        }
    }

    void followsEveryFormOfLocation()
    {
        QFETCH(QString, chain);
        QFETCH(QString, form);
        const Fetched got = fetch(m_server.url(u"/fault/redirect/%1?location=%2&to=%3"_s.arg(
            chain, form, QString::fromLatin1(QUrl::toPercentEncoding(u"/large/2048.bin?seed=7"_s)))));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.size(), 2048);
        QCOMPARE(got.finalUrl, m_server.url(u"/large/2048.bin?seed=7"_s));
    }

    void relativeLoopsAndLongChainsStop_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("relative") << u"relative"_s;
        QTest::newRow("scheme-relative") << u"scheme-relative"_s;
    }

    void relativeLoopsAndLongChainsStop()
    {
        QFETCH(QString, form);
        const Fetched loop = fetch(m_server.url(u"/fault/loop/0?period=3&location="_s + form));
        QCOMPARE(loop.error, HttpGet::Error::Redirect);
        QVERIFY2(loop.errorString.contains(u"loop"_s), qPrintable(loop.errorString));
        const Fetched tooMany = fetch(m_server.url(u"/fault/redirect/302/11?to=/large/10.bin&location="_s + form));
        QCOMPARE(tooMany.error, HttpGet::Error::Redirect);
        QVERIFY2(tooMany.errorString.contains(u"10"_s), qPrintable(tooMany.errorString));
    }

    void tooManyRedirectsStop()
    {
        const Fetched got = fetch(m_server.url(u"/fault/redirect/301/11?to=/large/2048.bin"_s));
        QCOMPARE(got.error, HttpGet::Error::Redirect);
        QVERIFY2(got.errorString.contains(u"10"_s), qPrintable(got.errorString));
        QVERIFY(got.body.isEmpty());
    }

    void redirectLoopStops()
    {
        const Fetched got = fetch(m_server.url(u"/fault/loop/0?period=3"_s));
        QCOMPARE(got.error, HttpGet::Error::Redirect);
        QVERIFY2(got.errorString.contains(u"loop"_s), qPrintable(got.errorString));
    }

    void droppedConnectionIsAConnectionError()
    {
        const QUrl drop = m_server.url(u"/control/large/drop?at=40000"_s);
        QNetworkAccessManager network;
        QNetworkReply *armed = network.post(QNetworkRequest(drop), QByteArray());
        QSignalSpy armedDone(armed, &QNetworkReply::finished);
        QVERIFY(armedDone.wait(10000));
        armed->deleteLater();

        const Fetched got = fetch(m_server.url(u"/large/100000.bin?seed=5"_s));
        QCOMPARE(got.error, HttpGet::Error::Connection);
        QCOMPARE(got.body.size(), 40000);
    }

    void sendsItsHeadersAndAsksForIdentity()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.1 204 No Content\r\n\r\n"});
        const Fetched got = fetch(canned.url(), {{"If-Range", "\"v1\""}});
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 204);
        const QByteArray request = canned.lastRequest();
        QVERIFY2(request.startsWith("GET /file.bin HTTP/1.1\r\n"), request.constData());
        const QByteArray host = "\r\nHost: localhost:" + QByteArray::number(tcp.serverPort()) + "\r\n";
        QVERIFY(request.contains(host));
        QVERIFY(request.contains("\r\nUser-Agent: Freshet/"));
        QVERIFY(request.contains("\r\nAccept-Encoding: identity\r\n"));
        QVERIFY(request.contains("\r\nConnection: close\r\n"));
        QVERIFY(request.contains("\r\nIf-Range: \"v1\"\r\n"));
    }

    void decodesChunkedBodiesAcrossReads()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhel", "lo\r\n6\r\n world\r", "\n0\r\nX-Trailer: t\r\n\r\n"},
                            false);
        const Fetched got = fetch(canned.url());
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "hello world");
        QCOMPARE(got.contentLength, -1);
    }

    void aSippingReaderGetsEverythingWithoutTheServerClosing_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("chunked") << true;
        QTest::newRow("content-length") << false;
    }

    void aSippingReaderGetsEverythingWithoutTheServerClosing()
    {
        // Many chunks in one write, a socket buffer smaller than the body and a reader taking
        // a little per readyRead(): the end must still be reached, not waited for.
        QFETCH(bool, chunked);
        QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        QByteArray expected;
        for (int i = 0; i < 40; ++i) {
            const QByteArray chunk = QByteArray::number(i).rightJustified(50, '.');
            answer += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            expected += chunk;
        }
        answer += "0\r\n\r\n";
        if (!chunked)
            answer = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(expected.size()) + "\r\n\r\n" + expected;
        QTcpServer tcp;
        CannedServer canned(&tcp, {answer}, false);
        const Fetched got = fetch(canned.url(), {}, 3000, Reader::Sip, 256);
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, expected);
    }

    void skipsInterimResponses()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"}, false);
        const Fetched got = fetch(canned.url());
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, "abc");
    }

    void bodyWithoutLengthEndsAtClose()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.0 200 OK\r\nContent-Type: audio/mpeg\r\n\r\nuntil ", "the close"});
        const Fetched got = fetch(canned.url());
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "until the close");
    }

    void shortBodyIsAConnectionError()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabcd"});
        const Fetched got = fetch(canned.url());
        QCOMPARE(got.error, HttpGet::Error::Connection);
        QCOMPARE(got.body, "abcd");
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 OK fine\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n");
        QTest::newRow("bad content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        // Past libcurl's limit for one head, 100 KiB (the hand-written client stopped at 64 KiB).
        QTest::newRow("endless headers") << "HTTP/1.1 200 OK\r\n" + QByteArray(110 * 1024, 'x');
    }

    void protocolErrors()
    {
        QFETCH(QByteArray, answer);
        QTcpServer tcp;
        CannedServer canned(&tcp, {answer}, false);
        const Fetched got = fetch(canned.url());
        QCOMPARE(got.error, HttpGet::Error::Protocol);
        QVERIFY(!got.errorString.isEmpty());
        QVERIFY(got.body.isEmpty());
    }

    void stallTimesOut()
    {
        QTcpServer tcp;
        CannedServer canned(&tcp, {"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome"}, false);
        QElapsedTimer timer;
        timer.start();
        const Fetched got = fetch(canned.url(), {}, 500);
        QCOMPARE(got.error, HttpGet::Error::Timeout);
        QCOMPARE(got.body, "some");
        QVERIFY(timer.elapsed() < 10000);
    }

    void otherSchemesAreRefused()
    {
        const Fetched got = fetch(QUrl(u"ftp://localhost/file.bin"_s));
        QCOMPARE(got.error, HttpGet::Error::UnsupportedScheme);
    }

    void aLoginInTheAddressGoesOnlyToItsOrigin_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("loginSent");
        QTest::newRow("relative path") << u"relative"_s << true;
        QTest::newRow("absolute, same origin") << u"same"_s << true;
        QTest::newRow("127.0.0.1:A to 127.0.0.1:B") << u"port"_s << false;
        QTest::newRow("127.0.0.1 to localhost") << u"host"_s << false;
    }

    void aLoginInTheAddressGoesOnlyToItsOrigin()
    {
        QFETCH(QString, to);
        QFETCH(bool, loginSent);
        RoutedServer a;
        RoutedServer other;
        RoutedServer &b = to == u"port"_s ? other : a;
        const QByteArray location = to == u"relative"_s ? QByteArray("moved.bin")
                                    : to == u"host"_s   ? b.url(u"/files/moved.bin"_s, u"localhost"_s).toEncoded()
                                                        : b.url(u"/files/moved.bin"_s).toEncoded();
        a.route("GET /files/episode.bin", "HTTP/1.1 302 Found\r\nLocation: " + location);
        b.route("GET /files/moved.bin", "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream", "abc");
        QUrl url = a.url(u"/files/episode.bin"_s);
        url.setUserName(u"alice"_s);
        url.setPassword(u"pa55word"_s);

        const Fetched got = fetch(url);
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "abc");
        QCOMPARE(a.heads().size() + (&b == &a ? 0 : b.heads().size()), 2);
        const QByteArray login = "Authorization: Basic " + QByteArray("alice:pa55word").toBase64();
        QVERIFY2(a.heads().constFirst().contains(login), a.heads().constFirst().constData());
        const QByteArray atB = b.heads().constLast();
        QVERIFY2(atB.startsWith("GET /files/moved.bin "), atB.constData());
        QVERIFY2(atB.contains(login) == loginSent, atB.constData());
        QVERIFY2(!atB.contains("pa55word") && (loginSent || !atB.toLower().contains("authorization")), atB.constData());
    }

    void untrustedCertificateFails()
    {
        QSslServer tls;
        tls.setSslConfiguration(LocalhostTls::server());
        CannedServer canned(&tls, {"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"});
        const Fetched got = fetch(canned.url(u"https"_s));
        QCOMPARE(got.error, HttpGet::Error::Tls);
        QVERIFY2(got.errorString.contains(u"localhost"_s), qPrintable(got.errorString));
        QVERIFY(got.body.isEmpty());
    }

    void trustedCertificateWorksAndNeverDowngrades()
    {
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(LocalhostTls::file("localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        QSslServer tls;
        tls.setSslConfiguration(LocalhostTls::server());
        CannedServer canned(&tls, {"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"});
        const Fetched got = fetch(canned.url(u"https"_s));
        QCOMPARE(got.error, HttpGet::Error::None);
        QCOMPARE(got.body, "abc");

        QSslServer downgrading;
        downgrading.setSslConfiguration(LocalhostTls::server());
        CannedServer redirect(&downgrading, {"HTTP/1.1 302 Found\r\nLocation: " + m_server.url(u"/large/10.bin"_s).toEncoded() + "\r\n\r\n"});
        const Fetched refused = fetch(redirect.url(u"https"_s));
        QCOMPARE(refused.error, HttpGet::Error::Redirect);
        QVERIFY(refused.body.isEmpty());

        // A scheme-relative Location keeps https; a relative one cannot leave it either.
        QSslServer schemeRelative;
        schemeRelative.setSslConfiguration(LocalhostTls::server());
        CannedServer canned2(&schemeRelative, {"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nxyz"});
        QSslServer hop;
        hop.setSslConfiguration(LocalhostTls::server());
        CannedServer redirectKeepingTls(&hop, {"HTTP/1.1 301 Moved\r\nLocation: //localhost:" + QByteArray::number(canned2.url().port())
                                               + "/file.bin\r\n\r\n"});
        const Fetched kept = fetch(redirectKeepingTls.url(u"https"_s));
        QCOMPARE(kept.error, HttpGet::Error::None);
        QCOMPARE(kept.body, "xyz");
        QCOMPARE(kept.finalUrl.scheme(), u"https"_s);
    }

    void speaksHttp2WhereTheServerOffersIt()
    {
        // The hand-written client spoke HTTP/1.1 only; libcurl offers h2 through ALPN.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(LocalhostTls::file("localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        QTemporaryDir folder;
        Http2Server nginx;
        QVERIFY2(nginx.start(folder), "nginx did not start (tools/bootstrap.sh test installs it)");
        QByteArray content(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char((i * 7919) >> 3);
        QVERIFY(nginx.put(u"episode.bin"_s, content));

        const Fetched whole = fetch(nginx.url(u"/episode.bin"_s));
        QCOMPARE(whole.error, HttpGet::Error::None);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.contentLength, content.size());
        QCOMPARE(whole.body, content);
        const Fetched rest = fetch(nginx.url(u"/episode.bin"_s), {{"Range", "bytes=100000-"}});
        QCOMPARE(rest.error, HttpGet::Error::None);
        QCOMPARE(rest.status, 206);
        QCOMPARE(rest.contentRange, "bytes 100000-299999/300000");
        QCOMPARE(rest.body, content.mid(100000));
        const QByteArray log = nginx.accessLog();
        QCOMPARE(log.count("\"GET /episode.bin HTTP/2.0\" 200 "), 1);
        QCOMPARE(log.count("\"GET /episode.bin HTTP/2.0\" 206 "), 1);
    }

private:
    FeedServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestHttpGet)
#include "tst_httpget.moc"
