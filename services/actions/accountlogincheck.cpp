// SPDX-License-Identifier: MIT
#include "accountlogincheck.h"

#include "sync/syncclient.h"
#include "sync/syncclients.h"

#include <QObject>

namespace freshet::actions {

namespace {
// Long enough for a slow self-hosted server to wake up, short enough that a person waiting on
// a dialog or a terminal hears back.
constexpr int loginCheckTimeoutMs = 20000;
} // namespace

void checkAccountLogin(const QString &protocol, const QUrl &server, const QString &user, const QString &secret, QObject *context,
                       std::function<void(const std::optional<QString> &refused)> answered)
{
    sync::SyncClient *client = sync::createSyncClient(protocol);
    // Owned by context: a dialog closed mid-check takes the request with it.
    client->setParent(context);
    client->setCredentials({server, user, secret});
    client->setRequestTimeout(loginCheckTimeoutMs);
    client->login([client, answered](sync::SyncResult<sync::Done> answer) {
        if (!answer.ok() && answer.error().kind == sync::SyncErrorKind::Cancelled)
            return; // its context is going: nobody is left to tell
        client->deleteLater();
        answered(answer.ok() ? std::nullopt : std::optional<QString>(answer.error().message));
    });
}

} // namespace freshet::actions
