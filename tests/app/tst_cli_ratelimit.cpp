// SPDX-License-Identifier: MIT
// A server's Retry-After (429/503) binds every trigger of the command line, forced ones
// included: the real binary against the real loopback feed server, whose counters tell
// whether a feed was asked.
#include "clirunner.h"
#include "feedserverprocess.h"
#include "feedserverstats.h"
#include "ratelimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliRateLimit final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_profile;

    CliRun freshet(QStringList arguments)
    {
        arguments.prepend(m_profile->path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, 120000);
    }

    QString url(const QString &path) const { return m_server.url(path).toString(); }

    qint64 served(int status) const { return servedWithStatus(m_server, status); }

    static QJsonObject jsonObject(const CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    /// The sentence every view shows, for the feed's stored Retry-After as `list --json` gives it.
    QString rateLimitSentence(const QString &feedUrl)
    {
        const CliRun list = freshet({u"list"_s, u"--json"_s});
        for (const QJsonValue &feed : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (feed.toObject().value(u"url"_s).toString() == feedUrl) {
                const QDateTime until = QDateTime::fromString(feed.toObject().value(u"rateLimitedUntil"_s).toString(), Qt::ISODate);
                return until.isValid() ? freshet::rateLimitedUntilText(until) : QString();
            }
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s}), qPrintable(m_server.errorString())); }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void aForcedFetchWaitsForRetryAfter()
    {
        const QString limited = url(u"/fault/429?retry-after=3600"_s);
        // Subscribed as given: `add` looks an address up first, and this one answers 429.
        QVERIFY(subscribeAsGiven(m_profile->path(), {limited, url(u"/gen/1.xml"_s)}));
        const qint64 before = served(429);

        const CliRun first = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(jsonObject(first).value(u"failed"_s).toInt(), 1);
        QCOMPARE(served(429), before + 1);
        const QString sentence = rateLimitSentence(limited);
        QVERIFY2(sentence.startsWith(u"Rate-limited by the server until "_s), qPrintable(sentence));
        const QDateTime until = QDateTime::currentDateTime().addSecs(3600);
        QVERIFY2(sentence.endsWith(until.toString(u"HH:mm"_s)) || sentence.endsWith(until.addSecs(-60).toString(u"HH:mm"_s)),
                 qPrintable(sentence));

        // --all asks every feed but this one, which is skipped, not failed.
        const CliRun second = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        const QJsonObject summary = jsonObject(second);
        QCOMPARE(summary.value(u"attempted"_s).toInt(), 1);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
        QCOMPARE(summary.value(u"skipped"_s).toInt(), 1);
        QCOMPARE(summary.value(u"rateLimited"_s).toInt(), 1);
        QCOMPARE(summary.value(u"deadlineHit"_s).toBool(), false);
        QCOMPARE(served(429), before + 1);

        const CliRun third = freshet({u"fetch"_s, u"--all"_s});
        QCOMPARE(third.exitCode, 0);
        QVERIFY2(third.out.contains(u"Skipped %1: %2"_s.arg(limited, sentence)), qPrintable(third.out));
        QVERIFY2(!third.out.contains(u"deadline"_s), qPrintable(third.out));
        // A push naming the feed waits too.
        QCOMPARE(freshet({u"notify"_s, u"--feed"_s, limited}).exitCode, 0);
        QCOMPARE(served(429), before + 1);

        const CliRun list = freshet({u"list"_s});
        QVERIFY2(list.out.contains(sentence), qPrintable(list.out));
        const CliRun log = freshet({u"log"_s});
        QVERIFY2(log.out.contains(limited + u"  "_s + sentence), qPrintable(log.out));
        const QJsonArray runs = QJsonDocument::fromJson(freshet({u"log"_s, u"--json"_s}).out.toUtf8()).array();
        bool logged = false;
        for (const QJsonValue &feed : runs.at(0).toObject().value(u"feeds"_s).toArray()) {
            const QJsonObject line = feed.toObject();
            logged = logged
                     || (line.value(u"feedUrl"_s).toString() == limited && line.value(u"outcome"_s).toString() == u"skipped"_s
                         && line.value(u"message"_s).toString() == sentence);
        }
        QVERIFY(logged);
    }

    void theFirstRunAfterRetryAfterAsksAgain()
    {
        const QString shortWait = url(u"/fault/503?retry-after=3"_s);
        // An HTTP-date that is already past when it arrives.
        const QString pastDate = url(u"/fault/429-date?retry-after=0"_s);
        QVERIFY(subscribeAsGiven(m_profile->path(), {shortWait, pastDate}));
        const qint64 unavailable = served(503);
        const qint64 tooMany = served(429);

        QCOMPARE(freshet({u"fetch"_s, u"--all"_s}).exitCode, 3);
        QCOMPARE(served(503), unavailable + 1);
        QCOMPARE(served(429), tooMany + 1);

        freshet({u"fetch"_s, u"--all"_s});
        QCOMPARE(served(503), unavailable + 1);
        QCOMPARE(served(429), tooMany + 2);

        QTest::qWait(3500);
        QVERIFY(rateLimitSentence(shortWait).isEmpty());
        const CliRun list = freshet({u"list"_s});
        QVERIFY2(!list.out.contains(u"Rate-limited"_s), qPrintable(list.out));
        freshet({u"fetch"_s, u"--all"_s});
        QCOMPARE(served(503), unavailable + 2);
        QCOMPARE(served(429), tooMany + 3);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestCliRateLimit)
#include "tst_cli_ratelimit.moc"
