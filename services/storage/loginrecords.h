// SPDX-License-Identifier: MIT
#pragma once

#include "feedlogin.h"
#include "result.h"
#include "storeconnection.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace freshet {

/// FeedStore's record of which feeds need a login: only the kind and user name, since secrets
/// live in the keychain (loginrecords.cpp).
class LoginRecords : protected virtual StoreConnection
{
public:
    /// The feed's login; kind None when it has none. credentialKey is always filled.
    Result<FeedLogin> login(qint64 feedId) const;
    /// Every feed that has a login, by feed id.
    Result<QHash<qint64, FeedLogin>> logins() const;
    /// kind None removes the login. givenFor: the address the person gave it for (what they
    /// typed or were asked about), which may not be the feed's address once a redirect moved
    /// it; the login is sent only to that address's origin.
    Status setLogin(qint64 feedId, LoginKind kind, const QString &user, const QUrl &givenFor);

protected:
    LoginRecords() = default;
    ~LoginRecords() = default;

private:
    /// The keychain key of a feed's secret: "feed/<profile tag>/<feed id>".
    Result<QString> credentialKey(qint64 feedId) const;
};

} // namespace freshet
