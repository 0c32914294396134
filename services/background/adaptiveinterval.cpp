// SPDX-License-Identifier: MIT
#include "adaptiveinterval.h"

#include "background/refreshpolicy.h"

#include <QCoreApplication>

namespace freshet {

namespace {
class AdaptiveMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AdaptiveMessages)
};

bool isScheduled(FetchTrigger trigger)
{
    return trigger == FetchTrigger::Os || trigger == FetchTrigger::Timer;
}

QString duration(std::chrono::seconds seconds)
{
    const qint64 minutes = seconds.count() / 60;
    if (minutes >= 120 && minutes % 60 == 0)
        return AdaptiveMessages::tr("%n h", nullptr, int(minutes / 60));
    return AdaptiveMessages::tr("%n min", nullptr, int(minutes));
}
} // namespace

AdaptiveInterval adaptInterval(std::chrono::seconds base, const QList<FetchRunSummary> &recentRuns)
{
    int quietRuns = 0;
    QDateTime lastScheduledStart;
    for (const FetchRunSummary &run : recentRuns) {
        if (!isScheduled(run.trigger))
            continue;
        if (!lastScheduledStart.isValid())
            lastScheduledStart = run.startedAt;
        if (run.result == FetchResult::NewData)
            break;
        // A failed run says nothing about how often the feeds change: it neither counts nor resets.
        if (run.result == FetchResult::NoData)
            ++quietRuns;
    }
    return stretchInterval(base, quietRuns, lastScheduledStart);
}

AdaptiveInterval stretchInterval(std::chrono::seconds base, int quietRuns, const QDateTime &lastScheduledStart)
{
    AdaptiveInterval interval;
    interval.base = base;
    interval.quietRuns = quietRuns;
    interval.lastScheduledStart = lastScheduledStart;
    // Doubling every second quiet run: one quiet run is common even for busy feeds.
    interval.factor = 1 << std::min(quietRuns / 2, 3);
    static_assert(1 << 3 == maximumStretchFactor);
    const std::chrono::seconds ceiling(maximumRefreshSeconds);
    interval.effective = std::min(base * interval.factor, std::max(base, ceiling));
    return interval;
}

QString AdaptiveInterval::describe() const
{
    if (factor == 1)
        return AdaptiveMessages::tr("every %1").arg(duration(effective));
    return AdaptiveMessages::tr("every %1: stretched %2x after %n run(s) without new data", nullptr, quietRuns)
        .arg(duration(effective))
        .arg(factor);
}

} // namespace freshet
