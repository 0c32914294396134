// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserAtom final : public QObject
{
    Q_OBJECT

private slots:
    void atom10FeedAndEntry()
    {
        const ParsedFeed feed = parseText("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                          "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://blog.example/\">\n"
                                          "  <title type=\"text\">A &amp; B</title>\n"
                                          "  <subtitle type=\"html\">&lt;em&gt;sub&lt;/em&gt;</subtitle>\n"
                                          "  <link href=\"/\"/>\n"
                                          "  <link rel=\"self\" href=\"/atom.xml\"/>\n"
                                          "  <updated>2024-02-03T04:05:06.789+01:00</updated>\n"
                                          "  <author><name>Ann</name><email>ann@blog.example</email><uri>/ann</uri></author>\n"
                                          "  <logo>/logo.png</logo>\n"
                                          "  <entry>\n"
                                          "    <id>tag:blog.example,2024:1</id>\n"
                                          "    <title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">Hello <b>world</b></div></title>\n"
                                          "    <link rel=\"alternate\" type=\"text/html\" href=\"posts/1\"/>\n"
                                          "    <link rel=\"enclosure\" type=\"image/png\" length=\"99\" href=\"/pic.png\"/>\n"
                                          "    <published>2024-02-01T00:00:00Z</published>\n"
                                          "    <updated>2024-02-02T00:00:00Z</updated>\n"
                                          "    <summary>Short</summary>\n"
                                          "    <content type=\"html\">&lt;p&gt;Long&lt;/p&gt;</content>\n"
                                          "  </entry>\n"
                                          "</feed>");
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Atom);
        QCOMPARE(feed.version, u"1.0"_s);
        QCOMPARE(feed.title, u"A & B"_s);
        QCOMPARE(feed.description, u"<em>sub</em>"_s);
        QCOMPARE(feed.link, u"https://blog.example/"_s);
        QCOMPARE(feed.feedLink, u"https://blog.example/atom.xml"_s);
        QCOMPARE(feed.updated, QDateTime(QDate(2024, 2, 3), QTime(3, 5, 6, 789), Qt::UTC));
        QCOMPARE(feed.authors.value(0).name, u"Ann"_s);
        QCOMPARE(feed.authors.value(0).uri, u"https://blog.example/ann"_s);
        QCOMPARE(feed.image, u"https://blog.example/logo.png"_s);
        QCOMPARE(feed.items.size(), 1);
        const ParsedItem &entry = feed.items[0];
        QCOMPARE(entry.id, u"tag:blog.example,2024:1"_s);
        QCOMPARE(entry.title, u"Hello <b>world</b>"_s);
        QCOMPARE(entry.link, u"https://blog.example/posts/1"_s);
        QCOMPARE(entry.enclosures.value(0).url, u"https://blog.example/pic.png"_s);
        QCOMPARE(entry.enclosures.value(0).length, 99);
        QCOMPARE(entry.image, u"https://blog.example/pic.png"_s); // an image enclosure
        QCOMPARE(entry.summary, u"Short"_s);
        QCOMPARE(entry.content, u"<p>Long</p>"_s);
        QCOMPARE(entry.contentType, u"html"_s);
        QCOMPARE(entry.published, QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(entry.updated, QDateTime(QDate(2024, 2, 2), QTime(0, 0), Qt::UTC));
    }

    void atom03ModesAndDates()
    {
        const ParsedFeed feed = parseText("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">\n"
                                          "  <title mode=\"base64\">RmVlZCBUaXRsZQ==</title>\n"
                                          "  <tagline mode=\"escaped\" type=\"text/html\">&lt;b&gt;t&lt;/b&gt;</tagline>\n"
                                          "  <modified>2003-12-31T10:14:55Z</modified>\n"
                                          "  <link rel=\"alternate\" type=\"text/html\" href=\"http://example.org/\"/>\n"
                                          "  <entry>\n"
                                          "    <title>E</title><id>urn:1</id>\n"
                                          "    <issued>2003-12-30T10:14:55-05:00</issued>\n"
                                          "    <modified>2003-12-31T10:14:55Z</modified>\n"
                                          "    <author><name>Bob</name><url>http://bob.example/</url></author>\n"
                                          "    <content type=\"application/xhtml+xml\" mode=\"xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div></content>\n"
                                          "  </entry>\n"
                                          "</feed>");
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.version, u"0.3"_s);
        QCOMPARE(feed.title, u"Feed Title"_s);
        QCOMPARE(feed.description, u"<b>t</b>"_s);
        QCOMPARE(feed.link, u"http://example.org/"_s);
        QCOMPARE(feed.updated, QDateTime(QDate(2003, 12, 31), QTime(10, 14, 55), Qt::UTC));
        const ParsedItem &entry = feed.items.value(0);
        QCOMPARE(entry.published, QDateTime(QDate(2003, 12, 30), QTime(15, 14, 55), Qt::UTC));
        QCOMPARE(entry.authors.value(0).uri, u"http://bob.example/"_s);
        QCOMPARE(entry.content, u"<p>x</p>"_s);
    }

    void linkWithoutRelIsAlternate()
    {
        const ParsedFeed feed = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"http://e.example/x\"/></entry></feed>");
        QCOMPARE(feed.items.value(0).link, u"http://e.example/x"_s);
        QCOMPARE(feed.items.value(0).links.value(0).rel, u"alternate"_s);
    }

    void base64ContentOfBinaryType()
    {
        const ParsedFeed feed = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"application/octet-stream\">RW50cnkgQ29udGVudA==</content></entry></feed>");
        QCOMPARE(feed.items.value(0).content, u"Entry Content"_s);
    }

    void mediaThumbnailInAtom()
    {
        const ParsedFeed feed = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n"
                                          "<entry><media:group><media:thumbnail url=\"http://e.example/t.jpg\"/></media:group><content type=\"html\">&lt;img src=\"http://e.example/other.jpg\"&gt;</content></entry></feed>");
        QCOMPARE(feed.items.value(0).image, u"http://e.example/t.jpg"_s);
    }

    void resolvedUrlsKeepTheirEncoding()
    {
        // xml:base written with a Unicode host and path stays so (the conformance corpus expects an
        // IRI base back as written); the escapes of each reference are never decoded.
        const ParsedFeed feed = FeedParser::parse(fixture(u"encoded-urls.atom"_s), {QUrl(u"http://ignored.example/feed"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        const QString base = u"http://bücher.example/café/"_s;
        QCOMPARE(feed.link, base + u"home%20page/"_s);
        QCOMPARE(feed.feedLink, base + u"feed%3Fformat=atom"_s);
        QCOMPARE(feed.image, base + u"img/logo%20big.png"_s);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].link, base + u"sub/p%20q.html"_s);
        QCOMPARE(feed.items[0].enclosures.value(0).url, base + u"rel/p%20q.mp3"_s);
        QCOMPARE(feed.items[0].content, u"<a href=\"%1a%2Fb?s=caf%C3%A9#x%23y\">x</a>"_s.arg(base));
        QCOMPARE(feed.items[1].link, u"http://xn--bcher-kva.example/p%20q.html"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserAtom)
#include "tst_parser_atom.moc"
