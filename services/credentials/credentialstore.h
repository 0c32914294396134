// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace freshet {

/// Feed passwords and tokens, kept only in the system keychain through QtKeychain (Secret
/// Service on Linux, Keychain on macOS and iOS, Credential Manager on Windows, the Android
/// keystore). There is deliberately no plaintext fallback: without a keychain every call fails
/// with a message saying how to get one. Asynchronous: the keychain may ask the person to
/// unlock it, and must never block the thread that asked.
///
/// Keys name a place ("feed/<profile tag>/<feed id>", see FeedStore::login), never a secret.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    /// The secret, or why it could not be read (a missing entry is an error too).
    using ReadHandler = std::function<void(const Result<QString> &secret)>;
    using DoneHandler = std::function<void(const Status &status)>;

    explicit CredentialStore(QObject *parent = nullptr);

    /// The service name entries are filed under in the keychain.
    static QString serviceName();

    /// Each handler runs once on context's thread, unless context is gone by then.
    void read(const QString &key, QObject *context, ReadHandler handler);
    void write(const QString &key, const QString &secret, QObject *context, DoneHandler handler);
    /// Removing an entry that is not there succeeds.
    void remove(const QString &key, QObject *context, DoneHandler handler);
};

} // namespace freshet
