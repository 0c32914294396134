// SPDX-License-Identifier: MIT
// Titles written as HTML (Atom type="html"/"xhtml", RSS titles holding escaped markup) are
// stored as the text a person reads: the table, the article header, `items` and `--json` all
// show what the store holds (issue #19).
#include "parsing/feedparser.h"
#include "parsing/titletext.h"
#include "storage/feedstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

const QUrl documentUrl(u"https://blog.example.org/feed/"_s);

FeedFetchUpdate updated()
{
    FeedFetchUpdate update;
    update.outcome = FeedOutcome::Updated;
    update.fetchedAt = QDateTime::currentDateTimeUtc();
    update.httpStatus = 200;
    return update;
}

// The shape a popular blog engine's Atom feed has: HTML titles in CDATA, with references.
QByteArray atomDocument(const QByteArray &firstTitle)
{
    // Plain literals, not raw ones: moc does not find the test class after a raw string here.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
           "<title type=\"html\"><![CDATA[Caf&eacute; &amp; Co]]></title><id>tag:blog.example.org,2026:feed</id>\n"
           "<entry><id>tag:1</id><title type=\"html\"><![CDATA["
           + firstTitle
           + "]]></title><updated>2026-03-01T08:00:00Z</updated></entry>\n"
             "<entry><id>tag:2</id><title type=\"html\">Gr&#246;&#223;e 10 &amp;gt; 5</title>"
             "<updated>2026-03-01T07:00:00Z</updated></entry>\n"
             "<entry><id>tag:3</id><title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
             "The <b>&lt;blink&gt;</b> tag</div></title><updated>2026-03-01T06:00:00Z</updated></entry>\n"
             "<entry><id>tag:4</id><title>Plain &amp;amp; as written</title><updated>2026-03-01T05:00:00Z</updated></entry>\n"
             "</feed>\n";
}

QStringList titlesOf(const QList<Item> &items)
{
    QStringList titles;
    for (const Item &item : items)
        titles << item.title;
    titles.sort();
    return titles;
}

} // namespace

class TestHtmlTitles final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FeedStore> m_store;

    qint64 fetched(const QByteArray &bytes)
    {
        const Result<Feed> added = m_store->addFeed(documentUrl.toString());
        if (!added)
            return 0;
        const ParsedFeed parsed = FeedParser::parse(bytes, ParseOptions{documentUrl, {}});
        return parsed.ok() && m_store->applyFetch(added.value().id, updated(), &parsed).ok() ? added.value().id : 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), u"htmltitles"_s);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    void cleanup() { m_store.reset(); }

    void atomHtmlTitlesAreStoredAsText()
    {
        const qint64 id = fetched(atomDocument("Apostrophe&#8217;s test &#8212; dashes&#8230;"));
        QVERIFY(id > 0);
        QCOMPARE(titlesOf(m_store->items(ItemQuery{}).value()), (QStringList{u"Apostrophe\u2019s test \u2014 dashes\u2026"_s, u"Größe 10 > 5"_s,
                                                                             u"Plain &amp; as written"_s, u"The <blink> tag"_s}));
        QCOMPARE(m_store->feeds().value().constFirst().title, u"Café & Co"_s);
    }

    void markupStoredBeforeHealsOnTheNextFetch()
    {
        // Before this fix the markup itself was stored. The content fingerprint is taken of the
        // stored text, so the same entry fetched again counts as edited and is rewritten.
        const Result<Feed> added = m_store->addFeed(documentUrl.toString());
        QVERIFY(added.ok());
        ParsedFeed parsed;
        ParsedItem item;
        item.id = u"tag:1"_s;
        item.title = u"Apostrophe&#8217;s"_s;
        parsed.items << item;
        QVERIFY(m_store->applyFetch(added.value().id, updated(), &parsed).ok());
        QCOMPARE(m_store->items(ItemQuery{}).value().constFirst().title, u"Apostrophe&#8217;s"_s);
        parsed.items.first().titleMarkup = TitleMarkup::Html;
        QVERIFY(m_store->applyFetch(added.value().id, updated(), &parsed).ok());
        QCOMPARE(m_store->items(ItemQuery{}).value().constFirst().title, u"Apostrophe’s"_s);
    }

    void rssTitlesAreTextUnlessTheyHoldMarkup_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("shown");
        QTest::newRow("escaped tag") << u"&lt;b&gt;Bold&lt;/b&gt; move"_s << u"Bold move"_s;
        QTest::newRow("double-escaped reference") << u"Apostrophe&amp;#8217;s"_s << u"Apostrophe\u2019s"_s;
        QTest::newRow("double-escaped named") << u"Größe 10 &amp;gt; 5"_s << u"Größe 10 > 5"_s;
        QTest::newRow("a less-than sign") << u"1 &lt; 2 and &lt;3"_s << u"1 < 2 and <3"_s;
        QTest::newRow("an ampersand") << u"Fish &amp; Chips &amp; more"_s << u"Fish & Chips & more"_s;
        QTest::newRow("query-like text") << u"?page=1&amp;copy=2 done"_s << u"?page=1&copy=2 done"_s;
        QTest::newRow("markup across lines") << u"&lt;i&gt;Two&lt;/i&gt;\n   lines"_s << u"Two lines"_s;
    }

    void rssTitlesAreTextUnlessTheyHoldMarkup()
    {
        QFETCH(QString, written);
        QFETCH(QString, shown);
        const QByteArray rss = u"<rss version=\"2.0\"><channel><title>Blog</title><item><guid>1</guid><title>%1</title></item></channel></rss>"_s
                                   .arg(written)
                                   .toUtf8();
        const ParsedFeed parsed = FeedParser::parse(rss, ParseOptions{documentUrl, {}});
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(titletext::of(parsed.items.constFirst()), shown);
        QVERIFY(fetched(rss) > 0);
        QCOMPARE(m_store->items(ItemQuery{}).value().constFirst().title, shown);
    }

    void parseKeepsTheMarkupTheConformanceSchemaAsksFor()
    {
        const ParsedFeed parsed = FeedParser::parse(atomDocument("Apostrophe&#8217;s"), ParseOptions{documentUrl, {}});
        QCOMPARE(parsed.items.constFirst().title, u"Apostrophe&#8217;s"_s);
        QCOMPARE(parsed.items.at(2).title, u"The <b>&lt;blink&gt;</b> tag"_s);
    }

    void brokenReferencesStayAsWritten()
    {
        QCOMPARE(titletext::plain(u"AT&T &bogus; &#; &#xZZ; &#0; <3 a<b"_s, TitleMarkup::Html), u"AT&T &bogus; &#; &#xZZ; \uFFFD <3 a<b"_s);
        QCOMPARE(titletext::plain(u"one<br>two<!-- note -->three"_s, TitleMarkup::Html), u"one two three"_s);
        QCOMPARE(titletext::plain(u"<a title=\"x > y\">link</a>"_s, TitleMarkup::Html), u"link"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlTitles)
#include "tst_htmltitles.moc"
