// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One parsed HTTP/1.x request. Header names are stored lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< origin form, e.g. "/gen/1.xml?items=5" (also for an absolute-form request)
    QString path;      ///< percent-decoded path of target
    QUrlQuery query;
    int minorVersion = 1; ///< HTTP/1.<minorVersion>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// "http://127.0.0.1:PORT", the address the client reached us on; used for absolute URLs.
    QString origin;

    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    bool wantsKeepAlive() const;
    /// A copy of this request addressed to another path (auth wrappers forward this way).
    HttpRequest withPath(const QString &newPath) const;
};

/// Incremental, bounded parser: feed it socket bytes, take complete requests out.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxHeaderCount = 100;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    /// Tries to take one request off the front of buffer. On Complete the request's bytes are
    /// removed from buffer; on Error errorStatus() says which 4xx/5xx to answer.
    State parse(QByteArray &buffer, HttpRequest &request);
    int errorStatus() const { return m_errorStatus; }

private:
    State fail(int status);
    int m_errorStatus = 400;
};
