// SPDX-License-Identifier: MIT
// Code in an article (<pre>) scrolls sideways inside its own block, never the article: by the
// wheel, by a drag with the mouse or a finger (the phone's kinetic scrolling), and by Left and
// Right; copying it copies its code. Over the real ItemView, offscreen.
#include "codeblocks.h"
#include "itemview.h"
#include "kineticscrolling.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QScroller>
#include <QTextBlock>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// A line no column holds, with a marker at its end to find on screen and in a copy.
QString longLine()
{
    QString line = u"int total ="_s;
    for (int i = 0; i < 40; ++i)
        line += u" value%1 +"_s.arg(i);
    return line + u" END_OF_LINE;"_s;
}

Item codeItem()
{
    Item item;
    item.title = u"Code"_s;
    item.content = u"<p>Before the code, a paragraph of ordinary words.</p><pre><code>"_s + longLine()
                   + u"\nshort();\n\tindented();\n</code></pre><p>After the code.</p><pre>fits</pre>"_s;
    return item;
}

QList<QTextBlock> codeBlocksOf(ItemView &view)
{
    QList<QTextBlock> found;
    for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
        if (!block.begin().atEnd() && block.begin().fragment().charFormat().objectType() == CodeBlocks::objectType)
            found << block;
    }
    return found;
}

/// The block's rectangle in the viewport's coordinates, where a pointer or finger lands on it.
QRect onScreen(ItemView &view, const QTextBlock &block)
{
    const QRectF inDocument = view.document()->documentLayout()->blockBoundingRect(block);
    return inDocument.translated(-view.horizontalScrollBar()->value(), -view.verticalScrollBar()->value()).toRect();
}

void wheel(QWidget *viewport, QPoint at, QPoint angle, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), angle, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestArticleCode final : public QObject
{
    Q_OBJECT

private slots:
    void longCodeScrollsInItsBlockNotTheArticle()
    {
        ItemView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showItem(codeItem());
        CodeBlocks *code = view.codeBlocks();

        // Two blocks: the long one does not show whole, the short one does; the article
        // itself never scrolls sideways, and the text around keeps its column.
        const QList<QTextBlock> blocks = codeBlocksOf(view);
        QCOMPARE(blocks.size(), 2);
        const QTextBlock longCode = blocks.first();
        QVERIFY(code->overflow(longCode) > 0);
        QCOMPARE(code->overflow(blocks.last()), 0);
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY(view.toPlainText().contains(u"Before the code"_s));
        QVERIFY(view.toPlainText().contains(u"After the code."_s));
        const QRect block = onScreen(view, longCode);
        const QRect column = onScreen(view, view.document()->findBlock(view.toPlainText().indexOf(u"Before"_s)));
        QVERIFY2(block.left() >= column.left() && block.right() <= column.right(),
                 qPrintable(u"code %1-%2, text %3-%4"_s.arg(block.left()).arg(block.right()).arg(column.left()).arg(column.right())));
        QVERIFY(column.width() < view.fontMetrics().averageCharWidth() * 75);
        // Its three lines, not one: the code's shape is kept.
        QVERIFY(block.height() >= 3 * QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing());

        // A sideways wheel (a touchpad) over the code moves the code, and what shows changes.
        const QImage before = view.viewport()->grab(block).toImage();
        const int scrolledBefore = view.verticalScrollBar()->value();
        wheel(view.viewport(), block.center(), QPoint(-120, 0));
        QVERIFY(code->offset(longCode) > 0);
        QCOMPARE(view.verticalScrollBar()->value(), scrolledBefore);
        QCOMPARE(view.horizontalScrollBar()->value(), 0);
        QVERIFY(view.viewport()->grab(block).toImage() != before);
        // Shift with a plain wheel too; a plain wheel scrolls the article, not the code.
        int offset = code->offset(longCode);
        wheel(view.viewport(), block.center(), QPoint(0, -120), Qt::ShiftModifier);
        QVERIFY(code->offset(longCode) > offset);
        offset = code->offset(longCode);
        wheel(view.viewport(), block.center(), QPoint(0, -120));
        QCOMPARE(code->offset(longCode), offset);

        // A drag with the mouse: leftwards shows more of the line's end, and no text is selected.
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, block.center());
        QTest::mouseMove(view.viewport(), block.center() - QPoint(100, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, block.center() - QPoint(100, 0));
        QCOMPARE(code->offset(longCode), offset + 100);
        QVERIFY(!view.textCursor().hasSelection());

        // The keyboard: Right and Left, stopping at each end.
        view.setFocus();
        offset = code->offset(longCode);
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(code->offset(longCode) > offset);
        for (int i = 0; i < 200; ++i)
            QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(code->offset(longCode), code->overflow(longCode));
        for (int i = 0; i < 200; ++i)
            QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(code->offset(longCode), 0);

        // A drag over the paragraph still selects its words, as in any article.
        const QRect paragraph = view.cursorRect(QTextCursor(view.document()->findBlock(view.toPlainText().indexOf(u"Before"_s))));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, paragraph.center() + QPoint(2, 0));
        QTest::mouseMove(view.viewport(), paragraph.center() + QPoint(120, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, paragraph.center() + QPoint(120, 0));
        QVERIFY(view.textCursor().hasSelection());
    }

    void codeInATableCellWrapsInsteadOfWideningTheArticle()
    {
        ItemView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Item item;
        item.title = u"Table"_s;
        item.content = u"<table><tr><td>name</td><td><pre>"_s + longLine() + u"</pre></td></tr></table>"_s;
        view.showItem(item);
        QVERIFY(codeBlocksOf(view).isEmpty());
        QVERIFY(view.toPlainText().contains(u"END_OF_LINE"_s));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    }

    void copyingTheArticleCopiesTheCode()
    {
        ItemView view;
        view.resize(700, 500);
        view.showItem(codeItem());
        view.selectAll();
        view.copy();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(longLine()), qPrintable(copied));
        QVERIFY2(copied.contains(u"short();\n\tindented();"_s), qPrintable(copied)); // its lines and tabs
        QVERIFY(copied.contains(u"Before the code"_s));
        QVERIFY(copied.contains(u"After the code."_s));
        QVERIFY(!copied.contains(QChar::ObjectReplacementCharacter));
    }

    void zoomMakesTheCodeBiggerToo()
    {
        ItemView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showItem(codeItem());
        const qreal height = view.document()->documentLayout()->blockBoundingRect(codeBlocksOf(view).first()).height();
        view.setZoom(5);
        const qreal zoomed = view.document()->documentLayout()->blockBoundingRect(codeBlocksOf(view).first()).height();
        QVERIFY2(zoomed > height * 1.3, qPrintable(u"%1 -> %2"_s.arg(height).arg(zoomed)));
    }

    void aFingerOnAPhoneMovesTheCodeAndElsewhereTheArticle()
    {
        ItemView view;
        view.resize(390, 500);
        enableKineticScrolling(&view); // as the phone layout sets it up
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Item item = codeItem();
        item.content += QString(u"<p>More words to scroll through.</p>"_s).repeated(40);
        view.showItem(item);
        CodeBlocks *code = view.codeBlocks();
        const QTextBlock longCode = codeBlocksOf(view).first();
        const QRect block = onScreen(view, longCode);
        QScroller *scroller = QScroller::scroller(view.viewport());

        // On the code: the kinetic scroller stays out of it, the code follows the finger.
        scroller->handleInput(QScroller::InputPress, block.center(), 1000);
        QCOMPARE(scroller->state(), QScroller::Inactive);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, block.center());
        QTest::mouseMove(view.viewport(), block.center() - QPoint(80, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, block.center() - QPoint(80, 0));
        QCOMPARE(code->offset(longCode), 80);

        // Below it, on the text, the scroller takes the finger and scrolls the article.
        const QPoint text(view.viewport()->width() / 2, view.viewport()->height() - 40);
        QVERIFY(!code->blockAt(text).isValid());
        scroller->handleInput(QScroller::InputPress, text, 2000);
        QCOMPARE(scroller->state(), QScroller::Pressed);
        for (int step = 1; step <= 10; ++step) {
            scroller->handleInput(QScroller::InputMove, text - QPoint(0, step * 20), 2000 + step * 16);
            QTest::qWait(16);
        }
        scroller->handleInput(QScroller::InputRelease, text - QPoint(0, 200), 2200);
        QTRY_VERIFY(view.verticalScrollBar()->value() > 0);
        QCOMPARE(code->offset(longCode), 80);
    }
};

QTEST_MAIN(TestArticleCode)
#include "tst_articlecode.moc"
