// SPDX-License-Identifier: MIT
// The window's and the command line's actions (services/actions) on a real profile: the store
// thread over a real SQLite file and a real Secret Service (testkeyring.h). What a server says
// to a synced feed's rename or removal: tst_accountswindow, tst_cli_sync_greader, tst_cli_sync.
#include "actions/removefeed.h"
#include "actions/renamefeed.h"
#include "actions/subscribeonaccount.h"
#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "testkeyring.h"
#include "testprofile.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestActions final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;

    /// Starts an action and waits for its one answer.
    template <typename Start>
    static actions::Outcome await(Start start)
    {
        QObject context;
        std::optional<actions::Outcome> answer;
        int answers = 0;
        start(&context, [&](const actions::Outcome &outcome) {
            answer = outcome;
            ++answers;
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return actions::Outcome::failed(actions::Failure::Storage, u"no answer within 20 s"_s);
        QTest::qWait(50); // a second answer would come now
        if (answers != 1)
            return actions::Outcome::failed(actions::Failure::Storage, u"%1 answers"_s.arg(answers));
        return *answer;
    }

    static Status awaitKeychain(const std::function<void(QObject *, CredentialStore::DoneHandler)> &start)
    {
        QObject context;
        std::optional<Status> answer;
        start(&context, [&](const Status &status) { answer = status; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 20000) ? *answer : Status::failure(u"no answer"_s);
    }

    static Result<QString> readSecret(CredentialStore &credentials, const QString &key)
    {
        QObject context;
        std::optional<Result<QString>> answer;
        credentials.read(key, &context, [&](const Result<QString> &secret) { answer = secret; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 20000) ? *answer : Result<QString>::failure(u"no answer"_s);
    }

    static qint64 addOneFeed(TestProfile &profile)
    {
        auto store = profile.openStore(u"setup"_s);
        return TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 1, QDateTime::currentDateTimeUtc());
    }

    static Feed feed(TestProfile &profile, qint64 id)
    {
        auto store = profile.openStore(u"peek"_s);
        return *store->feedById(id).value();
    }

private slots:
    void initTestCase() { QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString())); }

    void removingAFeedTakesItsPasswordOutOfTheKeychain()
    {
        TestProfile profile;
        qint64 id = 0;
        QString key;
        {
            auto store = profile.openStore(u"setup"_s);
            id = TestProfile::addFeedWithItems(*store, u"https://private.example/feed"_s, 3, QDateTime::currentDateTimeUtc());
            QVERIFY(store->setLogin(id, LoginKind::Basic, u"bob"_s, QUrl(u"https://private.example"_s)));
            key = store->login(id).value().credentialKey;
        }
        CredentialStore credentials;
        QVERIFY(awaitKeychain([&](QObject *context, CredentialStore::DoneHandler done) {
            credentials.write(key, u"Remove-Me-7d1"_s, context, std::move(done));
        }));
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const Feed subscribed = feed(profile, id);

        const actions::Outcome outcome = await([&](QObject *context, auto done) {
            actions::removeFeed({&store, &credentials}, subscribed, context, done);
        });
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        // "item(s)": the English plural forms come with the translations, which this test does not load.
        QVERIFY2(outcome.message.startsWith(u"Removed %1 and its 3 item"_s.arg(subscribed.displayTitle())), qPrintable(outcome.message));
        QVERIFY2(outcome.warning.isEmpty(), qPrintable(outcome.warning));
        QVERIFY(!profile.openStore(u"check"_s)->feedById(id).value().has_value());
        QVERIFY2(!readSecret(credentials, key), "the password outlived its feed");
    }

    void renamingKeepsTheNameAndResettingGivesTheOwnTitleBack()
    {
        TestProfile profile;
        const qint64 id = addOneFeed(profile);
        CredentialStore credentials;
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const Feed before = feed(profile, id);
        const QString own = before.displayTitle();

        actions::Outcome outcome = await([&](QObject *context, auto done) {
            actions::renameFeed({&store, &credentials}, before, u"  My   Reading "_s, context, done);
        });
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.message, u"Renamed %1 to “My Reading”."_s.arg(own));
        QCOMPARE(feed(profile, id).customTitle, u"My Reading"_s);

        outcome = await([&](QObject *context, auto done) {
            actions::renameFeed({&store, &credentials}, feed(profile, id), QString(), context, done);
        });
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.message, u"%1 shows its own title again."_s.arg(own));
        QCOMPARE(feed(profile, id).customTitle, QString());
    }

    void theNameAFeedAlreadyShowsPinsNothing()
    {
        TestProfile profile;
        const qint64 id = addOneFeed(profile);
        CredentialStore credentials;
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const Feed before = feed(profile, id);
        const actions::Outcome outcome = await([&](QObject *context, auto done) {
            actions::renameFeed({&store, &credentials}, before, before.displayTitle(), context, done);
        });
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"nothing was changed"_s), qPrintable(outcome.message));
        // A pinned name would hide the feed's own title when it changes.
        QCOMPARE(feed(profile, id).customTitle, QString());
    }

    void anAccountThatMustLogInAgainIsNotAskedAndNothingChanges()
    {
        TestProfile profile;
        qint64 feedId = 0;
        Account account;
        {
            auto store = profile.openStore(u"setup"_s);
            // Port 9 (discard): were the server asked, the answer would be a connection error.
            account = store->addAccount(u"home"_s, u"greader"_s, u"http://127.0.0.1:9/api/greader.php"_s, u"bob"_s).value();
            QVERIFY(store->setAccountLoginNeeded(account.id, true));
            const QHash<QString, qint64> ids =
                store->applyRemoteFeeds(account.id, {{u"feed/1"_s, u"Remote"_s, u"https://remote.example/feed"_s, {}, {}}}).value();
            feedId = ids.value(u"feed/1"_s);
        }
        QVERIFY(feedId > 0);
        CredentialStore credentials;
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const Feed synced = feed(profile, feedId);
        QVERIFY(synced.isSynced());

        actions::Outcome outcome = await([&](QObject *context, auto done) {
            actions::renameFeed({&store, &credentials}, synced, u"Elsewhere"_s, context, done);
        });
        QCOMPARE(outcome.failure, actions::Failure::LoginNeeded);
        QVERIFY2(outcome.message.contains(u"“home”"_s), qPrintable(outcome.message));
        QCOMPARE(feed(profile, feedId).displayTitle(), u"Remote"_s);

        outcome = await([&](QObject *context, auto done) { actions::removeFeed({&store, &credentials}, synced, context, done); });
        QCOMPARE(outcome.failure, actions::Failure::LoginNeeded);
        QVERIFY(profile.openStore(u"check"_s)->feedById(feedId).value().has_value());

        // Subscribing reads the account again: a copy read before the refusal does not count.
        outcome = await([&](QObject *context, auto done) {
            actions::subscribeOnAccount({&store, &credentials}, account, u"https://new.example/feed"_s, {}, context,
                                        [done](const actions::Outcome &subscribed, const QString &) { done(subscribed); });
        });
        QCOMPARE(outcome.failure, actions::Failure::LoginNeeded);
        QVERIFY2(outcome.message.contains(u"“home”"_s), qPrintable(outcome.message));
    }

    void subscribingWithoutThePasswordInTheKeychainSaysSo()
    {
        TestProfile profile;
        Account account;
        {
            auto store = profile.openStore(u"setup"_s);
            account = store->addAccount(u"away"_s, u"greader"_s, u"http://127.0.0.1:9/api/greader.php"_s, u"bob"_s).value();
        }
        CredentialStore credentials;
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const actions::Outcome outcome = await([&](QObject *context, auto done) {
            actions::subscribeOnAccount({&store, &credentials}, account, u"https://new.example/feed"_s, {}, context,
                                        [done](const actions::Outcome &subscribed, const QString &) { done(subscribed); });
        });
        QCOMPARE(outcome.failure, actions::Failure::Keychain);
        QVERIFY2(outcome.message.startsWith(u"The password of account “away” could not be read: "_s), qPrintable(outcome.message));
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
