// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace freshet {

/// Everything known about a feed that says when to ask it again.
struct RefreshSignals
{
    QDateTime now;
    bool failed = false;
    int consecutiveErrors = 0;
    double jitterUnit = 0.5;                      ///< in [0,1), spreads retries of many failing feeds
    std::optional<QDateTime> retryAfter;          ///< 429/503 Retry-After
    std::optional<int> ttlMinutes;                ///< RSS <ttl>
    std::optional<qint64> updatePeriodSeconds;    ///< sy:updatePeriod / sy:updateFrequency
    std::optional<qint64> maxAgeSeconds;          ///< Cache-Control
    QDateTime expires;                            ///< Expires header
    std::optional<qint64> postingIntervalSeconds; ///< observed cadence of new items
    QList<int> skipHours;                         ///< RSS skipHours, 0–23 UTC
    QStringList skipDays;                         ///< RSS skipDays, English day names
    std::optional<qint64> chosenSeconds;          ///< the person's own interval for the feed
};

struct NextRefresh
{
    QDateTime at;
    QString reason;
};

/// The next time to fetch a feed, from its own hints and its cadence, clamped to
/// [minimumInterval, maximumInterval]; failures back off exponentially with jitter; a
/// Retry-After is honoured even beyond the maximum. The reason is shown in the fetch log.
NextRefresh nextRefresh(const RefreshSignals &hints);

constexpr qint64 minimumRefreshSeconds = 10 * 60;
constexpr qint64 maximumRefreshSeconds = 24 * 3600;
constexpr qint64 defaultRefreshSeconds = 60 * 60;

} // namespace freshet
