// SPDX-License-Identifier: MIT
// Folders in the window, offscreen, on a real profile: New Folder from its shortcut, feeds
// dropped on a folder, F2 and Ctrl+Del on a folder, each checked in the store and the list.
// The drop goes through the model's own drop handler, the one the view calls when a person
// lets go of a drag (QDrag runs its own loop, which offscreen tests cannot drive); a drag with
// the real mouse was tried by hand under Xvfb.
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "modalanswers.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// Types `name` into the folder name dialog once it shows, and presses its OK button.
void answerFolderName(MainWindow *window, const QString &name)
{
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QInputDialog *>(u"folderNameDialog"_s)) != nullptr && dialog->isVisible());
    auto *field = dialog->findChild<QLineEdit *>();
    field->selectAll();
    QTest::keyClicks(field, name);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Clicks the node, in a window made active first: a dialog that just closed may have left
/// none active, and shortcuts go to the active window.
void choose(FeedTreeView *list, const QModelIndex &node)
{
    QVERIFY(node.isValid());
    list->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(list->window()));
    list->scrollTo(node);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(node).center());
    QCOMPARE(list->currentIndex().data(FeedListModel::NodeKeyRole), node.data(FeedListModel::NodeKeyRole));
}

QString folderIn(TestProfile &profile, const QString &url)
{
    const auto feed = profile.openStore(u"check"_s)->localFeedByUrl(url).value();
    return feed ? feed->category : u"(gone)"_s;
}

} // namespace

class TestFolders final : public QObject
{
    Q_OBJECT

private slots:
    void foldersAreMadeFilledRenamedAndDeletedFromTheWindow()
    {
        TestProfile profile;
        const QString a = u"https://a.example/feed"_s;
        const QString b = u"https://b.example/feed"_s;
        {
            auto store = profile.openStore(u"setup"_s);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            TestProfile::appendItems(*store, store->addFeed(a, u"Tech"_s).value().id, 2, now, u"A"_s);
            TestProfile::appendItems(*store, store->addFeed(b).value().id, 3, now, u"B"_s);
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FeedTreeView *list = app.window->feedList();
        FeedListModel *feeds = app.window->feedModel();

        // New Folder, from its shortcut: an empty folder, chosen, kept.
        choose(list, feeds->indexOfKey(u"account:1"_s));
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        answerFolderName(app.window.get(), u"Reading"_s);
        QTRY_VERIFY(feeds->indexOfKey(u"folder:1:Reading"_s).isValid());
        QCOMPARE(list->currentIndex().data(FeedListModel::NodeKeyRole).toString(), u"folder:1:Reading"_s);
        QCOMPARE(app.window->statusBar()->currentMessage(), u"Made the folder “Reading”."_s);

        // A feed dropped on it moves into it; a feed or "All items" takes none (another
        // account's folder neither: tst_accountswindow).
        std::unique_ptr<QMimeData> dragged(feeds->mimeData({feeds->indexOfFeed(2)}));
        QVERIFY(dragged);
        QVERIFY(!feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfFeed(1)));
        QVERIFY(!feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->allItemsIndex()));
        QVERIFY(feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfKey(u"folder:1:Reading"_s)));
        feeds->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfKey(u"folder:1:Reading"_s));
        QTRY_COMPARE(feeds->indexOfFeed(2).parent().data(FeedListModel::NodeKeyRole).toString(), u"folder:1:Reading"_s);
        QCOMPARE(folderIn(profile, b), u"Reading"_s);
        QCOMPARE(feeds->indexOfKey(u"folder:1:Reading"_s).data(FeedListModel::UnreadRole).toInt(), 3);

        // F2 on a folder renames the folder, its feed with it.
        choose(list, feeds->indexOfKey(u"folder:1:Reading"_s));
        QCOMPARE(app.window->findChild<QAction *>(u"renameFeedAction"_s)->text(), u"Re&name Folder…"_s);
        QTest::keyClick(list, Qt::Key_F2);
        answerFolderName(app.window.get(), u"Later"_s);
        QTRY_VERIFY(feeds->indexOfKey(u"folder:1:Later"_s).isValid());
        QCOMPARE(folderIn(profile, b), u"Later"_s);
        QVERIFY(!feeds->indexOfKey(u"folder:1:Reading"_s).isValid());

        // Ctrl+Del on a folder asks, counting its feeds; they can move up...
        choose(list, feeds->indexOfKey(u"folder:1:Tech"_s));
        bool asked = false;
        clickInNextQuestion(u"Move Feeds Up"_s, &asked);
        QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);
        QTRY_VERIFY(!feeds->indexOfKey(u"folder:1:Tech"_s).isValid());
        QVERIFY(asked);
        QCOMPARE(folderIn(profile, a), QString());
        QCOMPARE(feeds->indexOfFeed(1).parent().data(FeedListModel::NodeKeyRole).toString(), u"account:1"_s);

        // ...or go with it, their items too.
        choose(list, feeds->indexOfKey(u"folder:1:Later"_s));
        clickInNextQuestion(MainWindow::tr("Unsubscribe from %n Feed(s)", nullptr, 1));
        QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);
        QTRY_COMPARE(folderIn(profile, b), u"(gone)"_s);
        QTRY_VERIFY(!feeds->indexOfKey(u"folder:1:Later"_s).isValid());
        QCOMPARE(feeds->totalUnread(), 2);
    }

    void aFolderNameAlreadyTakenIsRefusedAndChangesNothing()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(u"https://a.example/feed"_s, u"Tech"_s).ok());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FeedTreeView *list = app.window->feedList();
        choose(list, app.window->feedModel()->indexOfKey(u"account:1"_s));
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        answerFolderName(app.window.get(), u"Tech"_s);
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = app.window->findChild<QMessageBox *>(u"folderError"_s)) != nullptr);
        QCOMPARE(error->text(), u"There is already a folder “Tech”."_s);
        QCOMPARE(profile.openStore(u"check"_s)->folders().value().size(), 0);
    }
};

QTEST_MAIN(TestFolders)
#include "tst_folders.moc"
