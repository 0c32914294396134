// SPDX-License-Identifier: MIT
#include "authorization.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
class AuthorizationMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AuthorizationMessages)
};

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
}
} // namespace

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &token)
{
    return "Bearer " + token.trimmed().toUtf8();
}

QByteArray loginAuthorization(LoginKind kind, const QString &user, const QString &secret)
{
    switch (kind) {
    case LoginKind::Basic: return basicAuthorization(user, secret);
    case LoginKind::Bearer: return bearerAuthorization(secret);
    case LoginKind::None: break;
    }
    return {};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && effectivePort(a) == effectivePort(b);
}

QString originText(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

bool loginMayGoTo(const QUrl &givenFor, const QUrl &hop)
{
    // Two empty addresses are the "same origin": a login given for nothing goes nowhere.
    return givenFor.isValid() && !givenFor.host().isEmpty() && sameOrigin(givenFor, hop);
}

QByteArray authorizationForHop(const FeedRequest &request, const QUrl &hop)
{
    if (request.authorization.isEmpty() || !loginMayGoTo(request.loginGivenFor, hop))
        return {};
    return request.authorization;
}

QString loginRequiredMessage(bool loginWasSent)
{
    if (loginWasSent)
        return AuthorizationMessages::tr("This feed needs a login, and the stored login was refused (HTTP 401). "
                                         "Check the user name and password, or the token.");
    return AuthorizationMessages::tr("This feed needs a login (HTTP 401).");
}

bool loginBelongsTo(const FeedLogin &login, const QUrl &address)
{
    return login.isSet() && loginMayGoTo(login.givenFor, address);
}

QString loginMovedMessage(const QUrl &givenFor, const QUrl &movedTo)
{
    return AuthorizationMessages::tr("This feed moved to %1, where its login for %2 is not sent; log in again there.")
        .arg(originText(movedTo), originText(givenFor));
}

QString loginRequiredMessage(const FeedRequest &request, const QUrl &hop, bool feedMovedThere)
{
    if (!request.loginGivenFor.isValid() || sameOrigin(request.loginGivenFor, hop))
        return loginRequiredMessage(!authorizationForHop(request, hop).isEmpty());
    if (feedMovedThere)
        return loginMovedMessage(request.loginGivenFor, hop);
    return AuthorizationMessages::tr("This feed's server sent the request on to %1, where its login for %2 is not sent (HTTP 401); "
                                     "ask the publisher why.")
        .arg(originText(hop), originText(request.loginGivenFor));
}

} // namespace freshet
