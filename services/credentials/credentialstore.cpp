// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include "credentials/keychainmessages.h"

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// A job that deletes itself when done and never writes a plaintext copy anywhere.
template <typename Job>
Job *makeJob(const QString &key, QObject *parent)
{
    auto *job = new Job(CredentialStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::serviceName()
{
    return u"Freshet"_s;
}

void CredentialStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, context, [job, handler = std::move(handler)] {
        if (job->error() != QKeychain::NoError)
            handler(Result<QString>::failure(describeKeychainError(job->error(), job->errorString())));
        else
            handler(Result<QString>::success(job->textData()));
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, handler = std::move(handler)] {
        if (job->error() != QKeychain::NoError)
            handler(Status::failure(describeKeychainError(job->error(), job->errorString())));
        else
            handler(Status::success());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, context, [job, handler = std::move(handler)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            handler(Status::failure(describeKeychainError(job->error(), job->errorString())));
        else
            handler(Status::success());
    });
    job->start();
}

} // namespace freshet
