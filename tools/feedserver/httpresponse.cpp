// SPDX-License-Identifier: MIT
#include "httpresponse.h"

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &contentType, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    if (!contentType.isEmpty())
        response.setHeader("Content-Type", contentType);
    response.body = std::make_unique<ByteArrayBody>(std::move(body));
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    return bytes(status, "text/plain; charset=utf-8", text);
}

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    return bytes(status, "application/json", json);
}

HttpResponse HttpResponse::error(int status)
{
    return text(status, QByteArray::number(status) + ' ' + HttpStatus::reason(status) + '\n');
}

namespace HttpStatus {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

} // namespace HttpStatus
