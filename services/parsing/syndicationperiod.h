// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace freshet {

/// sy:updatePeriod (hourly … yearly) divided by sy:updateFrequency, in seconds; absent for
/// anything else.
inline std::optional<qint64> updatePeriodSeconds(const QString &period, int frequency)
{
    static const QList<std::pair<QString, qint64>> periods = {
        {QStringLiteral("hourly"), 3600},        {QStringLiteral("daily"), 86400},        {QStringLiteral("weekly"), 7 * 86400},
        {QStringLiteral("monthly"), 30 * 86400}, {QStringLiteral("yearly"), 365 * 86400},
    };
    for (const auto &[name, seconds] : periods) {
        if (period.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return seconds / std::max(1, frequency);
    }
    return std::nullopt;
}

} // namespace freshet
