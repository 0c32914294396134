// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserPhotos final : public QObject
{
    Q_OBJECT

private slots:
    void relurlResolvesAgainstTheDocument()
    {
        const ParsedFeed feed = FeedParser::parse(fixture(u"photos.xml"_s), {QUrl(u"https://demo.example/feeds/photos.xml"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Photos);
        QCOMPARE(feed.items.size(), 3);
        QCOMPARE(feed.items[0].id, u"p1"_s);
        QCOMPARE(feed.items[0].title, u"Harbour at dawn"_s);
        QCOMPARE(feed.items[0].link, u"https://demo.example/feeds/img/p1.png"_s);
        QCOMPARE(feed.items[0].image, feed.items[0].link);
        QCOMPARE(feed.items[1].link, u"https://demo.example/shared/p2.png"_s);
        QCOMPARE(feed.items[2].image, u"https://cdn.example/p3.png"_s);
    }

    void withoutDocumentUrlRelurlStaysRelative()
    {
        const ParsedFeed feed = parseText("<photos><photo id=\"x\" title=\"t\" relurl=\"img/x.png\"/></photos>");
        QVERIFY(feed.ok());
        QCOMPARE(feed.items.value(0).link, u"img/x.png"_s);
    }

    void relurlKeepsItsEncoding()
    {
        const ParsedFeed feed = FeedParser::parse(fixture(u"encoded-urls-photos.xml"_s),
                                                  {QUrl(u"http://xn--bcher-kva.example/caf%C3%A9/photos.xml"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.items.size(), 3);
        QCOMPARE(feed.items[0].link, u"http://xn--bcher-kva.example/caf%C3%A9/q%20uoted.jpg"_s);
        QCOMPARE(feed.items[0].image, feed.items[0].link);
        QCOMPARE(feed.items[1].link, u"http://xn--bcher-kva.example/a%2Fb%3Fc%23d.jpg"_s);
        QCOMPARE(feed.items[2].link, u"http://xn--bcher-kva.example/caf%C3%A9/café/x%20y.jpg"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserPhotos)
#include "tst_parser_photos.moc"
