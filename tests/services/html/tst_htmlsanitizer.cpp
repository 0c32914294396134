// SPDX-License-Identifier: MIT
#include "html/htmlsanitizer.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void addressesAreDecodedOnceAndStayEncoded()
    {
        // An attribute's references stand for characters: "&amp;" in href is one '&', and the
        // output escapes it once. A raw space is no URL character; %C3%A9 stays as written.
        QCOMPARE(sanitizeHtml(u"<a href=\"https://e.org/s?q=caf%C3%A9&amp;p=2&#038;x=1\">s</a>"_s),
                 u"<a href=\"https://e.org/s?q=caf%C3%A9&amp;p=2&amp;x=1\">s</a>"_s);
        QCOMPARE(sanitizeHtml(u"<img src=\"https://e.org/uploads/a b.jpg\" alt=\"Caf&eacute; &amp; co\">"_s, {true}),
                 u"<img src=\"https://e.org/uploads/a%20b.jpg\" alt=\"Café &amp; co\">"_s);
        QCOMPARE(sanitizeHtml(u"<img src=\"https://e.org/a b.jpg\" alt=\"Caf&eacute; &lt;3\">"_s), u"[Café &lt;3]"_s);
        QCOMPARE(sanitizeHtml(u"<a href=\"jav&#97;script:alert(1)\">x</a>"_s), u"<a>x</a>"_s);
    }

    void keepsStructureAndSafeLinks()
    {
        const QString out = sanitizeHtml(u"<p class=\"x\" style=\"color:red\">Hi <a href=\"https://e.org/a?b=1&amp;c=2\" onclick=\"evil()\">there</a></p>"_s);
        QCOMPARE(out, u"<p>Hi <a href=\"https://e.org/a?b=1&amp;c=2\">there</a></p>"_s);
    }

    void dropsScriptsAndTheirContent()
    {
        const QString out = sanitizeHtml(u"a<script>alert('x')</script>b<style>p{}</style>c<object data=\"https://x\">no</object>d"_s);
        QCOMPARE(out, u"abcd"_s);
    }

    void anEmbeddedPlayerBecomesALinkInsteadOfVanishing()
    {
        // The frame's own content (a fallback) goes; a line naming the player and linking to it stays.
        QCOMPARE(sanitizeHtml(u"a<iframe src=\"https://www.youtube.com/embed/xyz\" onload=\"evil()\">no</iframe>b"_s),
                 u"a<p>\u25B6 Video on youtube.com \u2014 <a href=\"https://www.youtube.com/embed/xyz\">Open</a></p>b"_s);
        QCOMPARE(sanitizeHtml(u"<iframe src='https://maps.example.org/m?a=1&b=2'></iframe>"_s),
                 u"<p>\u25B6 Embedded page from maps.example.org \u2014 <a href=\"https://maps.example.org/m?a=1&amp;b=2\">Open</a></p>"_s);
        QCOMPARE(sanitizeHtml(u"<video controls><source src=\"https://cdn.example/v.mp4\" type=\"video/mp4\"><p>old browser</p></video>"_s),
                 u"<p>\u25B6 Video on cdn.example \u2014 <a href=\"https://cdn.example/v.mp4\">Open</a></p>"_s);
        QCOMPARE(sanitizeHtml(u"<audio src=\"https://pod.example/e1.mp3\"></audio>"_s),
                 u"<p>\u25B6 Audio on pod.example \u2014 <a href=\"https://pod.example/e1.mp3\">Open</a></p>"_s);
        // No web address, no line: nothing to open, and nothing else gets through.
        QCOMPARE(sanitizeHtml(u"a<iframe src=\"javascript:alert(1)\">x</iframe>b"_s), u"ab"_s);
        QCOMPARE(sanitizeHtml(u"a<iframe srcdoc=\"<script>evil()</script>\">x</iframe>b"_s), u"ab"_s);
        QCOMPARE(sanitizeHtml(u"a<iframe src=\"data:text/html,evil\"></iframe>b"_s), u"ab"_s);
    }

    void anImageKeepsItsSizeScaledToTheColumn()
    {
        const QString photo = u"<img src=\"https://e.example/p.jpg\" width=\"1200\" height=\"800\" alt=\"P\">"_s;
        QCOMPARE(sanitizeHtml(photo, {true, 600}), u"<img src=\"https://e.example/p.jpg\" alt=\"P\" width=\"600\" height=\"400\">"_s);
        QCOMPARE(sanitizeHtml(u"<img src=\"https://e.example/i.png\" width=\"32\" height=\"32\">"_s, {true, 600}),
                 u"<img src=\"https://e.example/i.png\" alt=\"\" width=\"32\" height=\"32\">"_s);
        // Sizes that are no numbers are not passed on.
        QCOMPARE(sanitizeHtml(u"<img src=\"https://e.example/i.png\" width=\"100%\" height=\"x\">"_s, {true, 600}),
                 u"<img src=\"https://e.example/i.png\" alt=\"\">"_s);
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
        // Every element is closed where HTML closes it, so an unclosed one cannot run on into
        // what the view adds after the article.
        QCOMPARE(sanitizeHtml(u"<p>unclosed <b>bold"_s), u"<p>unclosed <b>bold</b></p>"_s);
        QCOMPARE(sanitizeHtml(u"<script>never closed"_s), QString());
        // A '<' that starts no tag is text, and escaped: the view must not read it as one.
        QCOMPARE(sanitizeHtml(u"5 < 6 and <!-- comment --> done"_s), u"5 &lt; 6 and  done"_s);
        QCOMPARE(sanitizeHtml(u"<unknown-tag>text</unknown-tag>"_s), u"text"_s);
    }

    void relativeAddressesResolveAgainstTheItem()
    {
        // Against the item's link, on the text: escapes kept as written, raw spaces escaped.
        const SanitizeOptions options{true, 0, u"https://e.example/blog/post.html"_s};
        QCOMPARE(sanitizeHtml(u"<a href=\"../about me.html?a=1&amp;b=2\">a</a><img src=\"/img/caf%C3%A9.png\" alt=\"c\">"_s, options),
                 u"<a href=\"https://e.example/about%20me.html?a=1&amp;b=2\">a</a><img src=\"https://e.example/img/caf%C3%A9.png\" alt=\"c\">"_s);
        QCOMPARE(sanitizeHtml(u"<iframe src=\"//www.youtube.com/embed/abc\"></iframe>"_s, options),
                 u"<p>\u25B6 Video on youtube.com \u2014 <a href=\"https://www.youtube.com/embed/abc\">Open</a></p>"_s);
        // A scheme hidden by a tab or a newline is still that scheme, as browsers read it.
        QCOMPARE(sanitizeHtml(u"<a href=\"jav&#x09;ascript:alert(1)\">x</a><a href=\"java\nscript:x\">y</a>"_s, options), u"<a>x</a><a>y</a>"_s);
        // Without a base (or with one that is no web address) a relative address goes.
        QCOMPARE(sanitizeHtml(u"<a href=\"/x\">a</a><img src=\"p.png\" alt=\"p\">"_s, {true}), u"<a>a</a>[p]"_s);
        QCOMPARE(sanitizeHtml(u"<a href=\"/x\">a</a>"_s, {true, 0, u"file:///home/"_s}), u"<a>a</a>"_s);
    }

    void brokenMarkupIsReadAsABrowserReadsIt()
    {
        QCOMPARE(sanitizeHtml(u"<p>a<p>b"_s), u"<p>a</p><p>b</p>"_s);
        QCOMPARE(sanitizeHtml(u"<b><i>x</b>y</i>"_s), u"<b><i>x</i></b><i>y</i>"_s);
        QCOMPARE(sanitizeHtml(u"<ul><li>one<li>two</ul>after"_s), u"<ul><li>one</li><li>two</li></ul>after"_s);
        QCOMPARE(sanitizeHtml(u"<table><tr><td>a<td>b</table>"_s), u"<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"_s);
        // '>' inside a quoted value ends no tag; "&copy=" in an address is no reference.
        QCOMPARE(sanitizeHtml(u"<a title=\"a>b\" href=\"https://e.org/?a=1&b=2&copy=3\">t</a>"_s),
                 u"<a href=\"https://e.org/?a=1&amp;b=2&amp;copy=3\">t</a>"_s);
        QCOMPARE(sanitizeHtml(u"<![CDATA[x]]>y<!-- a > b -->z"_s), u"yz"_s);
        // <embed> has no end tag: what follows it is the article again, not the embed's content.
        QCOMPARE(sanitizeHtml(u"a<embed src=x>b<p>c</p>"_s), u"ab<p>c</p>"_s);
        // Code keeps its tabs, spaces and lines.
        QCOMPARE(sanitizeHtml(u"<pre>\tx  y\n z &lt;a&gt;</pre>"_s), u"<pre>\tx  y\n z &lt;a&gt;</pre>"_s);
        // A newline right after <pre> is dropped by HTML and by QTextDocument alike: a code block
        // that begins with an empty line keeps it only if it is written twice.
        QCOMPARE(sanitizeHtml(u"<pre>\nx</pre>"_s), u"<pre>x</pre>"_s);
        QCOMPARE(sanitizeHtml(u"<pre>\n\nx</pre>"_s), u"<pre>\n\nx</pre>"_s);
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
