// SPDX-License-Identifier: MIT
#include "auth.h"

Auth::Auth(QString user, QString password, QString token)
    : m_basicCredentials((user + u':' + password).toUtf8().toBase64()), m_token(token.toUtf8())
{}

std::optional<HttpResponse> Auth::challenge(const HttpRequest &request, Scheme scheme) const
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray presentedScheme = authorization.left(space).toLower();
    const QByteArray credentials = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();

    if (scheme == Scheme::Basic) {
        if (presentedScheme == "basic" && credentials == m_basicCredentials)
            return std::nullopt;
        HttpResponse response = HttpResponse::error(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"freshet-feedserver\", charset=\"UTF-8\"");
        return response;
    }
    if (presentedScheme == "bearer" && credentials == m_token)
        return std::nullopt;
    HttpResponse response = HttpResponse::error(401);
    // RFC 6750: a wrong token is reported as such; no token at all gets the bare challenge.
    response.setHeader("WWW-Authenticate", presentedScheme == "bearer" ? "Bearer realm=\"freshet-feedserver\", error=\"invalid_token\""
                                                                       : "Bearer realm=\"freshet-feedserver\"");
    return response;
}
