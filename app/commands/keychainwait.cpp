// SPDX-License-Identifier: MIT
#include "keychainwait.h"

#include "credentials/credentialstore.h"

#include <QEventLoop>

namespace freshet {

namespace {
/// Starts a keychain call and runs an event loop until its handler has the answer.
template <typename Answer, typename Start>
Answer wait(Answer unanswered, Start start)
{
    CredentialStore credentials;
    QEventLoop loop;
    Answer outcome = std::move(unanswered);
    bool finished = false;
    start(credentials, &loop, [&](const Answer &answer) {
        outcome = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return outcome;
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
