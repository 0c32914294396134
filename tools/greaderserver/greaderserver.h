// SPDX-License-Identifier: MIT
#pragma once

#include "feedfetcher.h"
#include "greaderapi.h"
#include "greadercontrol.h"
#include "greaderoptions.h"
#include "httpconnection.h"
#include "itemstore.h"
#include "requesthandler.h"
#include "serverstats.h"

#include <QObject>
#include <QTcpServer>

/// The loopback Google Reader server: accepts connections on 127.0.0.1 and hands each request
/// to the API (under /api/greader.php/) or to /control/. Lives on one thread.
class GReaderServer final : public QObject, public RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GReaderServer)

public:
    explicit GReaderServer(const GReaderServerOptions &options, QObject *parent = nullptr);
    ~GReaderServer() override;

    /// Binds 127.0.0.1:options.port; on failure returns the reason.
    QString listen();
    QString baseUrl() const;

    void handle(const HttpRequest &request, Respond respond) override;

private:
    void acceptConnections();

    GReaderServerOptions m_options;
    ServerStats m_stats;
    ItemStore m_store;
    GoogleReaderApi m_api;
    GReaderControl m_control;
    QTcpServer m_server;
    // Last, so it goes first: a fetch still in flight never calls back into the parts above.
    FeedFetcher m_fetcher;
};
