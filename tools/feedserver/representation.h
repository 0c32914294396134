// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>

/// One cacheable document: its bytes, its gzip form computed once, and its validators.
/// Every feed-like path (fixtures, generated feeds, demo) answers through serve(), so
/// conditional GET and gzip behave the same everywhere.
struct Representation
{
    QByteArray contentType;
    QByteArray body;
    QByteArray gzipBody;
    QByteArray etag; ///< strong, quoted, derived from the body
    QDateTime lastModified;

    static std::shared_ptr<const Representation> make(QByteArray contentType, QByteArray body, QDateTime lastModified);
    qint64 cost() const { return body.size() + gzipBody.size(); }
};

namespace ConditionalGet {
/// If-None-Match against an entity tag (weak comparison, as RFC 9110 asks for this header).
/// The gzip variant's tag ("…-gz") counts as the same resource.
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag);
/// RFC 9110 §13.2.2 order: If-None-Match decides when present, else If-Modified-Since.
bool isNotModified(const HttpRequest &request, const QByteArray &etag, const QDateTime &lastModified);
bool acceptsGzip(const HttpRequest &request);
/// The gzip variant's entity tag: a different representation needs a different strong tag.
QByteArray gzipEtag(const QByteArray &etag);
} // namespace ConditionalGet

/// 200 (identity or gzip) or 304 for a representation. Query options shared by every path:
/// `validators=none|etag|last-modified` drops validators (servers that have none), and
/// `max-age=S` adds Cache-Control.
HttpResponse serve(const HttpRequest &request, const Representation &representation);
