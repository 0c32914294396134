// SPDX-License-Identifier: MIT
#include "refreshpolicy.h"

#include "network/httppolicy.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class RefreshPolicyMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RefreshPolicyMessages)
};

namespace {

QString minutesText(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return RefreshPolicyMessages::tr("%1 h").arg(seconds / 3600);
    return RefreshPolicyMessages::tr("%1 min").arg((seconds + 59) / 60);
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
        return {*hints.retryAfter,
                RefreshPolicyMessages::tr("the server asked to retry after %1").arg(minutesText(now.secsTo(*hints.retryAfter)))};

    qint64 seconds = defaultRefreshSeconds;
    QString reason = RefreshPolicyMessages::tr("default interval %1");
    if (hints.failed) {
        seconds = failureBackoffSeconds(hints.consecutiveErrors, hints.jitterUnit);
        reason = RefreshPolicyMessages::tr("backing off after %1 failures: %2").arg(hints.consecutiveErrors);
    } else if (hints.chosenSeconds && *hints.chosenSeconds > 0) {
        // The person's word over the publisher's: they set it for this feed.
        seconds = *hints.chosenSeconds;
        reason = RefreshPolicyMessages::tr("every %1, as set for this feed");
    } else {
        // The publisher's own word first, then what the HTTP cache says, then our observation.
        if (hints.ttlMinutes && *hints.ttlMinutes > 0) {
            seconds = qint64(*hints.ttlMinutes) * 60;
            reason = RefreshPolicyMessages::tr("the feed asks for %1");
        } else if (hints.updatePeriodSeconds && *hints.updatePeriodSeconds > 0) {
            seconds = *hints.updatePeriodSeconds;
            reason = RefreshPolicyMessages::tr("the feed updates every %1");
        } else if (hints.maxAgeSeconds && *hints.maxAgeSeconds > 0) {
            seconds = *hints.maxAgeSeconds;
            reason = RefreshPolicyMessages::tr("Cache-Control max-age %1");
        } else if (hints.expires.isValid() && hints.expires > now) {
            seconds = now.secsTo(hints.expires);
            reason = RefreshPolicyMessages::tr("the server's Expires header, in %1");
        } else if (hints.postingIntervalSeconds && *hints.postingIntervalSeconds > 0) {
            // Half the cadence: new posts are seen on average a quarter of an interval late.
            seconds = *hints.postingIntervalSeconds / 2;
            reason = RefreshPolicyMessages::tr("new items about every %1").arg(minutesText(*hints.postingIntervalSeconds)) + u", "_s
                     + RefreshPolicyMessages::tr("checking every %1");
        }
    }
    // The reason names what was asked for; where Freshet's bounds change it, it says so in
    // words (a feed asking for 1 min is not "10 min").
    if (reason.contains(u'%'))
        reason = reason.arg(minutesText(seconds));
    const qint64 clamped = std::clamp(seconds, minimumRefreshSeconds, maximumRefreshSeconds);
    if (clamped > seconds)
        reason += u"; "_s + RefreshPolicyMessages::tr("Freshet waits at least %1").arg(minutesText(clamped));
    else if (clamped < seconds)
        reason += u"; "_s + RefreshPolicyMessages::tr("Freshet checks at least every %1").arg(minutesText(clamped));
    QDateTime at = now.addSecs(clamped);
    // skipHours/skipDays: move forward hour by hour, at most a week, to the first allowed time.
    for (int guard = 0; guard < 24 * 7 && skipped(at, hints); ++guard)
        at = at.addSecs(3600);
    return {at, reason};
}

} // namespace freshet
