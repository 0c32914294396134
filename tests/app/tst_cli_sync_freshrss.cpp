// SPDX-License-Identifier: MIT
// A Google Reader API account end to end against a real FreshRSS (the CTest fixture
// freshrss_server: FreshRSS's own source, PHP and SQLite on loopback, polling the project's feed
// server), through the real `freshet` binary, with the password in a real Secret Service. Adding
// the account, the first and an incremental sync, read and star in both directions,
// subscribing and unsubscribing, folders, OPML into the account, and Mark All as Read as one call. Feeds 300-399 of the feed
// server. Skipped, not passed, where the FreshRSS source archive (../shared/servers/freshrss/) is absent.
#include "clirunner.h"
#include "freshrssserver.h"
#include "syncprofile.h"
#include "testkeyring.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString readState = u"user/-/state/com.google/read"_s;
} // namespace

class TestCliSyncFreshRss final : public QObject
{
    Q_OBJECT

private:
    TestKeyring m_keyring;
    FreshRssServer m_server;
    QTemporaryDir m_profile;
    SyncProfile m_db{m_profile.filePath(u"freshet.db"_s)};
    QHash<int, QString> m_streams; ///< feed server feed → FreshRSS stream id

    CliRun freshet(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), input, 180000);
    }

    QJsonObject sync(int expectedExit)
    {
        const CliRun run = freshet({u"sync"_s, u"--json"_s, u"--deadline"_s, u"120"_s});
        if (run.exitCode != expectedExit)
            qWarning("sync exit %d, expected %d; stderr: %s", run.exitCode, expectedExit, qPrintable(run.err));
        return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
    }

    QJsonObject account()
    {
        const QJsonArray accounts = QJsonDocument::fromJson(freshet({u"account"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
        for (const QJsonValue &value : accounts) {
            if (value[u"name"_s].toString() == u"fresh"_s)
                return value.toObject();
        }
        return {};
    }

    /// The local id of a synced article, as `freshet items` and `freshet mark` name it.
    QString localId(const QString &remoteId)
    {
        return m_db.scalar(u"SELECT id FROM items WHERE remote_id = '%1'"_s.arg(remoteId)).toString();
    }

    int flagOf(const QString &remoteId, const QString &column)
    {
        return m_db.scalar(u"SELECT %1 FROM items WHERE id = %2"_s.arg(column, localId(remoteId))).toInt();
    }

private slots:
    void initTestCase()
    {
        const QString archive = QString::fromLocal8Bit(FRESHET_FRESHRSS_ARCHIVE);
        if (!QFileInfo::exists(archive))
            QSKIP(qPrintable(u"FreshRSS source archive not found at %1"_s.arg(archive)));
        if (!m_server.load())
            QSKIP(qPrintable(m_server.skipReason()));
        qInfo("FreshRSS %s at %s", qPrintable(m_server.version()), qPrintable(m_server.apiUrl().toString()));
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        QVERIFY(m_profile.isValid());
        for (int feed : {300, 301}) {
            m_streams[feed] = m_server.subscribe(m_server.feedUrl(feed, 40));
            QVERIFY2(m_streams[feed].startsWith(u"feed/"_s), qPrintable(m_streams[feed]));
        }
    }

    void addingAnAccountChecksTheLogin()
    {
        const QStringList add{u"account"_s, u"add"_s,        u"greader"_s, m_server.apiUrl().toString(),
                              u"--user"_s,  m_server.user(), u"--name"_s,  u"fresh"_s};
        CliRun run = freshet(add, "not-the-api-password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Could not log in"_s), qPrintable(run.err));
        QVERIFY(account().isEmpty());
        run = freshet(add, m_server.password().toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(account()[u"protocol"_s].toString(), u"greader"_s);
    }

    void theFirstSyncBringsEveryArticle()
    {
        const QJsonObject summary = sync(0);
        QCOMPARE(summary[u"result"_s].toString(), u"newData"_s);
        QCOMPARE(summary[u"newItems"_s].toInt(), 80);
        QCOMPARE(m_db.syncedItems(), 80);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE account_id != 1"_s).toInt(), 2);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM items WHERE remote_id IS NOT NULL AND read = 0"_s).toInt(), 80);
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);
    }

    void anIncrementalSyncBringsOnlyWhatIsNew()
    {
        QVERIFY(m_server.bump(300, 3));
        QVERIFY(m_server.actualize());
        const QJsonObject summary = sync(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 3);
        QCOMPARE(m_db.syncedItems(), 83);
    }

    void readAndStarredOnTheServerComeDown()
    {
        const QStringList ids = m_server.itemIds(m_streams[301]);
        QVERIFY(ids.size() >= 3);
        QVERIFY(m_server.tag(ids.at(0), u"read"_s, true));
        QVERIFY(m_server.tag(ids.at(1), u"starred"_s, true));
        sync(0);
        QCOMPARE(flagOf(ids.at(0), u"read"_s), 1);
        QCOMPARE(flagOf(ids.at(1), u"starred"_s), 1);
        QCOMPARE(flagOf(ids.at(2), u"read"_s), 0);

        QVERIFY(m_server.tag(ids.at(0), u"read"_s, false));
        QVERIFY(m_server.tag(ids.at(1), u"starred"_s, false));
        sync(0);
        QCOMPARE(flagOf(ids.at(0), u"read"_s), 0);
        QCOMPARE(flagOf(ids.at(1), u"starred"_s), 0);
    }

    // One read and one unread in the same feed leave its unread count as it was: the count
    // alone cannot tell this sync anything changed (issue #20, bug 3).
    void aReadAndAnUnreadInOneFeedBetweenTwoSyncsComeDown()
    {
        const QStringList ids = m_server.itemIds(m_streams[301]);
        QVERIFY(ids.size() >= 4);
        QVERIFY(m_server.tag(ids.at(2), u"read"_s, true));
        sync(0);
        QCOMPARE(flagOf(ids.at(2), u"read"_s), 1);

        QVERIFY(m_server.tag(ids.at(2), u"read"_s, false));
        QVERIFY(m_server.tag(ids.at(3), u"read"_s, true));
        sync(0);
        QCOMPARE(flagOf(ids.at(2), u"read"_s), 0);
        QCOMPARE(flagOf(ids.at(3), u"read"_s), 1);
    }

    void readAndStarredHereReachTheServer()
    {
        const QStringList ids = m_server.itemIds(m_streams[300]);
        QVERIFY(ids.size() >= 2);
        CliRun run = freshet({u"mark"_s, u"read"_s, localId(ids.at(0))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = freshet({u"mark"_s, u"star"_s, localId(ids.at(1))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 2);

        sync(0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        QVERIFY(!m_server.unreadIds(m_streams[300]).contains(ids.at(0)));
        QVERIFY(m_server.starredIds().contains(ids.at(1)));
        // The server agrees now: the next sync leaves both as they are.
        sync(0);
        QCOMPARE(flagOf(ids.at(0), u"read"_s), 1);
        QCOMPARE(flagOf(ids.at(1), u"starred"_s), 1);
    }

    // FreshRSS updates an edited article in place and says nothing of it: same id, same crawl
    // time (issue #20, bug 4). The article is starred by the test before.
    void anEditedArticleUpdatesInPlaceKeepingReadAndStarred()
    {
        const QString id = m_server.itemIds(m_streams[300]).at(1);
        QVERIFY(m_server.tag(id, u"read"_s, true));
        sync(0);
        QCOMPARE(flagOf(id, u"read"_s), 1);
        QCOMPARE(flagOf(id, u"starred"_s), 1);
        const QString item = u"SELECT %1 FROM items WHERE id = %2"_s;
        const QString link = m_db.scalar(item.arg(u"link"_s, localId(id))).toString();
        const qint64 index = link.section(u'/', -1).toLongLong();
        QVERIFY2(link.contains(u"/feed/300/item/"_s) && index > 0, qPrintable(link));

        QVERIFY(m_server.edit(300, index, false));
        QVERIFY(m_server.actualize());
        const QJsonObject summary = sync(0);
        QCOMPARE(summary[u"newItems"_s].toInt(), 0);
        QCOMPARE(summary[u"updatedItems"_s].toInt(), 1);
        const QString title = m_db.scalar(item.arg(u"title"_s, localId(id))).toString();
        QVERIFY2(title.endsWith(u"(edit 1)"_s), qPrintable(title));
        QVERIFY(m_db.scalar(item.arg(u"summary || content"_s, localId(id))).toString().contains(u"Edited 1 time(s)."_s));
        QCOMPARE(flagOf(id, u"read"_s), 1);
        QCOMPARE(flagOf(id, u"starred"_s), 1);
        QCOMPARE(m_db.syncedItems(), 83);
    }

    void subscribingAndUnsubscribingThroughFreshet()
    {
        const QString url = m_server.feedUrl(302, 10);
        CliRun run = freshet({u"add"_s, url, u"--account"_s, u"fresh"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(m_server.subscriptions().contains(url));
        const QString feedItems = u"SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1'"_s.arg(url);
        QCOMPARE(m_db.scalar(feedItems).toInt(), 10);
        // FreshRSS drops the starred articles of a feed unsubscribed too: none may linger here
        // in the account's archive, which holds only what the server still lists starred.
        QVERIFY(m_server.tag(m_server.itemIds(m_server.subscriptions().value(url)).value(0), u"starred"_s, true));
        sync(0);

        run = freshet({u"remove"_s, url, u"--account"_s, u"fresh"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!m_server.subscriptions().contains(url));
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE url = '%1'"_s.arg(url)).toInt(), 0);
        QCOMPARE(m_db.scalar(feedItems).toInt(), 0);
        QCOMPARE(m_db.syncedItems(), 83);
        QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM feeds WHERE remote_id = 'freshet:archive'"_s).toInt(), 0);
    }

    void foldersChangedThroughFreshetChangeOnFreshRss()
    {
        const QString url = m_server.feedUrl(301, 40);
        const auto run = [this](const QStringList &arguments) {
            const CliRun done = freshet(arguments);
            if (done.exitCode != 0)
                qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(done.err));
            return done.exitCode == 0;
        };
        QVERIFY(run({u"edit"_s, url, u"--category"_s, u"Tech/Linux"_s, u"--account"_s, u"fresh"_s}));
        QCOMPARE(m_server.categoryOf(url), u"Tech/Linux"_s);
        QVERIFY(run({u"folder"_s, u"rename"_s, u"Tech"_s, u"Technology"_s, u"--account"_s, u"fresh"_s}));
        QCOMPARE(m_server.categoryOf(url), u"Technology/Linux"_s);
        QVERIFY(run({u"folder"_s, u"delete"_s, u"Technology/Linux"_s, u"--account"_s, u"fresh"_s}));
        QCOMPARE(m_server.categoryOf(url), u"Technology"_s);
        // FreshRSS has no "no folder": a feed out of every one is in its default category, and
        // this device shows what the server says.
        QVERIFY(run({u"folder"_s, u"delete"_s, u"Technology"_s, u"--account"_s, u"fresh"_s}));
        const QString fallback = m_server.categoryOf(url);
        QVERIFY2(!fallback.isEmpty() && fallback != u"Technology"_s, qPrintable(fallback));
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1'"_s.arg(url)).toString(), fallback);
    }

    void anOpmlFileImportedIntoTheAccountSubscribesItOnFreshRss()
    {
        QTemporaryDir files;
        const QString path = files.filePath(u"theirs.opml"_s);
        const QString added = m_server.feedUrl(304, 5);
        QFile opml(path);
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write(u"<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>t</title></head><body>"
                   "<outline text=\"From OPML\"><outline type=\"rss\" text=\"New\" xmlUrl=\"%1\"/></outline>"
                   "<outline type=\"rss\" text=\"Held\" xmlUrl=\"%2\"/></body></opml>\n"_s
                       .arg(added.toHtmlEscaped(), m_server.feedUrl(301, 40).toHtmlEscaped())
                       .toUtf8());
        opml.close();
        CliRun done = freshet({u"import"_s, path, u"--account"_s, u"fresh"_s});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(u"to 1 feed of"_s) && done.out.contains(u"1 already subscribed"_s), qPrintable(done.out));
        QCOMPARE(m_server.categoryOf(added), u"From OPML"_s);
        sync(0);
        QCOMPARE(m_db.scalar(u"SELECT category FROM feeds WHERE url = '%1'"_s.arg(added)).toString(), u"From OPML"_s);
        // Once here, adding it again is answered here, without asking FreshRSS.
        done = freshet({u"add"_s, added, u"--account"_s, u"fresh"_s});
        QCOMPARE(done.exitCode, 1);
        QVERIFY2(done.err.contains(u"Account “fresh” already has"_s), qPrintable(done.err));
        done = freshet({u"remove"_s, added, u"--account"_s, u"fresh"_s}); // the counts below do not expect it
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    }

    // Last: it adds a feed of 3,000 articles, which the counts above do not expect.
    void markAllAsReadIsOneCallThatSparesWhatArrivedSince()
    {
        const QString url = m_server.feedUrl(303, 3000);
        const QString stream = m_server.subscribe(url);
        QVERIFY2(stream.startsWith(u"feed/"_s), qPrintable(stream));
        QCOMPARE(sync(0)[u"newItems"_s].toInt(), 3000);

        const CliRun run = freshet({u"mark"_s, u"read"_s, u"--feed"_s, url, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 3000);
        const int queued = account()[u"pendingChanges"_s].toInt();
        // Two articles reach the server after the marking, before the sync: nobody saw them here.
        QVERIFY(m_server.bump(303, 2));
        QVERIFY(m_server.actualize());

        const qint64 logFrom = m_server.logSize();
        QElapsedTimer clock;
        clock.start();
        const QJsonObject summary = sync(0);
        const qint64 elapsed = clock.elapsed();
        const int markAllCalls = m_server.requestsSince(logFrom, u"/mark-all-as-read"_s);
        const int editTagCalls = m_server.requestsSince(logFrom, u"/edit-tag"_s);
        qInfo("FreshRSS, Mark All as Read of a 3000-item feed: %d change(s) queued; the sync sending it took %lld ms "
              "(%d mark-all-as-read and %d edit-tag requests)",
              queued, elapsed, markAllCalls, editTagCalls);

        QCOMPARE(summary[u"newItems"_s].toInt(), 2);
        QCOMPARE(m_server.unreadIds(stream).size(), 2);
        const QString unreadHere = u"SELECT COUNT(*) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1' AND i.read = 0"_s;
        QCOMPARE(m_db.scalar(unreadHere.arg(url)).toInt(), 2);
        QCOMPARE(queued, 1);
        QCOMPARE(markAllCalls, 1);
        QCOMPARE(editTagCalls, 0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        QVERIFY(summary.contains(u"pendingChanges"_s));
        QCOMPARE(summary[u"pendingChanges"_s].toInt(), 0);
    }

    // The same feed, every article made unread again one at a time: 3,000 changes to upload.
    void aLargeUploadGoesInBatches()
    {
        const QString url = m_server.feedUrl(303, 3000);
        const QString stream = m_server.subscriptions().value(url);
        QVERIFY(!stream.isEmpty());
        const CliRun run = freshet({u"mark"_s, u"unread"_s, u"--feed"_s, url, u"--before"_s, u"2100-01-01"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 3000);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 3000);

        qint64 logFrom = m_server.logSize();
        QElapsedTimer clock;
        clock.start();
        const QJsonObject summary = sync(0);
        const qint64 upload = clock.elapsed();
        const int editTagCalls = m_server.requestsSince(logFrom, u"/edit-tag"_s);
        logFrom = m_server.logSize();
        clock.restart();
        QCOMPARE(sync(0)[u"result"_s].toString(), u"noData"_s);
        const qint64 unchanged = clock.elapsed();
        qInfo("FreshRSS: a sync uploading 3000 read/star changes took %lld ms (%d edit-tag requests); a sync with no change %lld ms "
              "(%d requests)",
              upload, editTagCalls, unchanged, m_server.requestsSince(logFrom, u"/api/greader.php"_s));

        QCOMPARE(summary[u"pendingChanges"_s].toInt(), 0);
        QCOMPARE(account()[u"pendingChanges"_s].toInt(), 0);
        QCOMPARE(editTagCalls, 12); // 250 articles a request
        QCOMPARE(m_server.unreadIds(stream).size(), 3002);
    }

    // An edit to an article far below the newest 300 arrives within a round of syncs: each
    // reads the newest 300 again and a slice of 500 older ones, a slice further every time.
    void anEditToAnOlderArticleArrivesWithinARoundOfSyncs()
    {
        const QString url = m_server.feedUrl(303, 3000);
        const QString oldest = u"SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id WHERE f.url = '%1' "
                               "ORDER BY i.sort_at, i.id LIMIT 1 OFFSET 1000"_s.arg(url);
        const QString id = m_db.scalar(oldest).toString();
        const QString item = u"SELECT %1 FROM items WHERE id = %2"_s;
        const QString link = m_db.scalar(item.arg(u"link"_s, id)).toString();
        const qint64 index = link.section(u'/', -1).toLongLong();
        QVERIFY2(link.contains(u"/feed/303/item/"_s) && index > 0, qPrintable(link));
        QVERIFY(m_server.edit(303, index, false));
        QVERIFY(m_server.actualize());

        const int synced = m_db.syncedItems();
        const int round = (synced - 300 + 499) / 500 + 1;
        const SyncProfile::EditArrival arrival = m_db.syncUntilEdited(item.arg(u"title"_s, id), round, [this] { return sync(0); });
        qInfo("FreshRSS: an edit to the 2,000th newest of %d articles took %d sync(s) to arrive; a round is %d", synced, arrival.syncs, round);
        const QString title = m_db.scalar(item.arg(u"title"_s, id)).toString();
        QVERIFY2(title.endsWith(u"(edit 1)"_s), qPrintable(title));
        QCOMPARE(arrival.updatedItems, 1);
        QCOMPARE(m_db.syncedItems(), synced);
        QCOMPARE(m_db.scalar(item.arg(u"read"_s, id)).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSyncFreshRss)
#include "tst_cli_sync_freshrss.moc"
