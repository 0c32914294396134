// SPDX-License-Identifier: MIT
// The window's login prompt, offscreen, against a real Secret Service (testkeyring.h) and the
// loopback feed server's Basic-auth paths: a feed answers 401, the window asks, the person fills
// the real dialog, and the refetch of just that feed brings its items.
#include "addfeeddialog.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"
#include "feedloginflow.h"
#include "feedserverprocess.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testkeyring.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

// Distinctive, so finding it in a file cannot be a coincidence.
const QString password = u"Gui-Pw-93b1e-freshet-test"_s;

using App = TestWindow;

QAction *findAction(QMenuBar *bar, const QString &objectName)
{
    for (QAction *menu : bar->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == objectName || action->text() == objectName)
                return action;
        }
    }
    return nullptr;
}

/// Fills the dialog a person would see, the moment it is shown.
void fillLogin(LoginDialog *dialog, const QString &user, const QString &secret)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"loginUser"_s), user);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"loginSecret"_s), secret);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestLoginPrompt final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FeedServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_server.start({u"--feeds"_s, u"3"_s, u"--items"_s, u"4"_s, u"--auth-password"_s, password}),
                 qPrintable(m_server.errorString()));
    }

    void a401AsksOnceAndTheRefetchSucceeds()
    {
        TestProfile profile;
        const QString address = m_server.url(u"/auth/basic/gen/0.xml"_s).toString();
        qint64 feedId = 0;
        {
            auto store = profile.openStore(u"setup"_s);
            feedId = store->addFeed(address).value().id;
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        app.fetch.perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget);

        QTRY_VERIFY_WITH_TIMEOUT(app.window->loginFlow()->dialog() != nullptr, 15000);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.constFirst().constFirst().value<FetchRunSummary>().result, FetchResult::Failed);
        LoginDialog *dialog = app.window->loginFlow()->dialog();
        QVERIFY(dialog->isVisible());
        bool headingSaysSo = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            headingSaysSo = headingSaysSo || label->text().startsWith(u"This feed needs a login"_s);
        QVERIFY(headingSaysSo);

        auto *user = dialog->findChild<QLineEdit *>(u"loginUser"_s);
        auto *secret = dialog->findChild<QLineEdit *>(u"loginSecret"_s);
        auto *kind = dialog->findChild<QComboBox *>(u"loginKind"_s);
        QVERIFY(user && secret && kind);
        QVERIFY(!user->accessibleName().isEmpty() && !secret->accessibleName().isEmpty() && !kind->accessibleName().isEmpty());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        QTest::keyClicks(user, u"freshet"_s);
        QTest::keyClicks(secret, password);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(secret, Qt::Key_Return); // Enter accepts, as a keyboard user would

        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 2, 20000);
        const FetchRunSummary refetch = completed.at(1).constFirst().value<FetchRunSummary>();
        QCOMPARE(refetch.result, FetchResult::NewData);
        QCOMPARE(refetch.outcomes.size(), 1); // just that feed
        QCOMPARE(refetch.outcomes.constFirst().feedId, feedId);
        QCOMPARE(refetch.newItems, 4);
        QVERIFY(app.window->loginFlow()->dialog() == nullptr);

        // The login is on the feed (kind and user only), the password in the keychain.
        auto store = profile.openStore(u"check"_s);
        const FeedLogin login = store->login(feedId).value();
        QCOMPARE(login.kind, LoginKind::Basic);
        QCOMPARE(login.user, u"freshet"_s);
        CredentialStore credentials;
        QString kept;
        credentials.read(login.credentialKey, this,
                         [&](const Result<QString> &value) { kept = value.ok() ? value.value() : value.error(); });
        QTRY_COMPARE(kept, password);

        // While the window still has the database open (so -wal and -shm exist too), no file
        // of the profile holds the password, plain or as the Basic header's base64.
        const QList<QByteArray> secrets = {password.toUtf8(), QByteArray("freshet:" + password.toUtf8()).toBase64()};
        QStringList scanned;
        QDirIterator files(profile.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName()));
            scanned << u"%1 (%2 bytes)"_s.arg(QFileInfo(file).fileName()).arg(bytes.size());
        }
        qInfo("scanned, no secret found: %s", qPrintable(scanned.join(u", "_s)));
        QVERIFY(scanned.join(u' ').contains(u"freshet.db-wal"_s));

        // A later run that works asks nothing.
        app.fetch.perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::everyFeed());
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 3, 20000);
        QVERIFY(app.window->loginFlow()->dialog() == nullptr);
    }

    void cancellingAsksNoMoreThisSession()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            QVERIFY(store->addFeed(m_server.url(u"/auth/basic/gen/1.xml"_s).toString()).ok());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        app.fetch.perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->loginFlow()->dialog() != nullptr, 15000);
        QTest::keyClick(app.window->loginFlow()->dialog(), Qt::Key_Escape);
        QTRY_VERIFY(app.window->loginFlow()->dialog() == nullptr);
        app.fetch.perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::everyFeed());
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 2, 20000);
        QTest::qWait(200);
        QVERIFY(app.window->loginFlow()->dialog() == nullptr);
    }

    void editAndForgetLoginFromTheFeedsMenu()
    {
        TestProfile profile;
        qint64 feedId = 0;
        {
            auto store = profile.openStore(u"setup"_s);
            feedId = store->addFeed(m_server.url(u"/auth/bearer/gen/2.xml"_s).toString()).value().id;
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QAction *edit = findAction(app.window->menuBar(), u"editLoginAction"_s);
        QAction *forget = findAction(app.window->menuBar(), u"forgetLoginAction"_s);
        QVERIFY(edit && forget);
        QVERIFY(!edit->shortcut().isEmpty());

        app.window->loginFlow()->edit(feedId);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->loginFlow()->dialog() != nullptr, 10000);
        LoginDialog *dialog = app.window->loginFlow()->dialog();
        auto *kind = dialog->findChild<QComboBox *>(u"loginKind"_s);
        kind->setCurrentIndex(kind->findData(int(LoginKind::Bearer)));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"loginUser"_s)->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"loginSecret"_s), u"freshet-token"_s);
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        QSignalSpy changed(app.window->loginFlow(), &FeedLoginFlow::loginChanged);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 20000);
        QCOMPARE(completed.constFirst().constFirst().value<FetchRunSummary>().result, FetchResult::NewData);

        app.window->loginFlow()->forget(feedId);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        auto store = profile.openStore(u"check"_s);
        QVERIFY(!store->login(feedId).value().isSet());
    }

    void addFeedAsksWhenTheAddressNeedsALogin()
    {
        TestProfile profile;
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QAction *add = findAction(app.window->menuBar(), u"&Add Feed…"_s);
        QVERIFY(add);
        const QString address = m_server.url(u"/auth/basic/gen/2.xml"_s).toString();
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        add->trigger();
        AddFeedDialog *input = nullptr;
        QTRY_VERIFY((input = app.window->findChild<AddFeedDialog *>()) != nullptr && input->isVisible());
        QTest::keyClicks(input->findChild<QLineEdit *>(u"feedAddress"_s), address);
        input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        // Discovery answered 401: the login dialog comes up in the Add Feed flow itself.
        LoginDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = app.window->findChild<LoginDialog *>()) != nullptr, 15000);
        fillLogin(dialog, u"freshet"_s, u"not-it"_s);
        // A refused login asks again.
        QTRY_VERIFY_WITH_TIMEOUT((dialog = app.window->findChild<LoginDialog *>()) != nullptr && dialog->isVisible(), 15000);
        fillLogin(dialog, u"freshet"_s, password);

        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 20000);
        const FetchRunSummary first = completed.constFirst().constFirst().value<FetchRunSummary>();
        QCOMPARE(first.result, FetchResult::NewData);
        QCOMPARE(first.newItems, 4);
        auto store = profile.openStore(u"check"_s);
        const std::optional<Feed> feed = store->localFeedByUrl(address).value();
        QVERIFY(feed);
        QCOMPARE(store->login(feed->id).value().kind, LoginKind::Basic);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.stop());
        m_keyring.stop();
    }
};

QTEST_MAIN(TestLoginPrompt)
#include "tst_loginprompt.moc"
