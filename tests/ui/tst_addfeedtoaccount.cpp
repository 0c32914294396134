// SPDX-License-Identifier: MIT
// Add Feed in the window with sync accounts, offscreen: the dialog offers the accounts only when
// there are some; adding to one subscribes on its server, then the account's sync brings the
// feed and its articles under the account's name. An unreachable server, a server that refuses
// the feed, and a refused login (the Log In Again dialog, then the subscription) change nothing
// here until the server has subscribed. Against the loopback Google Reader server, the loopback
// feed server and a real Secret Service (testkeyring.h).
#include "accountlogindialog.h"
#include "accountscontroller.h"
#include "addfeeddialog.h"
#include "credentials/credentialstore.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedtreeview.h"
#include "greaderserverprocess.h"
#include "itemtablemodel.h"
#include "testkeyring.h"
#include "testwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {
const QString user = u"carol"_s;
const QString password = u"Add-To-Acct-7c3e-freshet-test"_s;
const QString accountName = u"Reader"_s;

QAction *addFeedAction(QMenuBar *bar)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == u"&Add Feed…"_s)
                return action;
        }
    }
    return nullptr;
}

/// An address on loopback where nothing listens.
QString closedServer()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return u"http://127.0.0.1:%1/api/greader.php"_s.arg(port);
}

int localFeedCount(TestProfile &profile)
{
    const QList<Feed> feeds = profile.openStore(u"count"_s)->feeds().value();
    int local = 0;
    for (const Feed &feed : feeds)
        local += feed.isSynced() ? 0 : 1;
    return local;
}

QModelIndex indexOfFeed(FeedListModel *feeds, const QString &url)
{
    for (QModelIndex feed = feeds->adjacentFeed(feeds->allItemsIndex(), 1, false); feed.isValid(); feed = feeds->adjacentFeed(feed, 1, false)) {
        if (feeds->feedAt(feed)->url == url)
            return feed;
    }
    return {};
}

/// The feeds stored once every job the window posted to the store thread so far has run (jobs
/// run in order), so a feed added after a failure could not slip past the count.
int storedFeeds(TestWindow &app)
{
    int count = -1;
    QObject context;
    app.store.post([](FeedStore &store) { return store.feeds(); }, &context,
                   [&](const Result<QList<Feed>> &feeds) { count = feeds ? int(feeds.value().size()) : -2; });
    return QTest::qWaitFor([&] { return count != -1; }, 10000) ? count : -1;
}
} // namespace

class TestAddFeedToAccount final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FeedServerProcess m_feeds;
    GReaderServerProcess m_server;
    QNetworkAccessManager m_network;

    /// The account as Accounts > Add files it: the row, and its password in the keychain.
    bool addAccount(TestProfile &profile, const QString &server, const QString &secret)
    {
        Result<Account> added = profile.openStore(u"setup"_s)->addAccount(accountName, u"greader"_s, server, user);
        if (!added)
            return false;
        CredentialStore credentials;
        std::optional<bool> written;
        credentials.write(added.value().credentialKey, secret, this, [&](const Status &done) { written = done.ok(); });
        return QTest::qWaitFor([&] { return written.has_value(); }, 15000) && *written;
    }

    /// The feed addresses the server's account is subscribed to, as any client would list them.
    QStringList serverSubscriptions()
    {
        QNetworkRequest login(QUrl(m_server.apiUrl().toString() + u"/accounts/ClientLogin"_s));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(login, "Email=" + user.toUtf8() + "&Passwd=" + password.toUtf8()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {u"(no login answer)"_s};
        QByteArray auth;
        for (const QByteArray &line : reply->readAll().split('\n')) {
            if (line.startsWith("Auth="))
                auth = line.mid(5);
        }
        QNetworkRequest list(QUrl(m_server.apiUrl().toString() + u"/reader/api/0/subscription/list?output=json"_s));
        list.setRawHeader("Authorization", "GoogleLogin auth=" + auth);
        reply.reset(m_network.get(list));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000))
            return {u"(no list answer)"_s};
        QStringList urls;
        const QJsonArray subscriptions = QJsonDocument::fromJson(reply->readAll()).object().value("subscriptions"_L1).toArray();
        for (const QJsonValue &subscription : subscriptions)
            urls << subscription.toObject().value("url"_L1).toString();
        return urls;
    }

    static AddFeedDialog *openAddFeed(TestWindow &app)
    {
        QAction *add = addFeedAction(app.window->menuBar());
        if (!add)
            return nullptr;
        add->trigger();
        AddFeedDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (dialog = app.window->findChild<AddFeedDialog *>()) != nullptr && dialog->isVisible(); }, 10000);
        return shown ? dialog : nullptr;
    }

    static void fillAndAccept(AddFeedDialog *dialog, const QString &address, const QString &destination)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"feedAddress"_s), address);
        auto *choice = dialog->findChild<QComboBox *>(u"addFeedDestination"_s);
        QVERIFY(choice);
        const int index = choice->findText(destination);
        QVERIFY2(index >= 0, qPrintable(destination));
        choice->setCurrentIndex(index);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    static QString addFeedError(TestWindow &app)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = app.window->findChild<QMessageBox *>(u"addFeedError"_s)) != nullptr; }, 30000))
            return {};
        const QString text = box->text();
        box->accept();
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_feeds.start({u"--feeds"_s, u"6"_s, u"--items"_s, u"5"_s}), qPrintable(m_feeds.errorString()));
        QVERIFY2(m_server.start({u"--user"_s, user, u"--password"_s, password}), qPrintable(m_server.errorString()));
    }

    void withoutAccountsTheDialogAsksOnlyForTheAddress()
    {
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit *>(u"feedAddress"_s));
        // Nothing about where: only the folder, for a feed on this device.
        QVERIFY(!dialog->findChild<QComboBox *>(u"addFeedDestination"_s));
        QVERIFY(dialog->findChild<QComboBox *>(u"addFeedFolder"_s));
        QVERIFY(!dialog->account());
        dialog->reject();
    }

    void addingToAnAccountSubscribesOnTheServerAndSyncs()
    {
        TestProfile profile;
        QVERIFY(addAccount(profile, m_server.apiUrl().toString(), password));
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));

        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        auto *choice = dialog->findChild<QComboBox *>(u"addFeedDestination"_s);
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->currentText(), u"Local feeds"_s); // nothing of the account is selected
        QCOMPARE(choice->itemText(1), accountName);

        const QString address = m_feeds.url(u"/gen/3.xml"_s).toString();
        QVERIFY(!serverSubscriptions().contains(address));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        fillAndAccept(dialog, address, accountName);

        // The server subscribed, then the account's sync ran and brought the feed's articles.
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 30000);
        QVERIFY(serverSubscriptions().contains(address));
        const FetchRunSummary summary = completed.constFirst().constFirst().value<FetchRunSummary>();
        QVERIFY2(summary.newItems >= 5, qPrintable(QString::number(summary.newItems))); // the server's other feeds come too
        QCOMPARE(localFeedCount(profile), 0);

        // The new feed is under the account's name, selected, its articles in the table.
        FeedListModel *feeds = app.window->feedModel();
        QModelIndex added;
        QTRY_VERIFY((added = indexOfFeed(feeds, address)).isValid());
        QCOMPARE(added.parent().data().toString(), accountName);
        QVERIFY(feeds->feedAt(added)->isSynced());
        QTRY_COMPARE(app.window->feedList()->currentIndex(), indexOfFeed(feeds, address));
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 5);
        QVERIFY(app.window->findChild<QMessageBox *>(u"addFeedError"_s) == nullptr);

        // With a feed of the account selected, the account is where the next one goes.
        dialog = openAddFeed(app);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"addFeedDestination"_s)->currentText(), accountName);
        QCOMPARE(dialog->account()->name, accountName);
        dialog->reject();
    }

    void anUnreachableServerSaysSoAndAddsNothing()
    {
        TestProfile profile;
        const QString server = closedServer();
        QVERIFY(!server.isEmpty());
        QVERIFY(addAccount(profile, server, password));
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        const QString address = m_feeds.url(u"/gen/4.xml"_s).toString();
        fillAndAccept(dialog, address, accountName);

        const QString error = addFeedError(app);
        QVERIFY2(error.startsWith(u"“Reader” could not subscribe to %1; nothing was added: "_s.arg(address)), qPrintable(error));
        QCOMPARE(storedFeeds(app), 0);
        QCOMPARE(app.window->feedModel()->feedCount(), 0);
        QCOMPARE(completed.count(), 0); // no sync after a failure
        QVERIFY(!serverSubscriptions().contains(address));
        QCOMPARE(app.window->cursor().shape(), Qt::ArrowCursor); // no longer busy
    }

    void aFeedTheServerRefusesSaysSoAndAddsNothing()
    {
        TestProfile profile;
        QVERIFY(addAccount(profile, m_server.apiUrl().toString(), password));
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        // Nothing to discover here, so the address goes to the server as typed; the server
        // cannot fetch it either and refuses the subscription.
        const QString address = m_feeds.url(u"/fault/500"_s).toString();
        fillAndAccept(dialog, address, accountName);

        const QString error = addFeedError(app);
        QVERIFY2(error.startsWith(u"“Reader” could not subscribe to %1; nothing was added: "_s.arg(address)), qPrintable(error));
        QCOMPARE(storedFeeds(app), 0);
        QCOMPARE(completed.count(), 0);
        QVERIFY(!serverSubscriptions().contains(address));
    }

    void aRefusedLoginAsksForThePasswordThenSubscribes()
    {
        TestProfile profile;
        QVERIFY(addAccount(profile, m_server.apiUrl().toString(), u"an-old-password"_s));
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        AccountsController *accounts = app.window->accounts();
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        AddFeedDialog *dialog = openAddFeed(app);
        QVERIFY(dialog);
        const QString address = m_feeds.url(u"/gen/5.xml"_s).toString();
        fillAndAccept(dialog, address, accountName);

        // The server refused the stored password: the account's Log In Again dialog asks.
        QTRY_VERIFY_WITH_TIMEOUT(accounts->dialog() != nullptr, 30000);
        QVERIFY(!serverSubscriptions().contains(address));
        QCOMPARE(storedFeeds(app), 0);
        QVERIFY(profile.openStore(u"check"_s)->accountByName(accountName).value()->loginNeeded);
        AccountLoginDialog *login = accounts->dialog();
        QTest::keyClicks(login->findChild<QLineEdit *>(u"accountSecret"_s), password);
        QTest::mouseClick(login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // Then the subscription goes through and a sync brings the feed.
        QTRY_VERIFY_WITH_TIMEOUT(serverSubscriptions().contains(address), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(indexOfFeed(app.window->feedModel(), address).isValid(), 30000);
        QTRY_COMPARE(app.window->feedList()->currentIndex(), indexOfFeed(app.window->feedModel(), address));
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 5);
        QVERIFY(!profile.openStore(u"check"_s)->accountByName(accountName).value()->loginNeeded);
        QVERIFY(app.window->findChild<QMessageBox *>(u"addFeedError"_s) == nullptr);
    }

    void cleanupTestCase()
    {
        m_server.stop();
        m_feeds.stop();
        m_keyring.stop();
    }
};

QTEST_MAIN(TestAddFeedToAccount)
#include "tst_addfeedtoaccount.moc"
