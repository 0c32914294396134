// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>

#include <zlib.h>

/// What a QNetworkAccessManager request ended with.
struct HttpResult
{
    bool finished = false; ///< false: no answer within the timeout
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-cased names

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// One QNetworkAccessManager that never goes through a proxy (the server is on loopback) and
/// does not follow redirects unless asked, so tests see every hop.
class HttpTestClient final
{
    Q_DISABLE_COPY_MOVE(HttpTestClient)

public:
    HttpTestClient() { m_manager.setProxy(QNetworkProxy::NoProxy); }

    HttpResult send(QNetworkRequest request, const QByteArray &verb = "GET", int timeoutMs = 10000)
    {
        if (!request.attribute(QNetworkRequest::RedirectPolicyAttribute).isValid())
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // HEAD through head(): as a custom verb QNetworkAccessManager would wait for a body.
        QNetworkReply *reply = verb == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(timeoutMs) || reply->isFinished();
        if (!result.finished) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return send(request, "GET", timeoutMs);
    }

    HttpResult post(const QUrl &url) { return send(QNetworkRequest(url), "POST"); }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
};

/// What a raw socket received: every byte, and whether the server closed the connection.
struct RawExchange
{
    bool connected = false;
    QByteArray received;
    bool closedByServer = false;

    QByteArray head() const { return received.left(received.indexOf("\r\n\r\n") + 4); }
    QByteArray body() const { return received.mid(received.indexOf("\r\n\r\n") + 4); }
};

/// Sends request bytes over a plain socket and collects what comes back until the server
/// closes, stopAfterBytes arrived, or timeoutMs passed: byte-level checks (drops, stalls,
/// keep-alive) that QNetworkAccessManager would hide.
inline RawExchange rawExchange(quint16 port, const QByteArray &request, int timeoutMs, qint64 stopAfterBytes = -1)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return exchange;
    exchange.connected = true;
    socket.write(request);
    socket.waitForBytesWritten(timeoutMs);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (stopAfterBytes >= 0 && exchange.received.size() >= stopAfterBytes)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            exchange.closedByServer = true;
            break;
        }
        socket.waitForReadyRead(int(std::max<qint64>(1, std::min<qint64>(deadline.remainingTime(), 200))));
        exchange.received += socket.readAll();
    }
    return exchange;
}

inline QByteArray getRequest(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

/// Inflates a gzip body, giving up (empty result) past maxBytes.
inline QByteArray gunzip(const QByteArray &data, qint64 maxBytes = 64 * 1024 * 1024)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK && out.size() <= maxBytes) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}
