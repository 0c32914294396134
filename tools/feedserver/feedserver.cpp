// SPDX-License-Identifier: MIT
#include "feedserver.h"

#include "httpconnection.h"
#include "router.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

FeedServer::FeedServer(const ServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_router(std::make_unique<Router>(options, m_stats))
{
    m_stats.sinceReset.start();
    m_server.setMaxPendingConnections(64);
    connect(&m_server, &QTcpServer::newConnection, this, &FeedServer::acceptConnections);
}

FeedServer::~FeedServer()
{
    // Connections refer to the router and the counters: they go first.
    m_server.close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

QString FeedServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_options.port))
        return m_server.errorString();
    return {};
}

QString FeedServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void FeedServer::prepareDemo()
{
    m_router->demo().prepare();
}

void FeedServer::acceptConnections()
{
    const HttpConnection::Limits limits{m_options.idleTimeoutSeconds * 1000, 10000, m_options.log};
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_stats.connectionsOpen >= m_options.maxConnections) {
            // Over the limit: say so and close, rather than leave the client guessing.
            ++m_stats.connectionsRejected;
            socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        new HttpConnection(socket, *m_router, m_stats, limits, this);
    }
}
