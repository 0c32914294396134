// SPDX-License-Identifier: MIT
#include "keychainwait.h"

#include "awaitanswer.h"
#include "credentials/credentialstore.h"

namespace freshet {

namespace {
/// A keychain call, waited for: start(credentials, context, handler).
template <typename Answer, typename Start>
Answer wait(Answer unanswered, Start start)
{
    CredentialStore credentials;
    return awaitAnswer(std::move(unanswered), [&](QObject *context, const std::function<void(const Answer &)> &answer) {
        start(credentials, context, answer);
    });
}
} // namespace

Status storeSecretAndWait(const QString &key, const QString &secret)
{
    return wait(Status::success(), [&](CredentialStore &credentials, QObject *context, CredentialStore::DoneHandler done) {
        credentials.write(key, secret, context, std::move(done));
    });
}

Status removeSecretAndWait(const QString &key)
{
    return wait(Status::success(), [&](CredentialStore &credentials, QObject *context, CredentialStore::DoneHandler done) {
        credentials.remove(key, context, std::move(done));
    });
}

Result<QString> readSecretAndWait(const QString &key)
{
    return wait(Result<QString>::failure(QString()),
                [&](CredentialStore &credentials, QObject *context, CredentialStore::ReadHandler done) {
                    credentials.read(key, context, std::move(done));
                });
}

} // namespace freshet
