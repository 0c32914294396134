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

/// "scheme://host[:port]": the part of an address a login belongs to, as shown to people.
QString originText(const QUrl &url);

/// The one rule for every login Freshet holds (a feed's, a sync account's, one written in a
/// download's address): it goes to the origin it was given for and to no other, whatever a
/// redirect or a move says. False when givenFor is not an address at all.
bool loginMayGoTo(const QUrl &givenFor, const QUrl &hop);

/// The Authorization header to send to one hop of a request: the request's own while the hop
/// is on the origin the login was given for (request.loginGivenFor), nothing elsewhere. Not
/// the origin of request.url: after a permanent move that is the new host's. A feed's password
/// must never reach a host it was not given for.
QByteArray authorizationForHop(const FeedRequest &request, const QUrl &hop);

/// Whether a stored login may go to the feed at `address`: it was given for that origin.
bool loginBelongsTo(const FeedLogin &login, const QUrl &address);

/// What a feed whose login was given for `givenFor` says once it moved for good to `movedTo`,
/// another origin: the login stays behind, and the person is asked to log in there.
QString loginMovedMessage(const QUrl &givenFor, const QUrl &movedTo);

/// The outcome message of a 401: whether a login was sent says which of the two it is.
QString loginRequiredMessage(bool loginWasSent);

/// The outcome message of a 401 from `hop`: as above, unless the feed's login belongs to
/// another origin, which then says so. feedMovedThere: hop is the feed's address now (it was
/// subscribed there, or every redirect to it was permanent), not a temporary detour.
QString loginRequiredMessage(const FeedRequest &request, const QUrl &hop, bool feedMovedThere);

} // namespace freshet
