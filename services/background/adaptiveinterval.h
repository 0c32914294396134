// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"

#include <QList>
#include <QString>

#include <chrono>

namespace freshet {

/// As iOS wakes an app less often when its fetches keep finding nothing: runs the scheduler
/// started (OS and timer) that found no new data stretch the interval, and one that found new
/// data brings it back. Each feed's own next-due time still decides what a run fetches.
struct AdaptiveInterval
{
    std::chrono::seconds base{0};
    std::chrono::seconds effective{0};
    int quietRuns = 0; ///< scheduled runs in a row without new data, newest first
    int factor = 1;
    /// When the newest run the scheduler started (OS or timer) began; invalid when none did.
    QDateTime lastScheduledStart;

    /// "every 30 min" or "every 2 h: stretched 4x after 5 runs without new data".
    QString describe() const;
};

/// The largest stretch: eight times the chosen interval, and never beyond a day.
constexpr int maximumStretchFactor = 8;

/// recentRuns newest first, as FeedStore::recentRuns returns them; runs a person started
/// (manual, simulated, command line, push) neither stretch nor reset the interval.
AdaptiveInterval adaptInterval(std::chrono::seconds base, const QList<FetchRunSummary> &recentRuns);

/// The same stretch for a new chosen interval (Settings changed it), with the quiet runs
/// already counted.
AdaptiveInterval stretchInterval(std::chrono::seconds base, int quietRuns, const QDateTime &lastScheduledStart = {});

} // namespace freshet
