// SPDX-License-Identifier: MIT
#include "connectionerror.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace freshet::sync {

namespace {

class ConnectionErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::sync::ConnectionErrorMessages)
};

} // namespace

QString connectionErrorMessage(const QNetworkReply *reply)
{
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ConnectionErrorMessages::tr("The server %1 refused the connection.").arg(host);
    case QNetworkReply::HostNotFoundError: return ConnectionErrorMessages::tr("The host %1 could not be found.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return ConnectionErrorMessages::tr("The server %1 closed the connection before it answered.").arg(host);
    case QNetworkReply::TimeoutError: return ConnectionErrorMessages::tr("The server %1 did not answer in time.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return ConnectionErrorMessages::tr("The secure connection to %1 failed: %2").arg(host, reply->errorString());
    default: return ConnectionErrorMessages::tr("The connection to %1 failed: %2").arg(host, reply->errorString());
    }
}

} // namespace freshet::sync
