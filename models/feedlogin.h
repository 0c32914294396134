// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace freshet {

/// How a feed proves who is asking. The secret itself (password or token) is never part of
/// this: it lives only in the system keychain, under credentialKey.
enum class LoginKind {
    None,
    Basic,  ///< HTTP Basic: user name here, password in the keychain
    Bearer, ///< Authorization: Bearer, token in the keychain
};

/// A feed's login as stored: what kind, the user name (not a secret) and where the keychain
/// keeps the secret. The key is derived from the profile and the feed, never from the secret.
struct FeedLogin
{
    LoginKind kind = LoginKind::None;
    QString user;
    QString credentialKey;
    /// The address the login was given for. It belongs to that address's origin (scheme, host,
    /// port) and is sent nowhere else, even after the feed moves for good to another origin.
    QUrl givenFor;

    bool isSet() const { return kind != LoginKind::None; }
};

/// "basic", "bearer", or an empty string for none: the stored and printed spelling.
inline QString loginKindName(LoginKind kind)
{
    switch (kind) {
    case LoginKind::Basic: return QStringLiteral("basic");
    case LoginKind::Bearer: return QStringLiteral("bearer");
    case LoginKind::None: break;
    }
    return {};
}

inline LoginKind loginKindFromName(const QString &name)
{
    if (name == QLatin1String("basic"))
        return LoginKind::Basic;
    if (name == QLatin1String("bearer"))
        return LoginKind::Bearer;
    return LoginKind::None;
}

} // namespace freshet
