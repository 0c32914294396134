// SPDX-License-Identifier: MIT
#include "redirecttarget.h"

#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QUrl redirectTarget(const QUrl &requested, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Tolerant: a raw space or UTF-8 byte in a Location is common and means what it says.
    const QUrl reference = QUrl::fromEncoded(trimmed, QUrl::TolerantMode);
    if (!reference.isValid())
        return {};
    return requested.resolved(reference);
}

QUrl redirectTarget(const QNetworkReply *reply)
{
    return redirectTarget(reply->url(), reply->rawHeader("Location"));
}

bool redirectDowngrades(const QUrl &from, const QUrl &to)
{
    return from.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 && to.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0;
}

} // namespace freshet
