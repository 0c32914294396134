// SPDX-License-Identifier: MIT
#include "background/refreshpolicy.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestRefreshPolicy final : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC); // a Wednesday

    RefreshSignals base() const
    {
        RefreshSignals hints;
        hints.now = m_now;
        return hints;
    }

private slots:
    void defaultIsAnHour()
    {
        const NextRefresh next = nextRefresh(base());
        QCOMPARE(m_now.secsTo(next.at), defaultRefreshSeconds);
        QVERIFY(next.reason.contains(u"default"_s));
    }

    void ttlWinsAndIsClamped()
    {
        RefreshSignals hints = base();
        hints.ttlMinutes = 180;
        hints.maxAgeSeconds = 60;
        QCOMPARE(m_now.secsTo(nextRefresh(hints).at), 180 * 60);
        hints.ttlMinutes = 1;
        const NextRefresh clamped = nextRefresh(hints);
        QCOMPARE(m_now.secsTo(clamped.at), minimumRefreshSeconds);
        // What the feed asked for, and what Freshet does instead, in words.
        QCOMPARE(clamped.reason, u"the feed asks for 1 min; Freshet waits at least 10 min"_s);
        hints.ttlMinutes = 60 * 24 * 30;
        const NextRefresh capped = nextRefresh(hints);
        QCOMPARE(m_now.secsTo(capped.at), maximumRefreshSeconds);
        QCOMPARE(capped.reason, u"the feed asks for 720 h; Freshet checks at least every 24 h"_s);
        hints.ttlMinutes = 180;
        QCOMPARE(nextRefresh(hints).reason, u"the feed asks for 3 h"_s);
    }

    void syndicationPeriodThenCacheThenExpiresThenCadence()
    {
        RefreshSignals hints = base();
        hints.updatePeriodSeconds = 2 * 3600;
        hints.maxAgeSeconds = 3 * 3600;
        QCOMPARE(m_now.secsTo(nextRefresh(hints).at), 2 * 3600);
        hints.updatePeriodSeconds.reset();
        QCOMPARE(m_now.secsTo(nextRefresh(hints).at), 3 * 3600);
        hints.maxAgeSeconds.reset();
        hints.expires = m_now.addSecs(5 * 3600);
        QCOMPARE(m_now.secsTo(nextRefresh(hints).at), 5 * 3600);
        hints.expires = {};
        hints.postingIntervalSeconds = 8 * 3600;
        const NextRefresh cadence = nextRefresh(hints);
        QCOMPARE(m_now.secsTo(cadence.at), 4 * 3600);
        QVERIFY(cadence.reason.contains(u"new items"_s));
    }

    void failuresBackOffAndRetryAfterIsHonoured()
    {
        RefreshSignals hints = base();
        hints.failed = true;
        hints.consecutiveErrors = 3;
        hints.ttlMinutes = 15; // the feed's own hint does not shorten a backoff
        const NextRefresh backoff = nextRefresh(hints);
        QCOMPARE(m_now.secsTo(backoff.at), 2400);
        QVERIFY2(backoff.reason.contains(u"3 failures"_s), qPrintable(backoff.reason));
        QVERIFY2(!backoff.reason.contains(u'%'), qPrintable(backoff.reason));

        hints.retryAfter = m_now.addSecs(2 * 24 * 3600); // beyond the maximum: still honoured
        QCOMPARE(nextRefresh(hints).at, m_now.addSecs(2 * 24 * 3600));
    }

    void anIntervalChosenForTheFeedWinsButNotOverFailures()
    {
        RefreshSignals hints = base();
        hints.ttlMinutes = 15;
        hints.postingIntervalSeconds = 600;
        hints.chosenSeconds = 2 * 3600;
        const NextRefresh chosen = nextRefresh(hints);
        QCOMPARE(m_now.secsTo(chosen.at), 2 * 3600);
        QVERIFY2(chosen.reason.contains(u"as set for this feed"_s) && chosen.reason.contains(u"2 h"_s), qPrintable(chosen.reason));

        hints.failed = true;
        hints.consecutiveErrors = 3;
        QCOMPARE(m_now.secsTo(nextRefresh(hints).at), 2400); // a failing feed still backs off
        hints.failed = false;
        hints.retryAfter = m_now.addSecs(5 * 3600); // and a server's Retry-After still holds
        QCOMPARE(nextRefresh(hints).at, m_now.addSecs(5 * 3600));
    }

    void skipHoursAndDaysMoveTheTimeForward()
    {
        RefreshSignals hints = base();
        hints.skipHours = {13, 14};
        QCOMPARE(nextRefresh(hints).at, m_now.addSecs(3 * 3600)); // 13:00 and 14:00 skipped
        hints.skipHours.clear();
        hints.skipDays = {u"Wednesday"_s};
        const QDateTime at = nextRefresh(hints).at;
        QCOMPARE(at.date(), QDate(2026, 11, 26));
    }
};

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "tst_refreshpolicy.moc"
