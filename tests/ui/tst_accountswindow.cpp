// SPDX-License-Identifier: MIT
// Sync accounts in the window, offscreen: adding one through the real Add dialog (a wrong
// password is said in the dialog and nothing is kept), its feeds showing under its name and
// its articles in the table after the sync, and the window asking for the password again
// after the server refused it. Against the loopback Google Reader server and a real Secret
// Service (testkeyring.h).
#include "accountlogindialog.h"
#include "accountscontroller.h"
#include "accountsdialog.h"
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedtreeview.h"
#include "filemenuanswers.h"
#include "greaderserverprocess.h"
#include "itemtablemodel.h"
#include "renamefeeddialog.h"
#include "testkeyring.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {
const QString user = u"bob"_s;
const QString password = u"Acct-Gui-51f2-freshet-test"_s;

void fill(AccountLoginDialog *dialog, const QString &server, const QString &secret)
{
    if (!server.isEmpty()) {
        auto *protocol = dialog->findChild<QComboBox *>(u"accountProtocol"_s);
        protocol->setCurrentIndex(protocol->findData(u"greader"_s));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountServer"_s), server);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountUser"_s), user);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountName"_s), u"Reader"_s);
    }
    QLineEdit *secretField = dialog->findChild<QLineEdit *>(u"accountSecret"_s);
    secretField->clear();
    QTest::keyClicks(secretField, secret);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}
} // namespace

class TestAccountsWindow final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FeedServerProcess m_feeds;
    GReaderServerProcess m_server;
    QNetworkAccessManager m_network;

    /// Shows the window, adds the loopback server's account through Accounts > Add with the
    /// right password, and waits for the sync that follows.
    void addAccountThroughTheWindow(TestWindow &app, QSignalSpy &completed)
    {
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AccountsController *accounts = app.window->accounts();
        accounts->add();
        QTRY_VERIFY(accounts->dialog() != nullptr);
        fill(accounts->dialog(), m_server.apiUrl().toString(), password);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 30000);
    }

    /// The account added as above, its one feed listed (row 2) and the window active: the
    /// closed Add dialog leaves no window active on the offscreen platform, and keys need one.
    void showTheAccountsFeed(TestWindow &app)
    {
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        addAccountThroughTheWindow(app, completed);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(app.window->feedModel()->feedCount(), 1);
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    }

    bool post(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, QByteArray()));
        return QTest::qWaitFor([&] { return reply->isFinished(); }, 60000) && reply->error() == QNetworkReply::NoError;
    }

    /// The API's session token for the test's user; empty when the login failed.
    QByteArray clientLogin()
    {
        QNetworkRequest login(QUrl(m_server.apiUrl().toString() + u"/accounts/ClientLogin"_s));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(login, "Email=" + user.toUtf8() + "&Passwd=" + password.toUtf8()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {};
        QByteArray auth;
        for (const QByteArray &line : reply->readAll().split('\n')) {
            if (line.startsWith("Auth="))
                auth = line.mid(5);
        }
        return auth;
    }

    /// The subscriptions as the server lists them (id, title, url, categories).
    QJsonArray serverSubscriptions()
    {
        QNetworkRequest list(QUrl(m_server.apiUrl().toString() + u"/reader/api/0/subscription/list?output=json"_s));
        list.setRawHeader("Authorization", "GoogleLogin auth=" + clientLogin());
        std::unique_ptr<QNetworkReply> reply(m_network.get(list));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object().value(u"subscriptions"_s).toArray();
    }

    /// The titles of the subscriptions as the server lists them.
    QStringList serverTitles()
    {
        QStringList titles;
        const QJsonArray subscriptions = serverSubscriptions();
        for (const QJsonValue &subscription : subscriptions)
            titles << subscription[u"title"_s].toString();
        return titles;
    }

    /// The category the server lists the subscription with this title or address in; empty when none.
    QString serverCategoryOf(const QString &titleOrUrl)
    {
        const QJsonArray subscriptions = serverSubscriptions();
        for (const QJsonValue &subscription : subscriptions) {
            if (subscription[u"title"_s].toString() == titleOrUrl || subscription[u"url"_s].toString() == titleOrUrl)
                return subscription[u"categories"_s].toArray().first()[u"label"_s].toString();
        }
        return u"(not subscribed)"_s;
    }

    /// Subscribes the server's account to a feed, as the person would on the server's site.
    bool subscribeOnServer(const QString &feedUrl)
    {
        return editSubscriptionOnServer("ac=subscribe&s=feed/" + QUrl::toPercentEncoding(feedUrl));
    }

    /// Unsubscribes it from the feed at this address, found by it in the server's list.
    bool unsubscribeOnServer(const QString &feedUrl)
    {
        const QJsonArray subscriptions = serverSubscriptions();
        for (const QJsonValue &subscription : subscriptions) {
            if (subscription[u"url"_s].toString() == feedUrl)
                return editSubscriptionOnServer("ac=unsubscribe&s=" + QUrl::toPercentEncoding(subscription[u"id"_s].toString()));
        }
        return false;
    }

    /// A subscription/edit with the write token, as the server's own site sends it.
    bool editSubscriptionOnServer(const QByteArray &form)
    {
        const QByteArray auth = clientLogin();
        if (auth.isEmpty())
            return false;
        std::unique_ptr<QNetworkReply> reply;
        QNetworkRequest token(QUrl(m_server.apiUrl().toString() + u"/reader/api/0/token"_s));
        token.setRawHeader("Authorization", "GoogleLogin auth=" + auth);
        reply.reset(m_network.get(token));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return false;
        const QByteArray t = reply->readAll().trimmed();
        QNetworkRequest edit(QUrl(m_server.apiUrl().toString() + u"/reader/api/0/subscription/edit"_s));
        edit.setRawHeader("Authorization", "GoogleLogin auth=" + auth);
        edit.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply.reset(m_network.post(edit, form + "&T=" + t));
        return QTest::qWaitFor([&] { return reply->isFinished(); }, 30000) && reply->readAll().trimmed() == "OK";
    }

private slots:
    void initTestCase()
    {
        // Qt's own file dialog, the same on every platform, so the test can type into it.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_feeds.start({u"--feeds"_s, u"4"_s, u"--items"_s, u"12"_s}), qPrintable(m_feeds.errorString()));
        QVERIFY2(m_server.start({u"--user"_s, user, u"--password"_s, password}), qPrintable(m_server.errorString()));
        QVERIFY(subscribeOnServer(m_feeds.url(u"/gen/2.xml"_s).toString()));
    }

    void addingAnAccountShowsItsFeedsAndArticles()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AccountsController *accounts = app.window->accounts();

        // The Accounts dialog lists nothing yet and offers Add.
        {
            AccountsDialog dialog(accounts, app.window.get());
            auto *list = dialog.findChild<QTreeWidget *>(u"accountList"_s);
            QTRY_VERIFY(list != nullptr);
            QCOMPARE(list->topLevelItemCount(), 0);
            QVERIFY(!dialog.findChild<QPushButton *>(u"removeAccount"_s)->isEnabled());
        }

        accounts->add();
        QTRY_VERIFY(accounts->dialog() != nullptr);
        AccountLoginDialog *dialog = accounts->dialog();
        fill(dialog, m_server.apiUrl().toString(), u"not-it"_s);
        auto *status = dialog->findChild<QLabel *>(u"accountStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Could not log in"_s), 15000);
        QVERIFY(dialog->isVisible());

        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        fill(dialog, {}, password);
        QTRY_VERIFY_WITH_TIMEOUT(accounts->dialog() == nullptr, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 30000);
        QCOMPARE(completed.constFirst().constFirst().value<FetchRunSummary>().newItems, 12);

        // The feed shows under the account's name; its articles are in the table.
        FeedListModel *feeds = app.window->feedModel();
        QTRY_COMPARE(feeds->feedCount(), 1);
        QCOMPARE(nthFeed(*feeds).parent().data().toString(), u"Reader"_s);
        QCOMPARE(feeds->kindAt(nthFeed(*feeds).parent()), FeedListModel::RowKind::Account);
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 12);

        AccountsDialog listing(accounts, app.window.get());
        auto *list = listing.findChild<QTreeWidget *>(u"accountList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Reader"_s);
        QVERIFY2(list->topLevelItem(0)->text(3).startsWith(u"Synced"_s), qPrintable(list->topLevelItem(0)->text(3)));
    }

    // The window once let a second account of the same name through to the database's
    // constraint; it says so in the dialog now, as the command line does, before logging in.
    void aNameAlreadyTakenIsRefusedInTheDialog()
    {
        TestProfile profile;
        TestWindow app(profile);
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        addAccountThroughTheWindow(app, completed);
        if (QTest::currentTestFailed())
            return;
        AccountsController *accounts = app.window->accounts();
        accounts->add();
        QTRY_VERIFY(accounts->dialog() != nullptr);
        AccountLoginDialog *dialog = accounts->dialog();
        fill(dialog, m_server.apiUrl().toString(), password);
        auto *status = dialog->findChild<QLabel *>(u"accountStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"There is already an account named “Reader”: choose another name."_s, 15000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        AccountsDialog listing(accounts, app.window.get());
        auto *list = listing.findChild<QTreeWidget *>(u"accountList"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTest::qWait(200);
        QCOMPARE(list->topLevelItemCount(), 1);
    }

    void aRefusedPasswordIsAskedForAgain()
    {
        TestProfile profile;
        TestWindow app(profile);
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        addAccountThroughTheWindow(app, completed);
        if (QTest::currentTestFailed())
            return;
        AccountsController *accounts = app.window->accounts();

        const QString changed = u"changed-on-the-server"_s;
        QVERIFY(post(m_server.url(u"/control/password?password="_s + changed)));
        app.fetch.perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 2, 30000);
        QCOMPARE(completed.at(1).constFirst().value<FetchRunSummary>().loginNeeded, QStringList{u"Reader"_s});
        QTRY_VERIFY_WITH_TIMEOUT(accounts->dialog() != nullptr, 15000);
        AccountLoginDialog *dialog = accounts->dialog();
        QVERIFY(!dialog->findChild<QLineEdit *>(u"accountServer"_s)->isEnabled());
        fill(dialog, {}, changed);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 3, 30000);
        const FetchRunSummary after = completed.at(2).constFirst().value<FetchRunSummary>();
        QVERIFY(after.loginNeeded.isEmpty());
        QCOMPARE(after.result, FetchResult::NoData);
        QVERIFY(post(m_server.url(u"/control/password?password="_s + password)));
    }

    void renamingASyncedFeedRenamesItOnTheServer()
    {
        TestProfile profile;
        TestWindow app(profile);
        showTheAccountsFeed(app);
        if (QTest::currentTestFailed())
            return;
        FeedListModel *feeds = app.window->feedModel();
        FeedTreeView *list = app.window->feedList();
        list->setCurrentIndex(nthFeed(*feeds));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        RenameFeedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = app.window->findChild<RenameFeedDialog *>()) != nullptr);
        auto *name = dialog->findChild<QLineEdit *>(u"feedName"_s);
        name->clear();
        QTest::keyClicks(name, u"Named in the Window"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QTRY_COMPARE_WITH_TIMEOUT(nthFeed(*feeds).data().toString(), u"Named in the Window"_s, 15000);
        QVERIFY2(serverTitles().contains(u"Named in the Window"_s), qPrintable(serverTitles().join(u", "_s)));
        QCOMPARE(feeds->feedAt(nthFeed(*feeds))->customTitle, QString()); // the server's name, not one of this device's
    }

    void aSyncedFeedDroppedOnANewFolderMovesThereOnTheServer()
    {
        TestProfile profile;
        TestWindow app(profile);
        showTheAccountsFeed(app);
        if (QTest::currentTestFailed())
            return;
        FeedListModel *feeds = app.window->feedModel();
        FeedTreeView *list = app.window->feedList();
        const QString title = feeds->feedAt(nthFeed(*feeds))->displayTitle();
        const qint64 accountId = nthFeed(*feeds).data(FeedListModel::AccountIdRole).toLongLong();
        QVERIFY(accountId > 1);
        const QString folderKey = u"folder:%1:Reading"_s.arg(accountId);

        // New Folder on the account's row makes it in that account, on this device until a feed goes in.
        const QModelIndex account = feeds->indexOfKey(u"account:%1"_s.arg(accountId));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(account).center());
        QCOMPARE(list->currentIndex(), account);
        QTest::keyClick(list, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = app.window->findChild<QInputDialog *>(u"folderNameDialog"_s)) != nullptr && ask->isVisible());
        QTest::keyClicks(ask->findChild<QLineEdit *>(), u"Reading"_s);
        QTest::keyClick(ask->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_VERIFY(feeds->indexOfKey(folderKey).isValid());

        // The feed dropped on it (the drop's end: QDrag's own loop cannot run offscreen) moves
        // there on the server, then here. Another account's folder takes none of its feeds.
        std::unique_ptr<QMimeData> dragged(feeds->mimeData({nthFeed(*feeds)}));
        QVERIFY(dragged);
        QVERIFY(!feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->allItemsIndex()));
        QVERIFY(feeds->indexOfKey(u"account:1"_s).isValid()); // "On this computer"
        QVERIFY(!feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfKey(u"account:1"_s)));
        QVERIFY(feeds->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfKey(folderKey)));
        feeds->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, feeds->indexOfKey(folderKey));
        QTRY_COMPARE_WITH_TIMEOUT(nthFeed(*feeds).parent().data(FeedListModel::NodeKeyRole).toString(), folderKey, 15000);
        QCOMPARE(serverCategoryOf(title), u"Reading"_s);
        QVERIFY2(app.window->statusBar()->currentMessage().contains(u"to “Reading” on account “Reader”"_s),
                 qPrintable(app.window->statusBar()->currentMessage()));
    }

    void importingOpmlWithTheAccountChosenSubscribesItOnTheServer()
    {
        QTemporaryDir files;
        const QString path = files.filePath(u"theirs.opml"_s);
        const QString added = m_feeds.url(u"/gen/1.xml"_s).toString();
        QFile opml(path);
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write(u"<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>t</title></head><body>"
                   "<outline text=\"From OPML\"><outline type=\"rss\" text=\"One\" xmlUrl=\"%1\"/></outline></body></opml>\n"_s
                       .arg(added)
                       .toUtf8());
        opml.close();
        TestProfile profile;
        TestWindow app(profile);
        showTheAccountsFeed(app);
        if (QTest::currentTestFailed())
            return;
        FeedListModel *feeds = app.window->feedModel();
        FeedTreeView *list = app.window->feedList();
        const qint64 accountId = nthFeed(*feeds).data(FeedListModel::AccountIdRole).toLongLong();
        const QModelIndex account = feeds->indexOfKey(u"account:%1"_s.arg(accountId));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(account).center());

        // File > Import OPML…, the file typed in, then the question: into the account.
        answerNextFileDialog(path);
        auto *answer = new QTimer(app.window.get());
        connect(answer, &QTimer::timeout, answer, [answer] {
            auto *where = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!where || where->objectName() != u"importOpmlWhere"_s)
                return;
            answer->stop();
            for (QAbstractButton *button : where->buttons()) {
                if (button->text() == u"Into “Reader”"_s)
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        });
        answer->start(50);
        QVERIFY(clickFileMenuItem(app.window.get(), u"importOpmlAction"_s));
        QTRY_VERIFY_WITH_TIMEOUT(app.window->statusBar()->currentMessage().startsWith(u"Subscribed account “Reader” to 1 feed"_s), 20000);
        // On the server, in the file's folder; the sync that follows brings it here.
        QCOMPARE(serverCategoryOf(added), u"From OPML"_s);
        QTRY_COMPARE_WITH_TIMEOUT(feeds->feedCount(), 2, 20000);
        QVERIFY(feeds->indexOfKey(u"folder:%1:From OPML"_s.arg(accountId)).isValid());
        QVERIFY(unsubscribeOnServer(added)); // the tests after expect the account's one feed
    }

    // Last: it leaves the server's account with no subscription.
    void deletingASyncedFeedUnsubscribesOnTheServer()
    {
        TestProfile profile;
        TestWindow app(profile);
        showTheAccountsFeed(app);
        if (QTest::currentTestFailed())
            return;
        FeedListModel *feeds = app.window->feedModel();
        const QString title = feeds->feedAt(nthFeed(*feeds))->displayTitle();
        QVERIFY2(serverTitles().contains(title), qPrintable(serverTitles().join(u", "_s)));
        FeedTreeView *list = app.window->feedList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(nthFeed(*feeds)).center());
        QCOMPARE(list->currentIndex(), nthFeed(*feeds));
        QTimer::singleShot(0, qApp, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::keyClick(list, Qt::Key_Delete, Qt::ControlModifier);

        QTRY_COMPARE_WITH_TIMEOUT(feeds->feedCount(), 0, 15000);
        QVERIFY2(!serverTitles().contains(title), qPrintable(serverTitles().join(u", "_s)));
        QVERIFY2(app.window->statusBar()->currentMessage().startsWith(u"Unsubscribed from %1 on account “Reader”"_s.arg(title)),
                 qPrintable(app.window->statusBar()->currentMessage()));
        QVERIFY(!app.window->findChild<QMessageBox *>(u"deleteFeedError"_s));
    }
};

QTEST_MAIN(TestAccountsWindow)
#include "tst_accountswindow.moc"
