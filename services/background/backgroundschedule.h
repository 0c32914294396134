// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>

class QSettings;

namespace freshet {

/// How often Freshet refreshes on its own, the "minimum background fetch interval" of iOS:
/// the in-app scheduler and the OS backends all read it from the profile's settings.
struct BackgroundSchedule
{
    enum class Mode { Never, Minimum, Every };
    Mode mode = Mode::Every;
    std::chrono::seconds every{30 * 60};
    /// Ask the OS to launch Freshet for refreshes while it is not running.
    bool whileClosed = false;
    /// Wait for an unmetered network rather than spend a metered one.
    bool skipOnMetered = false;

    bool isNever() const { return mode == Mode::Never; }
    /// The period the scheduler aims for; zero for Never.
    std::chrono::seconds interval() const;
    /// "every 30 min", "as often as allowed", "never": for status lines and the log.
    QString describe() const;
};

BackgroundSchedule loadBackgroundSchedule(const QSettings &settings);
void saveBackgroundSchedule(QSettings &settings, const BackgroundSchedule &schedule);

/// Parses what `freshet schedule --interval` takes: "never", "minimum", or a number of
/// seconds or minutes ("900", "15m", "2h"). False when it is none of them.
bool parseScheduleInterval(const QString &text, BackgroundSchedule *schedule);

} // namespace freshet
