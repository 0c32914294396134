// SPDX-License-Identifier: MIT
#include "parsing/urltext.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestUrlText final : public QObject
{
    Q_OBJECT

private slots:
    void rfc3986Examples_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("expected");
        // RFC 3986 section 5.4, against http://a/b/c/d;p?q.
        const QList<std::pair<QString, QString>> examples = {
            {u"g:h"_s, u"g:h"_s},
            {u"g"_s, u"http://a/b/c/g"_s},
            {u"./g"_s, u"http://a/b/c/g"_s},
            {u"g/"_s, u"http://a/b/c/g/"_s},
            {u"/g"_s, u"http://a/g"_s},
            {u"//g"_s, u"http://g"_s},
            {u"?y"_s, u"http://a/b/c/d;p?y"_s},
            {u"g?y"_s, u"http://a/b/c/g?y"_s},
            {u"#s"_s, u"http://a/b/c/d;p?q#s"_s},
            {u"g#s"_s, u"http://a/b/c/g#s"_s},
            {u"g?y#s"_s, u"http://a/b/c/g?y#s"_s},
            {u";x"_s, u"http://a/b/c/;x"_s},
            {u"g;x"_s, u"http://a/b/c/g;x"_s},
            {u"g;x?y#s"_s, u"http://a/b/c/g;x?y#s"_s},
            {u""_s, u"http://a/b/c/d;p?q"_s},
            {u"."_s, u"http://a/b/c/"_s},
            {u"./"_s, u"http://a/b/c/"_s},
            {u".."_s, u"http://a/b/"_s},
            {u"../"_s, u"http://a/b/"_s},
            {u"../g"_s, u"http://a/b/g"_s},
            {u"../.."_s, u"http://a/"_s},
            {u"../../"_s, u"http://a/"_s},
            {u"../../g"_s, u"http://a/g"_s},
            {u"../../../g"_s, u"http://a/g"_s},
            {u"../../../../g"_s, u"http://a/g"_s},
            {u"/./g"_s, u"http://a/g"_s},
            {u"/../g"_s, u"http://a/g"_s},
            {u"g."_s, u"http://a/b/c/g."_s},
            {u".g"_s, u"http://a/b/c/.g"_s},
            {u"g.."_s, u"http://a/b/c/g.."_s},
            {u"..g"_s, u"http://a/b/c/..g"_s},
            {u"./../g"_s, u"http://a/b/g"_s},
            {u"./g/."_s, u"http://a/b/c/g/"_s},
            {u"g/./h"_s, u"http://a/b/c/g/h"_s},
            {u"g/../h"_s, u"http://a/b/c/h"_s},
            {u"g;x=1/./y"_s, u"http://a/b/c/g;x=1/y"_s},
            {u"g;x=1/../y"_s, u"http://a/b/c/y"_s},
            {u"g?y/./x"_s, u"http://a/b/c/g?y/./x"_s},
            {u"g?y/../x"_s, u"http://a/b/c/g?y/../x"_s},
            {u"g#s/./x"_s, u"http://a/b/c/g#s/./x"_s},
            {u"g#s/../x"_s, u"http://a/b/c/g#s/../x"_s},
            {u"http:g"_s, u"http:g"_s},
        };
        for (const auto &[reference, expected] : examples)
            QTest::newRow(qPrintable(reference.isEmpty() ? u"(empty)"_s : reference)) << reference << expected;
    }

    void rfc3986Examples()
    {
        QFETCH(QString, reference);
        QFETCH(QString, expected);
        QCOMPARE(urltext::resolved(u"http://a/b/c/d;p?q", reference), expected);
    }

    void escapesAndHostsStayAsWritten()
    {
        QCOMPARE(urltext::resolved(u"http://xn--bcher-kva.example/caf%C3%A9/feed", u"sub/p%20q.html?x=%3F%23&y=%2f#a%2Fb"),
                 u"http://xn--bcher-kva.example/caf%C3%A9/sub/p%20q.html?x=%3F%23&y=%2f#a%2Fb"_s);
        QCOMPARE(urltext::resolved(u"http://bücher.example/café/feed", u"../%7ebob"), u"http://bücher.example/%7ebob"_s);
        QCOMPARE(urltext::resolved(u"http://e.example", u"x"), u"http://e.example/x"_s);
    }

    void charactersNoAddressMayHoldAreEscaped()
    {
        QCOMPARE(urltext::resolved(u"http://e.example/d/", u" a b|c\"d%zz%4 "), u"http://e.example/d/a%20b%7Cc%22d%25zz%254"_s);
        QCOMPARE(urltext::escapeIllegal(u"http://e.example/tab\there"_s), u"http://e.example/tab%09here"_s);
        const QString clean = u"http://e.example/café?q=%20"_s;
        QCOMPARE(urltext::escapeIllegal(clean), clean);
        QCOMPARE(urltext::resolved({}, u"rel/a b"), u"rel/a%20b"_s);
    }
};

QTEST_GUILESS_MAIN(TestUrlText)
#include "tst_urltext.moc"
