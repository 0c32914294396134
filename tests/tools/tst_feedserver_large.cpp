// SPDX-License-Identifier: MIT
// The feed server's large files: deterministic content, Range/206, If-Range, drops at a byte,
// resuming, files that change on the server, and servers that ignore Range.
#include "feedserverprocess.h"
#include "httptestclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 FileSize = 3 * 1024 * 1024 + 17; // not a multiple of anything convenient

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestFeedServerLarge final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const HttpResult whole = m_client.get(file());
        QCOMPARE(whole.status, 200);
        m_whole = whole.body;
        m_etag = whole.header("etag");
        m_lastModified = whole.header("last-modified");
    }

    void cleanupTestCase()
    {
        // The server quits cleanly, so sanitizer reports from it fail the test too.
        QVERIFY(m_server.stop());
    }

    void wholeFileMatchesItsDigest()
    {
        QCOMPARE(m_whole.size(), FileSize);
        QCOMPARE(m_client.get(file()).body, m_whole); // deterministic
        QCOMPARE(m_client.get(m_server.url(u"/large/%1.bin.sha256"_s.arg(FileSize))).body.trimmed(), sha256(m_whole));
        QVERIFY(!m_etag.isEmpty());
        QVERIFY(!m_lastModified.isEmpty());
        // Not a repeating pattern: two distant blocks differ, and bytes take many values.
        QVERIFY(m_whole.mid(0, 4096) != m_whole.mid(1 << 20, 4096));
        QCOMPARE(QSet<char>(m_whole.cbegin(), m_whole.cbegin() + 65536).size(), 256);
        QCOMPARE(m_client.get(m_server.url(u"/large/2M.bin"_s)).body.size(), 2 * 1024 * 1024);
    }

    void rangeGives206WithContentRange()
    {
        const HttpResult part = m_client.get(file(), {{"Range", "bytes=1000-1999"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.header("content-range"), "bytes 1000-1999/" + QByteArray::number(FileSize));
        QCOMPARE(part.header("accept-ranges"), QByteArray("bytes"));
        QCOMPARE(part.body, m_whole.mid(1000, 1000));

        const HttpResult open = m_client.get(file(), {{"Range", "bytes=3145000-"}});
        QCOMPARE(open.status, 206);
        QCOMPARE(open.body, m_whole.mid(3145000));
        const HttpResult suffix = m_client.get(file(), {{"Range", "bytes=-500"}});
        QCOMPARE(suffix.status, 206);
        QCOMPARE(suffix.body, m_whole.right(500));
    }

    void unsatisfiableRangeGives416()
    {
        const HttpResult result = m_client.get(file(), {{"Range", "bytes=" + QByteArray::number(FileSize) + "-"}});
        QCOMPARE(result.status, 416);
        QCOMPARE(result.header("content-range"), "bytes */" + QByteArray::number(FileSize));
    }

    void ifRangeHonoursOnlyTheCurrentValidator()
    {
        const HttpResult byEtag = m_client.get(file(), {{"Range", "bytes=10-19"}, {"If-Range", m_etag}});
        QCOMPARE(byEtag.status, 206);
        QCOMPARE(byEtag.body, m_whole.mid(10, 10));
        const HttpResult byDate = m_client.get(file(), {{"Range", "bytes=10-19"}, {"If-Range", m_lastModified}});
        QCOMPARE(byDate.status, 206);
        const HttpResult stale = m_client.get(file(), {{"Range", "bytes=10-19"}, {"If-Range", "\"large-old\""}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(stale.body.size(), FileSize);
        const HttpResult staleDate = m_client.get(file(), {{"Range", "bytes=10-19"}, {"If-Range", "Mon, 01 Jan 2024 00:00:00 GMT"}});
        QCOMPARE(staleDate.status, 200);
    }

    void dropAtClosesAtThatByteAndResumeCompletes()
    {
        const qint64 dropAt = 1234567;
        const QByteArray target = "/large/" + QByteArray::number(FileSize) + ".bin?drop-at=" + QByteArray::number(dropAt);
        const RawExchange dropped = rawExchange(m_server.port(), getRequest(target), 10000);
        QVERIFY(dropped.closedByServer);
        QVERIFY(dropped.head().contains(QByteArray("Content-Length: " + QByteArray::number(FileSize))));
        QCOMPARE(dropped.body().size(), dropAt);
        QCOMPARE(dropped.body(), m_whole.left(dropAt));

        // Resuming at the drop point (same URL) is not dropped again.
        const HttpResult rest = m_client.get(m_server.url(QString::fromLatin1(target)),
                                             {{"Range", "bytes=" + QByteArray::number(dropAt) + "-"}, {"If-Range", m_etag}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(sha256(dropped.body() + rest.body), sha256(m_whole));
    }

    void armedDropHitsTheNextDownloadOnce()
    {
        QCOMPARE(m_client.post(m_server.url(u"/control/large/drop?at=777777"_s)).status, 200);
        const RawExchange dropped = rawExchange(m_server.port(), getRequest("/large/" + QByteArray::number(FileSize) + ".bin"), 10000);
        QVERIFY(dropped.closedByServer);
        QCOMPARE(dropped.body().size(), 777777);
        QCOMPARE(m_client.get(file()).body.size(), FileSize); // disarmed
    }

    void severalArmedDropsInterruptSuccessiveRequests()
    {
        QCOMPARE(m_client.post(m_server.url(u"/control/large/drop?at=300000"_s)).status, 200);
        QCOMPARE(m_client.post(m_server.url(u"/control/large/drop?at=100000"_s)).status, 200);
        const QByteArray target = "/large/" + QByteArray::number(FileSize) + ".bin";
        const RawExchange first = rawExchange(m_server.port(), getRequest(target), 10000);
        QVERIFY(first.closedByServer);
        QCOMPARE(first.body().size(), 100000);
        // Resuming where it stopped meets the second drop, not the first again.
        const RawExchange second = rawExchange(m_server.port(), getRequest(target, "Range: bytes=100000-\r\n"), 10000);
        QVERIFY(second.closedByServer);
        QCOMPARE(second.body().size(), 200000);
        QCOMPARE(second.body(), m_whole.mid(100000, 200000));
        QCOMPARE(m_client.get(file()).body.size(), FileSize); // both used up
    }

    void filenameAndNoLength()
    {
        const HttpResult named = m_client.get(m_server.url(u"/large/1000.bin?filename=../../etc/passwd"_s));
        QCOMPARE(named.header("content-disposition"), QByteArray("attachment; filename=\"../../etc/passwd\""));
        const RawExchange unsized = rawExchange(m_server.port(), getRequest("/large/5000.bin?no-length=1"), 10000);
        QVERIFY(!unsized.head().toLower().contains("content-length"));
        QCOMPARE(unsized.body().size(), 5000);
    }

    void versionChangesContentAndValidators()
    {
        const HttpResult v2 = m_client.get(m_server.url(u"/large/%1.bin?version=2"_s.arg(FileSize)));
        QCOMPARE(v2.body.size(), FileSize);
        QVERIFY(v2.body != m_whole);
        QVERIFY(v2.header("etag") != m_etag);

        // "The file changed on the server" without a new URL: a resume with the old validator
        // gets the whole new file.
        QCOMPARE(m_client.post(m_server.url(u"/control/large/version?version=5"_s)).status, 200);
        const HttpResult changed = m_client.get(file(), {{"Range", "bytes=100-"}, {"If-Range", m_etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body.size(), FileSize);
        QVERIFY(changed.header("etag") != m_etag);
        QVERIFY(changed.body != m_whole);
        QCOMPARE(m_client.post(m_server.url(u"/control/large/version?version=1"_s)).status, 200);
        QCOMPARE(m_client.get(file()).header("etag"), m_etag);
    }

    void ignoreRangeServesEverything()
    {
        const HttpResult result = m_client.get(m_server.url(u"/large/%1.bin?ignore-range=1"_s.arg(FileSize)), {{"Range", "bytes=0-9"}});
        QCOMPARE(result.status, 200);
        QVERIFY(!result.headers.contains("accept-ranges"));
        QCOMPARE(result.body, m_whole);
    }

    void conditionalGetAndHead()
    {
        QCOMPARE(m_client.get(file(), {{"If-None-Match", m_etag}}).status, 304);
        const HttpResult head = m_client.send(QNetworkRequest(file()), "HEAD");
        QVERIFY2(head.finished, "no answer to HEAD");
        QCOMPARE(head.error, QNetworkReply::NoError);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("content-length"), QByteArray::number(FileSize));
        QVERIFY(head.body.isEmpty());
    }

    void rateLimitsTheTransfer()
    {
        QElapsedTimer clock;
        clock.start();
        const HttpResult result = m_client.get(m_server.url(u"/large/100K.bin?rate=200K"_s));
        QCOMPARE(result.body.size(), 100 * 1024);
        // 100 KiB at 200 KiB/s: half a second, give or take a 50 ms tick.
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    }

    void hugeFilesStreamWithoutBeingBuilt()
    {
        // 8 GiB: only the first bytes are read; a server holding it in memory would not answer.
        const RawExchange exchange = rawExchange(m_server.port(), getRequest("/large/8G.bin"), 10000, 256 * 1024);
        QVERIFY(exchange.head().contains("Content-Length: 8589934592"));
        QVERIFY(exchange.body().size() > 0);
        const HttpResult tail = m_client.get(m_server.url(u"/large/8G.bin"_s), {{"Range", "bytes=8589934000-"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body.size(), 592);
    }

private:
    QUrl file() const { return m_server.url(u"/large/%1.bin"_s.arg(FileSize)); }

    FeedServerProcess m_server;
    HttpTestClient m_client;
    QByteArray m_whole;
    QByteArray m_etag;
    QByteArray m_lastModified;
};

QTEST_GUILESS_MAIN(TestFeedServerLarge)
#include "tst_feedserver_large.moc"
