// SPDX-License-Identifier: MIT
#include "httppolicy.h"

#include "freshetversion.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

int twoDigits(const char *p)
{
    return (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9') ? (p[0] - '0') * 10 + (p[1] - '0') : -1;
}

/// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), what nearly every server sends, read by hand:
/// QLocale::toDateTime() costs as much as the rest of a 304 answer. Anything it does not take
/// exactly, weekday included, goes the general way.
QDateTime parseImfFixdate(QByteArrayView text)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (text.size() != 29 || text.sliced(3, 2) != ", " || text[7] != ' ' || text[11] != ' ' || text[16] != ' ' || text[19] != ':'
        || text[22] != ':' || text.sliced(25) != " GMT")
        return {};
    const char *p = text.data();
    int month = 0;
    while (month < 12 && text.sliced(8, 3) != QByteArrayView(months[month]))
        ++month;
    const int day = twoDigits(p + 5);
    const int century = twoDigits(p + 12);
    const int yearInCentury = twoDigits(p + 14);
    const QDate date(century * 100 + yearInCentury, month + 1, day);
    const QTime time(twoDigits(p + 17), twoDigits(p + 20), twoDigits(p + 23));
    if (month == 12 || century < 0 || yearInCentury < 0 || !date.isValid() || !time.isValid()
        || text.first(3) != QByteArrayView(days[date.dayOfWeek() - 1]))
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    if (value.isEmpty())
        return {}; // the usual case (no Expires): not worth three failed QLocale parses
    if (const QDateTime fixdate = parseImfFixdate(value); fixdate.isValid() && fixdate.date().year() >= 1970)
        return fixdate;
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime.
    for (const QString &format : {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s}) {
        QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            parsed.setTimeSpec(Qt::UTC);
            return parsed;
        }
    }
    return {};
}

std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(now.addSecs(seconds));
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return std::nullopt;
    return std::max(date, now);
}

std::optional<qint64> parseCacheMaxAge(const QByteArray &cacheControl)
{
    std::optional<qint64> maxAge;
    const QList<QByteArray> directives = cacheControl.split(',');
    for (const QByteArray &raw : directives) {
        const QByteArray directive = raw.trimmed().toLower();
        if (directive == "no-store" || directive == "no-cache")
            return 0;
        const bool shared = directive.startsWith("s-maxage=");
        if (shared || directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 value = directive.mid(directive.indexOf('=') + 1).trimmed().toLongLong(&ok);
            if (ok && value >= 0 && (!maxAge || shared))
                maxAge = value;
        }
    }
    return maxAge;
}

qint64 failureBackoffSeconds(int consecutiveErrors, double jitterUnit)
{
    constexpr qint64 base = 10 * 60;
    constexpr qint64 cap = 24 * 3600;
    const int exponent = std::clamp(consecutiveErrors - 1, 0, 16);
    const double delay = std::min<double>(cap, base * std::pow(2.0, exponent));
    const double jitter = 1.0 + (std::clamp(jitterUnit, 0.0, 1.0) - 0.5) * 0.4;
    return std::min<qint64>(cap, qint64(delay * jitter));
}

QByteArray userAgent()
{
    return QByteArray("Freshet/") + freshetVersion + " (+feed reader)";
}

QByteArray ifNoneMatch(const QString &etag)
{
    const QByteArray sent = etag.toLatin1();
    for (const QByteArray &suffix : {QByteArray("-gzip\""), QByteArray("-br\"")}) {
        const qsizetype opening = sent.indexOf('"');
        if (sent.endsWith(suffix) && opening >= 0 && sent.size() - suffix.size() > opening + 1)
            return sent + ", " + sent.first(sent.size() - suffix.size()) + '"';
    }
    return sent;
}

} // namespace freshet
