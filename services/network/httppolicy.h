// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace freshet {

/// Retry-After as seconds or an HTTP-date, turned into the moment to try again.
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// Cache-Control max-age (or s-maxage), in seconds; no-store/no-cache count as 0.
std::optional<qint64> parseCacheMaxAge(const QByteArray &cacheControl);

/// An HTTP-date (RFC 9110: IMF-fixdate, and the obsolete RFC 850 and asctime forms).
QDateTime parseHttpDate(const QByteArray &value);

/// How long to wait after the n-th failure in a row: exponential from 10 minutes, capped at a
/// day, with ±20% jitter so that many failing feeds do not all retry in the same second.
qint64 failureBackoffSeconds(int consecutiveErrors, double jitterUnit);

/// "Freshet/<version> (+feed reader)".
QByteArray userAgent();

/// The If-None-Match value for a stored ETag. Apache's mod_deflate (and mod_brotli) answer with
/// the file's ETag plus "-gzip" ("-br") but compare a request's tags with the file's own, so
/// the suffixed tag alone never matches; the tag without the suffix is offered beside it.
QByteArray ifNoneMatch(const QString &etag);

} // namespace freshet
