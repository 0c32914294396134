// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;
class RequestHandler;
struct ServerStats;

/// One client connection: reads requests one at a time (keep-alive, pipelining), asks the
/// RequestHandler for each response (now or later) and writes it at the pace its Delivery asks
/// for, pulling the body only as fast as the socket drains. Deletes itself when the socket closes.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    struct Limits
    {
        int idleTimeoutMs = 60000;
        int maxRequestsPerConnection = 10000;
        bool log = false;
    };

    /// Takes ownership of socket.
    HttpConnection(QTcpSocket *socket, RequestHandler &handler, ServerStats &stats, Limits limits, QObject *parent = nullptr);
    ~HttpConnection() override;

signals:
    void closed();

private:
    enum class State { ReadingRequest, Waiting, Sending, Stalled, Closing };

    void processBuffer();
    void respond(HttpResponse response);
    void sendHeaders();
    void pump();
    void finishResponse();
    void closeWhenFlushed();
    void onBytesWritten(qint64 count);
    void logLine() const;

    QTcpSocket *m_socket;
    RequestHandler &m_handler;
    ServerStats &m_stats;
    Limits m_limits;
    State m_state = State::ReadingRequest;
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    HttpRequest m_request;
    HttpResponse m_response;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    qint64 m_bodySent = 0;
    qint64 m_bodyLimit = 0; ///< body bytes this response may send before it stops or drops
    qint64 m_paceBudget = 0;
    int m_requestsServed = 0;
    QTimer m_idleTimer;
    QTimer m_paceTimer;
};
