// SPDX-License-Identifier: MIT
#include "html/markupbounds.h"

#include <QtTest>

using namespace freshet;

class TestMarkupBounds final : public QObject
{
    Q_OBJECT

private slots:
    void markupWithinTheBoundsIsHandedOnByteForByte()
    {
        const QByteArray html = "<p class=x>a<p>b <!-- <div><div> --><script>if (a<b) '<div>'</script>"
                                "<a title=\"x>y\" href='z'>c</a><br/><svg><![CDATA[<div>]]></svg></div>";
        QCOMPARE(boundedMarkup(html, {2, 3}), html);
    }

    void deeperStartTagsAreLeftOutWithTheirContentKept()
    {
        QCOMPARE(boundedMarkup("<div><span><b>x</b></span></div>", {2, 64}), QByteArray("<div><span>x</b></span></div>"));
        // Closed elements make room again; p and li close themselves and take none.
        QCOMPARE(boundedMarkup("<i></i><i><b>x</b></i><p><p><li>y", {2, 64}), QByteArray("<i></i><i><b>x</b></i><p><p><li>y"));
        // What looks like tags inside comments, quoted values and raw text is no tag.
        QCOMPARE(boundedMarkup("<!--<i><i>--><a title=\"<i><i>\"><style><i><i></style>z</a>", {2, 64}),
                 QByteArray("<!--<i><i>--><a title=\"<i><i>\"><style><i><i></style>z</a>"));
    }

    void attributesPastTheLimitAreLeftOut()
    {
        QCOMPARE(boundedMarkup("<img a=1 b='2 >' c d=\"4\" src=x>t", {8, 2}), QByteArray("<img a=1 b='2 >' >t"));
        QCOMPARE(boundedMarkup("<p a b c", {8, 2}), QByteArray("<p a b >"));
    }

    void tenMegabytesOfNestingStayWithinTheDepth()
    {
        const QByteArray html = QByteArray("<div>").repeated(2'000'000) + "end";
        const QByteArray bounded = boundedMarkup(html, {128, 64});
        QCOMPARE(bounded, QByteArray("<div>").repeated(128) + "end");
    }
};

QTEST_GUILESS_MAIN(TestMarkupBounds)
#include "tst_markupbounds.moc"
