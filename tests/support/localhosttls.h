// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QString>

/// The self-signed certificate for "localhost" that the TLS tests serve
/// (tests/services/downloads/tls/): nothing trusts it unless a test adds it as a CA.
namespace LocalhostTls {

inline QString file(const char *name)
{
    return QStringLiteral(FRESHET_SOURCE_DIR "/tests/services/downloads/tls/") + QLatin1String(name);
}

/// A QSslServer's configuration with that certificate and its key.
inline QSslConfiguration server()
{
    QFile certificate(file("localhost.crt"));
    QFile key(file("localhost.key"));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("the test certificate is missing");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace LocalhostTls
