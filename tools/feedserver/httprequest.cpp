// SPDX-License-Identifier: MIT
#include "httprequest.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequest HttpRequest::withPath(const QString &newPath) const
{
    HttpRequest copy = *this;
    copy.path = newPath;
    QUrl url;
    url.setPath(newPath);
    url.setQuery(query);
    copy.target = url.toEncoded();
    return copy;
}

namespace {

/// Turns an absolute-form target ("http://host:port/path?query") into its origin form
/// ("/path?query") and hands back the authority. An origin-form target stays as it is.
/// False for an absolute target that is not an http(s) URL with a host.
bool takeAbsoluteForm(QByteArray &target, QByteArray &authority)
{
    const QByteArray lower = target.left(8).toLower();
    if (!lower.startsWith("http://") && !lower.startsWith("https://"))
        return true;
    const QUrl url = QUrl::fromEncoded(target, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    authority = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() >= 0)
        authority += ':' + QByteArray::number(url.port());
    QByteArray originForm = url.path(QUrl::FullyEncoded).toLatin1();
    if (originForm.isEmpty())
        originForm = "/";
    if (url.hasQuery())
        originForm += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    target = originForm;
    return true;
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray &buffer, HttpRequest &request)
{
    // Browsers and some clients send a stray CRLF after a body; RFC 9112 says to skip it.
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0)
        return buffer.size() - start > MaxHeaderBytes ? fail(431) : State::NeedMore;
    if (headerEnd - start > MaxHeaderBytes)
        return fail(431);

    const QList<QByteArray> lines = buffer.mid(start, headerEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail(400);
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")
        return fail(505);

    HttpRequest parsed;
    parsed.method = requestLine.at(0);
    parsed.target = requestLine.at(1);
    parsed.minorVersion = requestLine.at(2).endsWith('1') ? 1 : 0;
    // RFC 9112 §3.2.2: servers accept the absolute form proxies send ("GET http://host/path"),
    // so the server can stand in as the HTTP proxy of an application that will not fetch from
    // loopback. It serves the path whatever the host, and the URL's authority replaces Host.
    QByteArray absoluteAuthority;
    if (!takeAbsoluteForm(parsed.target, absoluteAuthority))
        return fail(400);
    if (!parsed.target.startsWith('/'))
        return fail(400);
    if (lines.size() - 1 > MaxHeaderCount)
        return fail(431);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        parsed.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!absoluteAuthority.isEmpty()) {
        parsed.headers.removeIf([](const auto &header) { return header.first == "host"; });
        parsed.headers.append({QByteArrayLiteral("host"), absoluteAuthority});
    }

    if (parsed.hasHeader("transfer-encoding"))
        return fail(501); // no request we serve needs a chunked body
    qsizetype bodyLength = 0;
    if (parsed.hasHeader("content-length")) {
        bool ok = false;
        bodyLength = parsed.header("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return fail(400);
        if (bodyLength > MaxBodyBytes)
            return fail(413);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < bodyLength)
        return State::NeedMore;
    parsed.body = buffer.mid(bodyStart, bodyLength);

    // Tolerant: `?feeds=10%` is what people type with curl; a lone '%' then reads as itself.
    const QUrl url = QUrl::fromEncoded(parsed.target, QUrl::TolerantMode);
    if (!url.isValid())
        return fail(400);
    parsed.path = url.path(QUrl::FullyDecoded);
    parsed.query = QUrlQuery(url);

    buffer.remove(0, bodyStart + bodyLength);
    request = std::move(parsed);
    return State::Complete;
}
