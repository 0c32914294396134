// SPDX-License-Identifier: MIT
#include "instanceclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocalSocket>

using namespace std::chrono_literals;

namespace freshet {

namespace {
constexpr int connectTimeoutMs = 1000;
/// Past the budget, the window still needs a moment to record the run and answer; a window
/// that stays silent longer than this is treated as gone.
constexpr auto replyGrace = 10s;

bool connectTo(QLocalSocket &socket, const QString &serverName)
{
    socket.connectToServer(serverName);
    return socket.waitForConnected(connectTimeoutMs);
}

bool sendLine(QLocalSocket &socket, const QJsonObject &object)
{
    socket.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    return socket.waitForBytesWritten(connectTimeoutMs);
}
} // namespace

bool InstanceClient::isRunning(const QString &serverName)
{
    QLocalSocket socket;
    return connectTo(socket, serverName);
}

InstanceClient::Answer InstanceClient::requestFetch(const QString &serverName, const InstanceRequest &request)
{
    Answer answer;
    QLocalSocket socket;
    if (!connectTo(socket, serverName))
        return answer;
    answer.kind = Answer::Kind::Lost;
    if (!sendLine(socket, instanceRequestToJson(request)))
        return answer;
    const QDeadlineTimer deadline(request.budget + replyGrace);
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || socket.state() != QLocalSocket::ConnectedState)
            return answer;
        socket.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    const std::optional<FetchRunSummary> summary = fetchSummaryFromJson(reply);
    if (!summary)
        return answer;
    answer.kind = Answer::Kind::Answered;
    answer.summary = *summary;
    answer.followUp = followUpReportFromJson(reply);
    return answer;
}

bool InstanceClient::activate(const QString &serverName)
{
    return tell(serverName, InstanceRequest::Kind::Activate);
}

bool InstanceClient::tellStoreChanged(const QString &serverName)
{
    return tell(serverName, InstanceRequest::Kind::StoreChanged);
}

bool InstanceClient::tell(const QString &serverName, InstanceRequest::Kind kind)
{
    QLocalSocket socket;
    if (!connectTo(socket, serverName) || !sendLine(socket, instanceRequestToJson({kind, {}, {}, {}})))
        return false;
    socket.disconnectFromServer();
    return true;
}

} // namespace freshet
