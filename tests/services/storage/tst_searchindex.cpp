// SPDX-License-Identifier: MIT
// The search index reads what a reader sees of an article: its words, not its markup
// (storage/searchtext.h, storage/markuptokenizer.h), in new profiles and in ones indexed before.
#include "parsing/parsedfeed.h"
#include "storage/feedstore.h"
#include "storage/searchtext.h"
#include "storage/sqlitestatement.h"
#include "testprofile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// An article as blogs publish them: links, emphasis, a picture, references, a script.
const QString article = u"<p>The <a href=\"https://example.org/notes/42\" class=\"external\">comet</a> returns "
                        "&amp; the <strong>aurora</strong> glows over the caf&eacute;.</p>"
                        "<img src=\"https://cdn.example.net/sky.jpg\" alt=\"photo\"><br>"
                        "<script>var tracker = 'beacon';</script><!-- hidden remark -->"
                        "<p>Spectro<em>scopy</em> at night&nbsp;time</p>"_s;

ParsedItem articleItem(const QString &id, const QString &title)
{
    ParsedItem item;
    item.id = id;
    item.title = title;
    item.link = u"https://example.org/"_s + id;
    item.summary = u"A <b>short</b> summary with a <a href=\"https://example.org/more\">link</a>"_s;
    item.content = article;
    item.published = QDateTime::currentDateTimeUtc();
    return item;
}

std::string readableOf(const std::string &markup)
{
    SearchText text;
    return readableText(markup, text) ? text.readable : markup;
}

/// Sets FRESHET_PLAIN_SEARCH_TOKENIZER for its lifetime: the store then acts as a build whose
/// Qt carries its own SQLite, which cannot be given the markup tokenizer.
struct PlainTokenizerBuild
{
    PlainTokenizerBuild() { qputenv("FRESHET_PLAIN_SEARCH_TOKENIZER", "1"); }
    ~PlainTokenizerBuild() { qunsetenv("FRESHET_PLAIN_SEARCH_TOKENIZER"); }
    PlainTokenizerBuild(const PlainTokenizerBuild &) = delete;
    PlainTokenizerBuild &operator=(const PlainTokenizerBuild &) = delete;
};

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProfile> m_profile;

    std::unique_ptr<FeedStore> openStore() { return m_profile->openStore(u"test"_s); }

    static int found(FeedStore &store, const QString &words)
    {
        ItemQuery search;
        search.search = words;
        Result<QList<Item>> items = store.items(search);
        if (!items)
            qWarning("search for %s: %s", qPrintable(words), qPrintable(items.error()));
        return items ? int(items.value().size()) : -1;
    }

    static bool searchIndexIsIntact(FeedStore &store)
    {
        QSqlQuery check(store.database());
        if (!check.exec(u"INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"_s)) {
            qWarning("%s", qPrintable(check.lastError().text()));
            return false;
        }
        return true;
    }

    static QString declaredTokenizer(FeedStore &store)
    {
        QSqlQuery declared(u"SELECT sql FROM sqlite_master WHERE name = 'items_fts'"_s, store.database());
        return declared.next() ? declared.value(0).toString().section(u"tokenize = '"_s, 1).section(u' ', 0, 0) : QString();
    }

    static void storeTwoArticles(FeedStore &store)
    {
        const Feed feed = store.addFeed(u"https://example.org/feed"_s).value();
        ParsedFeed parsed;
        parsed.items << articleItem(u"1"_s, u"Sky tonight"_s) << articleItem(u"2"_s, u"Why 2 < 3 and a<b stays"_s);
        TestProfile::storeParsed(store, feed.id, parsed);
        QVERIFY(store.indexSearchBacklog().ok());
    }

    /// Words a reader sees are found; words only the markup holds are not.
    static void checkArticleSearch(FeedStore &store, bool markupTokenizer)
    {
        for (const QString &seen : {u"comet"_s, u"aurora"_s, u"glows"_s, u"night"_s, u"time"_s, u"summary"_s, u"link"_s})
            QVERIFY2(found(store, seen) == 2, qPrintable(seen));
        // Markup read as words splits these: "caf" "eacute", "spectro" "em" "scopy".
        for (const QString &seen : {u"cafe"_s, u"café"_s, u"spectroscopy"_s})
            QVERIFY2(found(store, seen) == (markupTokenizer ? 2 : 0), qPrintable(seen));
        const int inMarkup = markupTokenizer ? 0 : 2;
        for (const QString &markup : {u"href"_s, u"https"_s, u"notes"_s, u"external"_s, u"strong"_s, u"amp"_s, u"nbsp"_s,
                                      u"eacute"_s, u"img"_s, u"jpg"_s, u"tracker"_s, u"beacon"_s, u"hidden"_s, u"photo"_s})
            QVERIFY2(found(store, markup) == inMarkup, qPrintable(markup));
        // A title's '<' that opens no tag is text.
        QCOMPARE(found(store, u"stays"_s), 1);
        QVERIFY(searchIndexIsIntact(store));
    }

private slots:
    void init() { m_profile = std::make_unique<TestProfile>(); }

    void readableTextLeavesOutMarkup_data()
    {
        QTest::addColumn<QString>("markup");
        QTest::addColumn<QString>("readable");
        QTest::newRow("tags and attributes") << u"<p class=\"x\">one <a href='https://a.example/b'>two</a></p>"_s << u"one two "_s;
        QTest::newRow("a phrase tag inside a word") << u"Spectro<em>scopy</em>"_s << u"Spectroscopy"_s;
        QTest::newRow("a block tag between words") << u"one<br>two<p>three"_s << u"one two three"_s;
        QTest::newRow("references") << u"caf&eacute; &amp; tea&nbsp;&#8217;s &#x41;"_s << u"café & tea\u00A0\u2019s A"_s;
        QTest::newRow("a reference just before other non-ASCII") << u"caf&eacute; à l&apos;été"_s << u"café à l'été"_s;
        QTest::newRow("no reference") << u"AT&T &bogus; &"_s << u"AT&T &bogus; &"_s;
        QTest::newRow("a '<' that opens no tag") << u"2 < 3 and 4<5"_s << u"2 < 3 and 4<5"_s;
        QTest::newRow("a '<' with no '>' after it") << u"a<b and more"_s << u"a<b and more"_s;
        QTest::newRow("'>' inside a quoted value") << u"<a title=\"x > y\">word</a>"_s << u"word"_s;
        QTest::newRow("an apostrophe outside a value") << u"<a title=don't>word</a> after"_s << u"word after"_s;
        QTest::newRow("an unclosed quote") << u"<a title=\"x>word"_s << u"word"_s;
        QTest::newRow("script and style") << u"a<script>x<y</script>b<STYLE>p{}</style>c"_s << u"a b c"_s;
        QTest::newRow("a script never closed") << u"a<script>rest of it"_s << u"a "_s;
        QTest::newRow("comments and declarations") << u"a<!-- b -->c<!DOCTYPE html>d<?pi x?>e"_s << u"a c d e"_s;
        QTest::newRow("an unclosed comment is text") << u"a<!-- b"_s << u"a<!-- b"_s;
        QTest::newRow("non-ASCII") << u"<i>Ünïcødé</i> 東京<br>ß"_s << u"Ünïcødé 東京 ß"_s;
    }

    void readableTextLeavesOutMarkup()
    {
        QFETCH(QString, markup);
        QFETCH(QString, readable);
        QCOMPARE(QString::fromStdString(readableOf(markup.toStdString())), readable);
    }

    void aWordsOffsetsPointAtTheMarkupThatShowsIt()
    {
        const std::string markup = "<p>caf&eacute; <b>sky</b></p>";
        SearchText text;
        QVERIFY(readableText(markup, text));
        const std::size_t cafe = text.readable.find("café");
        QCOMPARE(text.markupOffset(cafe, false), markup.find("caf"));
        QCOMPARE(text.markupOffset(cafe + std::string("café").size(), true), markup.find(';') + 1);
        const std::size_t sky = text.readable.find("sky");
        QCOMPARE(text.markupOffset(sky, false), markup.find("sky"));
        QCOMPARE(text.markupOffset(sky + 3, true), markup.find("sky") + 3);
    }

    void textWithoutMarkupIsLeftToTheTokenizer()
    {
        SearchText text;
        QVERIFY(!readableText("plain words only", text));
        QVERIFY(text.readable.empty());
    }

    void articlesAreFoundByTheirWordsNotTheirMarkup()
    {
        if (!SqliteStatement::builtIn())
            QSKIP("this build cannot reach SQLite itself: the search index reads markup as words");
        auto store = openStore();
        QCOMPARE(declaredTokenizer(*store), u"freshet_html"_s);
        storeTwoArticles(*store);
        checkArticleSearch(*store, true);
    }

    void editedAndDeletedArticlesLeaveTheIndexIntact()
    {
        auto store = openStore();
        storeTwoArticles(*store);
        const Feed feed = store->localFeedByUrl(u"https://example.org/feed"_s).value().value();
        ParsedFeed edited;
        ParsedItem changed = articleItem(u"1"_s, u"Sky tonight"_s);
        changed.content = u"<p>Now about <a href=\"https://example.org/n\">nebulae</a></p>"_s;
        edited.items << changed << articleItem(u"2"_s, u"Why 2 < 3 and a<b stays"_s);
        TestProfile::storeParsed(*store, feed.id, edited);
        QCOMPARE(found(*store, u"nebulae"_s), 1);
        QCOMPARE(found(*store, u"comet"_s), 1);
        QVERIFY(searchIndexIsIntact(*store));
        QSqlQuery remove(u"DELETE FROM items"_s, store->database());
        QVERIFY2(remove.lastError().type() == QSqlError::NoError, qPrintable(remove.lastError().text()));
        QCOMPARE(found(*store, u"nebulae"_s), 0);
        QVERIFY(searchIndexIsIntact(*store));
    }

    void aProfileIndexedWithMarkupIsIndexedAgainByWords()
    {
        if (!SqliteStatement::builtIn())
            QSKIP("this build cannot reach SQLite itself");
        {
            PlainTokenizerBuild before;
            auto store = openStore();
            QCOMPARE(declaredTokenizer(*store), u"unicode61"_s);
            storeTwoArticles(*store);
            checkArticleSearch(*store, false);
        }
        auto store = openStore();
        QCOMPARE(declaredTokenizer(*store), u"freshet_html"_s);
        // Every item waits to be indexed again, and is, by the next store's first job.
        QSqlQuery mark(u"SELECT indexed_through FROM search_index_state"_s, store->database());
        QVERIFY(mark.next());
        QCOMPARE(mark.value(0).toInt(), 0);
        QVERIFY(store->indexSearchBacklog().ok());
        checkArticleSearch(*store, true);
    }

    void aProfileOpensWhereTheMarkupTokenizerIsMissing()
    {
        if (!SqliteStatement::builtIn())
            QSKIP("this build cannot reach SQLite itself");
        {
            auto store = openStore();
            storeTwoArticles(*store);
        }
        {
            PlainTokenizerBuild elsewhere;
            auto store = openStore();
            QCOMPARE(declaredTokenizer(*store), u"unicode61"_s);
            QVERIFY(store->indexSearchBacklog().ok());
            checkArticleSearch(*store, false);
            QSqlQuery integrity(u"PRAGMA integrity_check"_s, store->database());
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        }
        // And back again.
        auto store = openStore();
        QCOMPARE(declaredTokenizer(*store), u"freshet_html"_s);
        QVERIFY(store->indexSearchBacklog().ok());
        checkArticleSearch(*store, true);
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
