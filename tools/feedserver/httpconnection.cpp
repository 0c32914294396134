// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include "httpdate.h"
#include "requesthandler.h"
#include "serverstats.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
// Body bytes are pulled in chunks and only while the socket's queue is short, so a 10 GB
// body costs a few hundred kilobytes of memory.
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 HighWaterBytes = 256 * 1024;
// What the kernel has not taken yet is not read off the socket beyond this; pipelined
// requests wait there instead of growing our buffer.
constexpr qint64 ReadBufferBytes = HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes;

QString originOf(const QTcpSocket &socket, const QByteArray &host)
{
    // The Host header keeps links in the form the client used (localhost vs 127.0.0.1);
    // anything odd in it falls back to the address the socket is bound to.
    static const QRegularExpression plainHost(u"^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$"_s);
    const QString hostText = QString::fromLatin1(host);
    if (!hostText.isEmpty() && plainHost.match(hostText).hasMatch())
        return u"http://"_s + hostText;
    return u"http://"_s + socket.localAddress().toString() + u':' + QString::number(socket.localPort());
}

bool hasNoBody(int status)
{
    return status == 204 || status == 304 || (status >= 100 && status < 200);
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler &handler, ServerStats &stats, Limits limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler), m_stats(stats), m_limits(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    ++m_stats.connectionsOpen;
    ++m_stats.connectionsAccepted;

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        // Only reached while waiting for a request: a client that sends nothing (or half a
        // header) must not hold a connection slot forever.
        if (m_state == State::ReadingRequest)
            m_socket->abort();
    });
    m_paceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        m_paceBudget = m_response.delivery.paceBytes;
        pump();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_state == State::ReadingRequest)
            processBuffer();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_paceTimer.stop();
        m_idleTimer.stop();
        emit closed();
        deleteLater();
    });
    m_idleTimer.start();
    processBuffer();
}

HttpConnection::~HttpConnection()
{
    // Destroying the socket may emit disconnected(); nothing of ours may run by then.
    m_socket->disconnect(this);
    --m_stats.connectionsOpen;
}

void HttpConnection::processBuffer()
{
    if (m_state != State::ReadingRequest)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.isEmpty())
        return;

    HttpRequest request;
    switch (m_parser.parse(m_buffer, request)) {
    case HttpRequestParser::State::NeedMore: return;
    case HttpRequestParser::State::Error: {
        m_keepAlive = false;
        m_headOnly = false;
        m_request = HttpRequest{};
        m_request.method = "-";
        m_request.target = "-";
        respond(HttpResponse::error(m_parser.errorStatus()));
        return;
    }
    case HttpRequestParser::State::Complete: break;
    }

    m_idleTimer.stop();
    ++m_stats.requests;
    request.origin = originOf(*m_socket, request.header("host"));
    m_request = std::move(request);
    m_headOnly = m_request.method == "HEAD";
    m_keepAlive = m_request.wantsKeepAlive() && m_requestsServed + 1 < m_limits.maxRequestsPerConnection;
    // Waiting until the handler answers, which may be later: pipelined requests stay queued.
    m_state = State::Waiting;
    m_handler.handle(m_request, [connection = QPointer<HttpConnection>(this)](HttpResponse response) {
        if (connection && connection->m_socket->state() == QAbstractSocket::ConnectedState)
            connection->respond(std::move(response));
    });
}

void HttpConnection::respond(HttpResponse response)
{
    m_response = std::move(response);
    if (m_response.closeDelimited || m_response.closeConnection)
        m_keepAlive = false;
    m_state = State::Waiting;
    ++m_stats.byStatus[m_response.status];
    if (m_response.status == 304)
        ++m_stats.notModified;
    if (m_response.header("Content-Encoding") == "gzip")
        ++m_stats.gzipResponses;
    logLine();

    if (m_response.delivery.stallBeforeHeaders) {
        m_state = State::Stalled; // the client's own timeout is what is being tested
        return;
    }
    if (m_response.delivery.latencyMs > 0)
        // Precise: a coarse timer may fire 5% early, and tests measure the latency.
        QTimer::singleShot(m_response.delivery.latencyMs, Qt::PreciseTimer, this, &HttpConnection::sendHeaders);
    else
        sendHeaders();
}

void HttpConnection::sendHeaders()
{
    const bool bodyless = m_headOnly || hasNoBody(m_response.status);
    const qint64 size = m_response.bodySize();

    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + HttpStatus::reason(m_response.status) + "\r\n";
    head += "Date: " + HttpDate::format(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Server: freshet-feedserver\r\n";
    for (const auto &[name, value] : std::as_const(m_response.headers))
        head += name + ": " + value + "\r\n";
    if (!m_response.closeDelimited && !hasNoBody(m_response.status))
        head += "Content-Length: " + QByteArray::number(size) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);

    const Delivery &delivery = m_response.delivery;
    m_bodySent = 0;
    m_bodyLimit = bodyless ? 0 : size;
    if (!bodyless && delivery.dropAfterBodyBytes >= 0)
        m_bodyLimit = std::min(m_bodyLimit, delivery.dropAfterBodyBytes);
    if (!bodyless && delivery.stallAfterBodyBytes >= 0)
        m_bodyLimit = std::min(m_bodyLimit, delivery.stallAfterBodyBytes);
    m_state = State::Sending;
    if (delivery.paceBytes > 0 && delivery.paceIntervalMs > 0) {
        m_paceBudget = delivery.paceBytes;
        m_paceTimer.start(delivery.paceIntervalMs);
    }
    pump();
}

void HttpConnection::pump()
{
    if (m_state != State::Sending)
        return;
    const bool paced = m_paceTimer.isActive();
    while (m_bodySent < m_bodyLimit && m_socket->bytesToWrite() < HighWaterBytes) {
        qint64 chunk = std::min(ChunkBytes, m_bodyLimit - m_bodySent);
        if (paced)
            chunk = std::min(chunk, m_paceBudget);
        if (chunk <= 0)
            return; // the pace timer refills the budget
        const QByteArray data = m_response.body->read(chunk);
        if (data.isEmpty()) {
            // A source shorter than it promised: the client must see a short body, not a hang.
            closeWhenFlushed();
            return;
        }
        m_socket->write(data);
        m_bodySent += data.size();
        m_stats.bodyBytesSent += data.size();
        if (paced)
            m_paceBudget -= data.size();
    }
    if (m_bodySent < m_bodyLimit)
        return; // bytesWritten calls back once the socket drained

    m_paceTimer.stop();
    const bool bodyless = m_headOnly || hasNoBody(m_response.status);
    const qint64 full = bodyless ? 0 : m_response.bodySize();
    const Delivery &delivery = m_response.delivery;
    if (m_bodySent >= full)
        finishResponse();
    else if (delivery.dropAfterBodyBytes >= 0 && m_bodySent >= delivery.dropAfterBodyBytes)
        closeWhenFlushed();
    else
        m_state = State::Stalled;
}

void HttpConnection::finishResponse()
{
    ++m_requestsServed;
    m_response = HttpResponse{};
    if (!m_keepAlive) {
        closeWhenFlushed();
        return;
    }
    m_state = State::ReadingRequest;
    m_idleTimer.start();
    // Queued, so a burst of pipelined requests is served one event at a time, not by recursion.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::closeWhenFlushed()
{
    m_state = State::Closing;
    m_paceTimer.stop();
    // disconnectFromHost() sends what is queued first, then FIN: a "dropped" body arrives
    // exactly up to the chosen byte instead of being cut short by a reset.
    m_socket->disconnectFromHost();
}

void HttpConnection::onBytesWritten(qint64 count)
{
    m_stats.bytesSent += count;
    if (m_state == State::Sending)
        pump();
}

void HttpConnection::logLine() const
{
    if (!m_limits.log)
        return;
    const QByteArray line = m_request.method + ' ' + m_request.target + ' ' + QByteArray::number(m_response.status) + ' '
                            + QByteArray::number(m_headOnly ? 0 : m_response.bodySize())
                            + (m_response.header("Content-Encoding") == "gzip" ? " gzip" : "")
                            + (m_response.delivery.latencyMs > 0 ? " +" + QByteArray::number(m_response.delivery.latencyMs) + "ms"
                                                                 : QByteArray());
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}
