// SPDX-License-Identifier: MIT
#include "readretention.h"

#include <QSettings>

#include <algorithm>

namespace freshet {

namespace {

const QString key = QStringLiteral("retention/keepReadDays");
/// Ten years: a hand-edited file cannot ask for a date before the epoch.
constexpr int longestDays = 3650;

} // namespace

int loadReadRetentionDays(const QSettings &settings)
{
    return std::clamp(settings.value(key, 0).toInt(), 0, longestDays);
}

void saveReadRetentionDays(QSettings &settings, int days)
{
    settings.setValue(key, std::clamp(days, 0, longestDays));
}

} // namespace freshet
