// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace freshet {

/// One conditional GET of a feed document.
struct FeedRequest
{
    qint64 feedId = 0;
    QUrl url;
    QString etag;
    QString lastModified;
    /// The Authorization header value for a feed that needs a login (see authorization.h);
    /// sent only to the origin of loginGivenFor, never after a redirect to another one.
    QByteArray authorization;
    /// The address the feed's login was given for; its scheme, host and port are where the
    /// login may go. Not url: a permanent move rewrites the feed's address, not whom the
    /// person gave a password to. Set even when authorization is not (the feed moved to
    /// another origin, so the secret was not read), to say so if the new one asks for a login.
    QUrl loginGivenFor;
};

/// Why a request did not bring a document.
enum class FetchError {
    None,
    Network, ///< DNS, refused, reset, TLS: the reply's own message says which
    Timeout,
    HttpStatus,  ///< 4xx/5xx other than the ones below
    Gone,        ///< 410: the publisher retired the feed
    RateLimited, ///< 429 or 503, usually with Retry-After
    TooLarge,
    TooManyRedirects,
    RedirectLoop,
    Cancelled,        ///< stopped at the deadline, or never started for lack of budget
    LoginRequired,    ///< 401: no login, or the one sent was refused
    Keychain,         ///< the feed's password or token could not be read from the keychain
    InsecureRedirect, ///< a redirect from https to http: never followed, the address is kept
};

/// What came back for a FeedRequest, after redirects.
struct FeedResponse
{
    qint64 feedId = 0;
    QUrl requestedUrl;
    QUrl finalUrl;
    QUrl permanentUrl; ///< set when every hop was a 301/308: the feed moved for good
    int httpStatus = 0;
    bool notModified = false;
    QByteArray body;
    QByteArray contentType;
    QString etag;
    QString lastModified;
    std::optional<QDateTime> retryAfter;
    std::optional<qint64> maxAgeSeconds;
    QDateTime expires;
    FetchError error = FetchError::None;
    QString errorText;
    bool started = false; ///< false: cancelled before any byte was requested
    qint64 bytes = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return error == FetchError::None; }
};

} // namespace freshet
