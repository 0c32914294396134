// SPDX-License-Identifier: MIT
#include "representation.h"

#include "gzip.h"
#include "httpdate.h"
#include "queryvalues.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

std::shared_ptr<const Representation> Representation::make(QByteArray contentType, QByteArray body, QDateTime lastModified)
{
    auto representation = std::make_shared<Representation>();
    representation->contentType = std::move(contentType);
    representation->etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    representation->gzipBody = Gzip::compress(body);
    representation->body = std::move(body);
    // HTTP dates have whole seconds; a sub-second Last-Modified would never compare equal.
    const QDateTime utc = lastModified.toUTC();
    representation->lastModified = utc.addMSecs(-utc.time().msec());
    return representation;
}

namespace ConditionalGet {

namespace {
QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.endsWith("-gz\""))
        tag = tag.chopped(4) + '"';
    return tag;
}
} // namespace

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QByteArray wanted = opaqueTag(etag);
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    for (const QByteArray &tag : tags) {
        if (tag.trimmed() == "*" || opaqueTag(tag) == wanted)
            return true;
    }
    return false;
}

bool isNotModified(const HttpRequest &request, const QByteArray &etag, const QDateTime &lastModified)
{
    if (request.method != "GET" && request.method != "HEAD")
        return false;
    if (request.hasHeader("if-none-match"))
        return !etag.isEmpty() && etagMatches(request.header("if-none-match"), etag);
    if (request.hasHeader("if-modified-since") && lastModified.isValid()) {
        const QDateTime since = HttpDate::parse(request.header("if-modified-since"));
        return since.isValid() && lastModified <= since;
    }
    return false;
}

bool acceptsGzip(const HttpRequest &request)
{
    const QList<QByteArray> codings = request.header("accept-encoding").toLower().split(',');
    for (const QByteArray &coding : codings) {
        const QList<QByteArray> parts = coding.split(';');
        if (parts.first().trimmed() != "gzip" && parts.first().trimmed() != "x-gzip")
            continue;
        for (const QByteArray &parameter : parts.sliced(1)) {
            const QByteArray p = parameter.trimmed();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

QByteArray gzipEtag(const QByteArray &etag)
{
    return etag.chopped(1) + "-gz\"";
}

} // namespace ConditionalGet

HttpResponse serve(const HttpRequest &request, const Representation &representation)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse response = HttpResponse::error(405);
        response.setHeader("Allow", "GET, HEAD");
        return response;
    }
    const QString validators = request.hasQuery(u"validators"_s) ? request.queryValue(u"validators"_s) : u"both"_s;
    const bool sendEtag = validators == u"both"_s || validators == u"etag"_s;
    const bool sendLastModified = validators == u"both"_s || validators == u"last-modified"_s;
    const bool gzip = ConditionalGet::acceptsGzip(request) && !representation.gzipBody.isEmpty();
    const QByteArray etag = sendEtag ? (gzip ? ConditionalGet::gzipEtag(representation.etag) : representation.etag) : QByteArray();
    const QDateTime lastModified = sendLastModified ? representation.lastModified : QDateTime();

    HttpResponse response;
    if (ConditionalGet::isNotModified(request, etag, lastModified)) {
        response.status = 304;
    } else {
        response.setHeader("Content-Type", representation.contentType);
        if (gzip)
            response.setHeader("Content-Encoding", "gzip");
        response.body = std::make_unique<ByteArrayBody>(gzip ? representation.gzipBody : representation.body);
    }
    if (sendEtag)
        response.setHeader("ETag", etag);
    if (sendLastModified)
        response.setHeader("Last-Modified", HttpDate::format(lastModified));
    response.setHeader("Vary", "Accept-Encoding");
    if (request.hasQuery(u"max-age"_s))
        response.setHeader("Cache-Control", "max-age=" + QByteArray::number(QueryValues::integer(request, u"max-age"_s, 0, 0, 31536000)));
    else
        response.setHeader("Cache-Control", "no-cache");
    return response;
}
