// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

const char *podcast = "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"\n"
                      "    xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">\n"
                      "<channel><title>Cast</title><itunes:author>Cast Crew</itunes:author><itunes:image href=\"http://c.example/cover.jpg\"/>\n"
                      "  <item><title>ep1</title><itunes:duration>1:02:03</itunes:duration><itunes:author>Host</itunes:author>\n"
                      "    <itunes:image href=\"http://c.example/ep1.jpg\"/><enclosure url=\"http://c.example/ep1.jpg2\" type=\"image/jpeg\" length=\"1\"/></item>\n"
                      "  <item><title>ep2</title><media:group><media:content url=\"http://c.example/v.mp4\" type=\"video/mp4\"><media:thumbnail url=\"http://c.example/thumb.jpg\"/></media:content></media:group>\n"
                      "    <itunes:image href=\"http://c.example/ep2.jpg\"/></item>\n"
                      "  <item><title>ep3</title><enclosure url=\"http://c.example/pic.png\" type=\"image/png\" length=\"5\"/></item>\n"
                      "  <item><title>ep4</title><description>&lt;p&gt;&lt;img src=\"http://c.example/inline.gif\" /&gt;&lt;/p&gt;</description></item>\n"
                      "  <item><title>ep5</title><dcterms:modified>2020-01-02T03:04:05Z</dcterms:modified><dcterms:issued>2020-01-01T00:00:00Z</dcterms:issued>\n"
                      "    <dc:creator>One</dc:creator><dc:creator>Two</dc:creator></item>\n"
                      "</channel></rss>";

} // namespace

class TestParserExtensions final : public QObject
{
    Q_OBJECT

private slots:
    void itunesChannel()
    {
        const ParsedFeed feed = parseText(podcast);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.image, u"http://c.example/cover.jpg"_s);
        QCOMPARE(feed.authors.value(0).name, u"Cast Crew"_s);
    }

    void itemImagePrecedence()
    {
        const ParsedFeed feed = parseText(podcast);
        QCOMPARE(feed.items.size(), 5);
        QCOMPARE(feed.items[0].image, u"http://c.example/ep1.jpg"_s);    // itunes:image over an image enclosure
        QCOMPARE(feed.items[1].image, u"http://c.example/thumb.jpg"_s);  // media:thumbnail over itunes:image
        QCOMPARE(feed.items[2].image, u"http://c.example/pic.png"_s);    // image enclosure
        QCOMPARE(feed.items[3].image, u"http://c.example/inline.gif"_s); // first <img> of the HTML
        QVERIFY(feed.items[4].image.isEmpty());
    }

    void itunesItem()
    {
        const ParsedFeed feed = parseText(podcast);
        QCOMPARE(feed.items[0].durationText, u"1:02:03"_s);
        QCOMPARE(feed.items[0].authors.value(0).name, u"Host"_s);
    }

    void dublinCoreTerms()
    {
        const ParsedFeed feed = parseText(podcast);
        const ParsedItem &item = feed.items[4];
        QCOMPARE(item.updated, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(item.published, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        // One author per item, the first creator, as other readers do (gofeed, feedparser).
        QCOMPARE(item.authors.size(), 1);
        QCOMPARE(item.authors[0].name, u"One"_s);
    }

    void prefixesDoNotMatterOnlyUris()
    {
        const ParsedFeed feed = parseText("<rss version=\"2.0\" xmlns:c=\"http://purl.org/rss/1.0/modules/content/\" xmlns:content=\"urn:not-content\">\n"
                                          "<channel><item><content:encoded>wrong</content:encoded><c:encoded>right</c:encoded></item></channel></rss>");
        QCOMPARE(feed.items.value(0).content, u"right"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserExtensions)
#include "tst_parser_extensions.moc"
