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
