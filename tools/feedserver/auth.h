// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QString>

#include <optional>

/// Credentials for /auth/basic/… and /auth/bearer/…, which wrap any other path.
class Auth final
{
public:
    enum class Scheme { Basic, Bearer };

    Auth(QString user, QString password, QString token);

    /// nullopt when the request carries the right credentials, else the 401 to send.
    std::optional<HttpResponse> challenge(const HttpRequest &request, Scheme scheme) const;

private:
    QByteArray m_basicCredentials; ///< base64("user:password")
    QByteArray m_token;
};
