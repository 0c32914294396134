// SPDX-License-Identifier: MIT
// `freshet rename` and `freshet edit` on feeds of this device: the real binary, a real profile, feeds from the
// loopback feed server. Sync accounts' feeds: tst_cli_sync (tt-rss) and tst_cli_sync_greader.
#include "clirunner.h"
#include "feedserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliRename final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    QTemporaryDir m_profile;

    CliRun freshet(QStringList arguments)
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, 120000);
    }

    QString url() const { return m_server.url(u"/gen/3.xml"_s).toString(); }

    QJsonObject listed()
    {
        const QJsonArray feeds = QJsonDocument::fromJson(freshet({u"list"_s, u"--json"_s}).out.toUtf8()).array();
        return feeds.isEmpty() ? QJsonObject() : feeds.first().toObject();
    }

    /// Runs SQL on the profile's database behind Freshet's back.
    bool sql(const QString &statement)
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"behind"_s);
            db.setDatabaseName(m_profile.filePath(u"freshet.db"_s));
            done = db.open() && QSqlQuery(db).exec(statement);
        }
        QSqlDatabase::removeDatabase(u"behind"_s);
        return done;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--items"_s, u"4"_s}), qPrintable(m_server.errorString()));
        QCOMPARE(freshet({u"add"_s, url()}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 0);
        QVERIFY(listed()[u"title"_s].toString().startsWith(u"Generated feed 3"_s));
    }

    void aNameOfOnesOwnShowsEverywhereAndSurvivesAFetch()
    {
        const CliRun run = freshet({u"rename"_s, url(), u"My  Reading"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Renamed"_s), qPrintable(run.out));
        QCOMPARE(listed()[u"title"_s].toString(), u"My Reading"_s);
        QCOMPARE(listed()[u"customTitle"_s].toString(), u"My Reading"_s);

        // A full fetch writes the document's title again; the name stays.
        QVERIFY(sql(u"UPDATE feeds SET title = 'Stale', etag = '', last_modified = '', body_hash = ''"_s));
        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 0);
        QCOMPARE(listed()[u"title"_s].toString(), u"My Reading"_s);
        QVERIFY(freshet({u"list"_s}).out.startsWith(u"My Reading"_s));

        const QJsonArray items = QJsonDocument::fromJson(freshet({u"items"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.first()[u"feed"_s].toString(), u"My Reading"_s);

        const QString opml = m_profile.filePath(u"out.opml"_s);
        QCOMPARE(freshet({u"export"_s, opml}).exitCode, 0);
        QFile exported(opml);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("title=\"My Reading\""));
    }

    void noTitleGivesTheFeedItsOwnBack()
    {
        const CliRun run = freshet({u"rename"_s, url()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Generated feed 3"_s), qPrintable(run.out));
        QVERIFY(listed()[u"title"_s].toString().startsWith(u"Generated feed 3"_s));
        QCOMPARE(listed()[u"customTitle"_s].toString(), QString());

        QCOMPARE(freshet({u"rename"_s, url(), u"Again"_s}).exitCode, 0);
        QCOMPARE(freshet({u"rename"_s, url(), u""_s}).exitCode, 0);
        QVERIFY(listed()[u"title"_s].toString().startsWith(u"Generated feed 3"_s));
    }

    void anUnknownFeedIsOneLineAndExitOne()
    {
        const CliRun run = freshet({u"rename"_s, m_server.url(u"/gen/4.xml"_s).toString(), u"Nope"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        QVERIFY2(run.err.contains(u"Not subscribed"_s), qPrintable(run.err));
        QCOMPARE(run.out, QString());

        QCOMPARE(freshet({u"rename"_s}).exitCode, 1);
        QCOMPARE(freshet({u"rename"_s, url(), u"a"_s, u"b"_s}).exitCode, 1);
        const CliRun noAccount = freshet({u"rename"_s, url(), u"x"_s, u"--account"_s, u"nobody"_s});
        QCOMPARE(noAccount.exitCode, 1);
        QVERIFY2(noAccount.err.contains(u"no account"_s), qPrintable(noAccount.err));
    }

    void editMovesReschedulesAndReaddressesAndRefusesBadInput()
    {
        const CliRun moved = freshet({u"edit"_s, url(), u"--category"_s, u" Tech / Daily "_s, u"--every"_s, u"120"_s});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(listed()[u"category"_s].toString(), u"Tech/Daily"_s);
        QCOMPARE(listed()[u"refreshMinutes"_s].toInt(), 120);
        // The next fetch schedules by the chosen interval, whatever the feed suggests.
        QVERIFY(sql(u"UPDATE feeds SET next_due_at = 0"_s));
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 0);
        QVERIFY2(listed()[u"nextDueReason"_s].toString().contains(u"as set for this feed"_s),
                 qPrintable(listed()[u"nextDueReason"_s].toString()));

        // Bad input: one line, exit 1, nothing changed.
        for (const QStringList &bad :
             {QStringList{u"--every"_s, u"5"_s}, QStringList{u"--every"_s, u"nan"_s},
              QStringList{u"--address"_s, u"ftp://example.org/feed"_s}, QStringList{u"--address"_s, u"not an address"_s}}) {
            const CliRun refused = freshet(QStringList{u"edit"_s, url()} + bad);
            QCOMPARE(refused.exitCode, 1);
            QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
        }
        QCOMPARE(listed()[u"refreshMinutes"_s].toInt(), 120);

        // A new address: fetched from there next, what was cached for the old one dropped.
        const QString moving = m_server.url(u"/gen/2.xml"_s).toString();
        const CliRun readdressed = freshet({u"edit"_s, url(), u"--address"_s, moving, u"--every"_s, u"auto"_s});
        QVERIFY2(readdressed.exitCode == 0, qPrintable(readdressed.err));
        QCOMPARE(listed()[u"url"_s].toString(), moving);
        QCOMPARE(listed()[u"refreshMinutes"_s].toInt(), 0);
        QCOMPARE(listed()[u"category"_s].toString(), u"Tech/Daily"_s); // not given: kept
        const CliRun fetched = freshet({u"fetch"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(fetched.out.toUtf8()).object()[u"updated"_s].toInt(), 1);
        // Back where it was, for the other tests.
        QCOMPARE(freshet({u"edit"_s, moving, u"--address"_s, url(), u"--category"_s, u""_s}).exitCode, 0);
        QCOMPARE(freshet({u"fetch"_s}).exitCode, 0);
    }

    void foldersAreMadeRenamedAndDeletedFromTheCommandLine()
    {
        QVERIFY(freshet({u"folder"_s, u"new"_s, u"Reading/Later"_s}).exitCode == 0);
        QCOMPARE(freshet({u"edit"_s, url(), u"--category"_s, u"Reading"_s}).exitCode, 0);
        const CliRun taken = freshet({u"folder"_s, u"new"_s, u"Reading"_s});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(u"already"_s), qPrintable(taken.err));

        const CliRun renamed = freshet({u"folder"_s, u"rename"_s, u"Reading"_s, u"Books"_s, u"--json"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QCOMPARE(QJsonDocument::fromJson(renamed.out.toUtf8()).object()[u"done"_s].toBool(), true);
        QCOMPARE(listed()[u"category"_s].toString(), u"Books"_s);

        // Deleting moves the feed up; its folder inside moves up too.
        QCOMPARE(freshet({u"folder"_s, u"delete"_s, u"Books"_s}).exitCode, 0);
        QCOMPARE(listed()[u"category"_s].toString(), QString());
        QCOMPARE(freshet({u"folder"_s, u"delete"_s, u"Later"_s}).exitCode, 0);

        for (const QStringList &bad :
             {QStringList{u"folder"_s}, QStringList{u"folder"_s, u"paint"_s, u"X"_s}, QStringList{u"folder"_s, u"rename"_s, u"OnlyOne"_s},
              QStringList{u"folder"_s, u"new"_s, u" / "_s}, QStringList{u"folder"_s, u"delete"_s, u"Nowhere"_s}}) {
            const CliRun refused = freshet(bad);
            QCOMPARE(refused.exitCode, 1);
            QCOMPARE(refused.err.trimmed().count(u'\n'), 0);
        }
        QVERIFY(listed()[u"title"_s].toString().startsWith(u"Generated feed 3"_s)); // still subscribed
    }

    void anotherProfileIsUntouched()
    {
        QTemporaryDir other;
        const CliRun run = runFreshet({u"--profile"_s, other.path(), u"rename"_s, url(), u"Elsewhere"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!listed()[u"title"_s].toString().contains(u"Elsewhere"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRename)
#include "tst_cli_rename.moc"
