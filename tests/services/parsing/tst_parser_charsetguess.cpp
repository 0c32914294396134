// SPDX-License-Identifier: MIT
// Documents that declare no encoding and are not UTF-8: the encoding is guessed from the bytes
// (ICU's charset detector), the guess is reported and the document stays flagged.
#include "parsing/encodingdetector.h"
#include "parsing/feedparser.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

// A paragraph each: the detector needs running text in a language to tell code pages apart.
const QString russian = u"Новости дня. Сегодня в городе прошёл сильный дождь, и многие жители остались дома. Синоптики "
                        u"обещают, что завтра погода улучшится, а к выходным станет совсем тепло. В парке открылась новая "
                        u"выставка современного искусства, которую уже посетили тысячи человек. Министерство транспорта "
                        u"сообщило о ремонте главной дороги, который продлится до конца месяца."_s;
const QString polish = u"Wiadomości dnia. Dzisiaj w mieście padał silny deszcz i wielu mieszkańców zostało w domu. Synoptycy "
                       u"zapowiadają, że jutro pogoda się poprawi, a na weekend zrobi się zupełnie ciepło. W parku otwarto "
                       u"nową wystawę sztuki współczesnej, którą odwiedziły już tysiące osób. Ministerstwo transportu "
                       u"poinformowało o remoncie głównej drogi, który potrwa do końca miesiąca."_s;
const QString japanese = u"今日のニュース。今日は町で強い雨が降り、多くの住民は家にいました。天気予報によると、明日は天気が回復し、"
                         u"週末にはとても暖かくなるそうです。公園では現代美術の新しい展覧会が開かれ、すでに何千人もの人が訪れました。"
                         u"交通省は、主要道路の工事が月末まで続くと発表しました。"_s;
const QString chinese = u"今日新闻。今天城里下了大雨，许多居民留在家里。天气预报说，明天天气将会好转，周末会变得非常暖和。"
                        u"公园里开幕了一个新的现代艺术展览，已经有成千上万的人参观。交通部宣布，主要道路的维修工程将持续到月底。"_s;
const QString thai = u"ข่าววันนี้ วันนี้ฝนตกหนักในเมือง ผู้คนจำนวนมากอยู่บ้าน นักพยากรณ์อากาศบอกว่าพรุ่งนี้อากาศจะดีขึ้น"_s;

QString rss(const QString &text, const QString &declaration = {})
{
    return declaration + u"<rss version=\"2.0\"><channel><title>"_s + text.left(12) + u"</title><description>"_s + text
           + u"</description><item><title>"_s + text.left(20) + u"</title><description>"_s + text + u"</description></item></channel></rss>"_s;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    if (!encoder.isValid() || encoder.hasError())
        qFatal("cannot encode the sample as %s", encoding);
    return bytes;
}

} // namespace

class TestParserCharsetGuess final : public QObject
{
    Q_OBJECT

private slots:
    void undeclaredLegacyEncodingIsDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("writtenAs");
        QTest::addColumn<QString>("detected");
        QTest::newRow("koi8-r") << russian << "KOI8-R"_ba << u"koi8-r"_s;
        QTest::newRow("windows-1251") << russian << "windows-1251"_ba << u"windows-1251"_s;
        QTest::newRow("iso-8859-2") << polish << "ISO-8859-2"_ba << u"iso-8859-2"_s;
        QTest::newRow("shift_jis") << japanese << "Shift_JIS"_ba << u"shift_jis"_s;
        QTest::newRow("euc-jp") << japanese << "EUC-JP"_ba << u"euc-jp"_s;
        // ICU names the superset it decodes with; GB2312 text reads the same in GB18030.
        QTest::newRow("gb2312") << chinese << "GB2312"_ba << u"gb18030"_s;
    }

    void undeclaredLegacyEncodingIsDetected()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, writtenAs);
        QFETCH(QString, detected);
        const ParsedFeed feed = FeedParser::parse(encoded(rss(text), writtenAs.constData()));
        QCOMPARE(feed.encoding, detected);
        QCOMPARE(feed.title, text.left(12).trimmed());
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].summary, text);
        // Still a guess: the document is flagged, with the items kept.
        QVERIFY(!feed.ok());
        QVERIFY(feed.partial);
        QVERIFY2(feed.error.contains(detected), qPrintable(feed.error));
        QVERIFY(feed.encodingConfidence.has_value());
        QVERIFY2(*feed.encodingConfidence >= 20 && *feed.encodingConfidence <= 100, qPrintable(QString::number(*feed.encodingConfidence)));
    }

    void validUtf8IsNeverGuessed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("russian") << russian;
        QTest::newRow("japanese") << japanese;
        QTest::newRow("ascii") << u"Plain words only."_s;
    }

    void validUtf8IsNeverGuessed()
    {
        QFETCH(QString, text);
        const ParsedFeed feed = FeedParser::parse(rss(text).toUtf8());
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.encoding, u"utf-8"_s);
        QCOMPARE(feed.encodingConfidence.value_or(-1), -1);
        QCOMPARE(feed.title, text.left(12).trimmed());
    }

    void declaredEncodingWins()
    {
        // KOI8-R bytes declared as windows-1251: the declaration is obeyed, however unlikely.
        const QByteArray bytes = encoded(rss(russian, u"<?xml version=\"1.0\" encoding=\"windows-1251\"?>"_s), "KOI8-R");
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.encoding, u"windows-1251"_s);
        QCOMPARE(feed.encodingConfidence.value_or(-1), -1);
        QVERIFY(feed.title != russian.left(12));
    }

    void httpCharsetWins()
    {
        ParseOptions options;
        options.httpCharset = "windows-1251";
        const ParsedFeed feed = FeedParser::parse(encoded(rss(russian), "KOI8-R"), options);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.encoding, u"windows-1251"_s);
        QCOMPARE(feed.encodingConfidence.value_or(-1), -1);
    }

    void byteOrderMarkWins()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"_ba + rss(russian).toUtf8();
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.encoding, u"utf-8"_s);
        QCOMPARE(feed.encodingConfidence.value_or(-1), -1);
    }

    void codePageWithoutAModelFallsBackToWindows1252()
    {
        // ICU has no model for Thai: its best candidate (EUC-KR) does not even decode, so the
        // document is read as windows-1252, as before, with no confidence in it.
        const ParsedFeed feed = FeedParser::parse(encoded(rss(thai), "TIS-620"));
        QCOMPARE(feed.encoding, u"windows-1252"_s);
        QCOMPARE(feed.encodingConfidence.value_or(-1), 0);
        QVERIFY(!feed.ok());
        QVERIFY(feed.partial);
        QCOMPARE(feed.error, u"The document does not declare its encoding and is not valid UTF-8."_s);
    }

    void detectorSurvivesAnyBytes()
    {
        // Not a fuzzer: a fixed seed, so a crash here reproduces. Shapes that reach the guess:
        // empty, one byte, markup around noise, and noise alone.
        const QByteArray shapes[] = {""_ba, "\x80"_ba, "\xFF"_ba, "<"_ba, "<a>\xE9</a>"_ba};
        for (const QByteArray &bytes : shapes) {
            const DecodedDocument doc = EncodingDetector::decode(bytes, {});
            QVERIFY(!doc.encoding.isEmpty());
        }
        QRandomGenerator random(21);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes(random.bounded(0, 3000), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            if (round % 2)
                bytes = "<rss><channel><title>"_ba + bytes + "</title></channel></rss>"_ba;
            const DecodedDocument doc = EncodingDetector::decode(bytes, {});
            QVERIFY(!doc.encoding.isEmpty());
            QVERIFY(!doc.isUtf8 || doc.encoding == u"utf-8"_s);
            (void)FeedParser::parse(bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestParserCharsetGuess)
#include "tst_parser_charsetguess.moc"
