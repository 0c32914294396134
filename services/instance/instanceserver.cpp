// SPDX-License-Identifier: MIT
#include "instanceserver.h"

#include "instanceclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace freshet {

namespace {
/// A request is a few hundred bytes; anything this long is not from Freshet.
constexpr qint64 maxRequestBytes = 256 * 1024;

class InstanceServerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::InstanceServerMessages)
};
} // namespace

InstanceReply::InstanceReply(QLocalSocket *socket) : m_socket(socket) {}

void InstanceReply::send(const FetchRunSummary &summary, const FollowUpReport &followUp)
{
    if (!m_socket)
        return;
    QJsonObject object = fetchSummaryToJson(summary);
    insertFollowUpReport(object, followUp);
    m_socket->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    m_socket->disconnectFromServer();
    m_socket = nullptr;
}

InstanceServer::InstanceServer(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::onNewConnection);
}

InstanceServer::~InstanceServer() = default;

Status InstanceServer::listen(const QString &name)
{
    if (InstanceClient::isRunning(name))
        return Status::failure(InstanceServerMessages::tr("Freshet is already running on this profile."));
    // Nobody answered, so a socket file still there is a crashed instance's.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name))
        return Status::failure(InstanceServerMessages::tr("Cannot listen for background runs (%1): %2").arg(name, m_server->errorString()));
    return Status::success();
}

void InstanceServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void InstanceServer::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxRequestBytes);
    // One request per connection: the rest of the conversation is the reply.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    const std::optional<InstanceRequest> request = instanceRequestFromJson(document.object());
    if (!request) {
        socket->abort();
        return;
    }
    if (request->kind == InstanceRequest::Kind::Activate) {
        emit activateRequested();
        socket->disconnectFromServer();
        return;
    }
    if (request->kind == InstanceRequest::Kind::StoreChanged) {
        emit storeChangedElsewhere();
        socket->disconnectFromServer();
        return;
    }
    emit fetchRequested(*request, std::make_shared<InstanceReply>(socket));
}

} // namespace freshet
