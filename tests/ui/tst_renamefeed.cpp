// SPDX-License-Identifier: MIT
// Rename Feed… in the window, offscreen, on a real profile: F2 in the feed list opens the dialog
// with the shown name, the new name shows in the feed list and the item table at once, and "Use
// the Feed's Own Title" gives the feed its own title back. Synced feeds: tst_accountswindow.
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "itemtablemodel.h"
#include "renamefeeddialog.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

RenameFeedDialog *openDialog(MainWindow *window)
{
    RenameFeedDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = window->findChild<RenameFeedDialog *>()) != nullptr && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr;
}

bool closed(MainWindow *window)
{
    return QTest::qWaitFor([&] { return window->findChild<RenameFeedDialog *>() == nullptr; }, 5000);
}

} // namespace

class TestRenameFeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("FRESHET_NO_DIALOGS", "1"); }

    void f2RenamesTheSelectedFeedAndTheOwnTitleComesBack()
    {
        TestProfile profile;
        {
            std::unique_ptr<FeedStore> store = profile.openStore(u"setup"_s);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 3, now, u"A"_s);
            TestProfile::addFeedWithItems(*store, u"https://b.example/feed"_s, 2, now, u"B"_s);
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get())); // shortcuts go to the active window
        FeedTreeView *list = app.window->feedList();
        FeedListModel *feeds = app.window->feedModel();
        QCOMPARE(feeds->feedCount(), 2);
        const QString ownTitle = feeds->feedAt(nthFeed(*feeds, 1))->displayTitle();
        const qint64 renamedId = feeds->feedAt(nthFeed(*feeds, 1))->id;

        // The context menu offers it next to Delete Feed; F2 elsewhere opens nothing.
        QStringList contextActions;
        for (QAction *action : list->actions())
            contextActions << action->objectName();
        QVERIFY2(contextActions.indexOf(u"renameFeedAction"_s) + 1 == contextActions.indexOf(u"deleteFeedAction"_s),
                 qPrintable(contextActions.join(u' ')));
        app.window->itemTable()->setFocus();
        QTest::keyClick(app.window->itemTable(), Qt::Key_F2);
        QTest::qWait(100);
        QVERIFY(app.window->findChild<RenameFeedDialog *>() == nullptr);

        list->setCurrentIndex(nthFeed(*feeds, 1));
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_F2);
        RenameFeedDialog *dialog = openDialog(app.window.get());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"feedName"_s);
        QCOMPARE(name->text(), ownTitle);
        name->clear();
        QTest::keyClicks(name, u"Aaa My Name"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(closed(app.window.get()));

        // The list is in name order: the feed moves up, and stays selected.
        QTRY_COMPARE(feeds->feedAt(nthFeed(*feeds, 0))->id, renamedId);
        QCOMPARE(nthFeed(*feeds, 0).data().toString(), u"Aaa My Name"_s);
        QCOMPARE(app.window->feedList()->currentIndex(), nthFeed(*feeds, 0));
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 2);
        QCOMPARE(app.window->itemModel()->index(0, ItemTableModel::FeedColumn).data().toString(), u"Aaa My Name"_s);

        // The closed dialog leaves no window active on the offscreen platform; a person's click would.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        dialog = openDialog(app.window.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"feedName"_s)->text(), u"Aaa My Name"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"feedName"_s)->placeholderText(), ownTitle);
        dialog->findChild<QPushButton *>(u"useOwnTitle"_s)->click();
        QVERIFY(closed(app.window.get()));
        QTRY_COMPARE(feeds->feedAt(nthFeed(*feeds, 1))->id, renamedId);
        QCOMPARE(nthFeed(*feeds, 1).data().toString(), ownTitle);
        QCOMPARE(feeds->feedAt(nthFeed(*feeds, 1))->customTitle, QString());
    }

    void editFeedSetsNameFolderAndIntervalAtOnce()
    {
        TestProfile profile;
        {
            std::unique_ptr<FeedStore> store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 3, QDateTime::currentDateTimeUtc(), u"A"_s);
            QVERIFY(store->createFolder(localAccountId, u"Reading"_s).ok());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        FeedTreeView *list = app.window->feedList();
        FeedListModel *feeds = app.window->feedModel();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(nthFeed(*feeds)).center());
        QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<QDialog *>(u"editFeedDialog"_s)) != nullptr && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"editFeedName"_s), u"Morning Paper"_s);
        auto *folder = dialog->findChild<QComboBox *>(u"editFeedFolder"_s);
        folder->setCurrentIndex(folder->findText(u"Reading"_s)); // offered: the folder made earlier
        auto *interval = dialog->findChild<QComboBox *>(u"editFeedInterval"_s);
        interval->setCurrentIndex(interval->findData(120));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_COMPARE(nthFeed(*feeds).parent().data(FeedListModel::NodeKeyRole).toString(), u"folder:1:Reading"_s);
        QCOMPARE(nthFeed(*feeds).data().toString(), u"Morning Paper"_s);
        QCOMPARE(list->currentIndex(), nthFeed(*feeds)); // still chosen where it went
        const Feed stored = *profile.openStore(u"check"_s)->feedById(1).value();
        QCOMPARE(stored.customTitle, u"Morning Paper"_s);
        QCOMPARE(stored.category, u"Reading"_s);
        QCOMPARE(stored.refreshMinutes, 120);
        QCOMPARE(stored.url, u"https://a.example/feed"_s);
    }
};

QTEST_MAIN(TestRenameFeed)
#include "tst_renamefeed.moc"
