// SPDX-License-Identifier: MIT
#include "network/feedurl.h"
#include "network/httppolicy.h"

#include <QLocale>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestHttpPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterSecondsAndDates()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("120", now).value(), now.addSecs(120));
        QCOMPARE(parseRetryAfter("Wed, 25 Nov 2026 13:00:00 GMT", now).value(), now.addSecs(3600));
        // A date in the past means "now", not a negative wait.
        QCOMPARE(parseRetryAfter("Wed, 25 Nov 2026 11:00:00 GMT", now).value(), now);
        QVERIFY(!parseRetryAfter("soon", now));
        QVERIFY(!parseRetryAfter("-5", now));
        QVERIFY(!parseRetryAfter("", now));
    }

    void httpDatesInAllThreeForms()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        QCOMPARE(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        QCOMPARE(parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
        QVERIFY(!parseHttpDate("yesterday").isValid());
        QVERIFY(!parseHttpDate("").isValid());
    }

    void imfFixdatesReadByHandAgreeWithQLocale_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *value : {"Wed, 25 Nov 2026 13:00:00 GMT", "Thu, 29 Feb 2024 23:59:59 GMT",
                                  "Mon, 06 Nov 1994 08:49:37 GMT", // wrong weekday
                                  "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 31 Nov 1994 08:49:37 GMT", "Sun, 06 Xyz 1994 08:49:37 GMT",
                                  "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 6 Nov 1994 08:49:37 GMT", "Thu, 01 Jan 1970 00:00:00 GMT"})
            QTest::newRow(value) << QByteArray(value);
    }

    void imfFixdatesReadByHandAgreeWithQLocale()
    {
        QFETCH(QByteArray, value);
        // What the general QLocale reading makes of an IMF-fixdate, as parseHttpDate did before
        // the hand-written fast path.
        QDateTime expected = QLocale::c().toDateTime(QString::fromLatin1(value).simplified(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        if (expected.isValid())
            expected.setTimeSpec(Qt::UTC);
        QCOMPARE(parseHttpDate(value), expected); // none of these is in the other two forms
    }

    void cacheControl()
    {
        QCOMPARE(parseCacheMaxAge("public, max-age=900").value(), 900);
        QCOMPARE(parseCacheMaxAge("max-age=900, s-maxage=60").value(), 60);
        QCOMPARE(parseCacheMaxAge("no-cache").value(), 0);
        QVERIFY(!parseCacheMaxAge("public"));
        QVERIFY(!parseCacheMaxAge("max-age=abc"));
    }

    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(failureBackoffSeconds(1, 0.5), 600);
        QCOMPARE(failureBackoffSeconds(2, 0.5), 1200);
        QCOMPARE(failureBackoffSeconds(3, 0.5), 2400);
        QCOMPARE(failureBackoffSeconds(40, 0.5), 24 * 3600);
        QVERIFY(failureBackoffSeconds(2, 0.0) < failureBackoffSeconds(2, 0.99));
        QVERIFY(failureBackoffSeconds(2, 0.0) >= 1200 * 0.8);
    }

    void userAgentNamesFreshet() { QVERIFY(userAgent().startsWith("Freshet/")); }

    void ifNoneMatchAlsoOffersTheEtagApacheCompares_data()
    {
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QByteArray>("header");
        // Apache's mod_deflate sends "<etag>-gzip" for a compressed answer but compares
        // If-None-Match with the file's own ETag, so the tag as sent never matches: every
        // fetch of a gzip'd feed behind Apache was a full download (found by the interop matrix).
        QTest::newRow("mod_deflate") << u"\"fca-661f2fc65d0b5-gzip\""_s << QByteArray("\"fca-661f2fc65d0b5-gzip\", \"fca-661f2fc65d0b5\"");
        QTest::newRow("weak") << u"W/\"fca-5-gzip\""_s << QByteArray("W/\"fca-5-gzip\", W/\"fca-5\"");
        QTest::newRow("mod_brotli") << u"\"a-b-br\""_s << QByteArray("\"a-b-br\", \"a-b\"");
        QTest::newRow("plain") << u"\"abc\""_s << QByteArray("\"abc\"");
        QTest::newRow("only a suffix") << u"\"-gzip\""_s << QByteArray("\"-gzip\"");
        QTest::newRow("unquoted, as some servers send") << u"abc-gzip"_s << QByteArray("abc-gzip");
    }

    void ifNoneMatchAlsoOffersTheEtagApacheCompares()
    {
        QFETCH(QString, etag);
        QFETCH(QByteArray, header);
        QCOMPARE(ifNoneMatch(etag), header);
    }

    void feedUrlValidation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("https") << u"https://example.org/feed.xml"_s << u"https://example.org/feed.xml"_s;
        QTest::newRow("no scheme") << u"example.org/rss"_s << u"https://example.org/rss"_s;
        QTest::newRow("upper scheme") << u"HTTP://example.org/rss"_s << u"http://example.org/rss"_s;
        QTest::newRow("fragment dropped") << u"https://example.org/rss#top"_s << u"https://example.org/rss"_s;
        QTest::newRow("ftp") << u"ftp://example.org/rss"_s << QString();
        QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
        QTest::newRow("credentials") << u"https://user:secret@example.org/rss"_s << QString();
        QTest::newRow("no host") << u"http:///rss"_s << QString();
    }

    void feedUrlValidation()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QUrl> url = validateFeedUrl(input);
        if (expected.isEmpty()) {
            QVERIFY2(!url.ok(), qPrintable(input));
            QVERIFY(!url.error().isEmpty());
            QVERIFY2(!url.error().contains(u"secret"_s), "an error must never echo a password");
        } else {
            QVERIFY2(url.ok(), qPrintable(url.error()));
            QCOMPARE(url.value().toString(), expected);
        }
    }

    void addressesTypedWithoutAScheme_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("localhost with port") << u"localhost:47857/feed.xml"_s << u"http://localhost:47857/feed.xml"_s;
        QTest::newRow("localhost") << u"localhost/feed.xml"_s << u"http://localhost/feed.xml"_s;
        QTest::newRow("127.0.0.1") << u"127.0.0.1:8080/rss"_s << u"http://127.0.0.1:8080/rss"_s;
        QTest::newRow("[::1]") << u"[::1]:8080/rss"_s << u"http://[::1]:8080/rss"_s;
        QTest::newRow("ordinary host with port") << u"example.org:8443/rss"_s << u"https://example.org:8443/rss"_s;
        QTest::newRow("localhost with https") << u"https://localhost:8443/rss"_s << u"https://localhost:8443/rss"_s;
        QTest::newRow("intranet host with scheme") << u"http://nas/rss"_s << u"http://nas/rss"_s;
        QTest::newRow("a word") << u"not-a-url"_s << QString();
        QTest::newRow("words") << u"not a url"_s << QString();
        QTest::newRow("words with scheme") << u"https://not a url"_s << QString();
    }

    void addressesTypedWithoutAScheme()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QUrl> url = validateFeedUrl(input);
        if (expected.isEmpty()) {
            QVERIFY2(!url.ok(), qPrintable(input));
            // One plain sentence naming what was typed, never QUrl's own wording.
            QVERIFY2(url.error().contains(input), qPrintable(url.error()));
            QVERIFY2(!url.error().contains(u"not permitted"_s) && !url.error().contains(u"source was"_s), qPrintable(url.error()));
        } else {
            QVERIFY2(url.ok(), qPrintable(url.error()));
            QCOMPARE(url.value().toString(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpPolicy)
#include "tst_httppolicy.moc"
