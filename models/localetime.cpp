// SPDX-License-Identifier: MIT
#include "localetime.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString shortTime(const QLocale &locale, QTime time)
{
    static const QRegularExpression seconds(u"[:.,]?s{1,2}"_s);
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format.trimmed());
}

QString shortMoment(const QLocale &locale, const QDateTime &moment)
{
    const QDateTime local = moment.toLocalTime();
    if (local.date() == QDate::currentDate())
        return shortTime(locale, local.time());
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + shortTime(locale, local.time());
}

} // namespace freshet
