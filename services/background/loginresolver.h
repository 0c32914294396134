// SPDX-License-Identifier: MIT
#pragma once

#include "feedlogin.h"
#include "network/feedrequest.h"

#include <QObject>

namespace freshet {

class CredentialStore;

/// The step between picking a run's feeds and requesting them: for a feed with a login, reads
/// its password or token from the keychain and puts the Authorization header on the request.
/// A feed without one passes straight through, and so does one whose login was given for
/// another origin (it moved there for good): its secret is not read and nothing is sent. A keychain failure becomes that feed's
/// response (FetchError::Keychain with the keychain's message): the feed fails, the run goes on.
class LoginResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginResolver)

public:
    explicit LoginResolver(QObject *parent = nullptr);

    /// Emits ready() or failed() once: at once, before returning, when the feed has no login.
    void resolve(const FeedRequest &request, const FeedLogin &login);
    /// Answers still on their way from the keychain are dropped (the run ended).
    void cancelAll() { ++m_generation; }

signals:
    void ready(const freshet::FeedRequest &request);
    void failed(const freshet::FeedResponse &response);

private:
    CredentialStore *m_credentials;
    quint64 m_generation = 0;
};

} // namespace freshet
