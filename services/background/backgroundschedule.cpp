// SPDX-License-Identifier: MIT
#include "backgroundschedule.h"

#include "background/refreshpolicy.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
// The interval key predates this struct and stays in minutes (0 never, -1 minimum), so
// settings written by earlier versions keep their meaning; sub-minute intervals are not useful.
const QString intervalKey = u"fetch/intervalMinutes"_s;
const QString whileClosedKey = u"fetch/whileClosed"_s;
const QString skipMeteredKey = u"fetch/skipOnMetered"_s;
constexpr int storedNever = 0;
constexpr int storedMinimum = -1;

class ScheduleMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ScheduleMessages)
};
} // namespace

std::chrono::seconds BackgroundSchedule::interval() const
{
    switch (mode) {
    case Mode::Never: return std::chrono::seconds(0);
    case Mode::Minimum: return std::chrono::seconds(minimumRefreshSeconds);
    case Mode::Every: return std::max(every, std::chrono::seconds(minimumRefreshSeconds));
    }
    return std::chrono::seconds(0);
}

QString BackgroundSchedule::describe() const
{
    switch (mode) {
    case Mode::Never: return ScheduleMessages::tr("never");
    case Mode::Minimum: return ScheduleMessages::tr("as often as allowed (every %n min)", nullptr, int(minimumRefreshSeconds / 60));
    case Mode::Every: {
        // Worded as the fetch log words the adaptive interval, so `schedule` and `log` agree.
        const int minutes = int(interval().count() / 60);
        if (minutes >= 120 && minutes % 60 == 0)
            return ScheduleMessages::tr("every %n h", nullptr, minutes / 60);
        return ScheduleMessages::tr("every %n min", nullptr, minutes);
    }
    }
    return {};
}

BackgroundSchedule loadBackgroundSchedule(const QSettings &settings)
{
    BackgroundSchedule schedule;
    const int minutes = settings.value(intervalKey, 30).toInt();
    if (minutes == storedNever)
        schedule.mode = BackgroundSchedule::Mode::Never;
    else if (minutes <= storedMinimum)
        schedule.mode = BackgroundSchedule::Mode::Minimum;
    else
        schedule.every = std::chrono::minutes(minutes);
    schedule.whileClosed = settings.value(whileClosedKey, false).toBool();
    schedule.skipOnMetered = settings.value(skipMeteredKey, false).toBool();
    return schedule;
}

void saveBackgroundSchedule(QSettings &settings, const BackgroundSchedule &schedule)
{
    const int minutes = schedule.mode == BackgroundSchedule::Mode::Never     ? storedNever
                        : schedule.mode == BackgroundSchedule::Mode::Minimum ? storedMinimum
                                                                             : int(std::max<qint64>(1, schedule.every.count() / 60));
    settings.setValue(intervalKey, minutes);
    settings.setValue(whileClosedKey, schedule.whileClosed);
    settings.setValue(skipMeteredKey, schedule.skipOnMetered);
}

bool parseScheduleInterval(const QString &text, BackgroundSchedule *schedule)
{
    const QString value = text.trimmed().toLower();
    if (value == u"never"_s) {
        schedule->mode = BackgroundSchedule::Mode::Never;
        return true;
    }
    if (value == u"minimum"_s) {
        schedule->mode = BackgroundSchedule::Mode::Minimum;
        return true;
    }
    qint64 unit = 1;
    QString digits = value;
    if (value.endsWith(u'm')) {
        unit = 60;
        digits.chop(1);
    } else if (value.endsWith(u'h')) {
        unit = 3600;
        digits.chop(1);
    } else if (value.endsWith(u's')) {
        digits.chop(1);
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0 || number > 7 * 24 * 3600 / unit)
        return false;
    schedule->mode = BackgroundSchedule::Mode::Every;
    schedule->every = std::chrono::seconds(number * unit);
    return true;
}

} // namespace freshet
