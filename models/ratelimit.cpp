// SPDX-License-Identifier: MIT
#include "ratelimit.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
class RateLimitMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RateLimitMessages)
};
} // namespace

QString rateLimitedUntilText(const QDateTime &until, const QDateTime &now)
{
    const QDateTime local = until.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date() ? local.toString(u"HH:mm"_s) : local.toString(u"yyyy-MM-dd HH:mm"_s);
    return RateLimitMessages::tr("Rate-limited by the server until %1").arg(when);
}

} // namespace freshet
