// SPDX-License-Identifier: MIT
// `freshet mark` on the real binary and a real profile, with feeds from the loopback feed
// server: items named by id, a feed's, every item, --before, --json, and bad input that marks
// nothing. Synced items' queue: tst_cli_sync_greader.
#include "clirunner.h"
#include "feedserverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliMark final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    ProfileCli freshet;

    QString feed(int n) const { return m_server.url(u"/gen/%1.xml"_s.arg(n)).toString(); }

    /// The items as `items --json` shows them, of one feed or all.
    QJsonArray items(const QString &feedUrl = {})
    {
        QStringList arguments{u"items"_s, u"--json"_s, u"--limit"_s, u"100"_s};
        if (!feedUrl.isEmpty())
            arguments << u"--feed"_s << feedUrl;
        return QJsonDocument::fromJson(freshet(arguments).out.toUtf8()).array();
    }

    int countWhere(const QJsonArray &list, const QString &field)
    {
        int count = 0;
        for (const QJsonValue &item : list)
            count += item[field].toBool() ? 1 : 0;
        return count;
    }

    void markEverythingUnread() { QCOMPARE(freshet({u"mark"_s, u"unread"_s, u"--all"_s}).exitCode, 0); }

private slots:
    void initTestCase()
    {
        QVERIFY(freshet.isValid());
        QVERIFY2(m_server.start({u"--feeds"_s, u"2"_s, u"--items"_s, u"4"_s}), qPrintable(m_server.errorString()));
        QCOMPARE(freshet({u"add"_s, feed(0), feed(1)}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 0);
        QCOMPARE(items().size(), 8);
    }

    void namedItemsAreMarkedAndCounted()
    {
        markEverythingUnread();
        const QJsonArray all = items();
        const QString first = QString::number(all.at(0)[u"id"_s].toInteger());
        const QString second = QString::number(all.at(1)[u"id"_s].toInteger());

        CliRun run = freshet({u"mark"_s, u"read"_s, first, second});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Marked 2 items as read."_s);
        QCOMPARE(countWhere(items(), u"read"_s), 2);

        // Marks already there change nothing, and say so.
        run = freshet({u"mark"_s, u"read"_s, first, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 0);

        run = freshet({u"mark"_s, u"star"_s, second});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Starred 1 item."_s);
        QCOMPARE(countWhere(items(), u"starred"_s), 1);
        QCOMPARE(freshet({u"mark"_s, u"unstar"_s, second}).exitCode, 0);
        QCOMPARE(countWhere(items(), u"starred"_s), 0);
    }

    void anUnknownIdMarksNothing()
    {
        markEverythingUnread();
        const QString known = QString::number(items().at(0)[u"id"_s].toInteger());
        const CliRun run = freshet({u"mark"_s, u"read"_s, known, u"987654"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"987654"_s) && run.err.contains(u"nothing was marked"_s), qPrintable(run.err));
        QCOMPARE(countWhere(items(), u"read"_s), 0);
    }

    void aFeedsItemsAndOnlyThoseBeforeADate()
    {
        markEverythingUnread();
        // Every generated item is dated in the past: before tomorrow is all of them, before
        // 2000 none.
        CliRun run = freshet({u"mark"_s, u"read"_s, u"--feed"_s, feed(0), u"--before"_s, u"2000-01-01"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"changed"_s].toInt(), 0);

        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        run = freshet({u"mark"_s, u"read"_s, u"--feed"_s, feed(0), u"--before"_s, tomorrow});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Marked 4 items as read."_s);
        QCOMPARE(countWhere(items(feed(0)), u"read"_s), 4);
        QCOMPARE(countWhere(items(feed(1)), u"read"_s), 0);

        run = freshet({u"mark"_s, u"read"_s, u"--all"_s});
        QCOMPARE(run.out.trimmed(), u"Marked 4 items as read."_s);
        QCOMPARE(countWhere(items(), u"read"_s), 8);
    }

    // Last but the bad-input table: it removes items. Feeds' items are dated 2024, so "a week".
    void readItemsPastTheSettingGoAfterARefreshAndStayGone()
    {
        markEverythingUnread();
        const QJsonArray before = items(feed(1));
        QCOMPARE(before.size(), 4);
        const QString readId = QString::number(before.at(0)[u"id"_s].toInteger());
        const QString starredId = QString::number(before.at(1)[u"id"_s].toInteger());
        QCOMPARE(freshet({u"mark"_s, u"read"_s, readId, starredId}).exitCode, 0);
        QCOMPARE(freshet({u"mark"_s, u"star"_s, starredId}).exitCode, 0);
        // The same key Settings > Keep read items writes.
        CliRun run = freshet({u"retention"_s, u"--keep-read"_s, u"7d"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Read items are kept for 7 days."_s), qPrintable(run.out));
        {
            QSettings settings(QDir(freshet.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
            QCOMPARE(settings.value(u"retention/keepReadDays"_s).toInt(), 7);
        }
        QCOMPARE(items(feed(1)).size(), 4); // not before a refresh, unless --now
        // A full refresh: the feed still lists the removed item; it is not added again.
        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 0);
        const QJsonArray after = items(feed(1));
        QCOMPARE(after.size(), 3);
        for (const QJsonValue &item : after)
            QVERIFY(QString::number(item[u"id"_s].toInteger()) != readId);
        QCOMPARE(countWhere(after, u"starred"_s), 1); // the starred one stays, read or not
        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(items(feed(1)).size(), 3);

        // --now removes at once and says what it freed; a second time there is nothing left.
        const QString otherRead = QString::number(after.at(2)[u"id"_s].toInteger());
        QCOMPARE(freshet({u"mark"_s, u"read"_s, otherRead}).exitCode, 0);
        run = freshet({u"retention"_s, u"--now"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(answer[u"keepReadDays"_s].toInt(), 7);
        QCOMPARE(answer[u"removedItems"_s].toInt(), 1);
        QVERIFY(answer[u"freedBytes"_s].toInteger() > 0);
        QCOMPARE(items(feed(1)).size(), 2);
        run = freshet({u"retention"_s, u"--now"_s});
        QVERIFY2(run.out.contains(u"Removed 0 read items"_s), qPrintable(run.out));

        run = freshet({u"retention"_s, u"--keep-read"_s, u"forever"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"keepReadDays"_s].toInt(), 0);
        QCOMPARE(freshet({u"retention"_s}).out.trimmed(), u"Read items are kept for ever."_s);
    }

    void retentionRefusesWhatIsNotADuration()
    {
        for (const QString &bad : {u"soon"_s, u"-3"_s, u"4000"_s, u"7w"_s}) {
            const CliRun run = freshet({u"retention"_s, u"--keep-read"_s, bad});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"--keep-read takes"_s), qPrintable(run.err));
        }
        QCOMPARE(freshet({u"retention"_s}).out.trimmed(), u"Read items are kept for ever."_s);
    }

    // Only a Tiny Tiny RSS account has a public feed to publish in (tst_cli_sync publishes there).
    void publishingAnItemOfThisDeviceIsRefused()
    {
        const QString known = QString::number(items().at(0)[u"id"_s].toInteger());
        CliRun run = freshet({u"mark"_s, u"publish"_s, known});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Only the articles of a Tiny Tiny RSS account can be published"_s) && run.err.contains(known),
                 qPrintable(run.err));
        QCOMPARE(countWhere(items(), u"inPublishedFeed"_s), 0);
        run = freshet({u"mark"_s, u"publish"_s, u"--all"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"a whole feed is not published"_s), qPrintable(run.err));
    }

    void badInputIsOneSentenceAndMarksNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("no mark") << QStringList{} << u"missing argument"_s;
        QTest::newRow("unknown mark") << QStringList{u"maybe"_s, u"--all"_s} << u"not a mark"_s;
        QTest::newRow("nothing named") << QStringList{u"read"_s} << u"Name the items"_s;
        QTest::newRow("ids and --all") << QStringList{u"read"_s, u"1"_s, u"--all"_s} << u"Name the items"_s;
        QTest::newRow("not an id") << QStringList{u"read"_s, u"1x"_s} << u"not an item id"_s;
        QTest::newRow("zero id") << QStringList{u"read"_s, u"0"_s} << u"not an item id"_s;
        QTest::newRow("--before with ids") << QStringList{u"read"_s, u"1"_s, u"--before"_s, u"2026-01-01"_s} << u"--before goes with"_s;
        QTest::newRow("--before nonsense") << QStringList{u"read"_s, u"--all"_s, u"--before"_s, u"soon"_s} << u"--before takes"_s;
        QTest::newRow("unknown feed") << QStringList{u"read"_s, u"--feed"_s, u"https://nope.example/feed"_s} << u"Not subscribed"_s;
    }

    void badInputIsOneSentenceAndMarksNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        markEverythingUnread();
        arguments.prepend(u"mark"_s);
        const CliRun run = freshet(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QCOMPARE(countWhere(items(), u"read"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliMark)
#include "tst_cli_mark.moc"
