// SPDX-License-Identifier: MIT
#include "faults.h"

#include "faultbodies.h"
#include "gzipbomb.h"
#include "httpdate.h"
#include "queryvalues.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 MaxOversized = qint64(16) << 30;
constexpr qint64 MaxBombExpanded = qint64(1) << 40;
constexpr int MaxRedirectHops = 100;
constexpr int MaxLoopPeriod = 20;

HttpResponse feed(const QByteArray &contentType = "application/rss+xml")
{
    return HttpResponse::bytes(200, contentType, FaultBodies::sampleFeed());
}

HttpResponse status(const HttpRequest &request, int code, bool dateByDefault)
{
    HttpResponse response = HttpResponse::error(code);
    const bool wantsRetryAfter = code == 429 || code == 503 || request.hasQuery(u"retry-after"_s);
    if (wantsRetryAfter) {
        const qint64 seconds = QueryValues::integer(request, u"retry-after"_s, 120, 0, 86400 * 365);
        const bool asDate = dateByDefault || QueryValues::flag(request, u"retry-after-date"_s);
        response.setHeader("Retry-After", asDate ? HttpDate::format(QDateTime::currentDateTimeUtc().addSecs(seconds))
                                                 : QByteArray::number(seconds));
    }
    return response;
}

/// `target` (a path on this server, perhaps with a query) as a reference relative to `from`:
/// "2" beside it, "../../gen/0.xml" elsewhere, as servers write relative Locations.
QString relativeReference(const QString &from, const QString &target)
{
    const qsizetype queryStart = target.indexOf(u'?');
    const QString targetPath = target.left(queryStart);
    const QString query = queryStart < 0 ? QString() : target.mid(queryStart);
    QStringList fromDirectories = from.split(u'/', Qt::SkipEmptyParts);
    if (!from.endsWith(u'/') && !fromDirectories.isEmpty())
        fromDirectories.removeLast();
    QStringList targetSegments = targetPath.split(u'/', Qt::SkipEmptyParts);
    if (targetPath.endsWith(u'/'))
        targetSegments.append(QString());
    qsizetype common = 0;
    while (common < fromDirectories.size() && common + 1 < targetSegments.size() && fromDirectories.at(common) == targetSegments.at(common))
        ++common;
    QString reference = u"../"_s.repeated(fromDirectories.size() - common) + targetSegments.mid(common).join(u'/');
    if (reference.isEmpty())
        reference = u"./"_s;
    return reference + query;
}

/// The Location of a redirect to `target` (a path on this server): absolute by default, or with
/// ?location= one of the other forms RFC 9110 allows and real servers send: "path" (an absolute
/// path), "relative" (relative to the request's path), "scheme-relative" ("//host:port/path").
QString locationFor(const HttpRequest &request, const QString &target)
{
    const QString form = request.queryValue(u"location"_s);
    if (form == u"path"_s)
        return target;
    if (form == u"relative"_s)
        return relativeReference(request.path, target);
    if (form == u"scheme-relative"_s)
        return request.origin.mid(request.origin.indexOf(u"//"_s)) + target;
    return request.origin + target;
}

HttpResponse redirect(const HttpRequest &request, int code, const QString &target)
{
    const QString location = locationFor(request, target);
    HttpResponse response = HttpResponse::text(code, "Moved to " + location.toUtf8() + '\n');
    response.setHeader("Location", location.toUtf8());
    return response;
}

QString withQuery(const QString &path, const HttpRequest &request)
{
    const QString query = request.query.toString(QUrl::FullyEncoded);
    return query.isEmpty() ? path : path + u'?' + query;
}

HttpResponse redirectChain(const HttpRequest &request, const QString &kind, int hops)
{
    // Each hop points at the same chain one shorter; the last hop points at `to`.
    static const int mixed[] = {301, 302, 307, 308};
    const int code = kind == u"mixed"_s ? mixed[hops % 4] : kind.toInt();
    if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308)
        return HttpResponse::error(404);
    if (hops > 1)
        return redirect(request, code, withQuery(u"/fault/redirect/%1/%2"_s.arg(kind).arg(hops - 1), request));
    QString target = request.hasQuery(u"to"_s) ? request.queryValue(u"to"_s) : u"/gen/0.xml"_s;
    if (!target.startsWith(u'/') || target.startsWith(u"//"_s))
        target = u"/gen/0.xml"_s; // stay on this server whatever the query says
    return redirect(request, code, target);
}

HttpResponse delivered(Delivery delivery)
{
    HttpResponse response = feed();
    response.delivery = delivery;
    return response;
}
} // namespace

namespace Faults {

HttpResponse handle(const HttpRequest &request)
{
    QString name = request.path.mid(QStringLiteral("/fault/").size());
    // Clients that append their own path to a base address (tt-rss's "api/") meet these
    // faults too.
    static const QRegularExpression appendedPath(u"^([45][0-9][0-9](-date)?|invalid-xml|truncated-xml|empty|stall|stall-headers)/.*$"_s);
    if (const QRegularExpressionMatch match = appendedPath.match(name); match.hasMatch())
        name = match.captured(1);
    const qint64 feedSize = FaultBodies::sampleFeed().size();

    static const QRegularExpression statusPattern(u"^([45][0-9][0-9])(-date)?$"_s);
    if (const QRegularExpressionMatch match = statusPattern.match(name); match.hasMatch())
        return status(request, match.captured(1).toInt(), match.hasCaptured(2));

    static const QRegularExpression redirectPattern(u"^redirect/(30[123478]|mixed)/([0-9]{1,3})$"_s);
    if (const QRegularExpressionMatch match = redirectPattern.match(name); match.hasMatch()) {
        const int hops = match.captured(2).toInt();
        if (hops < 1 || hops > MaxRedirectHops)
            return HttpResponse::error(404);
        return redirectChain(request, match.captured(1), hops);
    }

    static const QRegularExpression loopPattern(u"^loop/([0-9]{1,2})$"_s);
    if (const QRegularExpressionMatch match = loopPattern.match(name); match.hasMatch()) {
        const int period = int(QueryValues::integer(request, u"period"_s, 2, 1, MaxLoopPeriod));
        const int code = int(QueryValues::integer(request, u"code"_s, 302, 301, 308));
        const int next = (match.captured(1).toInt() + 1) % period;
        return redirect(request, code, withQuery(u"/fault/loop/%1"_s.arg(next), request));
    }

    if (name == u"drop"_s) {
        Delivery delivery;
        delivery.dropAfterBodyBytes = QueryValues::integer(request, u"at"_s, feedSize / 2, 0, feedSize);
        return delivered(delivery);
    }
    if (name == u"stall"_s || name == u"stall-headers"_s) {
        Delivery delivery;
        delivery.stallBeforeHeaders = true;
        return delivered(delivery);
    }
    if (name == u"stall-body"_s) {
        Delivery delivery;
        delivery.stallAfterBodyBytes = QueryValues::integer(request, u"after"_s, 64, 0, feedSize - 1);
        return delivered(delivery);
    }
    if (name == u"drip"_s) {
        Delivery delivery;
        delivery.paceIntervalMs = int(QueryValues::integer(request, u"interval-ms"_s, 100, 1, 60000));
        delivery.paceBytes = QueryValues::integer(request, u"bytes"_s, 1, 1, 65536);
        return delivered(delivery);
    }
    if (name == u"oversized"_s) {
        HttpResponse response;
        response.setHeader("Content-Type", "application/rss+xml");
        response.body = std::make_unique<OversizedFeedBody>(QueryValues::size(request, u"size"_s, qint64(50) << 20, MaxOversized));
        response.closeDelimited = QueryValues::flag(request, u"no-length"_s);
        return response;
    }
    if (name == u"gzip-bomb"_s) {
        HttpResponse response;
        response.setHeader("Content-Type", "application/rss+xml");
        response.setHeader("Content-Encoding", "gzip");
        response.body = std::make_unique<GzipBombBody>(QueryValues::size(request, u"size"_s, qint64(10) << 30, MaxBombExpanded));
        return response;
    }
    if (name.startsWith(u"content-type/"_s)) {
        static const QHash<QString, QByteArray> types{
            {u"png"_s, "image/png"},         {u"html"_s, "text/html; charset=utf-8"},
            {u"text"_s, "text/plain"},       {u"octet-stream"_s, "application/octet-stream"},
            {u"json"_s, "application/json"},
        };
        const QByteArray type = types.value(name.mid(QStringLiteral("content-type/").size()));
        return type.isEmpty() ? HttpResponse::error(404) : feed(type);
    }
    if (name == u"invalid-xml"_s)
        return HttpResponse::bytes(200, "application/rss+xml", FaultBodies::invalidXml());
    if (name == u"truncated-xml"_s) {
        // Transport intact (Content-Length matches), document cut mid-element.
        const QByteArray whole = FaultBodies::sampleFeed();
        return HttpResponse::bytes(200, "application/rss+xml", whole.left(whole.size() * 3 / 5));
    }
    if (name == u"empty"_s)
        return HttpResponse::bytes(200, "application/rss+xml", {});
    return HttpResponse::error(404);
}

} // namespace Faults
