#include "refreshpolicy.h"

#include "network/httppolicy.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RefreshPolicy", text);
}

QString minutesText(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 min").arg((seconds + 59) / 60);
}

bool skipped(const QDateTime &at, const RefreshSignals &hints)
{
    const QDateTime utc = at.toUTC();
    if (hints.skipHours.contains(utc.time().hour()))
        return true;
    const QString day = QLocale::c().dayName(utc.date().dayOfWeek());
    for (const QString &skip : hints.skipDays) {
        if (skip.trimmed().compare(day, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

NextRefresh nextRefresh(const RefreshSignals &hints)
{
    const QDateTime now = hints.now.isValid() ? hints.now : QDateTime::currentDateTimeUtc();

    if (hints.retryAfter && *hints.retryAfter > now)
        return {*hints.retryAfter, tr("the server asked to retry after %1").arg(minutesText(now.secsTo(*hints.retryAfter)))};

    qint64 seconds = defaultRefreshSeconds;
    QString reason = tr("default interval %1");
    if (hints.failed) {
        seconds = failureBackoffSeconds(hints.consecutiveErrors, hints.jitterUnit);
        reason = tr("backing off after %1 failures: %2").arg(hints.consecutiveErrors);
    } else {
        // The publisher's own word first, then what the HTTP cache says, then our observation.
        if (hints.ttlMinutes && *hints.ttlMinutes > 0) {
            seconds = qint64(*hints.ttlMinutes) * 60;
            reason = tr("the feed's ttl is %1");
        } else if (hints.updatePeriodSeconds && *hints.updatePeriodSeconds > 0) {
            seconds = *hints.updatePeriodSeconds;
            reason = tr("the feed updates every %1");
        } else if (hints.maxAgeSeconds && *hints.maxAgeSeconds > 0) {
            seconds = *hints.maxAgeSeconds;
            reason = tr("Cache-Control max-age %1");
        } else if (hints.expires.isValid() && hints.expires > now) {
            seconds = now.secsTo(hints.expires);
            reason = tr("the server's Expires header, in %1");
        } else if (hints.postingIntervalSeconds && *hints.postingIntervalSeconds > 0) {
            // Half the cadence: new posts are seen on average a quarter of an interval late.
            seconds = *hints.postingIntervalSeconds / 2;
            reason = tr("new items about every %1").arg(minutesText(*hints.postingIntervalSeconds)) + u", "_s + tr("checking every %1");
        }
    }
    const qint64 clamped = std::clamp(seconds, minimumRefreshSeconds, maximumRefreshSeconds);
    if (clamped != seconds)
        reason += u" "_s + tr("(clamped)");
    QDateTime at = now.addSecs(clamped);
    // skipHours/skipDays: move forward hour by hour, at most a week, to the first allowed time.
    for (int guard = 0; guard < 24 * 7 && skipped(at, hints); ++guard)
        at = at.addSecs(3600);
    return {at, reason.contains(u'%') ? reason.arg(minutesText(clamped)) : reason};
}

} // namespace freshet
