// SPDX-License-Identifier: MIT
// The window in its phone layout at a phone's size (390x844 logical pixels), offscreen, over a
// real profile and the loopback feed server: one pane at a time and back, pull-to-refresh, and
// rows a background fetch adds showing up with the "N new" button.
#include "appearance.h"
#include "background/backgroundfetch.h"
#include "downloadtesthelpers.h"
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedtreeview.h"
#include "formfactor.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "mainwindow.h"
#include "newitemsbadge.h"
#include "pulltorefresh.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QScrollBar>
#include <QScroller>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace freshet;

namespace {

const QSize phoneSize(390, 844);

struct PhoneApp
{
    explicit PhoneApp(TestProfile &profile)
        : store(profile.databasePath()), reader(profile.openStore(u"reader"_s)), fetch(&store, FetchService::Limits{})
    {
        if (!store.start())
            qFatal("store did not start");
        MainWindow::Options options;
        options.refreshOnStart = false;
        options.formFactor = FormFactor::Phone;
        window = std::make_unique<MainWindow>(AppServices{Profile::resolve(profile.path()), &store, &reader, &fetch}, options);
        window->resize(phoneSize);
    }

    StoreThread store;
    StoreItemReader reader;
    BackgroundFetch fetch;
    std::unique_ptr<MainWindow> window;
};

void tap(QAbstractItemView *view, const QModelIndex &index)
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// A finger drag through the view's scroller, as the gesture recogniser feeds it: press, moves
/// a frame apart, release. The scroller moves the content on its animation ticks, not inside
/// handleInput, so each move waits a frame.
void drag(QAbstractScrollArea *area, QPoint from, QPoint to, const std::function<void()> &beforeRelease = {})
{
    QScroller *scroller = QScroller::scroller(area->viewport());
    qint64 time = 1000;
    scroller->handleInput(QScroller::InputPress, from, time);
    const int steps = 12;
    for (int step = 1; step <= steps; ++step) {
        time += 16;
        scroller->handleInput(QScroller::InputMove, from + (to - from) * step / steps, time);
        QTest::qWait(16);
    }
    QTest::qWait(50);
    if (beforeRelease)
        beforeRelease();
    scroller->handleInput(QScroller::InputRelease, to, time + 16);
}

QLabel *pageTitle(MainWindow *window)
{
    return window->findChild<QLabel *>(u"pageTitle"_s);
}

/// The entries of a menu as a person reads them: no mnemonic marks, no separators, no hidden ones.
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts << QString(action->text()).remove(u'&');
    }
    return texts;
}

/// Taps the bar's More button and, while its menu is open (the tap does not return until the
/// menu closes), hands it to inMenu, which reads it and may tap an entry; the menu is closed
/// after, whatever inMenu did.
void withOverflowMenu(MainWindow *window, const std::function<void(QMenu *)> &inMenu)
{
    auto *more = window->findChild<QToolButton *>(u"moreButton"_s);
    QVERIFY(more && more->isVisible());
    bool opened = false;
    QTimer::singleShot(0, more, [&] {
        QMenu *menu = more->menu();
        const auto closeAfter = qScopeGuard([menu] { menu->close(); });
        QTRY_VERIFY(menu->isVisible());
        opened = true;
        inMenu(menu);
    });
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_VERIFY(opened);
}

void tapEntry(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (QString(action->text()).remove(u'&') == text) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return;
        }
    }
    QFAIL(qPrintable(u"no entry "_s + text));
}

QToolButton *barButton(MainWindow *window, const QString &actionName)
{
    auto *bar = window->findChild<QToolBar *>(u"phoneToolBar"_s);
    return qobject_cast<QToolButton *>(bar->widgetForAction(window->findChild<QAction *>(actionName)));
}

} // namespace

class TestPhoneWindow final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

    void bump(int feed)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.url(u"/control/bump?feed=%1"_s.arg(feed)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchRunSummary>();
        qputenv("FRESHET_NO_DIALOGS", "1");
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--items"_s, u"30"_s}), qPrintable(m_server.errorString()));
    }

    void formFactorFollowsTheScreen()
    {
        // A phone: 390x844 dp, 70x150 mm, touch only.
        QCOMPARE(chooseFormFactor({QSizeF(70, 150), QSizeF(390, 844), true}), FormFactor::Phone);
        // A tablet and a touch laptop without a mouse keep the panes, with touch rows.
        QCOMPARE(chooseFormFactor({QSizeF(180, 250), QSizeF(820, 1180), true}), FormFactor::Tablet);
        QCOMPARE(chooseFormFactor({QSizeF(300, 190), QSizeF(1920, 1200), true}), FormFactor::Tablet);
        // A desktop with a mouse, even a touch one; unknown millimetres (offscreen, VNC) too.
        QCOMPARE(chooseFormFactor({QSizeF(520, 290), QSizeF(1920, 1080), false}), FormFactor::Desktop);
        QCOMPARE(chooseFormFactor({QSizeF(), QSizeF(1920, 1080), false}), FormFactor::Desktop);
        // Too narrow for panes whatever the input.
        QCOMPARE(chooseFormFactor({QSizeF(), QSizeF(480, 800), false}), FormFactor::Phone);
        QCOMPARE(chooseFormFactor({QSizeF(60, 120), QSizeF(600, 1000), true}), FormFactor::Phone);
        QCOMPARE(parseFormFactor(u"Phone"_s), FormFactor::Phone);
        QCOMPARE(parseFormFactor(u"tablet"_s), FormFactor::Tablet);
        QCOMPARE(parseFormFactor(u"desktop"_s), FormFactor::Desktop);
        QVERIFY(!parseFormFactor(u"watch"_s));
    }

    void navigatesFeedsItemsArticleAndBack()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 40, QDateTime::currentDateTimeUtc());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QCOMPARE(app.window->size(), phoneSize);
        QAbstractItemModelTester tester(app.window->itemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(app.window->pages());
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Feeds);
        QAction *back = app.window->findChild<QAction *>(u"backAction"_s);
        QVERIFY(back);
        QVERIFY(!back->isEnabled()); // Android's back leaves the app from the first page

        // Feeds: touch-sized rows; a tap on the feed opens its items.
        FeedTreeView *feeds = app.window->feedList();
        QVERIFY(feeds->visualRect(nthFeed(*app.window->feedModel())).height() >= 48);
        tap(feeds, nthFeed(*app.window->feedModel()));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QCOMPARE(app.window->itemModel()->rowCount(), 40);
        QVERIFY(pageTitle(app.window.get())->text().startsWith(u"Feed"_s));
        // The feed's name alone (its unread count is the list's), cut with "…" where the bar
        // has no more room, and never under a button.
        const QString fullTitle = app.window->feedModel()->feedAt(nthFeed(*app.window->feedModel()))->displayTitle();
        QCOMPARE(pageTitle(app.window.get())->toolTip(), fullTitle);
        QVERIFY2(!pageTitle(app.window.get())->text().contains(u'('), qPrintable(pageTitle(app.window.get())->text()));
        QVERIFY(pageTitle(app.window.get())->text() == fullTitle || pageTitle(app.window.get())->text().endsWith(u'\u2026'));
        const QRect titleArea = pageTitle(app.window.get())->geometry();
        const QList<QToolButton *> buttons = app.window->findChild<QToolBar *>(u"phoneToolBar"_s)->findChildren<QToolButton *>();
        for (const QToolButton *button : buttons) {
            if (button->isVisible())
                QVERIFY2(!titleArea.intersects(button->geometry()), qPrintable(button->text()));
        }
        QVERIFY(back->isEnabled());
        // Touch-sized rows: at least 48 px and two lines of text.
        QTableView *table = app.window->itemTable();
        QVERIFY(table->rowHeight(0) >= 48);
        QVERIFY(table->rowHeight(0) >= 2 * table->fontMetrics().height());
        QVERIFY(table->isColumnHidden(ItemTableModel::DateColumn));
        QVERIFY(!table->isColumnHidden(ItemTableModel::TitleColumn));

        // Items: a tap opens the article.
        tap(table, app.window->itemModel()->index(1, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 1"_s));
        QCOMPARE(app.window->itemView()->horizontalScrollBar()->maximum(), 0); // nothing wider than a phone
        QAction *star = app.window->findChild<QAction *>(u"starAction"_s);
        QVERIFY(star->isVisible());
        QVERIFY(!star->isChecked());
        star->trigger();
        QVERIFY(star->isChecked());
        QVERIFY(app.window->itemModel()->index(1, 0).data(ItemTableModel::StarredRole).toBool());

        // Back: Android's back key, then Escape; Alt+Left from the items page.
        QTest::keyClick(app.window->itemView(), Qt::Key_Back);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QTest::keyClick(table, Qt::Key_Escape);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Feeds);
        tap(feeds, app.window->feedModel()->allItemsIndex()); // All items
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Feeds);
        QVERIFY(!app.window->goBack());
    }

    void moreOffersThePagesOwnCommandsAndTheBarTheEnclosure()
    {
        TestProfile profile;
        qint64 episodeId = 0;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 3, QDateTime::currentDateTimeUtc());
            episodeId = DownloadTest::addItemWithEnclosure(*store, m_server.url(u"/large/4096.bin"_s).toString());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));

        // The feed list's More: adding, importing and the app's settings; not the desktop's
        // menu bar (File, Feeds…) and nothing that needs a feed or an article.
        withOverflowMenu(app.window.get(), [](QMenu *menu) {
            const QStringList shown = entries(menu);
            for (const QString &wanted : {u"Add Feed…"_s, u"New Folder…"_s, u"Import OPML…"_s, u"Export OPML…"_s, u"Accounts…"_s,
                                          u"Downloads…"_s, u"Settings…"_s, u"Fetch Log…"_s})
                QVERIFY2(shown.contains(wanted), qPrintable(shown.join(u", "_s) + u" lacks "_s + wanted));
            for (const QString &unwanted : {u"File"_s, u"Feeds"_s, u"Edit Feed…"_s, u"Toggle Read"_s})
                QVERIFY2(!shown.contains(unwanted), qPrintable(shown.join(u", "_s) + u" has "_s + unwanted));
        });
        if (QTest::currentTestFailed())
            return;

        // A feed's items: its More acts on that feed; Mark All as Read tapped there marks it.
        const QModelIndex feed = nthFeed(*app.window->feedModel());
        QVERIFY(feed.data(Qt::DisplayRole).toString().startsWith(u"Feed"_s));
        tap(app.window->feedList(), feed);
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QCOMPARE(app.window->itemModel()->rowCount(), 3);
        withOverflowMenu(app.window.get(), [](QMenu *menu) {
            const QStringList shown = entries(menu);
            for (const QString &wanted : {u"Refresh This Feed"_s, u"Mark All as Read"_s, u"Edit Feed…"_s, u"Properties…"_s,
                                          u"Delete Feed…"_s, u"Automatic Downloads…"_s})
                QVERIFY2(shown.contains(wanted), qPrintable(shown.join(u", "_s) + u" lacks "_s + wanted));
            QVERIFY2(!shown.contains(u"Add Feed…"_s), qPrintable(shown.join(u", "_s)));
            tapEntry(menu, u"Mark All as Read"_s);
        });
        if (QTest::currentTestFailed())
            return;
        {
            auto store = profile.openStore(u"check"_s);
            const qint64 feedId = feed.data(FeedListModel::FeedIdRole).toLongLong();
            QTRY_COMPARE(store->feedById(feedId).value()->unreadCount, 0);
        }

        // An article: reading commands in More; its enclosure has a button on the bar, which
        // an article without one does not show.
        tap(app.window->itemTable(), app.window->itemModel()->index(0, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        QToolButton *download = barButton(app.window.get(), u"phoneDownloadAction"_s);
        QVERIFY(download);
        QTest::qWait(200); // the answer to "has it an enclosure?" comes from the store thread
        QVERIFY(!download->isVisible());
        withOverflowMenu(app.window.get(), [](QMenu *menu) {
            const QStringList shown = entries(menu);
            for (const QString &wanted : {u"Toggle Read"_s, u"Next Unread Item"_s, u"Load Images"_s, u"Zoom In"_s})
                QVERIFY2(shown.contains(wanted), qPrintable(shown.join(u", "_s) + u" lacks "_s + wanted));
            QVERIFY2(!shown.contains(u"Mark All as Read"_s), qPrintable(shown.join(u", "_s)));
            tapEntry(menu, u"Toggle Read"_s);
        });
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(!app.window->itemModel()->index(0, 0).data(ItemTableModel::ReadRole).toBool());

        app.window->goBack();
        app.window->goBack();
        tap(app.window->feedList(), app.window->feedModel()->allItemsIndex());
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        const int episodeRow = app.window->itemModel()->rowOfItem(episodeId);
        QVERIFY(episodeRow >= 0);
        tap(app.window->itemTable(), app.window->itemModel()->index(episodeRow, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        QTRY_VERIFY(download->isVisible());
        QVERIFY(!download->geometry().intersects(pageTitle(app.window.get())->geometry()));
        QTest::mouseClick(download, Qt::LeftButton);
        // "Downloading 4096.bin…", then "Downloaded 4096.bin." from the loopback server.
        QTRY_VERIFY2(app.window->statusBar()->currentMessage().contains(u"4096.bin"_s), qPrintable(app.window->statusBar()->currentMessage()));
        app.window->goBack();
        QTRY_VERIFY(!download->isVisible());
    }

    void swipingInFromTheLeftEdgeGoesBack()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 10, QDateTime::currentDateTimeUtc());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QWidget *edge = app.window->findChild<QWidget *>(u"edgeSwipe"_s);
        QVERIFY(edge);
        QVERIFY(!edge->isVisible()); // the feeds page is the first: nothing to go back to
        tap(app.window->feedList(), app.window->feedModel()->allItemsIndex());
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        tap(app.window->itemTable(), app.window->itemModel()->index(0, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);

        // The strip runs down the whole left edge, above the article, a fingertip wide.
        QVERIFY(edge->isVisible());
        QCOMPARE(edge->height(), app.window->pages()->height());
        QVERIFY(edge->width() >= 12 && edge->width() < app.window->width() / 8);
        QCOMPARE(app.window->pages()->childAt(QPoint(2, 300)), edge);

        const auto swipe = [edge](QPoint from, QPoint to) {
            QTest::mousePress(edge, Qt::LeftButton, {}, from);
            QTest::mouseMove(edge, (from + to) / 2);
            QTest::mouseRelease(edge, Qt::LeftButton, {}, to);
        };
        // Too short, or more up than sideways: nothing happens.
        swipe(QPoint(4, 300), QPoint(40, 305));
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Article);
        swipe(QPoint(4, 300), QPoint(150, 520));
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Article);
        // A swipe across a third of the screen goes back, page by page.
        swipe(QPoint(4, 300), QPoint(200, 330));
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Items);
        swipe(QPoint(4, 300), QPoint(200, 300));
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Feeds);
        QVERIFY(!edge->isVisible());
    }

    void searchOpensAboveTheItemsAndBackClosesIt()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 40, QDateTime::currentDateTimeUtc());
            TestProfile::addFeedWithItems(*store, u"https://b.example/feed"_s, 5, QDateTime::currentDateTimeUtc(), u"Zebra"_s);
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QAction *search = app.window->findChild<QAction *>(u"searchAction"_s);
        QLineEdit *box = app.window->findChild<QLineEdit *>(u"searchBox"_s);
        QVERIFY(search && box);
        QVERIFY(!search->isVisible()); // nothing to search on the feeds page

        tap(app.window->feedList(), app.window->feedModel()->allItemsIndex()); // All items
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 45);
        QVERIFY(search->isVisible());
        QVERIFY(!box->isVisible());
        search->trigger();
        QVERIFY(box->isVisible());
        QTRY_VERIFY(box->hasFocus());
        QTableView *table = app.window->itemTable();
        QVERIFY(box->mapTo(app.window.get(), QPoint()).y() < table->mapTo(app.window.get(), QPoint()).y());
        QVERIFY(box->width() > app.window->width() * 3 / 4); // the whole width, not the desktop's 320 px

        QTest::keyClicks(box, u"zebra"_s);
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 5);
        // Back closes the search first, with every item back, and stays on the items page.
        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QVERIFY(!box->isVisible());
        QVERIFY(!search->isChecked());
        QVERIFY(box->text().isEmpty());
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 45);

        // Ctrl+F from the article page comes back to the items with the search open.
        tap(table, app.window->itemModel()->index(0, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        QVERIFY(!search->isVisible());
        QTest::keyClick(app.window->itemView(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Items);
        QVERIFY(box->isVisible());
        QVERIFY(search->isChecked());
    }

    void pullToRefreshRefreshesAndUpdatesTheTable()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/3.xml"_s).toString()).ok());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->showPage(MainWindow::Page::Items);
        QCOMPARE(app.window->itemModel()->rowCount(), 0);
        PullToRefresh *pull = app.window->pullToRefresh();
        QVERIFY(pull);
        QSignalSpy started(&app.fetch, &BackgroundFetch::started);
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);

        // A short pull does nothing.
        QTableView *table = app.window->itemTable();
        drag(table, QPoint(195, 40), QPoint(195, 40 + pull->threshold() / 2));
        QTRY_VERIFY(QScroller::scroller(table->viewport())->state() == QScroller::Inactive);
        QCOMPARE(started.count(), 0);

        // Past the threshold it says so, and letting go refreshes.
        QString beforeRelease;
        drag(table, QPoint(195, 40), QPoint(195, 40 + 4 * pull->threshold()), [&] { beforeRelease = pull->message(); });
        QCOMPARE(beforeRelease, u"Release to refresh"_s);
        QCOMPARE(pull->message(), u"Refreshing…"_s);
        // Started and done once the store thread has picked the feeds and the server answered.
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 35000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(completed.constFirst().at(0).value<FetchRunSummary>().trigger, FetchTrigger::Manual);
        QCOMPARE(app.window->itemModel()->rowCount(), 30);
        QCOMPARE(pull->message(), u"Updated just now"_s);
        QVERIFY(app.window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"Updated just now"_s));
        QTRY_VERIFY_WITH_TIMEOUT(pull->message().isEmpty(), 5000);
    }

    void backgroundFetchShowsNewRowsAndTheNewButton()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/4.xml"_s).toString()).ok());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        app.fetch.perform(FetchTrigger::Timer, BackgroundFetch::defaultBudget);
        QVERIFY(completed.wait(35000));
        app.window->showPage(MainWindow::Page::Items);
        ItemTableModel *model = app.window->itemModel();
        QCOMPARE(model->rowCount(), 30);
        NewItemsBadge *badge = app.window->newItemsBadge();
        QVERIFY(badge);
        badge->clear(); // the first fetch's rows are not what this test is about
        QTableView *table = app.window->itemTable();
        table->scrollToBottom();
        QTRY_VERIFY(table->verticalScrollBar()->value() > 0);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        // In the background (the window hidden, as when the OS runs the fetch), two new items.
        bump(4);
        bump(4);
        app.window->hide();
        app.fetch.perform(FetchTrigger::Push, BackgroundFetch::defaultBudget, FetchScope::everyFeed());
        QVERIFY(completed.wait(35000));
        QCOMPARE(completed.constLast().at(0).value<FetchRunSummary>().newItems, 2);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));

        // The rows are there at once, inserted rather than reloaded, and the button says how many.
        QCOMPARE(model->rowCount(), 32);
        QCOMPARE(resets.count(), 0);
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->count(), 2);
        QCOMPARE(badge->text(), u"2 new"_s);
        QCOMPARE(badge->firstRow(), 0);
        QVERIFY(table->verticalScrollBar()->value() > 0);
        QTest::mouseClick(badge, Qt::LeftButton);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QVERIFY(!badge->isVisible());
    }

    /// With FRESHET_WRITE_SCREENSHOTS=1, writes docs/screenshots/phone-*.png from the demo feeds.
    void phoneScreenshots()
    {
        if (!qEnvironmentVariableIsSet("FRESHET_WRITE_SCREENSHOTS"))
            QSKIP("set FRESHET_WRITE_SCREENSHOTS=1 to write docs/screenshots/phone-*.png");
        FeedServerProcess demo;
        QVERIFY2(demo.start({u"--demo"_s}), qPrintable(demo.errorString()));
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            for (const QString &path : {u"/demo/photos.xml"_s, u"/demo/news.rss"_s, u"/demo/notes.atom"_s})
                QVERIFY(store->addFeed(demo.url(path).toString()).ok());
        }
        PhoneApp app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        app.window->refreshNow();
        QVERIFY(completed.wait(35000));
        const QString dir = QStringLiteral(FRESHET_SOURCE_DIR) + u"/docs/screenshots/"_s;
        const auto save = [&](const QString &name) {
            QTest::qWait(1500); // thumbnails and images arrive from the loopback server
            QVERIFY(app.window->grab().save(dir + name));
        };
        save(u"phone-feeds.png"_s);
        tap(app.window->feedList(), app.window->feedModel()->allItemsIndex());
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        save(u"phone-items.png"_s);
        {
            // A dark system palette, as a dark desktop or phone theme hands it over: nothing in
            // the window may keep a light colour of its own.
            const QPalette light = QApplication::palette();
            QApplication::setPalette(darkPalette()); // what Settings > Appearance > Dark sets too
            save(u"phone-items-dark.png"_s);
            QApplication::setPalette(light);
        }
        tap(app.window->itemTable(), app.window->itemModel()->index(0, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        save(u"phone-article.png"_s);
        app.window->goBack();
        const qsizetype runs = completed.count();
        drag(app.window->itemTable(), QPoint(195, 40), QPoint(195, 40 + 4 * app.window->pullToRefresh()->threshold()),
             [&] { QVERIFY(app.window->grab().save(dir + u"phone-pull-to-refresh.png"_s)); });
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), runs + 1, 35000);
        app.window->findChild<QAction *>(u"searchAction"_s)->trigger();
        QTest::keyClicks(app.window->findChild<QLineEdit *>(u"searchBox"_s), u"photo"_s);
        QTest::qWait(2500); // the pull's "Updated just now" fades first
        save(u"phone-search.png"_s);
    }
};

QTEST_MAIN(TestPhoneWindow)
#include "tst_phonewindow.moc"
