// SPDX-License-Identifier: MIT
#pragma once

#include "serveroptions.h"
#include "serverstats.h"

#include <QObject>
#include <QString>
#include <QTcpServer>

#include <memory>
#include <vector>

class Router;

/// The loopback HTTP/1.1 server: accepts connections on 127.0.0.1 only, bounds how many are
/// open, and hands each to an HttpConnection sharing one Router. Lives on one thread.
class FeedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedServer)

public:
    explicit FeedServer(const ServerOptions &options, QObject *parent = nullptr);
    ~FeedServer() override;

    /// Binds 127.0.0.1:options.port, and the extra loopback hosts on the same port; on failure
    /// returns the reason.
    QString listen();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;
    const ServerStats &stats() const { return m_stats; }
    /// Draws the demo pictures ahead of the first request (--demo).
    void prepareDemo();

private:
    void acceptConnections(QTcpServer &server);

    ServerOptions m_options;
    ServerStats m_stats;
    std::unique_ptr<Router> m_router;
    QTcpServer m_server;
    std::vector<std::unique_ptr<QTcpServer>> m_extraHosts;
};
