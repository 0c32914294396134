// SPDX-License-Identifier: MIT
// BackgroundFetch against the real loopback feed server: every fetch behaviour of the engine.
#include "background/backgroundfetch.h"
#include "feedserverprocess.h"
#include "ratelimit.h"
#include "storage/feedstore.h"
#include "storage/storethread.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace freshet;

class TestBackgroundFetch final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(u"freshet.db"_s); }

    /// A store on the test's own thread, for setting up and checking; the run uses its own.
    std::unique_ptr<FeedStore> openStore(const QString &name = u"check"_s)
    {
        auto store = FeedStore::open(dbPath(), name);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }

    void subscribe(const QStringList &paths)
    {
        auto store = openStore(u"setup"_s);
        for (const QString &path : paths)
            QVERIFY(store->addFeed(m_server.url(path).toString()).ok());
    }

    FetchRunSummary runFetch(std::chrono::milliseconds budget, const FetchScope &scope = {}, FetchService::Limits limits = {})
    {
        StoreThread store(dbPath());
        if (Status started = store.start(); !started)
            qFatal("%s", qPrintable(started.error()));
        BackgroundFetch fetch(&store, limits);
        QSignalSpy completed(&fetch, &BackgroundFetch::completed);
        fetch.perform(FetchTrigger::Manual, budget, scope);
        completed.wait(int(budget.count()) + 5000);
        if (completed.size() != 1)
            qFatal("completed was emitted %d times", int(completed.size()));
        // Exactly once: nothing more arrives after the report either.
        QTest::qWait(50);
        if (completed.size() != 1)
            qFatal("completed was emitted again");
        return completed.constFirst().constFirst().value<FetchRunSummary>();
    }

    Feed feedAt(const QString &path)
    {
        auto store = openStore();
        const auto feed = store->localFeedByUrl(m_server.url(path).toString());
        if (!feed || !feed.value())
            qFatal("no feed %s", qPrintable(path));
        return *feed.value();
    }

    void post(const QString &path)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchRunSummary>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"20"_s, u"--items"_s, u"25"_s}), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newDataThenConditionalGetThenNewDataAgain()
    {
        subscribe({u"/gen/1.xml"_s, u"/gen/2.atom"_s});
        FetchRunSummary first = runFetch(10s);
        QCOMPARE(first.result, FetchResult::NewData);
        QCOMPARE(first.attempted, 2);
        QCOMPARE(first.updated, 2);
        QCOMPARE(first.newItems, 50);
        QVERIFY(!first.deadlineHit);
        QVERIFY(first.bytes > 0);

        // Everything is due again only with --all; the server answers 304 to our validators.
        FetchRunSummary second = runFetch(10s, FetchScope::everyFeed());
        QCOMPARE(second.result, FetchResult::NoData);
        QCOMPARE(second.notModified, 2);
        QCOMPARE(second.newItems, 0);
        QCOMPARE(openStore()->itemCount({}).value(), 50);

        post(u"/control/bump?feed=1"_s);
        FetchRunSummary third = runFetch(10s, FetchScope::everyFeed());
        QCOMPARE(third.result, FetchResult::NewData);
        QVERIFY(third.newItems >= 1);
        QCOMPARE(third.notModified, 1);

        // The log keeps each run and each feed's line, and what the run cost: parsing and
        // storing 50 items takes CPU time, which the run measured and kept.
        QVERIFY2(first.cpuMs > 0, qPrintable(QString::number(first.cpuMs)));
        const QList<FetchRunSummary> runs = openStore()->recentRuns(10).value();
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.constLast().cpuMs, first.cpuMs);
        QCOMPARE(runs.constLast().bytes, first.bytes);
        QCOMPARE(runs.constFirst().result, FetchResult::NewData);
        QCOMPARE(runs.constFirst().outcomes.size(), 2);
    }

    void onlyDueFeedsAreFetchedAndTheNextTimeIsExplained()
    {
        subscribe({u"/gen/3.xml"_s});
        QCOMPARE(runFetch(10s).attempted, 1);
        const Feed feed = feedAt(u"/gen/3.xml"_s);
        QVERIFY(feed.nextDueAt > QDateTime::currentDateTimeUtc().addSecs(9 * 60));
        QVERIFY(!feed.nextDueReason.isEmpty());
        const FetchRunSummary nothingDue = runFetch(10s);
        QCOMPARE(nothingDue.attempted, 0);
        QCOMPARE(nothingDue.result, FetchResult::NoData);
    }

    void aNotModifiedAnswerKeepsTheCadenceTheDocumentShowed()
    {
        // The feed server's items are an hour apart, and its feeds give no interval of their
        // own: the next check is half the cadence, whether the answer brought the document or
        // a 304 (which takes the cadence kept in the feed's row, not from its items).
        subscribe({u"/gen/4.xml"_s});
        QCOMPARE(runFetch(10s).updated, 1);
        const Feed fetched = feedAt(u"/gen/4.xml"_s);
        QCOMPARE(fetched.refreshHints.postingIntervalSeconds, std::optional<qint64>(3600));
        QVERIFY2(fetched.nextDueReason.contains(u"about every 1 h"_s), qPrintable(fetched.nextDueReason));

        const QDateTime before = QDateTime::currentDateTimeUtc();
        QCOMPARE(runFetch(10s, FetchScope::everyFeed()).notModified, 1);
        const Feed checked = feedAt(u"/gen/4.xml"_s);
        QCOMPARE(checked.nextDueReason, fetched.nextDueReason);
        QVERIFY(checked.nextDueAt >= before.addSecs(30 * 60));
        QVERIFY(checked.nextDueAt <= QDateTime::currentDateTimeUtc().addSecs(30 * 60));
    }

    void permanentRedirectMovesTheFeedTemporaryDoesNot()
    {
        subscribe({u"/fault/redirect/301/2?to=/gen/4.xml"_s, u"/fault/redirect/302/2?to=/gen/5.xml"_s});
        const FetchRunSummary run = runFetch(10s);
        QCOMPARE(run.updated, 2);
        auto store = openStore();
        QVERIFY(store->localFeedByUrl(m_server.url(u"/gen/4.xml"_s).toString()).value().has_value());
        QVERIFY(store->localFeedByUrl(m_server.url(u"/fault/redirect/302/2?to=/gen/5.xml"_s).toString()).value().has_value());
    }

    void relativeRedirectsMoveTheFeedAsAbsoluteOnesDo()
    {
        // Location: 2, then ../../../gen/6.xml (a 301 chain); Location: /fault/… (a 302 chain).
        const QString permanent = u"/fault/redirect/301/2?location=relative&to=/gen/6.xml"_s;
        const QString temporary = u"/fault/redirect/302/2?location=path&to=/gen/7.xml"_s;
        subscribe({permanent, temporary});
        const FetchRunSummary run = runFetch(10s);
        QCOMPARE(run.failed, 0);
        QCOMPARE(run.updated, 2);
        auto store = openStore();
        QVERIFY(store->localFeedByUrl(m_server.url(u"/gen/6.xml"_s).toString()).value().has_value());
        QVERIFY(!store->localFeedByUrl(m_server.url(permanent).toString()).value().has_value());
        QVERIFY(store->localFeedByUrl(m_server.url(temporary).toString()).value().has_value());
    }

    void redirectLoopsAndLongChainsFail()
    {
        subscribe({u"/fault/loop/3"_s, u"/fault/redirect/302/15"_s});
        const FetchRunSummary run = runFetch(10s);
        QCOMPARE(run.failed, 2);
        QCOMPARE(run.result, FetchResult::Failed);
        QVERIFY2(feedAt(u"/fault/loop/3"_s).lastError.contains(u"loop"_s), qPrintable(feedAt(u"/fault/loop/3"_s).lastError));
        QVERIFY(feedAt(u"/fault/redirect/302/15"_s).lastError.contains(u"redirects"_s));
    }

    void retryAfterBindsForcedAndNamedRunsUntilItPasses()
    {
        const QString limited = u"/fault/429?retry-after=3600"_s;
        subscribe({limited, u"/gen/8.xml"_s});
        const FetchRunSummary first = runFetch(10s);
        QCOMPARE(first.attempted, 2);
        QCOMPARE(first.failed, 1);
        const QDateTime until = feedAt(limited).retryAfterAt;
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(3500));

        // Every feed (--all, F5) and a named one (Refresh Feed, a push): not asked, skipped.
        for (const FetchScope &scope : {FetchScope::everyFeed(), FetchScope::onlyFeeds({m_server.url(limited).toString()})}) {
            const FetchRunSummary forced = runFetch(10s, scope);
            QCOMPARE(forced.attempted, scope.all ? 1 : 0);
            QCOMPARE(forced.failed, 0);
            QCOMPARE(forced.skipped, 1);
            QCOMPARE(forced.rateLimited, 1);
            QVERIFY(!forced.deadlineHit);
            QCOMPARE(forced.result, FetchResult::NoData);
            const auto line = std::find_if(forced.outcomes.cbegin(), forced.outcomes.cend(), [&](const FeedOutcomeRecord &record) {
                return record.feedUrl == m_server.url(limited).toString();
            });
            QVERIFY(line != forced.outcomes.cend());
            QCOMPARE(line->outcome, FeedOutcome::Skipped);
            QCOMPARE(line->message, rateLimitedUntilText(until));
        }
        // The log keeps the line, and the feed still waits for the same time.
        const FetchRunSummary logged = openStore()->recentRuns(1).value().constFirst();
        QCOMPARE(logged.outcomes.size(), 1);
        QCOMPARE(logged.outcomes.constFirst().message, rateLimitedUntilText(until));
        QCOMPARE(feedAt(limited).retryAfterAt, until);
    }

    void goneDisablesTheFeedWithTheReason()
    {
        subscribe({u"/fault/410"_s});
        runFetch(10s);
        const Feed feed = feedAt(u"/fault/410"_s);
        QVERIFY(feed.isDisabled());
        QVERIFY(feed.disabledReason.contains(u"410"_s));
        QCOMPARE(runFetch(10s, FetchScope::everyFeed()).attempted, 0); // never asked again
    }

    void retryAfterIsHonouredInSecondsAndAsADate()
    {
        subscribe({u"/fault/429?retry-after=7200"_s, u"/fault/503?retry-after=5400&retry-after-date=1"_s});
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const FetchRunSummary run = runFetch(10s);
        QCOMPARE(run.failed, 2);
        const Feed limited = feedAt(u"/fault/429?retry-after=7200"_s);
        QVERIFY(qAbs(before.secsTo(limited.nextDueAt) - 7200) < 30);
        QVERIFY(limited.nextDueReason.contains(u"retry"_s));
        const Feed unavailable = feedAt(u"/fault/503?retry-after=5400&retry-after-date=1"_s);
        QVERIFY(qAbs(before.secsTo(unavailable.nextDueAt) - 5400) < 30);
    }

    void failuresBackOffAndKeepWhatWasStored()
    {
        subscribe({u"/fault/500"_s});
        runFetch(10s);
        runFetch(10s, FetchScope::everyFeed());
        const Feed feed = feedAt(u"/fault/500"_s);
        QCOMPARE(feed.consecutiveErrors, 2);
        QVERIFY(feed.lastError.contains(u"500"_s));
        QVERIFY(feed.nextDueAt > QDateTime::currentDateTimeUtc().addSecs(15 * 60));
        QVERIFY(feed.nextDueReason.contains(u"2 failures"_s));
    }

    void hostileAnswersAreClearFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("invalid xml") << u"/fault/invalid-xml"_s << u"not a feed"_s;
        QTest::newRow("empty") << u"/fault/empty"_s << u"not a feed"_s;
        QTest::newRow("oversized") << u"/fault/oversized?size=30m"_s << u"larger than"_s;
        QTest::newRow("gzip bomb") << u"/fault/gzip-bomb"_s << u"compressed"_s;
        QTest::newRow("dropped") << u"/fault/drop"_s << u"closed the connection"_s;
        QTest::newRow("png") << u"/fault/content-type/png"_s << QString();
    }

    void hostileAnswersAreClearFailures()
    {
        QFETCH(QString, path);
        QFETCH(QString, expectedError);
        subscribe({path});
        const FetchRunSummary run = runFetch(15s);
        const Feed feed = feedAt(path);
        if (path.contains(u"content-type"_s)) {
            // A real feed behind a wrong Content-Type is still a feed.
            QCOMPARE(run.result, FetchResult::NewData);
            return;
        }
        QCOMPARE(run.result, FetchResult::Failed);
        QVERIFY(!feed.lastError.isEmpty());
        if (!expectedError.isEmpty())
            QVERIFY2(feed.lastError.contains(expectedError), qPrintable(feed.lastError));
    }

    void truncatedDocumentKeepsTheItemsBeforeTheBreak()
    {
        subscribe({u"/fault/truncated-xml"_s});
        const FetchRunSummary run = runFetch(10s);
        QVERIFY(run.newItems > 0);
        QCOMPARE(run.result, FetchResult::NewData);
        QVERIFY2(run.outcomes.constFirst().message.contains(u"part"_s), qPrintable(run.outcomes.constFirst().message));
        QVERIFY(feedAt(u"/fault/truncated-xml"_s).bodyHash.isEmpty()); // fetched again in full next time
    }

    void hangingFeedsCannotDelayTheReport()
    {
        subscribe({u"/fault/stall"_s, u"/fault/stall-body"_s, u"/fault/drip?interval-ms=500"_s, u"/gen/6.xml"_s});
        QElapsedTimer clock;
        clock.start();
        const FetchRunSummary run = runFetch(3s);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(run.deadlineHit);
        QCOMPARE(run.result, FetchResult::NewData); // the healthy feed's items are kept
        QCOMPARE(run.updated, 1);
        QCOMPARE(run.skipped, 3);
        QCOMPARE(openStore()->itemCount({}).value(), 25);
        // Stalled feeds were not punished: they are still due and have no error counted.
        QCOMPARE(feedAt(u"/fault/stall"_s).consecutiveErrors, 0);
    }

    void nothingStartsThatCannotFinish()
    {
        subscribe({u"/gen/7.xml"_s});
        const FetchRunSummary run = runFetch(500ms);
        QCOMPARE(run.attempted, 0);
        QCOMPARE(run.result, FetchResult::Failed);
    }

    void concurrencyIsBoundedPerHost()
    {
        QStringList paths;
        for (int i = 0; i < 20; ++i)
            paths << u"/gen/%1.xml"_s.arg(i);
        subscribe(paths);
        FetchService::Limits limits;
        limits.maxPerHost = 2;
        const FetchRunSummary run = runFetch(20s, {}, limits);
        QCOMPARE(run.updated, 20);
        QCOMPARE(run.newItems, 20 * 25);
    }

    void aWarmRefreshIsWrittenInAFewTransactions()
    {
        // 200 subscriptions answered 304: each answer is a few bytes to store, and written as
        // it came each was a transaction of its own, a WAL write of its feed's pages.
        QStringList paths;
        for (int i = 0; i < 200; ++i)
            paths << u"/gen/%1.xml?copy=%2"_s.arg(i % 20).arg(i / 20);
        subscribe(paths);
        const FetchRunSummary cold = runFetch(30s);
        QCOMPARE(cold.updated, 200);
        const FetchRunSummary warm = runFetch(30s, FetchScope::everyFeed());
        QCOMPARE(warm.notModified, 200);
        // A write takes the most a transaction holds (32 feeds), or waited 20 ms for more to
        // join it, or is the run's last: however slow the machine, no more writes than that.
        const qint64 mostWrites = 200 / 32 + warm.elapsedMs / 19 + 2;
        QVERIFY2(warm.storeTransactions >= 1 && warm.storeTransactions <= mostWrites,
                 qPrintable(u"%1 transactions in %2 ms"_s.arg(warm.storeTransactions).arg(warm.elapsedMs)));
        const QList<Feed> feeds = openStore()->feeds().value();
        QCOMPARE(feeds.size(), 200);
        for (const Feed &feed : feeds)
            QCOMPARE(feed.lastResult, feedOutcomeName(FeedOutcome::NotModified));
    }

    void pushForNamedFeedsFetchesOnlyThose()
    {
        subscribe({u"/gen/8.xml"_s, u"/gen/9.xml"_s});
        const FetchRunSummary run = runFetch(10s, FetchScope::onlyFeeds({m_server.url(u"/gen/9.xml"_s).toString()}));
        QCOMPARE(run.attempted, 1);
        QCOMPARE(run.outcomes.constFirst().feedUrl, m_server.url(u"/gen/9.xml"_s).toString());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFetch)
#include "tst_backgroundfetch.moc"
