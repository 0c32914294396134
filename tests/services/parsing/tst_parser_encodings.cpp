// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QStringEncoder>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

const QString title = u"Grüße — ça va? Ж"_s;

QByteArray rssText(const QString &declaredEncoding, const QString &text)
{
    QString xml;
    if (!declaredEncoding.isEmpty())
        xml = u"<?xml version=\"1.0\" encoding=\"%1\"?>\n"_s.arg(declaredEncoding);
    xml += u"<rss version=\"2.0\"><channel><title>%1</title></channel></rss>"_s.arg(text);
    return xml.toUtf8();
}

QByteArray encoded(const QByteArray &utf8, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class TestParserEncodings final : public QObject
{
    Q_OBJECT

private slots:
    void unicodeForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QByteArray utf8 = rssText({}, title);
        QTest::newRow("utf-8") << utf8 << u"utf-8"_s;
        QTest::newRow("utf-8 bom") << (QByteArray("\xEF\xBB\xBF") + utf8) << u"utf-8"_s;
        QTest::newRow("utf-16le bom") << (QByteArray("\xFF\xFE") + encoded(utf8, "UTF-16LE")) << u"utf-16le"_s;
        QTest::newRow("utf-16be bom") << (QByteArray("\xFE\xFF") + encoded(utf8, "UTF-16BE")) << u"utf-16be"_s;
        QTest::newRow("utf-16le no bom") << encoded(rssText(u"utf-16"_s, title), "UTF-16LE") << u"utf-16le"_s;
        QTest::newRow("utf-16be no bom") << encoded(rssText(u"utf-16"_s, title), "UTF-16BE") << u"utf-16be"_s;
        QTest::newRow("utf-32le no bom") << encoded(rssText({}, title), "UTF-32LE") << u"utf-32le"_s;
        QTest::newRow("utf-32be bom") << (QByteArray("\x00\x00\xFE\xFF", 4) + encoded(utf8, "UTF-32BE")) << u"utf-32be"_s;
    }

    void unicodeForms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.encoding, encoding);
        QCOMPARE(feed.title, title);
    }

    void legacyCodePages_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::newRow("iso-8859-1") << u"iso-8859-1"_s << u"Grüße à bientôt"_s;
        QTest::newRow("iso-8859-2") << u"ISO-8859-2"_s << u"Zażółć gęślą"_s;
        QTest::newRow("windows-1251") << u"windows-1251"_s << u"Привет мир"_s;
        QTest::newRow("windows-1252") << u"windows-1252"_s << u"don’t — “quoted”"_s;
        QTest::newRow("koi8-r") << u"KOI8-R"_s << u"Привет"_s;
        QTest::newRow("shift_jis") << u"Shift_JIS"_s << u"日本語のフィード"_s;
        QTest::newRow("big5") << u"Big5"_s << u"中文新聞"_s;
        QTest::newRow("euc-kr") << u"EUC-KR"_s << u"한국어 뉴스"_s;
    }

    void legacyCodePages()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const QByteArray bytes = encoded(rssText(encoding, text), encoding.toLatin1().constData());
        QVERIFY(!bytes.isEmpty());
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.title, text);
        QCOMPARE(feed.encoding, encoding.toLower());
    }

    void httpCharsetOverridesTheDeclaration()
    {
        // Declared as UTF-8, served as windows-1251 (RFC 7303: the transport wins).
        const QByteArray bytes = encoded(rssText(u"utf-8"_s, u"Привет"_s), "windows-1251");
        ParseOptions options;
        options.httpCharset = "windows-1251";
        const ParsedFeed feed = FeedParser::parse(bytes, options);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.title, u"Привет"_s);
    }

    void bomOverridesHttpCharset()
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + rssText({}, title);
        ParseOptions options;
        options.httpCharset = "iso-8859-1";
        const ParsedFeed feed = FeedParser::parse(bytes, options);
        QVERIFY(feed.ok());
        QCOMPARE(feed.title, title);
    }

    void undeclaredLegacyBytesAreFlagged()
    {
        const QByteArray bytes = "<rss version=\"2.0\"><channel><title>caf\xE9</title></channel></rss>";
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY(!feed.ok());
        QVERIFY(feed.partial);
        QCOMPARE(feed.title, u"café"_s); // still readable: decoded as windows-1252
    }

    void unknownDeclaredEncodingIsFlagged()
    {
        const ParsedFeed feed = FeedParser::parse(rssText(u"x-no-such-charset"_s, u"plain"_s));
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(u"x-no-such-charset"_s), qPrintable(feed.error));
        QCOMPARE(feed.title, u"plain"_s);
    }

    void c1ControlsAreReadAsWindows1252()
    {
        const ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><title>don&#146;t</title></channel></rss>");
        QCOMPARE(feed.title, u"don\u2019t"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserEncodings)
#include "tst_parser_encodings.moc"
