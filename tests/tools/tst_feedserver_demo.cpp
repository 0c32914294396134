// SPDX-License-Identifier: MIT
// The feed server's demo content: the legacy photo feed with real PNGs, live RSS and Atom
// feeds with thumbnails, and a page that advertises its feeds.
#include "feedserverprocess.h"
#include "httptestclient.h"

#include <QDateTime>
#include <QImage>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestFeedServerDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString())); }

    void cleanupTestCase()
    {
        // The server quits cleanly, so sanitizer reports from it fail the test too.
        QVERIFY(m_server.stop());
    }

    void photoFeedListsValidPngs()
    {
        const QUrl feedUrl = m_server.url(u"/demo/photos.xml"_s);
        const HttpResult feed = m_client.get(feedUrl);
        QCOMPARE(feed.status, 200);
        QXmlStreamReader reader(feed.body);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.name(), u"photos"_s);
        QStringList titles;
        while (reader.readNextStartElement()) {
            QCOMPARE(reader.name(), u"photo"_s);
            const QString id = reader.attributes().value(u"id"_s).toString();
            const QString relurl = reader.attributes().value(u"relurl"_s).toString();
            titles.append(reader.attributes().value(u"title"_s).toString());
            QVERIFY(!id.isEmpty());
            QVERIFY(!relurl.isEmpty());
            const HttpResult image = m_client.get(feedUrl.resolved(QUrl(relurl)));
            QCOMPARE(image.status, 200);
            QCOMPARE(image.header("content-type"), QByteArray("image/png"));
            QImage picture;
            QVERIFY2(picture.loadFromData(image.body, "PNG"), qPrintable(relurl));
            QCOMPARE(picture.size(), QSize(640, 427));
            QVERIFY(picture.pixel(10, 10) != picture.pixel(320, 400)); // a picture, not a blank
            reader.skipCurrentElement();
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(titles.size(), 12);
        QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), 12);
    }

    void newsFeedHasRecentItemsWithThumbnails() { checkLiveFeed(m_server.url(u"/demo/news.rss"_s), "item", "pubDate", 20); }

    void notesFeedHasRecentEntries() { checkLiveFeed(m_server.url(u"/demo/notes.atom"_s), "entry", "published", 15); }

    void indexAdvertisesTheFeeds()
    {
        const HttpResult page = m_client.get(m_server.url(u"/demo/index.html"_s));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("<link rel=\"alternate\" type=\"application/rss+xml\""));
        QVERIFY(page.body.contains(QByteArray("href=\"" + m_server.url(u"/demo/news.rss"_s).toEncoded() + '"')));
        QVERIFY(page.body.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
    }

private:
    void checkLiveFeed(const QUrl &url, const char *itemName, const char *dateName, int expectedItems)
    {
        const HttpResult feed = m_client.get(url);
        QCOMPARE(feed.status, 200);
        QXmlStreamReader reader(feed.body);
        int items = 0;
        QStringList titles;
        QDateTime newest;
        QStringList thumbnails;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == QLatin1StringView(itemName))
                ++items;
            else if (items > 0 && reader.name() == u"title"_s)
                titles.append(reader.readElementText());
            else if (items > 0 && reader.name() == QLatin1StringView(dateName) && !newest.isValid()) {
                const QString text = reader.readElementText();
                newest = QDateTime::fromString(text, Qt::ISODate);
                if (!newest.isValid())
                    newest = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
            } else if (reader.name() == u"thumbnail"_s)
                thumbnails.append(reader.attributes().value(u"url"_s).toString());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(items, expectedItems);
        QVERIFY(QSet<QString>(titles.cbegin(), titles.cend()).size() >= expectedItems / 2); // varied
        QVERIFY(newest.isValid());
        newest.setTimeZone(QTimeZone::utc());
        const qint64 age = QDateTime::currentSecsSinceEpoch() - newest.toSecsSinceEpoch();
        QVERIFY2(age >= 0 && age <= 120, qPrintable(QString::number(age)));
        QCOMPARE(thumbnails.size(), expectedItems);
        QImage thumbnail;
        QVERIFY(thumbnail.loadFromData(m_client.get(QUrl(thumbnails.first())).body, "PNG"));
        QVERIFY(thumbnail.width() < 640);
    }

    FeedServerProcess m_server;
    HttpTestClient m_client;
};

QTEST_GUILESS_MAIN(TestFeedServerDemo)
#include "tst_feedserver_demo.moc"
