// SPDX-License-Identifier: MIT
// A Google Reader API account end to end: the real `freshet` binary against the loopback
// Google Reader server (tools/greaderserver, FreshRSS's protocol), which polls the project's
// feed server, with the password in a real Secret Service. Subscribing through Freshet, first
// and incremental syncs, read and star both ways, the offline queue replayed, an expired
// session, a changed password, and a server answering 503.
#include "clirunner.h"
#include "feedserverprocess.h"
#include "greaderserverprocess.h"
#include "storage/feedstore.h"
#include "syncprofile.h"
#include "testkeyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {
const QString user = u"alice"_s;
const QString password = u"GR-pw-6d1c0-freshet-test"_s;
} // namespace

class TestCliSyncGoogleReader final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FeedServerProcess m_feeds;
    GReaderServerProcess m_server;
    QTemporaryDir m_profile;
    SyncProfile m_db{m_profile.filePath(u"freshet.db"_s)};
    QNetworkAccessManager m_network;

    CliRun freshet(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), input, 120000);
    }

    QJsonObject sync(int expectedExit)
    {
        const CliRun run = freshet({u"sync"_s, u"--json"_s});
        if (run.exitCode != expectedExit)
            qWarning("sync exit %d, expected %d; stderr: %s", run.exitCode, expectedExit, qPrintable(run.err));
        return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
    }

    QJsonObject account()
    {
        const QJsonArray accounts = QJsonDocument::fromJson(freshet({u"account"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
        for (const QJsonValue &value : accounts) {
            if (value[u"name"_s].toString() == u"reader"_s)
                return value.toObject();
        }
        return {};
    }

    QByteArray control(const QString &pathAndQuery, bool post = true)
    {
        QNetworkRequest request(m_server.url(u"/control/"_s + pathAndQuery));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(post ? m_network.post(request, QByteArray()) : m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 60000))
            return {};
        return reply->readAll();
    }

    /// The feed server adds `count` items to generated feed `feed`, and the sync server reads it again.
    bool bumpFeed(int feed, int count)
    {
        QNetworkRequest bump(m_feeds.url(u"/control/bump?feed=%1&count=%2"_s.arg(feed).arg(count)));
        bump.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(bump, QByteArray()));
        return QTest::qWaitFor([&] { return reply->isFinished(); }, 30000) && !control(u"refresh"_s).isEmpty();
    }

    /// The server's items, by id: read and starred as it has them.
    QHash<QString, QJsonObject> serverItems()
    {
        QHash<QString, QJsonObject> items;
        const QJsonDocument document = QJsonDocument::fromJson(control(u"items"_s, false));
        const QJsonArray array = document.isArray() ? document.array() : document.object().value(u"items"_s).toArray();
        for (const QJsonValue &item : array)
            items.insert(item[u"id"_s].toVariant().toString(), item.toObject());
        return items;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY2(m_feeds.start({u"--feeds"_s, u"10"_s, u"--items"_s, u"30"_s}), qPrintable(m_feeds.errorString()));
        QVERIFY2(m_server.start({u"--user"_s, user, u"--password"_s, password, u"--max-page-size"_s, u"25"_s}),
                 qPrintable(m_server.errorString()));
        QVERIFY(m_profile.isValid());
    }

    void addingAnAccountChecksTheLogin()
    {
        CliRun run = freshet({u"account"_s, u"add"_s, u"greader"_s, m_server.apiUrl().toString(), u"--user"_s, user, u"--name"_s, u"reader"_s},
                             "wrong\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Could not log in"_s), qPrintable(run.err));
        QVERIFY(account().isEmpty());
        run = freshet({u"account"_s, u"add"_s, u"greader"_s, m_server.apiUrl().toString(), u"--user"_s, user, u"--name"_s, u"reader"_s},
                      password.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(account()[u"protocol"_s].toString(), u"greader"_s);
    }

    // An address typed without its scheme is checked into one with it; the account is named
    // after that address's host, not after an empty one.
    void anAddressWithoutASchemeNamesTheAccountAfterItsHost()
    {
        QTemporaryDir profile;
        const QString typed = m_server.apiUrl().toString().remove(u"http://"_s);
        const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"account"_s, u"add"_s, u"greader"_s, typed, u"--user"_s, user},
                                      QProcessEnvironment::systemEnvironment(), password.toUtf8() + '\n', 120000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"account"_s, u"list"_s, u"--json"_s},
                                       QProcessEnvironment::systemEnvironment(), {}, 120000);
        bool named = false;
        for (const QJsonValue &account : QJsonDocument::fromJson(list.out.toUtf8()).array())
            named = named || account.toObject()[u"name"_s].toString() == m_server.apiUrl().host();
        QVERIFY2(named, qPrintable(list.out));
        QVERIFY(runFreshet({u"--profile"_s, profile.path(), u"account"_s, u"remove"_s, m_server.apiUrl().host()},
                           QProcessEnvironment::systemEnvironment(), {}, 120000)
                    .exitCode
                == 0);
    }

    void subscribingThroughFreshetAndTheFirstSync()
    {
        for (int feed : {0, 1}) {
            const CliRun run = freshet({u"add"_s, m_feeds.url(u"/gen/%1.xml"_s.arg(feed)).toString(), u"--account"_s, u"reader"_s});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt(), 2);
        QCOMPARE(m_db.syncedItems(), 60); // 30 each, paged 25 at a time
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);
    }

    void whatIsSaidAboutSyncedFeedsAndTheAccount()
    {
        // A feed the account has: said so, without asking the server.
        const QString held = m_feeds.url(u"/gen/0.xml"_s).toString();
        CliRun run = freshet({u"add"_s, held, u"--account"_s, u"reader"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Account “reader” already has %1."_s.arg(held)), qPrintable(run.err));
        // An address the server cannot subscribe to: what it answered, and what this device saw there.
        run = freshet({u"add"_s, m_feeds.url(u"/fault/404"_s).toString(), u"--account"_s, u"reader"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        for (const QString &said : {u"could not subscribe to it (HTTP 400)"_s, u"From this device the address answers"_s, u"404"_s})
            QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt(), 2);

        // A synced feed's line tells its account's last sync, not a fetch it never has.
        run = freshet({u"list"_s});
        QVERIFY2(run.out.contains(u"synced through the account “reader”, last sync: 20"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"not fetched yet"_s) && !run.out.contains(u"1970"_s), qPrintable(run.out));
        const QJsonArray listed = QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue &feed : listed) {
            QVERIFY(feed[u"nextDue"_s].isNull());
            QVERIFY(feed[u"lastSync"_s].toString().startsWith(u"20"_s));
            QCOMPARE(feed[u"lastSyncResult"_s].toString(), u"noData"_s);
        }
        run = freshet({u"account"_s, u"list"_s});
        QVERIFY2(run.out.contains(u"last sync: 20"_s) && run.out.contains(u", no new data"_s), qPrintable(run.out));
        // A sync alone is not a feed attempted, and its bytes are not "0 bytes".
        run = freshet({u"sync"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Feeds:"_s) && !run.out.contains(u"Received"_s) && run.out.contains(u"Took "_s), qPrintable(run.out));
    }

    void aSyncedFeedIsFoundByItsAddressAlone()
    {
        const QString url = m_feeds.url(u"/gen/0.xml"_s).toString();
        CliRun run = freshet({u"items"_s, u"--feed"_s, url, u"--limit"_s, u"100"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 30);
        run = freshet({u"auto-download"_s, url, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"feed"_s).toString(), url);
    }

    void anAddressHeldByTwoAccountsNeedsTheAccountNamed()
    {
        const QString url = m_feeds.url(u"/gen/1.xml"_s).toString();
        QCOMPARE(freshet({u"add"_s, url}).exitCode, 0); // this device's own subscription too
        CliRun run = freshet({u"items"_s, u"--feed"_s, url});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        for (const QString &expected : {u"“Local”"_s, u"“reader”"_s, u"--account"_s})
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        run = freshet({u"remove"_s, url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--account"_s), qPrintable(run.err));

        run = freshet({u"items"_s, u"--feed"_s, url, u"--account"_s, u"reader"_s, u"--limit"_s, u"100"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 30);
        run = freshet({u"items"_s, u"--feed"_s, url, u"--account"_s, u"Local"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0); // not fetched yet
        run = freshet({u"items"_s, u"--feed"_s, url, u"--account"_s, u"nobody"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no account named"_s), qPrintable(run.err));

        run = freshet({u"remove"_s, url, u"--account"_s, u"local"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1' AND account_id = 1"_s.arg(url)).toInt(), 0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toInt(), 1);
        QVERIFY2(freshet({u"items"_s, u"--feed"_s, url}).exitCode == 0, "one account holds it again");
    }

    void anIncrementalSyncBringsOnlyWhatIsNew()
    {
        QVERIFY(bumpFeed(0, 4));
        const QJsonObject summary = sync(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 4);
        QCOMPARE(m_db.syncedItems(), 64);
    }

    void stateChangedOnTheServerComesDown()
    {
        const QStringList ids = serverItems().keys();
        QVERIFY(ids.size() >= 3);
        QVERIFY(!control(u"mark?item=%1&read=1"_s.arg(ids.at(0))).isEmpty());
        QVERIFY(!control(u"mark?item=%1&starred=1"_s.arg(ids.at(1))).isEmpty());
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(0))).toInt(), 1);
        QCOMPARE(m_db.scalar(u"SELECT starred FROM items WHERE remote_id = '%1'"_s.arg(ids.at(1))).toInt(), 1);
    }

    void offlineChangesWaitAndAreSentWhenTheServerIsBack()
    {
        const QString id = serverItems().keys().at(2);
        QVERIFY(m_db.readAndStar(id));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_db.setServer(u"reader"_s, u"http://127.0.0.1:%1/api/greader.php"_s.arg(port)));
        QCOMPARE(sync(3)[u"result"_s].toString(), u"failed"_s);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);
        const CliRun refused = freshet({u"sync"_s});
        QVERIFY2(refused.out.contains(u"Sync of account “reader” failed: The server 127.0.0.1 refused the connection."_s),
                 qPrintable(refused.out));

        QVERIFY(m_db.setServer(u"reader"_s, m_server.apiUrl().toString()));
        QVERIFY(!control(u"fault?status=503&count=1"_s).isEmpty());
        QCOMPARE(sync(3)[u"result"_s].toString(), u"failed"_s);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);
        QCOMPARE(m_db.syncedItems(), 64);

        sync(0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        const QJsonObject onServer = serverItems().value(id);
        QCOMPARE(onServer[u"read"_s].toBool(), true);
        QCOMPARE(onServer[u"starred"_s].toBool(), true);
    }

    void markThroughFreshetReachesTheServerWithTheNextSync()
    {
        const QString remote = serverItems().keys().at(3);
        QVERIFY(!serverItems().value(remote)[u"starred"_s].toBool());
        const QString local = m_db.scalar(u"SELECT id FROM items WHERE remote_id = '%1'"_s.arg(remote)).toString();
        QVERIFY(!local.isEmpty());
        CliRun run = freshet({u"mark"_s, u"star"_s, local, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 1);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 1);

        sync(0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        QVERIFY(serverItems().value(remote)[u"starred"_s].toBool());
    }

    void anExpiredSessionAndAChangedPassword()
    {
        QVERIFY(!control(u"expire-sessions"_s).isEmpty());
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);

        QVERIFY(!control(u"password?password=changed-elsewhere"_s).isEmpty());
        const CliRun run = freshet({u"sync"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"freshet account login reader"_s), qPrintable(run.err));
        QCOMPARE(account()[u"loginNeeded"_s].toBool(), true);
        QCOMPARE(m_db.syncedItems(), 64);

        // Subscribing meanwhile is refused before the server is asked with a password it refused.
        const QJsonObject before = QJsonDocument::fromJson(control(u"stats"_s, false)).object();
        const CliRun add = freshet({u"add"_s, m_feeds.url(u"/gen/9.xml"_s).toString(), u"--account"_s, u"reader"_s});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(u"freshet account login reader"_s), qPrintable(add.err));
        const QJsonObject after = QJsonDocument::fromJson(control(u"stats"_s, false)).object();
        QCOMPARE(after[u"failedLogins"_s].toInt(), before[u"failedLogins"_s].toInt());
        QCOMPARE(after[u"subscriptions"_s].toInt(), before[u"subscriptions"_s].toInt());

        const CliRun login = freshet({u"account"_s, u"login"_s, u"reader"_s}, "changed-elsewhere\n");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);
    }

    void renamingThroughFreshetRenamesOnTheServer()
    {
        const QString url = m_feeds.url(u"/gen/0.xml"_s).toString();
        const QString synced = u"SELECT %1 FROM feeds WHERE url = '%2' AND account_id != 1"_s;
        CliRun run = freshet({u"rename"_s, url, u"Renamed Everywhere"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"on account “reader”"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(synced.arg(u"title"_s, url)).toString(), u"Renamed Everywhere"_s);

        // The server has the name: the next sync brings it over whatever is stored here.
        QVERIFY(m_db.exec(u"UPDATE feeds SET title = 'Stale' WHERE url = '%1' AND account_id != 1"_s.arg(url)));
        sync(0);
        QCOMPARE(m_db.scalar(synced.arg(u"title"_s, url)).toString(), u"Renamed Everywhere"_s);
        QCOMPARE(m_db.scalar(synced.arg(u"custom_title"_s, url)).toString(), QString());

        // The address alone finds the account's feed: it is renamed on the server as well.
        run = freshet({u"rename"_s, url, u"Renamed Again"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"on account “reader”"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(synced.arg(u"title"_s, url)).toString(), u"Renamed Again"_s);
        run = freshet({u"rename"_s, m_feeds.url(u"/gen/7.xml"_s).toString(), u"X"_s, u"--account"_s, u"reader"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"has no feed"_s), qPrintable(run.err));
    }

    void foldersChangedThroughFreshetChangeOnTheServer()
    {
        const QString url = m_feeds.url(u"/gen/0.xml"_s).toString();
        const QString category = u"SELECT category FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url);
        // Each change is checked on the server by spoiling this device's copy: the next sync
        // writes the server's categories back over it.
        const auto serverHas = [&](const QString &expected) {
            if (!m_db.exec(u"UPDATE feeds SET category = 'Spoiled' WHERE url = '%1' AND account_id != 1"_s.arg(url)))
                return false;
            sync(0);
            const QString got = m_db.scalar(category).toString();
            if (got != expected)
                qWarning("the server has “%s”, not “%s”", qPrintable(got), qPrintable(expected));
            return got == expected;
        };

        // Edit Feed's folder (the window's drag goes the same way).
        CliRun run = freshet({u"edit"_s, url, u"--category"_s, u"Tech/Linux"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"to “Tech/Linux” on account “reader”"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(category).toString(), u"Tech/Linux"_s);
        QVERIFY(serverHas(u"Tech/Linux"_s));

        // Renaming a folder renames the categories inside it too.
        run = freshet({u"folder"_s, u"rename"_s, u"Tech"_s, u"Technology"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"on account “reader”"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(category).toString(), u"Technology/Linux"_s);
        QVERIFY(serverHas(u"Technology/Linux"_s));

        // Deleting a folder moves its feeds up a level, there and here.
        run = freshet({u"folder"_s, u"delete"_s, u"Technology/Linux"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"moved up a level"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(category).toString(), u"Technology"_s);
        QVERIFY(serverHas(u"Technology"_s));
        run = freshet({u"folder"_s, u"delete"_s, u"Technology"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(m_db.scalar(category).toString(), QString());
        QVERIFY(serverHas(QString()));

        // A new folder waits on this device for a feed; the server refusing a change leaves
        // everything as it was.
        run = freshet({u"folder"_s, u"new"_s, u"Later"_s, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"once a feed is moved into it"_s), qPrintable(run.out));
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM folders WHERE path = 'Later' AND account_id != 1"_s).toInt(), 1);
        QVERIFY(!control(u"fault?status=503&count=1"_s).isEmpty());
        run = freshet({u"edit"_s, url, u"--category"_s, u"Later"_s, u"--account"_s, u"reader"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"could not move the feeds to “Later”; nothing was changed"_s), qPrintable(run.err));
        QCOMPARE(m_db.scalar(category).toString(), QString());
    }

    void anOpmlFileImportedIntoTheAccountSubscribesItOnTheServer()
    {
        QTemporaryDir files;
        const QString path = files.filePath(u"theirs.opml"_s);
        QFile opml(path);
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write(u"<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>t</title></head><body>\n"
                   "<outline text=\"Imported\"><outline type=\"rss\" text=\"Three\" xmlUrl=\"%1\"/></outline>\n"
                   "<outline type=\"rss\" text=\"Held\" xmlUrl=\"%2\"/>\n"
                   "<outline type=\"rss\" text=\"Gone\" xmlUrl=\"%3\"/>\n"
                   "<outline type=\"rss\" text=\"Bad\" xmlUrl=\"javascript:alert(1)\"/>\n</body></opml>\n"_s
                       .arg(m_feeds.url(u"/gen/3.xml"_s).toString(), m_feeds.url(u"/gen/0.xml"_s).toString(),
                            m_feeds.url(u"/fault/404"_s).toString())
                       .toUtf8());
        opml.close();
        const int before = m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt();
        const CliRun run = freshet({u"import"_s, path, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Subscribed account “reader” to 1 feed of"_s) && run.out.contains(u"1 already subscribed; 2 skipped."_s),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(u"/fault/404: the server refused it"_s) && run.err.contains(u"javascript:alert(1)"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Subscribing account “reader”: 1 of 2"_s), qPrintable(run.err)); // progress, a line a feed
        // On the server, in the file's folder: the next sync brings it here.
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt(), before + 1);
        QCOMPARE(m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(m_feeds.url(u"/gen/3.xml"_s).toString()))
                     .toString(),
                 u"Imported"_s);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id = 1 AND url LIKE '%/gen/3.xml'"_s).toInt(), 0); // not here
        const CliRun gone = freshet({u"remove"_s, m_feeds.url(u"/gen/3.xml"_s).toString(), u"--account"_s, u"reader"_s});
        QVERIFY2(gone.exitCode == 0, qPrintable(gone.err));
    }

    void unsubscribingThroughFreshet()
    {
        const QString url = m_feeds.url(u"/gen/1.xml"_s).toString();
        const CliRun run = freshet({u"remove"_s, url, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt(), 1);
        QCOMPARE(m_db.syncedItems(), 34);
    }

    void aPushNamingASyncedFeedSyncsItsAccount()
    {
        QVERIFY(bumpFeed(0, 2));
        const CliRun run = freshet({u"notify"_s, u"--feed"_s, m_feeds.url(u"/gen/0.xml"_s).toString(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"newItems"_s).toInt(), 2);
        QCOMPARE(m_db.syncedItems(), 36);
    }

    // Last: it adds a feed of 30 articles to the account, which the counts above do not expect.
    void aFeedSubscribedDuringASyncKeepsItsArticles()
    {
        // Another device subscribes between this sync's subscription list and its articles.
        const QString url = m_feeds.url(u"/gen/8.xml"_s).toString();
        QVERIFY(!control(u"subscribe-before-items?url="_s + QString::fromUtf8(QUrl::toPercentEncoding(url))).isEmpty());
        QCOMPARE(sync(0)[u"result"_s].toString(), u"newData"_s);
        const QString count = u"SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1'"_s.arg(url);
        QCOMPARE(m_db.scalar(count).toInt(), 30);
        // And the next sync has nothing left to bring.
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);
        QCOMPARE(m_db.scalar(count).toInt(), 30);
    }

    void verboseTellsEachSyncStepAndNeverTheLogin()
    {
        const CliRun run = freshet({u"--verbose"_s, u"sync"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &step : {u"freshet.sync: account reader syncs with %1"_s.arg(m_server.apiUrl().toString()),
                                    u"freshet.sync: account reader logged in"_s, u"freshet.sync: account reader lists "_s,
                                    u"freshet.sync: account reader synced: noData"_s}) {
            QVERIFY2(run.err.contains(step), qPrintable(step + u"\n"_s + run.err));
        }
        QVERIFY2(!run.err.contains(password) && !run.out.contains(password), qPrintable(run.err));
        // The session the server handed out (user/40 hex digits) and any header carrying it.
        QVERIFY2(!run.err.contains(QRegularExpression(u"%1/[0-9a-f]{20}"_s.arg(user))), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"GoogleLogin"_s) && !run.err.contains(u"Authorization"_s), qPrintable(run.err));
    }

    // After the others: it adds a feed of 1,000 articles.
    void aLongUploadGoesInBatchesAndNeverStarvesNewArticles()
    {
        const QString url = m_feeds.url(u"/gen/5.xml?items=1000"_s).toString();
        CliRun run = freshet({u"add"_s, url, u"--account"_s, u"reader"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Marked read one article at a time (--before keeps it from being one Mark All as Read).
        run = freshet({u"mark"_s, u"read"_s, u"--feed"_s, url, u"--before"_s, u"2100-01-01"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 1000);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 1000);
        QVERIFY(bumpFeed(5, 2));
        // Each upload request takes 1.5 s: the 1,000 changes (four requests) need more than a
        // 6 s sync has, and one fits beside what comes before it (login, feeds, articles) even
        // under ASan on a busy machine, where 0.8 s in a 4 s sync sometimes left no room at all.
        QVERIFY(!control(u"latency?ms=1500&path=edit-tag"_s).isEmpty());

        QList<int> waiting;
        int newItems = 0;
        QJsonObject first;
        for (int attempt = 0; attempt < 8 && (waiting.isEmpty() || waiting.constLast() > 0); ++attempt) {
            const CliRun sync = freshet({u"sync"_s, u"--json"_s, u"--deadline"_s, u"6"_s});
            QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
            const QJsonObject summary = QJsonDocument::fromJson(sync.out.toUtf8()).object();
            if (first.isEmpty())
                first = summary;
            newItems += summary[u"newItems"_s].toInt();
            waiting << account()[u"pendingChanges"_s].toInt();
            QVERIFY2(summary.contains(u"pendingChanges"_s), qPrintable(sync.out));
            QCOMPARE(summary[u"pendingChanges"_s].toInt(), waiting.constLast());
        }
        QStringList figures;
        for (int left : std::as_const(waiting))
            figures << QString::number(left);
        qInfo("1000 changes, 1.5 s an upload request, syncs of 6 s: still waiting after each: %s", qPrintable(figures.join(u", "_s)));
        QVERIFY(control(u"latency?ms=0"_s).contains("0"));

        // The first sync brought the new articles, and sent part of the queue, which stays sent.
        QCOMPARE(first[u"newItems"_s].toInt(), 2);
        QCOMPARE(first[u"deadlineHit"_s].toBool(), true);
        QVERIFY2(waiting.first() > 0 && waiting.first() < 1000, qPrintable(figures.join(u", "_s)));
        for (qsizetype i = 1; i < waiting.size(); ++i)
            QVERIFY2(waiting.at(i) < waiting.at(i - 1), qPrintable(figures.join(u", "_s)));
        QCOMPARE(waiting.constLast(), 0);
        QCOMPARE(newItems, 2);
        int readOnServer = 0;
        for (const QJsonObject &item : serverItems())
            readOnServer += item[u"read"_s].toBool() && item[u"title"_s].toString().contains(u" of feed 5:"_s) ? 1 : 0;
        QCOMPARE(readOnServer, 1000);
    }
};

QTEST_GUILESS_MAIN(TestCliSyncGoogleReader)
#include "tst_cli_sync_greader.moc"
