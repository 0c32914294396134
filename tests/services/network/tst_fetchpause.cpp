// SPDX-License-Identifier: MIT
// FetchService paused: what runs finishes, nothing queued starts until it resumes. The refresh
// pauses it while fetched documents wait to be stored, so memory stays bounded however far the
// network outruns the store (issue #22); the real feed server answers, 300 ms late each time.
#include "feedserverprocess.h"

#include "network/fetchservice.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestFetchPause final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedResponse>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--latency-ms"_s, u"300"_s}), qPrintable(m_server.errorString()));
    }

    void aPausedServiceFinishesWhatRunsAndStartsNothingUntilResumed()
    {
        FetchService service(FetchService::Limits{});
        QSignalSpy finished(&service, &FetchService::finished);
        service.enqueue(FeedRequest{1, m_server.url(u"/gen/1.xml"_s), {}, {}, {}, {}});
        QCOMPARE(service.runningCount(), 1);

        service.setPaused(true);
        QVERIFY(service.isPaused());
        service.enqueue(FeedRequest{2, m_server.url(u"/gen/2.xml"_s), {}, {}, {}, {}});
        service.enqueue(FeedRequest{3, m_server.url(u"/gen/3.xml"_s), {}, {}, {}, {}});
        QCOMPARE(service.queuedCount(), 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().value<FeedResponse>().feedId, 1);
        // Three answers' worth of time: a request started anyway would have come back.
        QTest::qWait(900);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(service.runningCount(), 0);
        QCOMPARE(service.queuedCount(), 2);

        service.setPaused(false);
        QCOMPARE(service.runningCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
        for (const QList<QVariant> &signal : std::as_const(finished))
            QVERIFY2(signal.constFirst().value<FeedResponse>().ok(), qPrintable(signal.constFirst().value<FeedResponse>().errorText));
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestFetchPause)
#include "tst_fetchpause.moc"
