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
    connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptConnections(m_server); });
}

FeedServer::~FeedServer()
{
    // Connections refer to the router and the counters: they go first.
    m_server.close();
    m_extraHosts.clear();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

QString FeedServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_options.port))
        return m_server.errorString();
    for (int host = 2; host < 2 + m_options.extraLoopbackHosts; ++host) {
        auto server = std::make_unique<QTcpServer>();
        server->setMaxPendingConnections(64);
        const QHostAddress address(u"127.0.0.%1"_s.arg(host));
        if (!server->listen(address, port()))
            return u"%1:%2: %3"_s.arg(address.toString()).arg(port()).arg(server->errorString());
        connect(server.get(), &QTcpServer::newConnection, this, [this, accepting = server.get()] { acceptConnections(*accepting); });
        m_extraHosts.push_back(std::move(server));
    }
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

void FeedServer::acceptConnections(QTcpServer &server)
{
    const HttpConnection::Limits limits{m_options.idleTimeoutSeconds * 1000, 10000, m_options.log};
    while (QTcpSocket *socket = server.nextPendingConnection()) {
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
