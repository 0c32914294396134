// SPDX-License-Identifier: MIT
#include "parsing/dateparser.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserDates final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        const QString base = u"2003-12-31T10:14:55Z"_s;
        QTest::newRow("rfc822") << u"Wed, 31 Dec 2003 10:14:55 GMT"_s << base;
        QTest::newRow("no weekday") << u"31 Dec 2003 10:14:55 +0000"_s << base;
        QTest::newRow("numeric zone") << u"Wed, 31 Dec 2003 05:14:55 -0500"_s << base;
        QTest::newRow("named zone EST") << u"Wed, 31 Dec 2003 05:14:55 EST"_s << base;
        QTest::newRow("named zone PDT") << u"Wed, 31 Dec 2003 03:14:55 PDT"_s << base;
        QTest::newRow("military zone") << u"Wed, 31 Dec 2003 10:14:55 Z"_s << base;
        QTest::newRow("two-digit year") << u"Wed, 31 Dec 03 10:14:55 GMT"_s << base;
        QTest::newRow("two-digit year 19xx") << u"Fri, 31 Dec 99 10:14:55 GMT"_s << u"1999-12-31T10:14:55Z"_s;
        QTest::newRow("no seconds") << u"Wed, 31 Dec 2003 10:14 GMT"_s << u"2003-12-31T10:14:00Z"_s;
        QTest::newRow("no zone") << u"Wed, 31 Dec 2003 10:14:55"_s << base;
        QTest::newRow("full names") << u"Wednesday, 31 December 2003 10:14:55 GMT"_s << base;
        QTest::newRow("month first") << u"Dec 31, 2003 10:14:55 GMT"_s << base;
        QTest::newRow("dashes") << u"31-Dec-2003 10:14:55 GMT"_s << base;
        QTest::newRow("zone with colon") << u"Wed, 31 Dec 2003 11:14:55 +01:00"_s << base;
        QTest::newRow("single-digit day") << u"Thu, 1 Jan 2004 00:00:00 GMT"_s << u"2004-01-01T00:00:00Z"_s;
        QTest::newRow("rfc3339") << u"2003-12-31T10:14:55Z"_s << base;
        QTest::newRow("rfc3339 offset") << u"2003-12-31T12:14:55+02:00"_s << base;
        QTest::newRow("fraction") << u"2003-12-31T10:14:55.123456Z"_s << u"2003-12-31T10:14:55.123Z"_s;
        QTest::newRow("iso no zone") << u"2003-12-31T10:14:55"_s << base;
        QTest::newRow("iso space") << u"2003-12-31 10:14:55 +0000"_s << base;
        QTest::newRow("iso no seconds") << u"2003-12-31T10:14Z"_s << u"2003-12-31T10:14:00Z"_s;
        QTest::newRow("date only") << u"2003-12-31"_s << u"2003-12-31T00:00:00Z"_s;
        QTest::newRow("year month") << u"2003-12"_s << u"2003-12-01T00:00:00Z"_s;
        QTest::newRow("compact") << u"20031231T101455Z"_s << base;
        QTest::newRow("lowercase t") << u"2003-12-31t10:14:55z"_s << base;
        QTest::newRow("surrounding space") << u"  Wed, 31 Dec 2003 10:14:55 GMT\n"_s << base;
        // Near the common shape, read the way the loose reading always has.
        QTest::newRow("no space after comma") << u"Wed,31 Dec 2003 10:14:55 GMT"_s << base;
        QTest::newRow("runs of spaces") << u"Wed,  31  Dec  2003  10:14:55  GMT"_s << base;
        QTest::newRow("lower case") << u"wed, 31 dec 2003 10:14:55 gmt"_s << base;
        QTest::newRow("zone and comment") << u"Wed, 31 Dec 2003 10:14:55 +0000 (UTC)"_s << base;
        QTest::newRow("first month wins") << u"Jan, 31 Dec 2003 10:14:55 GMT"_s << u"2003-01-31T10:14:55Z"_s;
        QTest::newRow("first zone wins") << u"EST, 31 Dec 2003 10:14:55 GMT"_s << u"2003-12-31T15:14:55Z"_s;
        QTest::newRow("day rollover") << u"2003-12-31T23:30:00-01:00"_s << u"2004-01-01T00:30:00Z"_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = DateParser::parse(text);
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed, QDateTime::fromString(utc, Qt::ISODateWithMs));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"yesterday"_s;
        QTest::newRow("bad month") << u"31 Foo 2003 10:00:00 GMT"_s;
        QTest::newRow("day 32") << u"2003-12-32T10:00:00Z"_s;
        QTest::newRow("hour 25") << u"2003-12-31T25:00:00Z"_s;
        QTest::newRow("february 30") << u"Mon, 30 Feb 2004 10:00:00 GMT"_s;
        QTest::newRow("garbage zone") << u"2003-12-31T10:14:55 nonsense"_s;
        QTest::newRow("huge") << QString(500, u'9');
    }

    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY2(!DateParser::parse(text).isValid(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestParserDates)
#include "tst_parser_dates.moc"
