// SPDX-License-Identifier: MIT
// Feeds that need a login, from the command line, against a real Secret Service
// (gnome-keyring-daemon on this test's private session bus, see testkeyring.h) and the
// loopback feed server's /auth/ paths. Nothing is mocked.
#include "clirunner.h"
#include "credentials/credentialstore.h"
#include "feedserverprocess.h"
#include "routedserver.h"
#include "storage/feedstore.h"
#include "testkeyring.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {
// Distinctive, so finding them in a file cannot be a coincidence.
const QString password = u"Pw-7f3a9c-freshet-test"_s;
const QString token = u"Tok-51e0b2-freshet-test"_s;
} // namespace

class TestCliLogin final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_profile;

    CliRun freshet(QStringList arguments, const QByteArray &input = {},
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        arguments.prepend(m_profile->path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, environment, input, 120000);
    }

    QString url(const QString &path) const { return m_server.url(path).toString(); }

    QJsonArray feedList() { return QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array(); }

    QJsonObject feedNamed(const QString &address)
    {
        for (const QJsonValue &feed : feedList()) {
            if (feed[u"url"_s].toString() == address)
                return feed.toObject();
        }
        return {};
    }

    /// The keychain entry of a feed of this profile, read the way Freshet reads it.
    Result<QString> keychainEntry(const QString &address)
    {
        auto store = FeedStore::open(m_profile->filePath(u"freshet.db"_s), u"peek"_s);
        if (!store)
            return Result<QString>::failure(store.error());
        const std::optional<Feed> feed = store.value()->localFeedByUrl(address).value();
        if (!feed)
            return Result<QString>::failure(u"no such feed"_s);
        const QString key = store.value()->login(feed->id).value().credentialKey;
        store.value().reset();
        CredentialStore credentials;
        QEventLoop loop;
        Result<QString> found = Result<QString>::failure(u"no answer"_s);
        credentials.read(key, &loop, [&](const Result<QString> &secret) {
            found = secret;
            loop.quit();
        });
        loop.exec();
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_server.start({u"--feeds"_s, u"10"_s, u"--items"_s, u"5"_s, u"--auth-password"_s, password, u"--auth-token"_s, token}),
                 qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void basicLoginFromStdinFetchesNewData()
    {
        const QString feed = url(u"/auth/basic/gen/0.xml"_s);
        const CliRun add = freshet({u"add"_s, feed, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n');
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
        QCOMPARE(QJsonDocument::fromJson(fetch.out.toUtf8()).object()[u"result"_s].toString(), u"newData"_s);

        const QJsonObject listed = feedNamed(feed);
        QCOMPARE(listed[u"login"_s].toString(), u"basic"_s);
        QCOMPARE(listed[u"user"_s].toString(), u"freshet"_s);
        QCOMPARE(listed[u"items"_s].toInt(), 5);
        // The password is in the keychain, under the feed's key.
        const Result<QString> kept = keychainEntry(feed);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        QCOMPARE(kept.value(), password);
    }

    void aWrongPasswordFailsWithTheLoginMessage()
    {
        const QString feed = url(u"/auth/basic/gen/1.xml"_s);
        QCOMPARE(freshet({u"add"_s, feed, u"--user"_s, u"freshet"_s}, "not-the-password\n").exitCode, 0);
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QCOMPARE(fetch.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(fetch.out.toUtf8()).object()[u"result"_s].toString(), u"failed"_s);
        const QJsonObject listed = feedNamed(feed);
        QCOMPARE(listed[u"lastHttpStatus"_s].toInt(), 401);
        QVERIFY2(listed[u"lastError"_s].toString().contains(u"stored login was refused"_s), qPrintable(listed[u"lastError"_s].toString()));

        // Adding it again with the right password replaces the login; the feed stays.
        const CliRun again = freshet({u"add"_s, feed, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n');
        QVERIFY2(again.exitCode == 0 && again.out.contains(u"Updated the login"_s), qPrintable(again.out + again.err));
        const CliRun retry = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(retry.out.toUtf8()).object()[u"result"_s].toString(), u"newData"_s);
        QCOMPARE(feedList().size(), 1);
    }

    // The window's Edit Login and Forget Login, on the command line.
    void loginGivesAFeedItsLoginAndForgetTakesItAway()
    {
        const QString feed = url(u"/auth/basic/gen/2.xml"_s);
        QCOMPARE(freshet({u"add"_s, feed}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 3);

        QCOMPARE(freshet({u"login"_s, feed}).exitCode, 1); // which login: none given
        const CliRun login = freshet({u"login"_s, feed, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0 && login.out.startsWith(u"Saved the login of "_s), qPrintable(login.out + login.err));
        QCOMPARE(feedNamed(feed)[u"login"_s].toString(), u"basic"_s);
        QVERIFY(keychainEntry(feed).ok());
        const CliRun fetch = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(QJsonDocument::fromJson(fetch.out.toUtf8()).object()[u"result"_s].toString() == u"newData"_s, qPrintable(fetch.out));

        const CliRun forget = freshet({u"login"_s, feed, u"--forget"_s});
        QVERIFY2(forget.exitCode == 0 && forget.out.startsWith(u"Forgot the login of "_s), qPrintable(forget.out + forget.err));
        QVERIFY(feedNamed(feed)[u"login"_s].isNull());
        QVERIFY(!keychainEntry(feed).ok());
        QCOMPARE(freshet({u"login"_s, url(u"/gen/99.xml"_s), u"--forget"_s}).exitCode, 1); // not subscribed
    }

    void withoutALoginTheFeedSaysItNeedsOne()
    {
        const QString feed = url(u"/auth/basic/gen/2.xml"_s);
        QCOMPARE(freshet({u"add"_s, feed}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 3);
        const QJsonObject listed = feedNamed(feed);
        QVERIFY(listed[u"login"_s].isNull());
        QVERIFY2(listed[u"lastError"_s].toString().contains(u"This feed needs a login"_s), qPrintable(listed[u"lastError"_s].toString()));
    }

    void bearerTokenFromStdin()
    {
        const QString feed = url(u"/auth/bearer/gen/3.xml"_s);
        const CliRun add = freshet({u"add"_s, feed, u"--token"_s}, token.toUtf8() + '\n');
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
        QCOMPARE(QJsonDocument::fromJson(fetch.out.toUtf8()).object()[u"result"_s].toString(), u"newData"_s);
        const QJsonObject listed = feedNamed(feed);
        QCOMPARE(listed[u"login"_s].toString(), u"bearer"_s);
        QVERIFY(listed[u"user"_s].isNull());
    }

    void verboseTellsEachRequestAndNeverTheSecret()
    {
        const QString basic = url(u"/auth/basic/gen/4.xml"_s);
        const QString bearer = url(u"/auth/bearer/gen/5.xml"_s);
        // Private feeds carry keys in their query: the log leaves the query out.
        const QString keyed = url(u"/gen/6.xml?key=Key-2b7e-freshet-test"_s);
        QCOMPARE(freshet({u"add"_s, basic, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n').exitCode, 0);
        QCOMPARE(freshet({u"add"_s, bearer, u"--token"_s}, token.toUtf8() + '\n').exitCode, 0);
        QCOMPARE(freshet({u"add"_s, keyed}).exitCode, 0);

        const CliRun quiet = freshet({u"fetch"_s, u"--all"_s});
        QVERIFY2(quiet.exitCode == 0, qPrintable(quiet.err));
        QVERIFY2(!quiet.err.contains(u"freshet."_s), qPrintable(quiet.err));

        const CliRun fetch = freshet({u"--verbose"_s, u"fetch"_s, u"--all"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
        for (const QString &line : {u"freshet.fetch: GET %1 (conditional) (with its login)"_s.arg(basic),
                                    u"freshet.fetch: GET %1 (conditional) (with its login)"_s.arg(bearer),
                                    u"freshet.fetch: GET %1?… (conditional)"_s.arg(url(u"/gen/6.xml"_s)),
                                    u"freshet.fetch: %1 answered HTTP 304 (not modified)"_s.arg(basic), u"freshet.store: "_s}) {
            QVERIFY2(fetch.err.contains(line), qPrintable(line + u"\n"_s + fetch.err));
        }
        const QString basicHeader = QString::fromLatin1((u"freshet:"_s + password).toUtf8().toBase64());
        for (const QString &secret : {password, token, basicHeader, u"Key-2b7e"_s, u"Authorization"_s, u"Bearer"_s}) {
            QVERIFY2(!fetch.err.contains(secret) && !fetch.out.contains(secret), qPrintable(secret + u"\n"_s + fetch.err));
        }

        // Without --verbose, QT_LOGGING_RULES picks one area.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"freshet.fetch.debug=true"_s);
        const CliRun picked = freshet({u"fetch"_s, u"--all"_s}, {}, environment);
        QVERIFY2(picked.err.contains(u"freshet.fetch: GET "_s) && !picked.err.contains(u"freshet.store"_s), qPrintable(picked.err));
    }

    void theLoginFollowsARedirectOnTheSameOrigin()
    {
        const QString feed = url(u"/fault/redirect/302/2?to=/auth/basic/gen/4.xml"_s);
        QCOMPARE(freshet({u"add"_s, feed, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n').exitCode, 0);
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
        QCOMPARE(QJsonDocument::fromJson(fetch.out.toUtf8()).object()[u"newItems"_s].toInt(), 5);
    }

    void aPermanentMoveToAnotherOriginLeavesTheLoginBehind()
    {
        // Two loopback servers on two ports are two origins; b records what it is sent.
        RoutedServerThread a;
        RoutedServerThread b;
        const QString atA = a.url(u"/feed"_s).toString();
        const QString atB = b.url(u"/feed"_s).toString();
        a.route("GET /feed", "HTTP/1.1 301 Moved Permanently\r\nLocation: " + atB.toUtf8());
        b.route("GET /feed", "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"b\"");
        const CliRun add = freshet({u"add"_s, atA, u"--user"_s, u"bob"_s}, password.toUtf8() + '\n');
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 3);
        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 3);

        const QList<QByteArray> heads = b.heads();
        QVERIFY(heads.size() >= 2);
        for (const QByteArray &head : heads)
            QVERIFY2(!head.toLower().contains("\nauthorization:"), head.constData());

        // The feed moved (a 301 is a 301); its login stayed with a, and everything says so.
        const QString origin = b.url(u"/"_s).adjusted(QUrl::RemovePath).toString();
        const QJsonObject listed = feedNamed(atB);
        QVERIFY2(!listed.isEmpty(), QJsonDocument(feedList()).toJson().constData());
        QCOMPARE(listed[u"login"_s].toString(), u"basic"_s);
        QCOMPARE(listed[u"loginOrigin"_s].toString(), a.url(u"/"_s).adjusted(QUrl::RemovePath).toString());
        const QString moved = listed[u"loginMoved"_s].toString();
        QVERIFY2(moved.contains(u"moved to "_s + origin) && moved.contains(u"log in again there"_s), qPrintable(moved));
        QCOMPARE(listed[u"lastError"_s].toString(), moved);
        QVERIFY2(freshet({u"list"_s}).out.contains(moved), "freshet list does not say the login stayed behind");
        const CliRun log = freshet({u"log"_s});
        QVERIFY2(log.out.contains(moved), qPrintable(log.out));

        // Logging in again at the new address binds the login there, and only then is it sent.
        const CliRun again = freshet({u"add"_s, atB, u"--user"_s, u"bob"_s}, password.toUtf8() + '\n');
        QVERIFY2(again.exitCode == 0 && again.out.contains(u"Updated the login"_s), qPrintable(again.out + again.err));
        QVERIFY(feedNamed(atB)[u"loginMoved"_s].isNull());
        freshet({u"fetch"_s, u"--all"_s});
        QVERIFY(b.heads().constLast().toLower().contains("\nauthorization: basic "));
    }

    void aSecretIsNeverAnArgument()
    {
        // No option takes it, and an empty stdin is refused rather than stored empty.
        const CliRun add = freshet({u"add"_s, url(u"/auth/basic/gen/5.xml"_s), u"--user"_s, u"freshet"_s});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(u"never taken from the command line"_s), qPrintable(add.err));
        QVERIFY(feedList().isEmpty());
        QCOMPARE(freshet({u"add"_s, url(u"/auth/bearer/gen/5.xml"_s), u"--token"_s, token}).exitCode, 1);
        QVERIFY(feedList().isEmpty());
    }

    void removeDeletesTheKeychainEntry()
    {
        const QString feed = url(u"/auth/basic/gen/6.xml"_s);
        QCOMPARE(freshet({u"add"_s, feed, u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n').exitCode, 0);
        QVERIFY(keychainEntry(feed).ok());
        // The key is gone with the feed, so read it before removing.
        auto store = FeedStore::open(m_profile->filePath(u"freshet.db"_s), u"key"_s);
        const QString key = store.value()->login(store.value()->localFeedByUrl(feed).value()->id).value().credentialKey;
        store.value().reset();
        const CliRun remove = freshet({u"remove"_s, feed});
        QVERIFY2(remove.exitCode == 0 && remove.err.isEmpty(), qPrintable(remove.err));
        CredentialStore credentials;
        QEventLoop loop;
        QString error;
        credentials.read(key, &loop, [&](const Result<QString> &secret) {
            error = secret.ok() ? u"still there"_s : secret.error();
            loop.quit();
        });
        loop.exec();
        QVERIFY2(error.contains(u"has no password or token"_s), qPrintable(error));
    }

    void noSecretReachesAnyFileOfTheProfile()
    {
        QCOMPARE(freshet({u"add"_s, url(u"/auth/basic/gen/7.xml"_s), u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n').exitCode, 0);
        // A connection held open, as an open window would, keeps -wal and -shm in the profile
        // for the scan (the last connection to close removes them).
        auto holder = FeedStore::open(m_profile->filePath(u"freshet.db"_s), u"holder"_s);
        QVERIFY(holder.ok());
        QCOMPARE(freshet({u"add"_s, url(u"/auth/bearer/gen/8.xml"_s), u"--token"_s}, token.toUtf8() + '\n').exitCode, 0);
        QCOMPARE(freshet({u"add"_s, url(u"/auth/basic/gen/9.xml"_s), u"--user"_s, u"freshet"_s}, "wrong-one\n").exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s, u"--json"_s}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(freshet({u"schedule"_s, u"--interval"_s, u"2h"_s}).exitCode, 0); // writes settings.ini
        QCOMPARE(freshet({u"export"_s, m_profile->filePath(u"export.opml"_s)}).exitCode, 0);
        QCOMPARE(freshet({u"log"_s, u"--json"_s}).exitCode, 0);
        const CliRun list = freshet({u"list"_s, u"--json"_s});
        const QByteArray basicHeader = QByteArray("freshet:" + password.toUtf8()).toBase64();
        // UTF-8, the Basic header's base64, and UTF-16 (how a QString would sit in memory dumps).
        const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
        const QList<QByteArray> secrets = {password.toUtf8(), token.toUtf8(), basicHeader, QByteArray("wrong-one"), utf16};
        for (const QByteArray &secret : secrets)
            QVERIFY(!list.out.toUtf8().contains(secret));

        QStringList scanned;
        QDirIterator files(m_profile->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(u"%1 holds a secret"_s.arg(path)));
            scanned << u"%1 (%2 bytes)"_s.arg(QFileInfo(path).fileName()).arg(bytes.size());
        }
        qInfo("scanned, no secret found: %s", qPrintable(scanned.join(u", "_s)));
        QVERIFY(scanned.join(u' ').contains(u"freshet.db"_s));
        QVERIFY(scanned.join(u' ').contains(u"settings.ini"_s));
        QVERIFY(scanned.join(u' ').contains(u"export.opml"_s));
        QVERIFY(scanned.join(u' ').contains(u"freshet.db-wal"_s));
    }

    void withoutAKeychainNothingIsStored()
    {
        QProcessEnvironment nowhere = QProcessEnvironment::systemEnvironment();
        nowhere.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/freshet-test-bus"_s);
        const CliRun add = freshet({u"add"_s, url(u"/auth/basic/gen/0.xml"_s), u"--user"_s, u"freshet"_s}, password.toUtf8() + '\n', nowhere);
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(u"No keychain is available"_s) && add.err.contains(u"GNOME Keyring or KWallet"_s), qPrintable(add.err));
        QVERIFY(feedList().isEmpty());
        QDirIterator files(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.stop());
        m_keyring.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
