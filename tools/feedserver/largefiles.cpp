// SPDX-License-Identifier: MIT
#include "largefiles.h"

#include "httpdate.h"
#include "pseudorandombody.h"
#include "queryvalues.h"
#include "representation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 MaxFileSize = qint64(64) << 30;
// The digest is computed on the server's thread; beyond this it would stall other clients.
constexpr qint64 MaxDigestSize = qint64(1) << 30;

struct FileIdentity
{
    qint64 size = 0;
    quint64 seed = 0;
    qint64 version = 1;

    quint64 key() const { return quint64(size) * 0x100000001b3ULL ^ (seed * 0x9e3779b97f4a7c15ULL) ^ (quint64(version) << 48); }
    QByteArray etag() const
    {
        return "\"large-" + QByteArray::number(size) + '-' + QByteArray::number(seed) + "-v" + QByteArray::number(version) + '"';
    }
    QDateTime lastModified() const { return QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).addDays(version); }
};

enum class RangeKind { Whole, Partial, Unsatisfiable };
struct ByteRange
{
    RangeKind kind = RangeKind::Whole;
    qint64 first = 0;
    qint64 last = 0;
};

/// One `bytes=` range; anything else (several ranges, other units, nonsense) is ignored, which
/// RFC 9110 allows and which serves the whole file.
ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange range;
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return range;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return range;
    bool firstOk = false;
    bool lastOk = false;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) {
        const qint64 suffix = lastText.toLongLong(&lastOk);
        if (!lastOk || suffix < 0)
            return range;
        if (suffix == 0 || size == 0)
            return {RangeKind::Unsatisfiable, 0, 0};
        return {RangeKind::Partial, std::max<qint64>(0, size - suffix), size - 1};
    }
    const qint64 first = firstText.toLongLong(&firstOk);
    const qint64 last = lastText.isEmpty() ? size - 1 : lastText.toLongLong(&lastOk);
    if (!firstOk || first < 0 || (!lastText.isEmpty() && (!lastOk || last < first)))
        return range;
    if (first >= size)
        return {RangeKind::Unsatisfiable, 0, 0};
    return {RangeKind::Partial, first, std::min(last, size - 1)};
}

bool ifRangeHolds(const QByteArray &ifRange, const FileIdentity &file)
{
    const QByteArray value = ifRange.trimmed();
    if (value.startsWith("W/"))
        return false; // If-Range needs a strong validator
    if (value.startsWith('"'))
        return value == file.etag();
    const QDateTime date = HttpDate::parse(value);
    return date.isValid() && date == file.lastModified();
}
} // namespace

HttpResponse LargeFiles::handle(const HttpRequest &request)
{
    QString name = request.path.mid(QStringLiteral("/large/").size());
    const bool digest = name.endsWith(u".sha256"_s);
    if (digest)
        name.chop(QStringLiteral(".sha256").size());
    if (!name.endsWith(u".bin"_s))
        return HttpResponse::error(404);
    name.chop(4);
    const std::optional<qint64> size = QueryValues::parseSize(name);
    if (!size || *size > MaxFileSize)
        return HttpResponse::error(404);
    return digest ? serveDigest(request, *size) : serveFile(request, *size);
}

HttpResponse LargeFiles::serveFile(const HttpRequest &request, qint64 size)
{
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::error(405);
    FileIdentity file;
    file.size = size;
    file.seed = quint64(QueryValues::integer(request, u"seed"_s, 0, 0, std::numeric_limits<qint64>::max()));
    file.version = QueryValues::integer(request, u"version"_s, m_version, 0, std::numeric_limits<qint32>::max());
    const bool ignoreRange = QueryValues::flag(request, u"ignore-range"_s);

    HttpResponse response;
    response.setHeader("ETag", file.etag());
    response.setHeader("Last-Modified", HttpDate::format(file.lastModified()));
    if (!ignoreRange)
        response.setHeader("Accept-Ranges", "bytes");
    if (ConditionalGet::isNotModified(request, file.etag(), file.lastModified())) {
        response.status = 304;
        return response;
    }
    response.setHeader("Content-Type", "application/octet-stream");
    // Served as given, hostile or not: clients must make a safe file name of it themselves.
    if (request.hasQuery(u"filename"_s))
        response.setHeader("Content-Disposition", "attachment; filename=\"" + request.queryValue(u"filename"_s).toUtf8() + '"');

    ByteRange range;
    if (!ignoreRange && request.hasHeader("range") && (!request.hasHeader("if-range") || ifRangeHolds(request.header("if-range"), file)))
        range = parseRange(request.header("range"), size);

    if (range.kind == RangeKind::Unsatisfiable) {
        HttpResponse refused = HttpResponse::error(416);
        refused.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        refused.setHeader("Accept-Ranges", "bytes");
        return refused;
    }
    const qint64 first = range.kind == RangeKind::Partial ? range.first : 0;
    const qint64 last = range.kind == RangeKind::Partial ? range.last : size - 1;
    if (range.kind == RangeKind::Partial) {
        response.status = 206;
        response.setHeader("Content-Range",
                           "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
    }
    response.body = std::make_unique<PseudoRandomBody>(file.key(), first, last - first + 1);
    // A server that gives no length: the body ends when the connection closes.
    response.closeDelimited = QueryValues::flag(request, u"no-length"_s);

    // A drop offset is a byte of the file: a resumed request starting at or past it is not
    // dropped again, so "drop, then resume" needs no second URL.
    qint64 dropAt = QueryValues::size(request, u"drop-at"_s, -1, MaxFileSize);
    if (!(dropAt > first && dropAt <= last) && request.method == "GET") {
        const auto armed = m_armedDrops.upper_bound(first);
        if (armed != m_armedDrops.end() && *armed <= last) {
            dropAt = *armed;
            m_armedDrops.erase(armed);
        }
    }
    if (dropAt > first && dropAt <= last)
        response.delivery.dropAfterBodyBytes = dropAt - first;

    const qint64 rate = QueryValues::size(request, u"rate"_s, 0, qint64(1) << 40);
    if (rate > 0) {
        response.delivery.paceIntervalMs = 50;
        response.delivery.paceBytes = std::max<qint64>(1, rate / 20);
    }
    return response;
}

HttpResponse LargeFiles::serveDigest(const HttpRequest &request, qint64 size)
{
    if (size > MaxDigestSize)
        return HttpResponse::error(413);
    FileIdentity file;
    file.size = size;
    file.seed = quint64(QueryValues::integer(request, u"seed"_s, 0, 0, std::numeric_limits<qint64>::max()));
    file.version = QueryValues::integer(request, u"version"_s, m_version, 0, std::numeric_limits<qint32>::max());
    QByteArray &hex = m_digests[file.key()];
    if (hex.isEmpty()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        for (qint64 offset = 0; offset < size; offset += chunk.size()) {
            const qint64 count = std::min<qint64>(chunk.size(), size - offset);
            PseudoRandomBody::generate(file.key(), offset, chunk.data(), count);
            hash.addData(QByteArrayView(chunk.constData(), count));
        }
        hex = hash.result().toHex();
    }
    HttpResponse response = HttpResponse::text(200, hex + '\n');
    response.setHeader("ETag", file.etag());
    return response;
}
