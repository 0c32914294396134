#include "keychainwait.h"

#include "credentials/credentialstore.h"

#include <QEventLoop>

namespace freshet {

namespace {
template <typename Start>
Status wait(Start start)
{
    CredentialStore credentials;
    QEventLoop loop;
    Status outcome = Status::success();
    bool finished = false;
    start(credentials, &loop, [&](const Status &status) {
        outcome = status;
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
    return wait([&](CredentialStore &credentials, QObject *context, CredentialStore::DoneHandler done) {
        credentials.write(key, secret, context, std::move(done));
    });
}

Status removeSecretAndWait(const QString &key)
{
    return wait([&](CredentialStore &credentials, QObject *context, CredentialStore::DoneHandler done) {
        credentials.remove(key, context, std::move(done));
    });
}

Result<QString> readSecretAndWait(const QString &key)
{
    CredentialStore credentials;
    QEventLoop loop;
    Result<QString> outcome = Result<QString>::failure(QString());
    bool finished = false;
    credentials.read(key, &loop, [&](const Result<QString> &secret) {
        outcome = secret;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return outcome;
}

} // namespace freshet
