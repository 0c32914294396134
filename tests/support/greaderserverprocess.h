// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackserverprocess.h"

/// Runs the built `freshet-greaderserver` (tools/greaderserver/) for one test; see
/// LoopbackServerProcess. A test target that includes this adds
/// FRESHET_GREADERSERVER_BINARY and a dependency on the server (tests/services/sync/).
///
///     GReaderServerProcess server;
///     QVERIFY2(server.start({u"--user"_s, u"alice"_s, u"--password"_s, u"pw"_s}), qPrintable(server.errorString()));
///     credentials.server = server.apiUrl();    // http://127.0.0.1:PORT/api/greader.php
class GReaderServerProcess final : public LoopbackServerProcess
{
    Q_DISABLE_COPY_MOVE(GReaderServerProcess)

public:
    GReaderServerProcess() : LoopbackServerProcess(QString::fromLocal8Bit(FRESHET_GREADERSERVER_BINARY)) {}
    ~GReaderServerProcess() = default;

    /// The API base a client is given, as FreshRSS's "Your API address".
    QUrl apiUrl() const { return url(QStringLiteral("/api/greader.php")); }
};
