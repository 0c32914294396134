// SPDX-License-Identifier: MIT
#include "loginresolver.h"

#include "credentials/credentialstore.h"
#include "network/authorization.h"

namespace freshet {

LoginResolver::LoginResolver(QObject *parent) : QObject(parent), m_credentials(new CredentialStore(this)) {}

void LoginResolver::resolve(const FeedRequest &request, const FeedLogin &login)
{
    if (!login.isSet()) {
        emit ready(request);
        return;
    }
    FeedRequest bound = request;
    bound.loginGivenFor = login.givenFor;
    // The feed moved for good to another origin: its login is not for there, so the secret is
    // not even read. The request goes without it and a 401 says to log in again there.
    if (!loginBelongsTo(login, request.url)) {
        emit ready(bound);
        return;
    }
    const quint64 generation = m_generation;
    m_credentials->read(login.credentialKey, this, [this, generation, request = bound, login](const Result<QString> &secret) {
        if (generation != m_generation)
            return;
        if (!secret) {
            FeedResponse response;
            response.feedId = request.feedId;
            response.requestedUrl = request.url;
            response.error = FetchError::Keychain;
            response.errorText = secret.error();
            emit failed(response);
            return;
        }
        FeedRequest withLogin = request;
        withLogin.authorization = loginAuthorization(login.kind, login.user, secret.value());
        emit ready(withLogin);
    });
}

} // namespace freshet
