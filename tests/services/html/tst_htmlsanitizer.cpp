// SPDX-License-Identifier: MIT
#include "html/htmlsanitizer.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void keepsStructureAndSafeLinks()
    {
        const QString out = sanitizeHtml(u"<p class=\"x\" style=\"color:red\">Hi <a href=\"https://e.org/a?b=1&amp;c=2\" onclick=\"evil()\">there</a></p>"_s);
        QCOMPARE(out, u"<p>Hi <a href=\"https://e.org/a?b=1&amp;amp;c=2\">there</a></p>"_s);
    }

    void dropsScriptsAndTheirContent()
    {
        const QString out = sanitizeHtml(u"a<script>alert('x')</script>b<style>p{}</style>c<iframe src=\"https://x\">no</iframe>d"_s);
        QCOMPARE(out, u"abcd"_s);
    }

    void dropsDangerousLinks()
    {
        QCOMPARE(sanitizeHtml(u"<a href=\"javascript:alert(1)\">x</a>"_s), u"<a>x</a>"_s);
        QCOMPARE(sanitizeHtml(u"<a href=' JaVaScRiPt:alert(1)'>x</a>"_s), u"<a>x</a>"_s);
        QCOMPARE(sanitizeHtml(u"<a href=data:text/html,evil>x</a>"_s), u"<a>x</a>"_s);
    }

    void remoteImagesOnlyWhenAllowed()
    {
        const QString html = u"<img src=\"https://tracker.example/p.gif\" alt=\"Photo\" onerror=\"x()\">"_s;
        QCOMPARE(sanitizeHtml(html), u"[Photo]"_s);
        QCOMPARE(sanitizeHtml(html, {true}), u"<img src=\"https://tracker.example/p.gif\" alt=\"Photo\">"_s);
        QCOMPARE(sanitizeHtml(u"<img src=\"https://t.example/1.gif\">"_s), QString());
    }

    void survivesBrokenMarkup()
    {
        QCOMPARE(sanitizeHtml(u"<p>unclosed <b>bold"_s), u"<p>unclosed <b>bold"_s);
        QCOMPARE(sanitizeHtml(u"<script>never closed"_s), QString());
        QCOMPARE(sanitizeHtml(u"5 < 6 and <!-- comment --> done"_s), u"5 < 6 and  done"_s);
        QCOMPARE(sanitizeHtml(u"<unknown-tag>text</unknown-tag>"_s), u"text"_s);
    }

    void addressesKeepTheirEncoding()
    {
        const QString html = u"<a href=\"https://e.example/uploads/a%20b.html?s=caf%C3%A9#x%23y\">x</a>"
                             "<img src=\"https://xn--bcher-kva.example/a%2Fb.jpg?q=%3F\" alt=\"p\">"_s;
        QCOMPARE(sanitizeHtml(html, {true}), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
