// SPDX-License-Identifier: MIT
#pragma once

#include "feedlogin.h"
#include "network/feedrequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace freshet {

/// "Basic base64(user:password)", the user name and password as UTF-8 (RFC 7617).
QByteArray basicAuthorization(const QString &user, const QString &password);
/// "Bearer token" (RFC 6750).
QByteArray bearerAuthorization(const QString &token);

/// The header for a login of this kind: Basic, Bearer, or nothing for LoginKind::None.
QByteArray loginAuthorization(LoginKind kind, const QString &user, const QString &secret);

/// Same scheme, host and port (the default one when none is written).
bool sameOrigin(const QUrl &a, const QUrl &b);

/// The Authorization header to send to one hop of a request: the request's own while the hop
/// stays on the origin of the feed's address, nothing once a redirect leaves it. A feed's
/// password must never reach a host it was not given for.
QByteArray authorizationForHop(const FeedRequest &request, const QUrl &hop);

/// The outcome message of a 401: whether a login was sent says which of the two it is.
QString loginRequiredMessage(bool loginWasSent);

} // namespace freshet
