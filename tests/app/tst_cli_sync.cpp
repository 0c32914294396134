// SPDX-License-Identifier: MIT
// Sync accounts end to end: the real `freshet` binary against a real Tiny Tiny RSS server (the
// CTest fixture ttrss_server: PostgreSQL, PHP and tt-rss on loopback, polling the project's
// feed server), with its password in a real Secret Service (testkeyring.h). First and
// incremental syncs, read and star in both directions, the offline queue replayed, an expired
// session, a changed password, and a server answering 500. Feeds 200-299 of the feed server.
#include "clirunner.h"
#include "storage/feedstore.h"
#include "syncprofile.h"
#include "testkeyring.h"
#include "ttrssserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestCliSync final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    TtRssServer m_server;
    QTemporaryDir m_profile;
    SyncProfile m_db{m_profile.filePath(u"freshet.db"_s)};
    QHash<int, qint64> m_remoteFeeds;

    CliRun freshet(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), input, 180000);
    }

    QJsonObject syncJson(int expectedExit, CliRun *run = nullptr)
    {
        const CliRun done = freshet({u"sync"_s, u"--json"_s, u"--deadline"_s, u"120"_s});
        if (run)
            *run = done;
        if (done.exitCode != expectedExit)
            qWarning("sync exit %d, expected %d; stderr: %s", done.exitCode, expectedExit, qPrintable(done.err));
        return QJsonDocument::fromJson(done.out.toUtf8()).object();
    }

    QJsonObject account()
    {
        const QJsonArray accounts = QJsonDocument::fromJson(freshet({u"account"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
        for (const QJsonValue &value : accounts) {
            if (value[u"name"_s].toString() == u"home"_s)
                return value.toObject();
        }
        return {};
    }

    /// The server's article ids of one feed.
    QStringList articleIds(qint64 feedId)
    {
        QStringList ids;
        const QJsonArray headlines = m_server.content(u"getHeadlines"_s, {{u"feed_id"_s, feedId}, {u"limit"_s, 200}}).toArray();
        for (const QJsonValue &headline : headlines)
            ids << QString::number(headline[u"id"_s].toInteger());
        return ids;
    }

    QJsonObject article(const QString &id)
    {
        return m_server.content(u"getArticle"_s, {{u"article_id"_s, id}}).toArray().first().toObject();
    }

private slots:
    void initTestCase()
    {
        if (!m_server.load())
            QSKIP(qPrintable(m_server.skipReason()));
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_profile.isValid());
        QVERIFY(m_server.unsubscribeAll());
        for (int feed : {200, 201}) {
            m_remoteFeeds[feed] = m_server.subscribeAndUpdate(m_server.feedUrl(feed, 120));
            QVERIFY(m_remoteFeeds[feed] > 0);
        }
    }

    void aWrongPasswordIsSaidAndNothingIsStored()
    {
        const CliRun run = freshet({u"account"_s, u"add"_s, u"ttrss"_s, m_server.url().toString(), u"--user"_s, m_server.user(),
                                    u"--name"_s, u"home"_s},
                                   "not-the-password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Could not log in"_s), qPrintable(run.err));
        QVERIFY(account().isEmpty());
    }

    void addingAnAccountLogsInAndKeepsThePasswordInTheKeychainOnly()
    {
        const CliRun run = freshet({u"account"_s, u"add"_s, u"ttrss"_s, m_server.url().toString(), u"--user"_s, m_server.user(),
                                    u"--name"_s, u"home"_s},
                                   m_server.password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject home = account();
        QCOMPARE(home[u"protocol"_s].toString(), u"ttrss"_s);
        QCOMPARE(home[u"user"_s].toString(), m_server.user());
        QVERIFY(!run.out.contains(m_server.password()));
        QDirIterator files(m_profile.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_server.password().toUtf8()), qPrintable(file.fileName()));
        }
    }

    void theFirstSyncBringsEveryArticle()
    {
        const QJsonObject summary = syncJson(0);
        QCOMPARE(summary[u"result"_s].toString(), u"newData"_s);
        QCOMPARE(summary[u"newItems"_s].toInt(), 240);
        QCOMPARE(m_db.syncedItems(), 240);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds f JOIN accounts a ON a.id = f.account_id WHERE a.name = 'home'"_s).toInt(), 2);
        // The synced feeds show under their account, and Freshet does not fetch them itself.
        const QJsonArray feeds = QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(feeds.size(), 2);
        QCOMPARE(feeds.at(0)[u"account"_s].toString(), u"home"_s);
        const QJsonObject fetch = QJsonDocument::fromJson(freshet({u"fetch"_s, u"--json"_s}).out.toUtf8()).object();
        QCOMPARE(fetch[u"newItems"_s].toInt(), 0);
    }

    void anIncrementalSyncBringsOnlyWhatIsNew()
    {
        QVERIFY(m_server.bump(200, 3));
        QVERIFY(m_server.update(m_remoteFeeds[200]));
        const QJsonObject summary = syncJson(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 3);
        QCOMPARE(m_db.syncedItems(), 243);
        QCOMPARE(syncJson(0)[u"result"_s].toString(), u"noData"_s);
    }

    void readAndStarredOnTheServerComeDown()
    {
        const QStringList ids = articleIds(m_remoteFeeds[201]);
        QVERIFY(ids.size() >= 3);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(0)}, {u"field"_s, 2}, {u"mode"_s, 0}}).isObject());
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(1)}, {u"field"_s, 0}, {u"mode"_s, 1}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(0))).toInt(), 1);
        QCOMPARE(m_db.scalar(u"SELECT starred FROM items WHERE remote_id = '%1'"_s.arg(ids.at(1))).toInt(), 1);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(2))).toInt(), 0);
    }

    // One read and one unread in the same feed leave its unread count as it was: the count
    // alone cannot tell this sync anything changed (issue #20, bug 3).
    void aReadAndAnUnreadInOneFeedBetweenTwoSyncsComeDown()
    {
        const QStringList ids = articleIds(m_remoteFeeds[201]);
        QVERIFY(ids.size() >= 4);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(2)}, {u"field"_s, 2}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(2))).toInt(), 1);

        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(2)}, {u"field"_s, 2}, {u"mode"_s, 1}}).isObject());
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(3)}, {u"field"_s, 2}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(2))).toInt(), 0);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(3))).toInt(), 1);
    }

    // tt-rss keeps an edited article's id, with the feed's new date for it as `updated`
    // (issue #20, bug 4). The article is read and starred by the tests before.
    void anEditedArticleUpdatesInPlaceKeepingReadAndStarred()
    {
        const QString id = articleIds(m_remoteFeeds[201]).at(1);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, id}, {u"field"_s, 2}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        const QString item = u"SELECT %1 FROM items WHERE remote_id = '%2'"_s;
        QCOMPARE(m_db.scalar(item.arg(u"read"_s, id)).toInt(), 1);
        QCOMPARE(m_db.scalar(item.arg(u"starred"_s, id)).toInt(), 1);
        const QString link = m_db.scalar(item.arg(u"link"_s, id)).toString();
        const qint64 index = link.section(u'/', -1).toLongLong();
        QVERIFY2(link.contains(u"/feed/201/item/"_s) && index > 0, qPrintable(link));

        QVERIFY(m_server.edit(201, index, true));
        QVERIFY(m_server.update(m_remoteFeeds[201]));
        QVERIFY(article(id)[u"title"_s].toString().endsWith(u"(edit 1)"_s));
        const QJsonObject summary = syncJson(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 0);
        QCOMPARE(summary[u"updatedItems"_s].toInt(), 1);
        QVERIFY2(m_db.scalar(item.arg(u"title"_s, id)).toString().endsWith(u"(edit 1)"_s),
                 qPrintable(m_db.scalar(item.arg(u"title"_s, id)).toString()));
        QVERIFY(m_db.scalar(item.arg(u"summary || content"_s, id)).toString().contains(u"Edited 1 time(s)."_s));
        QCOMPARE(m_db.scalar(item.arg(u"read"_s, id)).toInt(), 1);
        QCOMPARE(m_db.scalar(item.arg(u"starred"_s, id)).toInt(), 1);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id = '%1'"_s.arg(id)).toInt(), 1);
    }

    void changesMadeOfflineAreKeptAndSentWhenTheServerIsBack()
    {
        const QStringList ids = articleIds(m_remoteFeeds[200]);
        QVERIFY(m_db.readAndStar(ids.at(5))); // what Toggle Read and Toggle Star do
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);

        // The server is unreachable: the sync fails, the changes wait, nothing stored is lost.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(m_db.setServer(u"home"_s, u"http://127.0.0.1:%1/"_s.arg(port)));
        CliRun run;
        QCOMPARE(syncJson(3, &run)[u"result"_s].toString(), u"failed"_s);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);
        QCOMPARE(m_db.syncedItems(), 243);
        QCOMPARE(m_db.scalar(u"SELECT read FROM items WHERE remote_id = '%1'"_s.arg(ids.at(5))).toInt(), 1);
        // In the same words as a Google Reader account's (tst_cli_sync_greader), with no
        // feed counted and no "Received 0 bytes".
        run = freshet({u"sync"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(u"Sync of account “home” failed: The server 127.0.0.1 refused the connection."_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"Feeds:"_s) && !run.out.contains(u"Received"_s), qPrintable(run.out));

        // A server answering 500: the same.
        QVERIFY(m_db.setServer(u"home"_s, m_server.feedServerUrl().resolved(QUrl(u"/fault/500/"_s)).toString()));
        QCOMPARE(syncJson(3, &run)[u"result"_s].toString(), u"failed"_s);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);
        QCOMPARE(m_db.syncedItems(), 243);

        QVERIFY(m_db.setServer(u"home"_s, m_server.url().toString()));
        syncJson(0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        const QJsonObject onServer = article(ids.at(5));
        QCOMPARE(onServer[u"unread"_s].toBool(), false);
        QCOMPARE(onServer[u"marked"_s].toBool(), true);
        // The server's state now agrees, and the next sync leaves the article as it is.
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT read + starred FROM items WHERE remote_id = '%1'"_s.arg(ids.at(5))).toInt(), 2);
    }

    void anExpiredSessionLogsInAgainUnseen()
    {
        QVERIFY(m_server.sql(u"DELETE FROM ttrss_sessions"_s));
        m_server.dropSession();
        QVERIFY(m_server.bump(201, 2));
        QVERIFY(m_server.update(m_remoteFeeds[201]));
        const QJsonObject summary = syncJson(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 2);
    }

    void aRefusedLoginIsSaidAndTheCommandExitsOne()
    {
        QVERIFY(m_server.sql(u"UPDATE ttrss_users SET pwd_hash = 'x' || pwd_hash WHERE login = '%1'"_s.arg(m_server.user())));
        QVERIFY(m_server.sql(u"DELETE FROM ttrss_sessions"_s));
        CliRun run;
        syncJson(1, &run);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"freshet account login home"_s), qPrintable(run.err));
        QCOMPARE(account()[u"loginNeeded"_s].toBool(), true);
        // Not tried again until the person logs in.
        run = freshet({u"sync"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"account login home"_s));

        QVERIFY(m_server.sql(u"UPDATE ttrss_users SET pwd_hash = substr(pwd_hash, 2) WHERE login = '%1'"_s.arg(m_server.user())));
        m_server.dropSession();
        run = freshet({u"account"_s, u"login"_s, u"home"_s}, m_server.password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(account()[u"loginNeeded"_s].toBool(), false);
        QCOMPARE(syncJson(0)[u"result"_s].toString(), u"noData"_s);
    }

    void subscriptionsOfTheAccountLiveOnTheServer()
    {
        const QString url = m_server.feedUrl(202, 10);
        const auto serverLists = [this, &url] {
            const QJsonArray feeds = m_server.content(u"getFeeds"_s, {{u"cat_id"_s, -3}}).toArray();
            return std::any_of(feeds.begin(), feeds.end(),
                               [&url](const QJsonValue &feed) { return feed[u"feed_url"_s].toString() == url; });
        };
        CliRun run = freshet({u"add"_s, url, u"--account"_s, u"home"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(serverLists());
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toInt(), 1);

        run = freshet({u"remove"_s, url, u"--account"_s, u"home"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!serverLists());
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1'"_s.arg(url)).toInt(), 0);
        // Still gone after the next sync: the server no longer has it either.
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1'"_s.arg(url)).toInt(), 0);

        run = freshet({u"remove"_s, url, u"--account"_s, u"home"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"has no feed"_s), qPrintable(run.err));
    }

    void aRenameStaysOnThisDeviceAsTtRssCannotRename()
    {
        const QString url = m_db.scalar(u"SELECT url FROM feeds WHERE account_id != 1 ORDER BY id LIMIT 1"_s).toString();
        QVERIFY(!url.isEmpty());
        CliRun run = freshet({u"rename"_s, url, u"Kept Here"_s, u"--account"_s, u"home"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"kept on this device only"_s), qPrintable(run.out));
        const auto shown = [this, &url] {
            const QJsonArray feeds = QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array();
            for (const QJsonValue &feed : feeds) {
                if (feed[u"url"_s].toString() == url)
                    return feed[u"title"_s].toString();
            }
            return QString();
        };
        QCOMPARE(shown(), u"Kept Here"_s);
        // The server's listing comes down again at every sync; the name given here stays.
        syncJson(0);
        QCOMPARE(shown(), u"Kept Here"_s);

        run = freshet({u"rename"_s, url, u"--account"_s, u"home"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(shown(), m_db.scalar(u"SELECT title FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toString());
        QVERIFY(shown() != u"Kept Here"_s);
    }

    void foldersAreRefusedAsTtRssCannotChangeCategories()
    {
        const QString url = m_db.scalar(u"SELECT url FROM feeds WHERE account_id != 1 ORDER BY id LIMIT 1"_s).toString();
        const QString category = m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toString();
        CliRun run = freshet({u"edit"_s, url, u"--category"_s, u"Elsewhere"_s, u"--account"_s, u"home"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Tiny Tiny RSS cannot change categories through its API"_s), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QCOMPARE(m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toString(), category);
        if (!category.isEmpty()) {
            run = freshet({u"folder"_s, u"rename"_s, category, u"Renamed"_s, u"--account"_s, u"home"_s});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"tt-rss's web interface"_s), qPrintable(run.err));
            QCOMPARE(m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1' AND account_id != 1"_s.arg(url)).toString(), category);
        }
    }

    void markAllAsReadIsOneChangeAndSparesWhatArrivedSince()
    {
        const QString url = m_server.feedUrl(203, 3000);
        const qint64 feed = m_server.subscribeAndUpdate(url);
        QVERIFY(feed > 0);
        QCOMPARE(syncJson(0)[u"newItems"_s].toInt(), 3000);

        const CliRun run = freshet({u"mark"_s, u"read"_s, u"--feed"_s, url, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 3000);
        const int queued = account()[u"pendingChanges"_s].toInt();
        // Two articles reach the server after the marking, before the sync: nobody saw them here.
        QVERIFY(m_server.bump(203, 2));
        QVERIFY(m_server.update(feed));

        const qint64 logFrom = m_server.webLogSize();
        QElapsedTimer clock;
        clock.start();
        const QJsonObject summary = syncJson(0);
        const qint64 elapsed = clock.elapsed();
        qInfo("tt-rss, Mark All as Read of a 3000-item feed: %d change(s) queued; the sync sending it took %lld ms (%d API requests)",
              queued, elapsed, m_server.apiRequestsSince(logFrom));

        QCOMPARE(summary[u"newItems"_s].toInt(), 2);
        const QJsonValue unread = m_server.content(u"getHeadlines"_s, {{u"feed_id"_s, feed}, {u"view_mode"_s, u"unread"_s}, {u"limit"_s, 10}});
        QVERIFY(unread.isArray());
        QCOMPARE(unread.toArray().size(), 2);
        const QString unreadHere = u"SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1' AND i.read = 0"_s;
        QCOMPARE(m_db.scalar(unreadHere.arg(url)).toInt(), 2);
        QCOMPARE(queued, 1);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        QVERIFY(summary.contains(u"pendingChanges"_s));
        QCOMPARE(summary[u"pendingChanges"_s].toInt(), 0);
    }

    // The same feed, every article made unread again one at a time: 3,000 changes to upload.
    void aLargeUploadGoesInBatches()
    {
        const QString url = m_server.feedUrl(203, 3000);
        const CliRun run = freshet({u"mark"_s, u"unread"_s, u"--feed"_s, url, u"--before"_s, u"2100-01-01"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 3000);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 3000);

        qint64 logFrom = m_server.webLogSize();
        QElapsedTimer clock;
        clock.start();
        const QJsonObject summary = syncJson(0);
        const qint64 upload = clock.elapsed();
        const int uploadRequests = m_server.apiRequestsSince(logFrom);
        logFrom = m_server.webLogSize();
        clock.restart();
        QCOMPARE(syncJson(0)[u"result"_s].toString(), u"noData"_s);
        const qint64 unchanged = clock.elapsed();
        const int unchangedRequests = m_server.apiRequestsSince(logFrom);
        qInfo("tt-rss: a sync uploading 3000 read/star changes took %lld ms (%d API requests); a sync with no change %lld ms (%d)",
              upload, uploadRequests, unchanged, unchangedRequests);
        // Nothing changed: the recently read articles and the counts prove it, without paging
        // through the 3,002 unread ids 200 at a time (25 requests). Eleven with the slice of
        // older articles re-read for edits and the published ids, one request each.
        QVERIFY2(unchangedRequests <= 11, qPrintable(QString::number(unchangedRequests)));

        QCOMPARE(summary[u"pendingChanges"_s].toInt(), 0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        const QJsonArray feeds = m_server.content(u"getFeeds"_s, {{u"cat_id"_s, -3}}).toArray();
        const auto found = std::find_if(feeds.begin(), feeds.end(),
                                        [&url](const QJsonValue &feed) { return feed[u"feed_url"_s].toString() == url; });
        QVERIFY(found != feeds.end());
        QCOMPARE((*found)[u"unread"_s].toInt(), 3002);
    }

    // An edit that leaves the feed's date as it was gives tt-rss's `updated` nothing to show:
    // it arrives with the slice of older articles every sync reads again, within a round.
    void anEditKeepingItsDateArrivesWithinARoundOfSyncs()
    {
        const QString url = m_server.feedUrl(203, 3000);
        const QString older = u"SELECT i.remote_id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1' "
                              "ORDER BY i.sort_at, i.id LIMIT 1 OFFSET 1000"_s.arg(url);
        const QString id = m_db.scalar(older).toString();
        const QString item = u"SELECT %1 FROM items WHERE remote_id = '%2'"_s;
        const QString link = m_db.scalar(item.arg(u"link"_s, id)).toString();
        const qint64 index = link.section(u'/', -1).toLongLong();
        QVERIFY2(link.contains(u"/feed/203/item/"_s) && index > 0, qPrintable(link));
        QVERIFY(m_server.edit(203, index, false));
        QVERIFY(m_server.update(m_db.scalar(u"SELECT remote_id FROM feeds WHERE url = '%1'"_s.arg(url)).toLongLong()));
        QVERIFY(article(id)[u"title"_s].toString().endsWith(u"(edit 1)"_s));

        const int synced = m_db.syncedItems();
        const int round = (synced + 199) / 200 + 1;
        const SyncProfile::EditArrival arrival = m_db.syncUntilEdited(item.arg(u"title"_s, id), round, [this] { return syncJson(0); });
        qInfo("tt-rss: an edit keeping its date, to the 2,000th newest of %d articles, took %d sync(s) to arrive; a round is %d",
              synced, arrival.syncs, round);
        const QString title = m_db.scalar(item.arg(u"title"_s, id)).toString();
        QVERIFY2(title.endsWith(u"(edit 1)"_s), qPrintable(title));
        QCOMPARE(arrival.updatedItems, 1);
        QCOMPARE(m_db.syncedItems(), synced);
        QCOMPARE(m_db.scalar(item.arg(u"read"_s, id)).toInt(), 0);
    }

    // tt-rss keeps the starred articles of a feed unsubscribed in its archive, and still lists
    // them as starred (issue #20, bug 5): here they stay, under the account's archive, until
    // unstarred.
    void starredArticlesOfAnUnsubscribedFeedStayUntilUnstarred()
    {
        const QString url = m_server.feedUrl(204, 10);
        const qint64 feed = m_server.subscribeAndUpdate(url);
        QVERIFY(feed > 0);
        QCOMPARE(syncJson(0)[u"newItems"_s].toInt(), 10);
        const QStringList ids = articleIds(feed);
        QCOMPARE(ids.size(), 10);
        const QStringList starred = ids.mid(0, 3);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, starred.join(u',')}, {u"field"_s, 0}, {u"mode"_s, 1}}).isObject());
        syncJson(0);
        const QString starredHere = u"SELECT COUNT(*) FROM items WHERE starred = 1 AND remote_id IN (%1)"_s.arg(ids.join(u','));
        QCOMPARE(m_db.scalar(starredHere).toInt(), 3);

        QVERIFY(m_server.content(u"unsubscribeFeed"_s, {{u"feed_id"_s, feed}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1'"_s.arg(url)).toInt(), 0);
        const QString kept = u"SELECT COUNT(*) FROM items WHERE remote_id IN (%1)"_s.arg(ids.join(u','));
        QCOMPARE(m_db.scalar(kept).toInt(), 3);
        QCOMPARE(m_db.scalar(starredHere).toInt(), 3);
        const QString archive = u"SELECT DISTINCT f.title FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.remote_id IN (%1)"_s;
        QCOMPARE(m_db.scalar(archive.arg(ids.join(u','))).toString(), u"Archived articles"_s);
        // A later sync keeps them, as tt-rss does.
        syncJson(0);
        QCOMPARE(m_db.scalar(kept).toInt(), 3);
        // The archive has no address another reader could subscribe to: an export leaves it out.
        const QString exported = m_profile.filePath(u"exported.opml"_s);
        const CliRun run = freshet({u"export"_s, exported});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile opml(exported);
        QVERIFY(opml.open(QIODevice::ReadOnly));
        const QByteArray written = opml.readAll();
        QVERIFY(written.contains("<outline"));
        QVERIFY2(!written.contains("freshet:archive"), written.constData());

        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, starred.at(0)}, {u"field"_s, 0}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(kept).toInt(), 2);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id = '%1'"_s.arg(starred.at(0))).toInt(), 0);
    }

    // The same when the feed is removed through Freshet: tt-rss archives its starred articles.
    void starredArticlesOfAFeedRemovedHereStayToo()
    {
        const QString url = m_server.feedUrl(205, 5);
        const qint64 feed = m_server.subscribeAndUpdate(url);
        QVERIFY(feed > 0);
        QCOMPARE(syncJson(0)[u"newItems"_s].toInt(), 5);
        const QString starred = articleIds(feed).value(0);
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, starred}, {u"field"_s, 0}, {u"mode"_s, 1}}).isObject());
        syncJson(0);

        const CliRun run = freshet({u"remove"_s, url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"removed its 4 items here"_s) && run.out.contains(u"under “Archived articles”"_s), qPrintable(run.out));
        const QString kept = u"SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id "
                             "WHERE i.remote_id = '%1' AND f.title = 'Archived articles' AND i.starred = 1"_s.arg(starred);
        QCOMPARE(m_db.scalar(kept).toInt(), 1);
        syncJson(0);
        QCOMPARE(m_db.scalar(kept).toInt(), 1);

        // The archive is this device's own: renamed and moved here only, nothing asked of the server.
        qint64 logFrom = m_server.webLogSize();
        CliRun archive = freshet({u"rename"_s, u"freshet:archive"_s, u"Kept stars"_s});
        QVERIFY2(archive.exitCode == 0, qPrintable(archive.err));
        archive = freshet({u"edit"_s, u"freshet:archive"_s, u"--category"_s, u"Old"_s});
        QVERIFY2(archive.exitCode == 0, qPrintable(archive.err));
        QCOMPARE(m_server.apiRequestsSince(logFrom), 0);
        QCOMPARE(m_db.scalar(u"SELECT custom_title || '|' || category FROM feeds WHERE remote_id = 'freshet:archive'"_s).toString(),
                 u"Kept stars|Old"_s);

        // The archive itself is removed here only: nothing on the server is asked, or kept.
        logFrom = m_server.webLogSize();
        const CliRun removed = freshet({u"remove"_s, u"freshet:archive"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(removed.out.startsWith(u"Removed Kept stars and its "_s), qPrintable(removed.out));
        QCOMPARE(m_server.apiRequestsSince(logFrom), 0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE remote_id = 'freshet:archive'"_s).toInt(), 0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id = '%1'"_s.arg(starred)).toInt(), 0);
    }

    // tt-rss's published articles, its user's public feed: the mark comes down and goes up like
    // a star. tt-rss archives only the starred articles of a feed unsubscribed; one that is
    // published too stays in its archive, and here, after it is unstarred, until unpublished.
    void publishedArticlesSyncBothWaysAndStayInTheArchive()
    {
        const QString url = m_server.feedUrl(206, 6);
        const qint64 feed = m_server.subscribeAndUpdate(url);
        QVERIFY(feed > 0);
        QCOMPARE(syncJson(0)[u"newItems"_s].toInt(), 6);
        const QStringList ids = articleIds(feed);
        QCOMPARE(ids.size(), 6);
        const QString published = u"SELECT in_published_feed FROM items WHERE remote_id = '%1'"_s;
        auto publishedOnServer = [this] {
            QStringList listed;
            const QJsonArray headlines = m_server.content(u"getHeadlines"_s, {{u"feed_id"_s, -2}, {u"limit"_s, 200}}).toArray();
            for (const QJsonValue &headline : headlines)
                listed << QString::number(headline[u"id"_s].toInteger());
            return listed;
        };

        // Published in tt-rss's web interface: it comes down.
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(0)}, {u"field"_s, 1}, {u"mode"_s, 1}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(published.arg(ids.at(0))).toInt(), 1);

        // Published here: it goes up with the next sync.
        const QString localId = m_db.scalar(u"SELECT id FROM items WHERE remote_id = '%1'"_s.arg(ids.at(1))).toString();
        CliRun run = freshet({u"mark"_s, u"publish"_s, localId});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"Published 1 item"_s), qPrintable(run.out + run.err));
        QCOMPARE(m_db.scalar(published.arg(ids.at(1))).toInt(), 1);
        syncJson(0);
        QStringList listed = publishedOnServer();
        QVERIFY2(listed.contains(ids.at(0)) && listed.contains(ids.at(1)), qPrintable(listed.join(u',')));
        const QJsonArray items = QJsonDocument::fromJson(freshet({u"items"_s, u"--json"_s, u"--feed"_s, url}).out.toUtf8()).array();
        int publishedListed = 0;
        for (const QJsonValue &item : items)
            publishedListed += item[u"inPublishedFeed"_s].toBool() ? 1 : 0;
        QCOMPARE(publishedListed, 2);

        // Unpublished there: that comes down too.
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(0)}, {u"field"_s, 1}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(published.arg(ids.at(0))).toInt(), 0);

        // The feed unsubscribed: tt-rss archives the starred and published article and drops
        // the one only published, and so does Freshet.
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(1)}, {u"field"_s, 0}, {u"mode"_s, 1}}).isObject());
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(2)}, {u"field"_s, 1}, {u"mode"_s, 1}}).isObject());
        syncJson(0);
        QVERIFY(m_server.content(u"unsubscribeFeed"_s, {{u"feed_id"_s, feed}}).isObject());
        syncJson(0);
        const QString archived = u"SELECT f.remote_id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.remote_id = '%1'"_s;
        QCOMPARE(m_db.scalar(archived.arg(ids.at(1))).toString(), u"freshet:archive"_s);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id IN (%1)"_s.arg(ids.join(u','))).toInt(), 1);
        QVERIFY(!publishedOnServer().contains(ids.at(2)));
        // Unstarred there, it is still published: it stays.
        QVERIFY(m_server.content(u"updateArticle"_s, {{u"article_ids"_s, ids.at(1)}, {u"field"_s, 0}, {u"mode"_s, 0}}).isObject());
        syncJson(0);
        QCOMPARE(m_db.scalar(archived.arg(ids.at(1))).toString(), u"freshet:archive"_s);
        QCOMPARE(m_db.scalar(u"SELECT starred FROM items WHERE remote_id = '%1'"_s.arg(ids.at(1))).toInt(), 0);

        // Unpublished here: the server hears of it, and the archive lets it go.
        run = freshet({u"mark"_s, u"unpublish"_s, localId});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        syncJson(0);
        QVERIFY(!publishedOnServer().contains(ids.at(1)));
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id = '%1'"_s.arg(ids.at(1))).toInt(), 0);
    }

    void removingTheAccountRemovesItsFeedsHereOnly()
    {
        const CliRun run = freshet({u"account"_s, u"remove"_s, u"home"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Removed the account “home” and its "_s) && run.out.contains(u"nothing changed on the server"_s),
                 qPrintable(run.out));
        QCOMPARE(m_db.syncedItems(), 0);
        QVERIFY(account().isEmpty());
        QVERIFY(articleIds(m_remoteFeeds[200]).size() >= 120);
        QCOMPARE(freshet({u"sync"_s}).exitCode, 1); // no sync account left
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
