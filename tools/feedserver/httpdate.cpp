// SPDX-License-Identifier: MIT
#include "httpdate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace HttpDate {

QByteArray format(const QDateTime &time)
{
    // The C locale keeps day and month names English whatever the machine's locale is.
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QDateTime parse(const QByteArray &text)
{
    const QString value = QString::fromLatin1(text.trimmed());
    static const QString formats[] = {
        u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, // IMF-fixdate
        u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,  // RFC 850
        u"ddd MMM d HH:mm:ss yyyy"_s,         // asctime
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime time = c.toDateTime(value, format);
        if (!time.isValid() && format.startsWith(u"ddd MMM"_s))
            time = c.toDateTime(QString(value).replace(u"  "_s, u" "_s), format);
        if (time.isValid()) {
            time.setTimeZone(QTimeZone::utc());
            // RFC 850 two-digit years: QLocale reads them as 19xx; HTTP says within 50 years.
            if (time.date().year() < 1970)
                time = time.addYears(100);
            return time;
        }
    }
    return {};
}

} // namespace HttpDate
