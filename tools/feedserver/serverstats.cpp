// SPDX-License-Identifier: MIT
#include "serverstats.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

void ServerStats::reset()
{
    // Open connections are a gauge, not a counter: a reset must not forget them.
    const qint64 open = connectionsOpen;
    *this = ServerStats{};
    connectionsOpen = open;
    sinceReset.start();
}

QByteArray ServerStats::toJson() const
{
    QJsonObject statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    const QJsonObject object{
        {u"requests"_s, requests},
        {u"bytesSent"_s, bytesSent},
        {u"bodyBytesSent"_s, bodyBytesSent},
        {u"connectionsAccepted"_s, connectionsAccepted},
        {u"connectionsRejected"_s, connectionsRejected},
        {u"connectionsOpen"_s, connectionsOpen},
        {u"notModified"_s, notModified},
        {u"gzipResponses"_s, gzipResponses},
        {u"byStatus"_s, statuses},
        {u"elapsedMs"_s, sinceReset.isValid() ? sinceReset.elapsed() : 0},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
