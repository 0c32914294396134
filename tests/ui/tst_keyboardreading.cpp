// SPDX-License-Identifier: MIT
// Reading with the keyboard alone, keys only from the first row to the last feed: Space pages
// through an article and on to the next unread one, N reads on into the next feed with unread
// items, Shift+J and Shift+K go from feed to feed, and Tab goes round the panes.
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "mainwindow.h"
#include "storage/itemmarks.h"
#include "storage/storethread.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// A feed of `count` items whose text is long enough to need several pages.
qint64 addLongItems(FeedStore &store, const QString &url, const QString &title, int count, const QString &folder = {})
{
    const qint64 feedId = store.addFeed(url, folder).value().id;
    ParsedFeed parsed;
    parsed.title = title;
    QString text;
    for (int paragraph = 0; paragraph < 60; ++paragraph)
        text += u"<p>Paragraph %1 of a long article, long enough to take more than one page of the view.</p>"_s.arg(paragraph);
    const QDateTime newest = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        ParsedItem item;
        item.id = u"%1-%2"_s.arg(title).arg(i);
        item.title = u"%1 %2"_s.arg(title).arg(i);
        item.summary = text;
        item.published = newest.addSecs(-60 * i);
        parsed.items << item;
    }
    TestProfile::storeParsed(store, feedId, parsed);
    return feedId;
}

std::unique_ptr<TestWindow> shownWindow(TestProfile &profile)
{
    auto app = std::make_unique<TestWindow>(profile);
    app->window->resize(1100, 700);
    app->window->show();
    if (!QTest::qWaitForWindowExposed(app->window.get()))
        qWarning("the window was not exposed");
    app->window->activateWindow();
    return app;
}

QString shownTitle(MainWindow *window)
{
    return window->itemView()->toPlainText().section(u'\n', 0, 0);
}

} // namespace

class TestKeyboardReading final : public QObject
{
    Q_OBJECT

private slots:
    void init() { qputenv("FRESHET_NO_DIALOGS", "1"); }

    void spacePagesTheArticleThenGoesToTheNextUnread()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            addLongItems(*store, u"https://long.example/feed"_s, u"Long"_s, 3);
        }
        auto window = shownWindow(profile);
        MainWindow *main = window->window.get();
        QTableView *table = main->itemTable();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);
        QCOMPARE(shownTitle(main), u"Long 0"_s);
        QScrollBar *bar = main->itemView()->verticalScrollBar();
        QVERIFY2(bar->maximum() > bar->pageStep(), "the article must be longer than two pages");
        QCOMPARE(bar->value(), 0);

        // Space from the item list scrolls the article, a page at a time, to its end...
        int pages = 0;
        while (bar->value() < bar->maximum() && pages < 50) {
            const int before = bar->value();
            QTest::keyClick(table, Qt::Key_Space);
            QVERIFY(bar->value() > before);
            ++pages;
        }
        QVERIFY(pages >= 2);
        QCOMPARE(table->currentIndex().row(), 0);
        // ...Shift+Space goes back up a page...
        QTest::keyClick(table, Qt::Key_Space, Qt::ShiftModifier);
        QVERIFY(bar->value() < bar->maximum());
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(bar->value(), bar->maximum());
        // ...and at the end, Space opens the next unread item, at its top.
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(shownTitle(main), u"Long 1"_s);
        QCOMPARE(bar->value(), 0);
        // In the article itself too.
        main->itemView()->setFocus();
        QTest::keyClick(main->itemView(), Qt::Key_Space);
        QVERIFY(bar->value() > 0);
    }

    void tabGoesRoundFeedsItemsArticleAndSearch()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            addLongItems(*store, u"https://long.example/feed"_s, u"Long"_s, 2);
        }
        auto window = shownWindow(profile);
        MainWindow *main = window->window.get();
        auto *search = main->findChild<QLineEdit *>(u"searchBox"_s);
        main->feedList()->setFocus();
        QTRY_VERIFY(main->feedList()->hasFocus());
        const auto tab = [](Qt::KeyboardModifiers modifiers = {}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        };
        tab();
        QTRY_VERIFY(main->itemTable()->hasFocus());
        tab();
        QTRY_VERIFY(main->itemView()->hasFocus());
        tab();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(main->itemView()->hasFocus());
        QTest::keyClick(main->itemView(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(main->itemTable()->hasFocus());
        QTest::keyClick(main->itemTable(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(main->feedList()->hasFocus());
    }

    void zoomKeysSizeTheArticleAndTheSizeIsKept()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            addLongItems(*store, u"https://long.example/feed"_s, u"Long"_s, 2);
        }
        qreal before = 0;
        {
            auto window = shownWindow(profile);
            MainWindow *main = window->window.get();
            ItemView *article = main->itemView();
            main->itemTable()->setFocus();
            QTest::keyClick(main->itemTable(), Qt::Key_Home);
            before = article->font().pointSizeF();
            const int seventyBefore = article->fontMetrics().averageCharWidth() * 70;
            QTest::keyClick(main->itemTable(), Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(main->itemTable(), Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(article->zoom(), 2);
            QVERIFY(article->font().pointSizeF() > before);
            // The column grows with the letters: still about 70 of them.
            QVERIFY(article->fontMetrics().averageCharWidth() * 70 > seventyBefore);
            QTest::keyClick(main->itemTable(), Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(article->zoom(), 1);
        }
        // The next start shows the article at the size chosen; Ctrl+0 goes back to the system's.
        auto window = shownWindow(profile);
        MainWindow *main = window->window.get();
        QCOMPARE(main->itemView()->zoom(), 1);
        QVERIFY(main->itemView()->font().pointSizeF() > before);
        QTest::keyClick(main->itemTable(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(main->itemView()->zoom(), 0);
        QCOMPARE(main->itemView()->font().pointSizeF(), before);
    }

    void nReadsOnIntoTheNextFeedWithUnreadItems()
    {
        TestProfile profile;
        qint64 first = 0;
        qint64 allRead = 0;
        qint64 last = 0;
        {
            auto store = profile.openStore(u"setup"_s);
            // Each in a folder of its own; the last one's the person has closed.
            first = addLongItems(*store, u"https://a.example/feed"_s, u"Alpha"_s, 2, u"A"_s);
            allRead = addLongItems(*store, u"https://b.example/feed"_s, u"Beta"_s, 2, u"B"_s);
            last = addLongItems(*store, u"https://c.example/feed"_s, u"Gamma"_s, 2, u"C"_s);
            ItemMarking read;
            read.feedId = allRead;
            QVERIFY(applyItemMarking(*store, read));
        }
        auto window = shownWindow(profile);
        MainWindow *main = window->window.get();
        FeedListModel *feeds = main->feedModel();
        FeedTreeView *list = main->feedList();
        QTableView *table = main->itemTable();
        list->setFocus();
        const QModelIndex closed = feeds->indexOfKey(u"folder:1:C"_s);
        list->setCurrentIndex(closed);
        QTest::keyClick(list, Qt::Key_Left);
        QVERIFY(!list->isExpanded(closed));
        list->setCurrentIndex(feeds->indexOfFeed(first));
        // Coming into the list, the keyboard starts at its first item.
        table->setFocus();
        QTRY_COMPARE(shownTitle(main), u"Alpha 0"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(shownTitle(main), u"Alpha 1"_s);
        // The end of Alpha: on into Gamma, past Beta, which has nothing unread, opening its folder.
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(list->currentIndex(), feeds->indexOfFeed(last));
        QVERIFY(list->isExpanded(closed));
        QCOMPARE(shownTitle(main), u"Gamma 0"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(shownTitle(main), u"Gamma 1"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(main->statusBar()->currentMessage(), u"No more unread items."_s);
        QCOMPARE(list->currentIndex(), feeds->indexOfFeed(last));

        // Shift+K and Shift+J go feed by feed, read or not.
        QTest::keyClick(table, Qt::Key_K, Qt::ShiftModifier);
        QCOMPARE(list->currentIndex(), feeds->indexOfFeed(allRead));
        QTest::keyClick(table, Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(list->currentIndex(), feeds->indexOfFeed(last));
        QTest::keyClick(table, Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(main->statusBar()->currentMessage(), u"This is the last feed."_s);
    }
};

QTEST_MAIN(TestKeyboardReading)
#include "tst_keyboardreading.moc"
