// SPDX-License-Identifier: MIT
#include "greaderserver.h"

#include <QHostAddress>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

GReaderServer::GReaderServer(const GReaderServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_api(options.api, m_store, m_fetcher), m_control(m_stats, m_store, m_api, m_fetcher)
{
    m_stats.sinceReset.start();
    connect(&m_server, &QTcpServer::newConnection, this, &GReaderServer::acceptConnections);
}

GReaderServer::~GReaderServer()
{
    // Connections refer to this handler and the counters: they go first.
    m_server.close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

QString GReaderServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_options.port))
        return m_server.errorString();
    return {};
}

QString GReaderServer::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

void GReaderServer::handle(const HttpRequest &request, Respond respond)
{
    if (request.path.startsWith(u"/control/"_s)) {
        m_control.handle(request, respond);
        return;
    }
    if (!GoogleReaderApi::handles(request.path)) {
        respond(HttpResponse::error(404));
        return;
    }
    if (std::optional<HttpResponse> fault = m_control.takeFault()) {
        respond(std::move(*fault));
        return;
    }
    // A slow server, as a real one over a slow link: the answer is the same, only later.
    const int latencyMs = m_control.latencyMs(request.path);
    if (latencyMs <= 0) {
        m_api.handle(request, respond);
        return;
    }
    m_api.handle(request, [respond, latencyMs](HttpResponse response) {
        response.delivery.latencyMs = latencyMs;
        respond(std::move(response));
    });
}

void GReaderServer::acceptConnections()
{
    const HttpConnection::Limits limits{60000, 10000, m_options.log};
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new HttpConnection(socket, *this, m_stats, limits, this);
}
