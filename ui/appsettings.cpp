// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "background/refreshpolicy.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

qint64 AppSettings::refreshPeriodMs() const
{
    const int minutes = refreshIntervalMinutes();
    if (minutes == intervalNever)
        return 0;
    // Minimum: as often as any feed may be due; each feed's own next time still decides.
    const qint64 seconds = minutes == intervalMinimum ? minimumRefreshSeconds : std::max<qint64>(minutes, 1) * 60;
    return seconds * 1000;
}

FetchService::Limits AppSettings::fetchLimits() const
{
    FetchService::Limits limits;
    limits.maxConcurrent = std::clamp(m_settings->value(u"fetch/maxConcurrent"_s, limits.maxConcurrent).toInt(), 1, 64);
    limits.maxPerHost = std::clamp(m_settings->value(u"fetch/maxPerHost"_s, limits.maxPerHost).toInt(), 1, 16);
    return limits;
}

void AppSettings::setFetchLimits(int maxConcurrent, int maxPerHost)
{
    m_settings->setValue(u"fetch/maxConcurrent"_s, maxConcurrent);
    m_settings->setValue(u"fetch/maxPerHost"_s, maxPerHost);
}

} // namespace freshet
