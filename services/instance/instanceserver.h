// SPDX-License-Identifier: MIT
#pragma once

#include "instanceprotocol.h"
#include "result.h"

#include <QObject>
#include <QPointer>

class QLocalServer;
class QLocalSocket;

namespace freshet {

/// The answer owed to one headless caller. Sending it twice, or after the caller hung up,
/// does nothing.
class InstanceReply final
{
public:
    explicit InstanceReply(QLocalSocket *socket);
    void send(const FetchRunSummary &summary, const FollowUpReport &followUp = {});

private:
    QPointer<QLocalSocket> m_socket;
};

/// The running window's end of the hand-off: headless runs launched by the OS, or by a push,
/// on this profile reach the window through it, so the window performs the run and its table
/// shows the result. Only the same user can connect.
class InstanceServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceServer)

public:
    explicit InstanceServer(QObject *parent = nullptr);
    ~InstanceServer() override;

    /// Listens under name. Fails when another live instance already does (the caller then
    /// hands over to it); a socket left behind by a crashed instance is replaced.
    Status listen(const QString &name);

signals:
    void fetchRequested(const freshet::InstanceRequest &request, std::shared_ptr<freshet::InstanceReply> reply);
    void activateRequested();
    /// Another process wrote to the profile (a command-line action): what the window shows
    /// should be read again.
    void storeChangedElsewhere();

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QLocalServer *m_server;
};

} // namespace freshet
