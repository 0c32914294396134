// SPDX-License-Identifier: MIT
// Which items become read, driven as a person drives the window: mouse clicks on the table's
// rows, Ctrl+arrows, J/K, N, M, a phone's taps and Back. Every check reads the stored flag of
// every item involved from the real SQLite file, not the model's copy.
#include "articleheader.h"
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "formfactor.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "mainwindow.h"
#include "modalanswers.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// The stored read flag of every item, by title.
QHash<QString, bool> storedReadFlags(TestProfile &profile)
{
    auto store = profile.openStore(u"check"_s);
    ItemQuery everything;
    everything.limit = -1;
    QHash<QString, bool> flags;
    const QList<Item> items = store->items(everything).value();
    for (const Item &item : items)
        flags.insert(item.title, item.read);
    return flags;
}

/// The titles stored as read, sorted.
QStringList storedRead(TestProfile &profile)
{
    QStringList read;
    const QHash<QString, bool> flags = storedReadFlags(profile);
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        if (it.value())
            read << it.key();
    }
    read.sort();
    return read;
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QRect cell = table->visualRect(table->model()->index(row, ItemTableModel::TitleColumn));
    QVERIFY2(cell.isValid() && table->viewport()->rect().contains(cell.center()), "the row is not on screen");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
}

/// A click on one cell of a row, with the mouse, where a person would click.
void clickCell(QTableView *table, int row, int column)
{
    const QRect cell = table->visualRect(table->model()->index(row, column));
    QVERIFY2(cell.isValid() && table->viewport()->rect().contains(cell.center()), "the cell is not on screen");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

/// The titles stored as starred, sorted.
QStringList storedStarred(TestProfile &profile)
{
    auto store = profile.openStore(u"check-starred"_s);
    ItemQuery everything;
    everything.limit = -1;
    QStringList starred;
    const QList<Item> items = store->items(everything).value();
    for (const Item &item : items) {
        if (item.starred)
            starred << item.title;
    }
    starred.sort();
    return starred;
}

QString titleAt(QTableView *table, int row)
{
    return table->model()->index(row, ItemTableModel::TitleColumn).data().toString();
}

/// Waits until the store thread has run every write the window posted so far (jobs run and
/// answer in the order posted, so one more job's answer comes after theirs).
void settle(TestWindow &app)
{
    bool done = false;
    QObject context;
    app.store.post([](FeedStore &) { return 0; }, &context, [&done](int) { done = true; });
    QTRY_VERIFY(done);
}

/// Answers the next modal question box with `button` once it shows.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

/// Ctrl+Shift+R, Mark All as Read, pressed in the item table of the window, made active
/// first: a question box that just closed may have left no window active, and the shortcut
/// belongs to the window.
void pressMarkAllRead(MainWindow *window)
{
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(window->itemTable(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
}

/// One feed of `count` items ("Item 0" the newest) in the profile, and the window over it, shown.
std::unique_ptr<TestWindow> windowOverItems(TestProfile &profile, int count)
{
    {
        auto store = profile.openStore(u"setup"_s);
        TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, count, QDateTime::currentDateTimeUtc());
    }
    auto app = std::make_unique<TestWindow>(profile);
    app->window->show();
    if (!QTest::qWaitForWindowExposed(app->window.get()))
        qWarning("the window was not exposed");
    return app;
}

} // namespace

class TestReadingMarks final : public QObject
{
    Q_OBJECT

private slots:
    void init() { qputenv("FRESHET_NO_DIALOGS", "1"); }

    void clickingRowsMarksExactlyTheItemShown()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 8);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();

        clickRow(table, 1);
        settle(app);
        QCOMPARE(titleAt(table, 1), u"Item 1"_s);
        QCOMPARE(storedRead(profile), QStringList{u"Item 1"_s});
        // The second click: B is shown and read; A stays as it was, nothing else moves.
        clickRow(table, 4);
        settle(app);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 4"_s));
        QCOMPARE(storedRead(profile), (QStringList{u"Item 1"_s, u"Item 4"_s}));
        QCOMPARE(table->model()->index(4, ItemTableModel::UnreadColumn).data().toString(), QString());
        QVERIFY(!table->model()->index(3, ItemTableModel::UnreadColumn).data().toString().isEmpty());
    }

    void keyboardMovesMarkTheItemTheyShow()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 8);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        clickRow(table, 0);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 0"_s});

        // Ctrl+Down moves the current row but not the selection: the row moved to is the one shown.
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        settle(app);
        QCOMPARE(table->currentIndex().row(), 2);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 2"_s));
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 1"_s, u"Item 2"_s}));

        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        settle(app);
        QCOMPARE(table->currentIndex().row(), 7);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 1"_s, u"Item 2"_s, u"Item 7"_s}));

        // K and J (the window's shortcuts) step one row each way.
        QTest::keyClick(table, Qt::Key_K);
        settle(app);
        QCOMPARE(table->currentIndex().row(), 6);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 1"_s, u"Item 2"_s, u"Item 6"_s, u"Item 7"_s}));
        QTest::keyClick(table, Qt::Key_J);
        settle(app);
        QCOMPARE(table->currentIndex().row(), 7);
        QCOMPARE(storedRead(profile).size(), 5);
    }

    void anItemKeptUnreadStaysUnreadWhenAnotherIsClicked()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 5);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        clickRow(table, 2);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 2"_s});
        QTest::keyClick(table, Qt::Key_M); // keep it for later
        settle(app);
        QCOMPARE(storedRead(profile), QStringList());
        clickRow(table, 3);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 3"_s});
        // Turning images on draws the same article again: still not a second reading.
        QTest::keyClick(table, Qt::Key_M);
        settle(app);
        const QList<QAction *> actions = app.window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == MainWindow::tr("Load &Images"))
                action->trigger();
        }
        settle(app);
        QCOMPARE(storedRead(profile), QStringList());
    }

    void nextUnreadJumpsWithoutReadingTheRowsBetween()
    {
        TestProfile profile;
        const int count = 3000;
        {
            auto store = profile.openStore(u"setup"_s);
            const qint64 feed = TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, count, QDateTime::currentDateTimeUtc());
            QVERIFY(store->markAllRead(feed).ok());
            ItemQuery all;
            all.limit = -1;
            const QList<Item> items = store->items(all).value();
            const auto far = std::find_if(items.cbegin(), items.cend(), [](const Item &item) { return item.title == u"Item 2500"_s; });
            QVERIFY(far != items.cend());
            QVERIFY(store->setRead({far->id}, false).ok());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTableView *table = app.window->itemTable();
        ItemTableModel *model = app.window->itemModel();
        QCOMPARE(model->rowCount(), count);
        clickRow(table, 0);

        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(table->currentIndex().row(), 2500);
        QCOMPARE(titleAt(table, 2500), u"Item 2500"_s);
        // One question to the store, not a walk: the rows in between were never read.
        QVERIFY(!model->isHeld(1200));
        settle(app);
        QVERIFY(storedReadFlags(profile).value(u"Item 2500"_s));

        // Nothing unread is left: it says so at once and stays put, again without the walk.
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(table->currentIndex().row(), 2500);
        QCOMPARE(app.window->statusBar()->currentMessage(), MainWindow::tr("No more unread items."));
        QVERIFY(!model->isHeld(count - 1));
    }

    void nextUnreadFollowsTheSortAndTheUnreadOnlyView()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 12);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        ItemTableModel *model = app.window->itemModel();
        // By title, A to Z: Item 0, Item 1, Item 10, Item 11, Item 2, ...
        model->sort(ItemTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(titleAt(table, 2), u"Item 10"_s);
        clickRow(table, 1);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(titleAt(table, table->currentIndex().row()), u"Item 10"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(titleAt(table, table->currentIndex().row()), u"Item 11"_s);
        settle(app);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 1"_s, u"Item 10"_s, u"Item 11"_s}));

        // Unread only: the rows read here stay in view until the list is asked again, and N
        // counts them when it says where the next unread one is.
        const QList<QAction *> actions = app.window->findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == MainWindow::tr("&Unread Only"))
                action->trigger();
        }
        QCOMPARE(model->rowCount(), 9);
        clickRow(table, 0); // Item 0
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(titleAt(table, table->currentIndex().row()), u"Item 2"_s);
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(titleAt(table, table->currentIndex().row()), u"Item 3"_s);
        settle(app);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 1"_s, u"Item 10"_s, u"Item 11"_s, u"Item 2"_s, u"Item 3"_s}));
    }

    void phoneTapReadsAndPeekingDoesNot()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 5, QDateTime::currentDateTimeUtc());
        }
        TestWindow app(profile, false, nullptr, false, FormFactor::Phone);
        app.window->resize(390, 844);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FeedTreeView *feeds = app.window->feedList();
        const auto tap = [](QAbstractItemView *view, const QModelIndex &index) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        };
        // A peek: the feed's items, then Back, with no article opened.
        tap(feeds, nthFeed(*app.window->feedModel()));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        app.window->itemTable()->setFocus();
        QTest::keyClick(app.window->itemTable(), Qt::Key_Escape);
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Feeds);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList());

        // A tap on an item opens its article: that item, only.
        tap(feeds, nthFeed(*app.window->feedModel()));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Items);
        tap(app.window->itemTable(), app.window->itemModel()->index(3, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 3"_s});
        QVERIFY(app.window->goBack());
        tap(app.window->itemTable(), app.window->itemModel()->index(1, ItemTableModel::TitleColumn));
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Article);
        settle(app);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 1"_s, u"Item 3"_s}));
    }

    void clickingTheMarkersTogglesThemWithoutOpeningTheItem()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 8);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        clickRow(table, 0);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 0"_s});

        // The ● of another row: that row is read, and still Item 0 is the one open.
        clickCell(table, 2, ItemTableModel::UnreadColumn);
        settle(app);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 2"_s}));
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 0"_s));
        QVERIFY(table->model()->index(2, ItemTableModel::UnreadColumn).data().toString().isEmpty());
        // Clicked again it is unread again; so is the open item, clicked on its own ●.
        clickCell(table, 2, ItemTableModel::UnreadColumn);
        clickCell(table, 0, ItemTableModel::UnreadColumn);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList());
        QCOMPARE(table->model()->index(0, ItemTableModel::UnreadColumn).data().toString(), u"\u25CF"_s);

        // The ★ cell stars and unstars its row, whichever row is current, and reads nothing.
        clickCell(table, 5, ItemTableModel::StarColumn);
        settle(app);
        QCOMPARE(storedStarred(profile), QStringList{u"Item 5"_s});
        QCOMPARE(table->model()->index(5, ItemTableModel::StarColumn).data().toString(), u"\u2605"_s);
        QCOMPARE(storedRead(profile), QStringList());
        QCOMPARE(table->currentIndex().row(), 0);
        clickCell(table, 5, ItemTableModel::StarColumn);
        settle(app);
        QCOMPARE(storedStarred(profile), QStringList());

        // A double click on a marker is two clicks: back as it was, and no browser opened.
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(table->model()->index(6, ItemTableModel::StarColumn)).center());
        settle(app);
        QCOMPARE(storedStarred(profile), QStringList());
    }

    void homeAndEndGoToTheFirstAndLastItem()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 300);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        clickRow(table, 3);
        QTest::keyClick(table, Qt::Key_End);
        QCOMPARE(table->currentIndex().row(), 299);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 299"_s));
        QTest::keyClick(table, Qt::Key_Home);
        QCOMPARE(table->currentIndex().row(), 0);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 0"_s));
        settle(app);
        QCOMPARE(storedRead(profile), (QStringList{u"Item 0"_s, u"Item 299"_s, u"Item 3"_s}));
    }

    void aSearchStartsAtTheTopAndSaysHowManyMatch()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 300);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        table->scrollToBottom();
        QVERIFY(table->verticalScrollBar()->value() > 0);
        auto *search = app.window->findChild<QLineEdit *>(u"searchBox"_s);
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, u"Item 1"_s);
        QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 300);
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        const int matches = table->model()->rowCount();
        auto *status = app.window->findChild<QLabel *>(u"statusLabel"_s);
        // This process loads no translation: the English plural reads "item(s)".
        QTRY_VERIFY2(status->text().startsWith(u"%1 item(s) match"_s.arg(matches)), qPrintable(status->text()));
        // The header's sort is a new list too: it starts at the top.
        table->scrollToBottom();
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(ItemTableModel::TitleColumn) + 10,
                                 table->horizontalHeader()->height() / 2));
        // (The title order's indexes are built first, off the GUI thread.)
        QTRY_COMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::TitleColumn));
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        // Cleared, the count goes with it.
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 300);
        QTRY_VERIFY2(!status->text().contains(u"match"_s), qPrintable(status->text()));
    }

    void markAllAsReadAsksWhenManyAndCanBeUndone()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 150);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        clickRow(table, 0);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 0"_s});

        // 149 unread: it asks; Cancel changes nothing.
        clickInNextQuestion(u"Cancel"_s);
        pressMarkAllRead(app.window.get());
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 0"_s});

        bool asked = false;
        clickInNextQuestion(u"Mark as Read"_s, &asked);
        pressMarkAllRead(app.window.get());
        QVERIFY(asked);
        settle(app);
        QCOMPARE(storedRead(profile).size(), 150);
        QCOMPARE(table->model()->index(149, ItemTableModel::UnreadColumn).data().toString(), QString());

        // The status bar's Undo, with the mouse: exactly the 149 it changed are unread again.
        auto *undoButton = app.window->findChild<QPushButton *>(u"undoMarkAllReadButton"_s);
        QTRY_VERIFY(undoButton->isVisible());
        QTest::mouseClick(undoButton, Qt::LeftButton);
        settle(app);
        QTRY_COMPARE(storedRead(profile), QStringList{u"Item 0"_s});
        QVERIFY(!undoButton->isVisible());
        QTRY_VERIFY2(app.window->statusBar()->currentMessage().contains(u"149"_s), qPrintable(app.window->statusBar()->currentMessage()));
        QTRY_COMPARE(table->model()->index(149, ItemTableModel::UnreadColumn).data().toString(), u"\u25CF"_s);

        // Again, and Ctrl+Z this time; a second Ctrl+Z has nothing left to undo.
        clickInNextQuestion(u"Mark as Read"_s);
        pressMarkAllRead(app.window.get());
        settle(app);
        QCOMPARE(storedRead(profile).size(), 150);
        QTRY_VERIFY(app.window->findChild<QAction *>(u"undoMarkAllReadAction"_s)->isEnabled());
        app.window->activateWindow();
        QTRY_VERIFY(app.window->isActiveWindow());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        settle(app);
        QTRY_COMPARE(storedRead(profile), QStringList{u"Item 0"_s});
        QVERIFY(!app.window->findChild<QAction *>(u"undoMarkAllReadAction"_s)->isEnabled());
    }

    void aFolderClickedShowsItsFeedsAndMarkAllReadStaysInIt()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto &[url, folder, count] :
                 {std::tuple{u"https://a.example/feed"_s, u"Tech"_s, 3}, std::tuple{u"https://b.example/feed"_s, u"Tech/Linux"_s, 4},
                  std::tuple{u"https://c.example/feed"_s, QString(), 5}}) {
                const qint64 id = store->addFeed(url, folder).value().id;
                TestProfile::appendItems(*store, id, count, now, url.mid(8, 1));
            }
        }
        auto app = std::make_unique<TestWindow>(profile);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window.get()));
        FeedTreeView *list = app->window->feedList();
        FeedListModel *feeds = app->window->feedModel();
        const QModelIndex tech = feeds->indexOfKey(u"folder:1:Tech"_s);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(tech).center());
        QCOMPARE(list->currentIndex(), tech);
        QTRY_COMPARE(app->window->itemModel()->rowCount(), 7); // its feed and the one in Linux

        pressMarkAllRead(app->window.get());
        settle(*app);
        QCOMPARE(storedRead(profile).size(), 7);
        QTRY_COMPARE(feeds->indexOfKey(u"folder:1:Tech"_s).data(FeedListModel::UnreadRole).toInt(), 0);
        QCOMPARE(feeds->indexOfKey(u"account:1"_s).data(FeedListModel::UnreadRole).toInt(), 5); // c's are untouched

        // The arrow before "Linux" closes it, and it stays closed in the next session.
        const QModelIndex linux = feeds->indexOfKey(u"folder:1:Tech/Linux"_s);
        QVERIFY(list->isExpanded(linux));
        const QRect row = list->visualRect(linux);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(row.left() - list->indentation() / 2, row.center().y()));
        QVERIFY(!list->isExpanded(linux));
        app.reset();
        app = std::make_unique<TestWindow>(profile);
        app->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app->window.get()));
        FeedListModel *again = app->window->feedModel();
        QVERIFY(!app->window->feedList()->isExpanded(again->indexOfKey(u"folder:1:Tech/Linux"_s)));
        QVERIFY(app->window->feedList()->isExpanded(again->indexOfKey(u"folder:1:Tech"_s)));
    }

    void theArticlesHeaderStarsWithAClickAndFollowsTheKey()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 3);
        TestWindow &app = *window;
        auto *header = app.window->findChild<ArticleHeader *>(u"articleHeader"_s);
        QVERIFY(header);
        QVERIFY(!header->isVisible()); // no article yet
        clickRow(app.window->itemTable(), 1);
        QTRY_VERIFY(header->isVisible());
        QAction *star = header->starAction();
        QVERIFY(!star->isChecked());
        QWidget *button = header->widgetForAction(star);
        QTest::mouseClick(button, Qt::LeftButton);
        settle(app);
        QCOMPARE(storedStarred(profile), QStringList{u"Item 1"_s});
        QVERIFY(star->isChecked());
        QCOMPARE(star->text(), ArticleHeader::tr("★ Starred"));
        // S in the table unstars it; the header says so at once.
        QTest::keyClick(app.window->itemTable(), Qt::Key_S);
        settle(app);
        QCOMPARE(storedStarred(profile), QStringList());
        QVERIFY(!star->isChecked());
        // Open in Browser and the enclosure are the menus' own commands.
        QVERIFY(header->actions().contains(app.window->findChild<QAction *>(u"openInBrowserAction"_s)));
        QVERIFY(header->actions().contains(app.window->findChild<QAction *>(u"downloadEnclosureAction"_s)));
    }

    // Publish is a Tiny Tiny RSS account's: the header offers it for such an article only, a
    // click puts it in the account's public feed here and queues it for the server, and
    // Item > Published follows.
    void theArticlesHeaderPublishesATinyTinyRssArticle()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 1, QDateTime::currentDateTimeUtc().addDays(-1), u"Local"_s);
            const Account account = store->addAccount(u"home"_s, u"ttrss"_s, u"https://tt.example/"_s, u"me"_s).value();
            const QHash<QString, qint64> feeds =
                store->applyRemoteFeeds(account.id, {{u"7"_s, u"Remote"_s, u"https://b.example/feed"_s, {}, {}}}).value();
            sync::RemoteItem item;
            item.id = u"41"_s;
            item.feedId = u"7"_s;
            item.guid = u"remote-41"_s;
            item.title = u"Remote 1"_s;
            item.published = QDateTime::currentDateTimeUtc();
            QVERIFY(store->applyRemoteItems(account.id, feeds, {item}).ok());
        }
        auto window = std::make_unique<TestWindow>(profile);
        TestWindow &app = *window;
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        auto *header = app.window->findChild<ArticleHeader *>(u"articleHeader"_s);
        auto *publish = header->findChild<QAction *>(u"articlePublishAction"_s);
        auto *menuPublish = app.window->findChild<QAction *>(u"togglePublishedAction"_s);
        QVERIFY(publish && menuPublish);
        QTableView *table = app.window->itemTable();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const int remoteRow = titleAt(table, 0) == u"Remote 1"_s ? 0 : 1;

        // An article of this device: nothing to publish it in.
        clickRow(table, 1 - remoteRow);
        QTRY_VERIFY(header->isVisible());
        QVERIFY(!publish->isVisible());
        QVERIFY(!menuPublish->isEnabled());

        clickRow(table, remoteRow);
        QTRY_VERIFY(publish->isVisible());
        QVERIFY(menuPublish->isEnabled());
        QVERIFY(!publish->isChecked());
        QTest::mouseClick(header->widgetForAction(publish), Qt::LeftButton);
        settle(app);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"published-check"_s);
        db.setDatabaseName(profile.databasePath());
        QVERIFY(db.open());
        auto scalar = [&db](const QString &sql) {
            QSqlQuery query(db);
            return query.exec(sql) && query.next() ? query.value(0) : QVariant();
        };
        QCOMPARE(scalar(u"SELECT in_published_feed FROM items WHERE remote_id = '41'"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT flag || '=' || value FROM pending_state_changes WHERE remote_id = '41' AND flag = 'published'"_s).toString(),
                 u"published=1"_s);
        QVERIFY(publish->isChecked());
        QCOMPARE(publish->text(), ArticleHeader::tr("Published"));
        QVERIFY(menuPublish->isChecked());

        // Shift+P takes it out again; the header says so at once.
        QTest::keyClick(table, Qt::Key_P, Qt::ShiftModifier);
        settle(app);
        QCOMPARE(scalar(u"SELECT in_published_feed FROM items WHERE remote_id = '41'"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT flag || '=' || value FROM pending_state_changes WHERE remote_id = '41' AND flag = 'published'"_s).toString(),
                 u"published=0"_s);
        QVERIFY(!publish->isChecked());
        QCOMPARE(publish->text(), ArticleHeader::tr("Publish"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"published-check"_s);
    }

    void markAllAsReadOfAFewDoesNotAsk()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 5);
        TestWindow &app = *window;
        // Were it to ask, the box would be closed (and the test fail on `asked`).
        bool asked = false;
        QTimer watch;
        watch.setInterval(10);
        connect(&watch, &QTimer::timeout, this, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        watch.start();
        pressMarkAllRead(app.window.get());
        settle(app);
        QVERIFY(!asked);
        QCOMPARE(storedRead(profile).size(), 5);
    }

    void theWindowBecomingActiveReadsNothing()
    {
        TestProfile profile;
        auto window = windowOverItems(profile, 8);
        TestWindow &app = *window;
        QTableView *table = app.window->itemTable();
        // Another window is active while the item table becomes the window's focus widget.
        QWidget other;
        other.show();
        other.activateWindow();
        QTRY_VERIFY(other.isActiveWindow());
        table->setFocus();
        QVERIFY(!table->currentIndex().isValid());

        // Coming back to Freshet (as at its start, or after a dialog) opens and reads nothing.
        app.window->activateWindow();
        QTRY_VERIFY(app.window->isActiveWindow());
        QTRY_VERIFY(table->hasFocus());
        settle(app);
        QVERIFY(!table->currentIndex().isValid());
        QCOMPARE(storedRead(profile), QStringList());

        // Tab into the list is the keyboard's way in: it starts at the first item.
        app.window->feedList()->setFocus();
        QTest::keyClick(app.window->feedList(), Qt::Key_Tab);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        settle(app);
        QCOMPARE(storedRead(profile), QStringList{u"Item 0"_s});
    }

    void deletingAFeedUpdatesEveryCountAtOnce()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 20, QDateTime::currentDateTimeUtc(), u"A"_s);
            TestProfile::addFeedWithItems(*store, u"https://b.example/feed"_s, 47, QDateTime::currentDateTimeUtc(), u"B"_s);
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        auto *status = app.window->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status->text().startsWith(MainWindow::tr("%n unread", nullptr, 67)));
        FeedTreeView *feeds = app.window->feedList();
        const QModelIndex feedA = app.window->feedModel()->indexOfFeed(1);
        QVERIFY(feedA.isValid());
        QTest::mouseClick(feeds->viewport(), Qt::LeftButton, {}, feeds->visualRect(feedA).center());
        QCOMPARE(app.window->itemModel()->rowCount(), 20);

        answerNextQuestion(QMessageBox::Yes);
        QTest::keyClick(feeds, Qt::Key_Delete, Qt::ControlModifier);
        settle(app);
        // Well within the status bar's 30 s clock: the counts follow the deletion itself.
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(MainWindow::tr("%n unread", nullptr, 47)), qPrintable(status->text()), 2000);
        QCOMPARE(app.window->feedModel()->totalUnread(), 47);
        QCOMPARE(app.window->feedModel()->allItemsIndex().data(FeedListModel::UnreadRole).toInt(), 47);
        QCOMPARE(app.window->itemModel()->rowCount(), 47);

        // Reading one changes them at once too.
        clickRow(app.window->itemTable(), 0);
        settle(app);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(MainWindow::tr("%n unread", nullptr, 46)), qPrintable(status->text()), 2000);
    }
};

QTEST_MAIN(TestReadingMarks)
#include "tst_readingmarks.moc"
