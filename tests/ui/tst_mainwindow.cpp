// SPDX-License-Identifier: MIT
// The main window, offscreen, over a real profile and the real loopback feed server.
#include "aboutdialog.h"
#include "background/backgroundfetch.h"
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedserverstats.h"
#include "feedtreeview.h"
#include "freshetversion.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "mainwindow.h"
#include "ratelimit.h"
#include "storage/sqlitestatement.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// The objects guirunner wires, over one test profile.
struct App : TestWindow
{
    explicit App(TestProfile &profile, bool debugMenu = true) : TestWindow(profile, debugMenu) {}
};

QAction *findAction(QMenuBar *bar, const QString &objectName)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

/// Two feeds of 30 items, "a 0…" newer than "B 0…": a title order that ignores case mixes them.
void addTwoFeedsToSort(TestProfile &profile)
{
    auto store = profile.openStore(u"setup"_s);
    TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 30, QDateTime::currentDateTimeUtc(), u"a"_s);
    TestProfile::addFeedWithItems(*store, u"https://b.example/feed"_s, 30, QDateTime::currentDateTimeUtc().addSecs(-30), u"B"_s);
}

QStringList shownTitles(ItemTableModel *model)
{
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, ItemTableModel::TitleColumn).data().toString();
    return shown;
}

void clickHeader(QHeaderView *header, int column)
{
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

} // namespace

class TestMainWindow final : public QObject
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

    qint64 served(int status) const { return servedWithStatus(m_server, status); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchRunSummary>();
        qputenv("FRESHET_NO_DIALOGS", "1");
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--items"_s, u"30"_s}), qPrintable(m_server.errorString()));
    }

    void showsStoredItemsNewestFirst()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 500, QDateTime::currentDateTimeUtc());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        ItemTableModel *model = app.window->itemModel();
        QCOMPARE(model->rowCount(), 500);
        QVERIFY(model->heldRowCount() <= model->pageSize()); // about a page, not all 500
        // The testers check the models' contracts from here on.
        QAbstractItemModelTester tableTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester listTester(app.window->feedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->index(0, ItemTableModel::TitleColumn).data().toString(), u"Item 0"_s);
        QCOMPARE(app.window->feedModel()->feedCount(), 1);
        QCOMPARE(app.window->feedModel()->totalUnread(), 500);
        // Scrolling to the end reads the rows there, not the ones in between.
        app.window->itemTable()->scrollToBottom();
        QTRY_VERIFY(model->isHeld(499));
        QVERIFY(!model->isHeld(250));
        QCOMPARE(model->index(499, ItemTableModel::TitleColumn).data().toString(), u"Item 499"_s);
    }

    void clickingAHeaderSortsAndTheChoiceIsKept()
    {
        TestProfile profile;
        addTwoFeedsToSort(profile);
        QStringList byTitle;
        {
            App app(profile);
            app.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
            ItemTableModel *model = app.window->itemModel();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QHeaderView *header = app.window->itemTable()->horizontalHeader();
            QCOMPARE(model->sortColumn(), int(ItemTableModel::DateColumn));
            QCOMPARE(shownTitles(model).constFirst(), u"a 0"_s); // newest first

            // The title order's indexes are built on the first click (off the GUI thread).
            clickHeader(header, ItemTableModel::TitleColumn);
            QCOMPARE(header->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
            QTRY_COMPARE(model->sortColumn(), int(ItemTableModel::TitleColumn));
            QCOMPARE(header->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
            const QStringList first = shownTitles(model);
            clickHeader(header, ItemTableModel::TitleColumn);
            QCOMPARE(model->sortColumn(), int(ItemTableModel::TitleColumn));
            QCOMPARE(model->sortOrder(), header->sortIndicatorOrder());
            QStringList reversed = shownTitles(model);
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(reversed, first);
            if (model->sortOrder() != Qt::AscendingOrder)
                clickHeader(header, ItemTableModel::TitleColumn);
            QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
            byTitle = shownTitles(model);
            // Case does not split the list: "a…" before "B…", as a person expects (bytes would not).
            QCOMPARE(byTitle.mid(0, 3), (QStringList{u"a 0"_s, u"a 1"_s, u"a 10"_s}));
            QStringList sortedCopy = byTitle;
            std::sort(sortedCopy.begin(), sortedCopy.end(),
                      [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; });
            QCOMPARE(byTitle, sortedCopy);

            // The marker columns do not sort: the indicator goes back to the column that does.
            clickHeader(header, ItemTableModel::UnreadColumn);
            QCOMPARE(model->sortColumn(), int(ItemTableModel::TitleColumn));
            QCOMPARE(header->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
            QCOMPARE(shownTitles(model), byTitle);

            // The filter keeps the order.
            app.window->findChild<QLineEdit *>(u"searchBox"_s)->setText(u"b"_s);
            QTRY_COMPARE(model->rowCount(), 30);
            QCOMPARE(model->sortColumn(), int(ItemTableModel::TitleColumn));
            QCOMPARE(shownTitles(model).mid(0, 2), (QStringList{u"B 0"_s, u"B 1"_s}));
        }
        // The next window opens sorted the same way.
        App again(profile);
        QCOMPARE(again.window->itemModel()->sortColumn(), int(ItemTableModel::TitleColumn));
        QCOMPARE(again.window->itemModel()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(again.window->itemTable()->horizontalHeader()->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
        QCOMPARE(shownTitles(again.window->itemModel()), byTitle);
    }

    void anOrderWithoutItsIndexesIsPreparedThenApplied()
    {
        TestProfile profile;
        addTwoFeedsToSort(profile);
        QStringList byTitle;
        {
            App app(profile);
            app.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
            QHeaderView *header = app.window->itemTable()->horizontalHeader();
            QVERIFY(!app.reader.store().sortIndexesPresent(ItemSortColumn::Title).value());
            clickHeader(header, ItemTableModel::TitleColumn);
            // Until the indexes exist the table keeps its order; the header shows the choice and
            // the status bar what is being prepared.
            QCOMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::DateColumn));
            QCOMPARE(header->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
            QVERIFY2(app.window->statusBar()->currentMessage().contains(u"Preparing the order by title"_s),
                     qPrintable(app.window->statusBar()->currentMessage()));
            QTRY_COMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::TitleColumn));
            QCOMPARE(app.window->statusBar()->currentMessage(), QString());
            QVERIFY(app.reader.store().sortIndexesPresent(ItemSortColumn::Title).value());

            // A click on another such column meanwhile: the last choice wins once ready.
            clickHeader(header, ItemTableModel::AuthorColumn);
            clickHeader(header, ItemTableModel::DateColumn);
            QCOMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::DateColumn));
            QTRY_VERIFY(!app.window->statusBar()->currentMessage().contains(u"Preparing"_s));
            QCOMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::DateColumn));
            clickHeader(header, ItemTableModel::TitleColumn);
            QCOMPARE(app.window->itemModel()->sortColumn(), int(ItemTableModel::TitleColumn)); // built: at once
            byTitle = shownTitles(app.window->itemModel());
        }
        {
            // The indexes gone (as schema 18 leaves a profile sorted by title): the next window
            // opens in the order it can read at once, then in the one kept.
            auto store = profile.openStore(u"drop"_s);
            QSqlQuery drop(store->database());
            QVERIFY(drop.exec(u"DROP INDEX items_by_title"_s));
            QVERIFY(drop.exec(u"DROP INDEX items_unread_by_title"_s));
        }
        App again(profile);
        again.window->show();
        QCOMPARE(again.window->itemModel()->sortColumn(), int(ItemTableModel::DateColumn));
        QCOMPARE(again.window->itemTable()->horizontalHeader()->sortIndicatorSection(), int(ItemTableModel::TitleColumn));
        QVERIFY(again.window->statusBar()->currentMessage().contains(u"Preparing the order by title"_s));
        QTRY_COMPARE(again.window->itemModel()->sortColumn(), int(ItemTableModel::TitleColumn));
        QCOMPARE(shownTitles(again.window->itemModel()), byTitle);
        QCOMPARE(again.window->statusBar()->currentMessage(), QString());
    }

    void selectingAnItemShowsItAndMarksItRead()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 3, QDateTime::currentDateTimeUtc());
        }
        App app(profile);
        app.window->show();
        QTableView *table = app.window->itemTable();
        table->setCurrentIndex(app.window->itemModel()->index(1, ItemTableModel::TitleColumn));
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Item 1"_s));
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Summary 1"_s));
        QTRY_COMPARE(app.window->feedModel()->totalUnread(), 2);
        auto check = profile.openStore(u"check"_s);
        ItemQuery unread;
        unread.unreadOnly = true;
        QTRY_COMPARE(check->itemCount(unread).value(), 2);
    }

    void refreshInsertsRowsWithoutAResetAndKeepsTheSelection()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/1.xml"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QAbstractItemModelTester tableTester(app.window->itemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        app.window->refreshNow();
        QVERIFY(completed.wait(15000));
        ItemTableModel *model = app.window->itemModel();
        QCOMPARE(model->rowCount(), 30);

        QTableView *table = app.window->itemTable();
        table->setCurrentIndex(model->index(5, ItemTableModel::TitleColumn));
        const qint64 selectedId = table->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong();

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
        bump(1);
        app.window->refreshNow();
        QVERIFY(completed.wait(15000));
        QCOMPARE(completed.last().constFirst().value<FetchRunSummary>().result, FetchResult::NewData);
        QCOMPARE(resets.size(), 0);
        QVERIFY(inserts.size() >= 1);
        QCOMPARE(model->rowCount(), 31);
        QCOMPARE(table->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), selectedId);
        QCOMPARE(table->currentIndex().row(), 6);
    }

    void aSearchTypedBeforeARefreshShowsTheItemsItBrings()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/2.xml"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        auto *searchBox = app.window->findChild<QLineEdit *>(u"searchBox"_s);
        QTest::mouseClick(searchBox, Qt::LeftButton);
        QTest::keyClicks(searchBox, u"feed"_s); // every generated title says "Item N of feed 2"
        ItemTableModel *model = app.window->itemModel();
        QTRY_COMPARE(model->rowCount(), 0);

        // The run's items reach the search index at its end, after the table took them in.
        QSignalSpy caughtUp(&app.fetch, &BackgroundFetch::searchIndexCaughtUp);
        app.window->refreshNow();
        QVERIFY(caughtUp.wait(15000));
        QTRY_COMPARE(model->rowCount(), 30);
    }

    void aSearchFindsArticlesByTheirWordsNotTheirMarkup()
    {
        // Articles as blogs publish them: paragraphs, links to example.org/notes/N, emphasis.
        FeedServerProcess articles;
        QVERIFY2(articles.start({u"--feeds"_s, u"1"_s, u"--items"_s, u"10"_s, u"--content-bytes"_s, u"600"_s}),
                 qPrintable(articles.errorString()));
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(articles.url(u"/gen/0.xml"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy caughtUp(&app.fetch, &BackgroundFetch::searchIndexCaughtUp);
        app.window->refreshNow();
        QVERIFY(caughtUp.wait(15000));
        ItemTableModel *model = app.window->itemModel();
        QTRY_COMPARE(model->rowCount(), 10);

        // What a reader sees of each item, and a word one of them shows in bold.
        QStringList contents;
        {
            auto store = profile.openStore(u"check"_s);
            // Everything the search covers: title, summary and article.
            QSqlQuery articles(u"SELECT title || ' ' || summary || ' ' || content FROM items"_s, store->database());
            while (articles.next())
                contents << articles.value(0).toString();
        }
        QCOMPARE(contents.size(), 10);
        QVERIFY(std::any_of(contents.begin(), contents.end(),
                            [](const QString &content) { return content.contains(u"<a href=\"https://example.org/notes/"_s); }));
        QVERIFY(std::any_of(contents.begin(), contents.end(), [](const QString &content) { return content.contains(u"<strong>"_s); }));
        QStringList readable;
        for (const QString &content : std::as_const(contents))
            readable << QString(content).remove(QRegularExpression(u"<[^>]*>"_s)).toLower();
        const QRegularExpressionMatch bold = QRegularExpression(u"<strong>(\\w+)</strong>"_s).match(contents.join(u'\n'));
        QVERIFY(bold.hasMatch());
        const QString shown = bold.captured(1).toLower();
        // The last word typed matches as a prefix: "belmi" finds "belmimi" too.
        const QRegularExpression wordStart(u"\\b"_s + QRegularExpression::escape(shown));
        const int showing = int(std::count_if(readable.begin(), readable.end(),
                                              [&](const QString &text) { return text.contains(wordStart); }));
        QVERIFY(showing >= 1);
        for (const QString &markup : {u"href"_s, u"notes"_s, u"strong"_s})
            QVERIFY(std::none_of(readable.begin(), readable.end(),
                                 [&](const QString &text) { return text.contains(QRegularExpression(u"\\b"_s + markup)); }));
        auto *searchBox = app.window->findChild<QLineEdit *>(u"searchBox"_s);
        QTest::mouseClick(searchBox, Qt::LeftButton);
        for (const QString &markup : {u"href"_s, u"notes"_s, u"strong"_s}) {
            QTest::keyClick(searchBox, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(searchBox, markup);
            QTRY_COMPARE(model->rowCount(), 0);
            QTest::keyClick(searchBox, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(searchBox, shown);
            QTRY_COMPARE(model->rowCount(), showing);
        }
    }

    void aProfileIndexedBeforeIsSearchableOnceTheWindowStarts()
    {
        if (!SqliteStatement::builtIn())
            QSKIP("this build cannot reach SQLite itself: its search index reads markup as before");
        TestProfile profile;
        TestProfile::addArticlesIndexedAsMarkup(profile.databasePath(), 12);
        App app(profile); // its store declares the index again: every item waits for it
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        ItemTableModel *model = app.window->itemModel();
        QCOMPARE(model->rowCount(), 12);
        auto *searchBox = app.window->findChild<QLineEdit *>(u"searchBox"_s);
        QTest::mouseClick(searchBox, Qt::LeftButton);
        QTest::keyClicks(searchBox, u"comet"_s);
        QTRY_COMPARE(model->rowCount(), 0); // nothing indexed yet

        app.window->catchUpSearchIndex(); // what the runner does once the file is checked
        QTRY_COMPARE(model->rowCount(), 12);
        QTRY_VERIFY(app.window->statusBar()->currentMessage().isEmpty());
        QTest::keyClick(searchBox, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(searchBox, u"href"_s);
        QTRY_COMPARE(model->rowCount(), 0);
    }

    void refreshWaitsForRetryAfterAndTheFeedListSaysUntilWhen()
    {
        TestProfile profile;
        const QString limited = m_server.url(u"/fault/429?retry-after=3600&window=1"_s).toString();
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(limited).ok());
            QVERIFY(store->addFeed(m_server.url(u"/gen/4.xml"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        const qint64 before = served(429);
        app.window->refreshNow();
        QVERIFY(completed.wait(15000));
        QCOMPARE(served(429), before + 1);

        app.window->refreshNow(); // F5 again at once
        QVERIFY(completed.wait(15000));
        const FetchRunSummary second = completed.last().constFirst().value<FetchRunSummary>();
        QCOMPARE(second.failed, 0);
        QCOMPARE(second.rateLimited, 1);
        QCOMPARE(served(429), before + 1);

        const QDateTime until = profile.openStore(u"check"_s)->localFeedByUrl(limited).value()->retryAfterAt;
        FeedListModel *feeds = app.window->feedModel();
        QString tip;
        for (int n = 0; nthFeed(*feeds, n).isValid(); ++n) {
            if (nthFeed(*feeds, n).data(Qt::ToolTipRole).toString().startsWith(limited))
                tip = nthFeed(*feeds, n).data(Qt::ToolTipRole).toString();
        }
        QVERIFY2(tip.endsWith(u'\n' + rateLimitedUntilText(until)), qPrintable(tip));
    }

    void aFeedsOwnMenuRefreshesItAloneAndCopiesItsAddress()
    {
        TestProfile profile;
        const QString first = m_server.url(u"/gen/0.xml"_s).toString();
        const QString second = m_server.url(u"/gen/1.xml"_s).toString();
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(first).ok());
            QVERIFY(store->addFeed(second).ok());
        }
        App app(profile, /*debugMenu=*/false);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FeedTreeView *list = app.window->feedList();
        FeedListModel *feeds = app.window->feedModel();
        QCOMPARE(nthFeed(*feeds, 1).data(FeedListModel::UrlRole).toString(), second);
        // Looked up each time: a refresh that brings the feed's own title moves it in the list.
        const qint64 secondId = nthFeed(*feeds, 1).data(FeedListModel::FeedIdRole).toLongLong();
        // A right click on the feed opens its menu; the item chosen acts on that feed.
        const auto chooseFromMenu = [&](const QString &text) {
            const QPoint where = list->visualRect(feeds->indexOfFeed(secondId)).center();
            QTest::mouseClick(list->viewport(), Qt::RightButton, {}, where);
            QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, where, list->viewport()->mapToGlobal(where));
            QTimer::singleShot(0, list, [text] {
                QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                for (QAction *action : menu->actions()) {
                    if (action->text().remove(u'&') == text)
                        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                }
            });
            QApplication::sendEvent(list->viewport(), &menuEvent);
        };
        chooseFromMenu(u"Copy Feed Address"_s);
        QCOMPARE(list->currentIndex(), feeds->indexOfFeed(secondId));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), second);

        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        chooseFromMenu(u"Refresh This Feed"_s);
        QVERIFY(completed.wait(35000));
        const FetchRunSummary run = completed.constFirst().at(0).value<FetchRunSummary>();
        QCOMPARE(run.attempted, 1);
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.outcomes.size(), 1);
        QCOMPARE(run.outcomes.constFirst().feedUrl, second);

        // Its properties say what came of that fetch, and when the next one is and why.
        chooseFromMenu(u"Properties…"_s);
        QWidget *properties = nullptr;
        QTRY_VERIFY((properties = app.window->findChild<QDialog *>(u"feedPropertiesDialog"_s)) != nullptr);
        const auto shown = [&](const QString &name) { return properties->findChild<QLabel *>(name)->text(); };
        QCOMPARE(shown(u"propertyAddress"_s), second);
        QCOMPARE(shown(u"propertyHttpStatus"_s), u"200"_s);
        QVERIFY2(shown(u"propertyLastFetch"_s).endsWith(u" — Updated"_s), qPrintable(shown(u"propertyLastFetch"_s)));
        QVERIFY2(shown(u"propertyNextCheck"_s).contains(u"\nWhy: "_s), qPrintable(shown(u"propertyNextCheck"_s)));
    }

    void simulateBackgroundFetchReportsAndUpdatesTheTable()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/gen/2.xml"_s).toString()).ok());
            QVERIFY(store->addFeed(m_server.url(u"/fault/500"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QAction *simulate = findAction(app.window->menuBar(), u"simulateBackgroundFetch"_s);
        QVERIFY(simulate);
        QSignalSpy reported(app.window.get(), &MainWindow::simulationReported);
        simulate->trigger();
        QVERIFY(!app.window->isVisible()); // "in the background" while it runs
        QVERIFY(reported.wait(35000));
        const FetchRunSummary summary = reported.constFirst().at(0).value<FetchRunSummary>();
        QCOMPARE(summary.trigger, FetchTrigger::Simulated);
        QCOMPARE(summary.result, FetchResult::NewData);
        QCOMPARE(summary.failed, 1);
        // The words of `freshet fetch` (this process loads no translation: English plurals read "(s)").
        const QString text = reported.constFirst().at(1).toString();
        QVERIFY2(text.startsWith(u"Result: New data\n30 new item"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Feeds: 2 attempted, 1 updated, 0 not modified, 1 failed, 0 skipped"_s), qPrintable(text));
        QVERIFY2(text.contains(u"s budget, using "_s) && text.contains(u" of CPU."_s), qPrintable(text));
        QVERIFY(app.window->isVisible());
        QCOMPARE(app.window->itemModel()->rowCount(), 30);
        // The failing feed shows its error in the feed list.
        FeedListModel *feeds = app.window->feedModel();
        bool sawError = false;
        for (int n = 0; nthFeed(*feeds, n).isValid(); ++n)
            sawError = sawError || nthFeed(*feeds, n).data(FeedListModel::HasErrorRole).toBool();
        QVERIFY(sawError);

        // Again at once: no feed is due. It says so, and when the next check is, rather than
        // "0 attempted" counts that read like a refresh that did not work.
        reported.clear();
        simulate->trigger();
        QVERIFY(reported.wait(35000));
        const QString nothingDue = reported.constFirst().at(1).toString();
        QVERIFY2(nothingDue.startsWith(u"No feeds were due (next check "_s), qPrintable(nothingDue));
        QVERIFY2(nothingDue.endsWith(u"); Refresh All asks every feed anyway."_s), qPrintable(nothingDue));
        // Hours and minutes, never seconds.
        static const QRegularExpression when(u"^No feeds were due \\(next check ([^)]* )?\\d{1,2}:\\d{2}\\)"_s);
        QVERIFY2(when.match(nothingDue).hasMatch(), qPrintable(nothingDue));
    }

    void aRefreshWhereTheOneFeedFailsNamesItAndWhereToLook()
    {
        TestProfile profile;
        const QString failing = m_server.url(u"/fault/500"_s).toString();
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(failing).ok());
        }
        App app(profile, /*debugMenu=*/false);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->statusBar()->currentMessage().startsWith(u"Could not refresh “"_s), 35000);
        const QString message = app.window->statusBar()->currentMessage();
        // By the name the feed list shows, with the server's answer.
        const QString name = app.window->feedModel()->feedAt(nthFeed(*app.window->feedModel()))->displayTitle();
        QVERIFY2(message.startsWith(u"Could not refresh “%1”: "_s.arg(name)) && message.contains(u"HTTP 500"_s)
                     && message.endsWith(u"Help > Fetch Log has the details."_s),
                 qPrintable(message));
        // And Help > Fetch Log is there without --debug.
        QAction *log = findAction(app.window->menuBar(), u"fetchLogAction"_s);
        QVERIFY(log && log->isVisible());
    }

    void anArticleReadsInAColumnOfAboutSeventyCharacters()
    {
        ItemView view;
        view.resize(1400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Item item;
        item.title = u"Long lines"_s;
        item.content = u"<p>"_s + QString(u"word "_s).repeated(400)
                       + u"</p><table><tr><td>cell</td><td>other</td></tr></table><pre>"_s + QString(300, u'x') + u"</pre>"_s;
        view.showItem(item);
        const int seventy = view.fontMetrics().averageCharWidth() * 70;
        // Every line of the long paragraph stays within the measure, centred in the wide view.
        QTextBlock paragraph;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(u"word"_s))
                paragraph = block;
        }
        QVERIFY(paragraph.isValid() && paragraph.layout()->lineCount() > 5);
        for (int line = 0; line < paragraph.layout()->lineCount(); ++line)
            QVERIFY(paragraph.layout()->lineAt(line).naturalTextWidth() <= seventy + 2);
        const QTextFrameFormat root = view.document()->rootFrame()->frameFormat();
        QVERIFY(root.leftMargin() > 200 && qAbs(root.leftMargin() - root.rightMargin()) < 1);
        // Room between the lines.
        QCOMPARE(paragraph.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
        QVERIFY(paragraph.blockFormat().lineHeight() >= 140);
        // The code scrolls in its own block (tst_articlecode) instead of widening the article.
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        // A narrow view (a phone) uses its whole width but half a line's air at each side.
        view.resize(360, 600);
        QTRY_COMPARE(view.document()->rootFrame()->frameFormat().leftMargin(), double(view.fontMetrics().height() / 2));
        QCOMPARE(view.document()->rootFrame()->frameFormat().rightMargin(), double(view.fontMetrics().height() / 2));
    }

    void articleViewRunsNothingAndLoadsNothingRemote()
    {
        ItemView view;
        Item item;
        item.title = u"Hostile"_s;
        item.content = u"<p>Text</p><script>document.write('owned')</script><img src=\"https://tracker.example/p.gif\" alt=\"pixel\">"
                       "<iframe src=\"https://evil.example\"></iframe>"_s;
        view.showItem(item);
        QVERIFY(!view.toHtml().contains(u"script"_s));
        QVERIFY(!view.toPlainText().contains(u"owned"_s));
        QVERIFY(!view.toHtml().contains(u"tracker.example"_s));
        // The frame is not loaded: it is only named, as a link to open in the browser.
        QVERIFY(!view.toHtml().contains(u"src=\"https://evil.example"_s));
        QVERIFY(view.toPlainText().contains(u"Embedded page from evil.example \u2014 Open"_s));
        QVERIFY(view.toPlainText().contains(u"[pixel]"_s));
    }

    void markupTheSanitiserReadsAsTextLoadsNothing()
    {
        // The article: after "<" a space or a tab makes text in HTML, which the old
        // sanitiser passed on as it was and Qt's importer then read as five tags that load.
        FeedServerProcess pictures;
        QVERIFY2(pictures.start({u"--demo"_s}), qPrintable(pictures.errorString()));
        const qint64 before = feedServerStats(pictures).value(u"requests"_s).toInteger();
        ItemView view;
        view.setLoadImages(true);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto at = [&pictures](int n) { return pictures.url(u"/demo/img/p%1.png"_s.arg(n)).toString(); };
        Item item;
        item.title = u"Spaced"_s;
        item.content = u"< img src=%1>x<\timg src=%2>< p style=\"background-image:url(%3)\">p</p>"
                       "< table background=%4><tr><td>c</td></tr></table>< style>p{background-image:url(%5)}< /style>"
                       "<p>the picture meant: <img src=\"%6\"></p>"_s.arg(at(2), at(3), at(4), at(5), at(6), at(1));
        view.showItem(item);
        const QUrl meant(at(1));
        QTRY_VERIFY_WITH_TIMEOUT(!view.document()->resource(QTextDocument::ImageResource, meant).isNull(), 30000);
        QTest::qWait(300); // room for any other request to reach the server
        // The picture meant, and the request for these figures, which counts itself.
        QCOMPARE(feedServerStats(pictures).value(u"requests"_s).toInteger() - before, 2);
        QVERIFY2(view.toPlainText().contains(u"< img src="_s), qPrintable(view.toPlainText()));
    }

    void anArticlesRelativeLinksResolveAgainstItsLink()
    {
        ItemView view;
        Item item;
        item.title = u"Relative"_s;
        item.link = u"https://e.example/blog/post.html"_s;
        item.content = u"<p><a href=\"../about me.html\">about</a></p>"_s;
        view.showItem(item);
        QVERIFY2(view.toHtml().contains(u"href=\"https://e.example/about%20me.html\""_s), qPrintable(view.toHtml()));
    }

    void anArticleImageTooLargeIsCutShortAndSaysSo()
    {
        // 100 MB where the limit is 10: the reader must stop taking bytes as they pass the
        // limit, not buffer the whole body first and then throw it away without a word.
        // No Content-Length, as a hostile server would send it: only the bytes tell.
        const QUrl image = m_server.url(u"/large/100M.bin?seed=3&no-length=1"_s);
        const qint64 sentBefore = feedServerStats(m_server).value(u"bodyBytesSent"_s).toInteger();
        ItemView view;
        view.setLoadImages(true);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Item item;
        item.title = u"Huge picture"_s;
        item.content = u"<p>Text</p><img src=\"%1\">"_s.arg(image.toString());
        view.showItem(item);
        const auto shown = [&view, &image] { return view.document()->resource(QTextDocument::ImageResource, image).value<QImage>(); };
        QTRY_VERIFY_WITH_TIMEOUT(!shown().isNull(), 30000);
        QVERIFY2(shown().text(u"Description"_s).contains(u"larger than 10 MB"_s), qPrintable(shown().text(u"Description"_s)));
        // What the server handed its kernel: the limit, plus what the socket buffers on both
        // sides and Qt's network thread held when the reply was aborted.
        const qint64 sent = feedServerStats(m_server).value(u"bodyBytesSent"_s).toInteger() - sentBefore;
        QVERIFY2(sent < 40 * 1024 * 1024, qPrintable(QString::number(sent)));
    }

    void anEmptyProfileSaysWhatToDo()
    {
        TestProfile profile;
        App app(profile);
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Add Feed"_s));
        QVERIFY(app.window->itemView()->toPlainText().contains(u"Import OPML"_s));
    }

    void menusAreLabelledAndTheDebugMenuIsOptional()
    {
        TestProfile profile;
        App withDebug(profile, true);
        QVERIFY(findAction(withDebug.window->menuBar(), u"simulateBackgroundFetch"_s));
        for (QAction *menu : withDebug.window->menuBar()->actions()) {
            QVERIFY(!menu->text().isEmpty());
            for (QAction *action : menu->menu()->actions())
                QVERIFY(action->isSeparator() || !action->text().isEmpty());
        }
        TestProfile other;
        App withoutDebug(other, false);
        QVERIFY(!findAction(withoutDebug.window->menuBar(), u"simulateBackgroundFetch"_s));
    }

    void aboutShowsVersionsAndTheLicensesOfWhatShips()
    {
        AboutDialog dialog;
        const QLabel *text = dialog.findChild<QLabel *>();
        QVERIFY(text);
        const QString shown = text->text();
        QVERIFY2(shown.contains(QString::fromLatin1(freshetVersion)), qPrintable(shown));
        QVERIFY(shown.contains(QString::fromLatin1(QT_VERSION_STR)));
        QVERIFY(shown.contains(QString::fromLatin1(qVersion())));
        QVERIFY(shown.contains(u"LGPL-3.0-only"_s));
        QVERIFY(shown.contains(u"SQLite"_s));
        QVERIFY(shown.contains(u"QtKeychain: BSD-3-Clause"_s));
        QVERIFY2(shown.contains(u"Copyright (c) 2026 The Freshet developers"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"MIT License"_s), qPrintable(shown));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
