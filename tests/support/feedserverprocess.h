// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackserverprocess.h"

/// Runs the built `freshet-feedserver` (tools/feedserver/) for one test; see
/// LoopbackServerProcess.
///
///     FeedServerProcess server;
///     QVERIFY2(server.start({u"--feeds"_s, u"10"_s}), qPrintable(server.errorString()));
///     const QUrl feed = server.url(u"/gen/3.xml"_s);
class FeedServerProcess final : public LoopbackServerProcess
{
    Q_DISABLE_COPY_MOVE(FeedServerProcess)

public:
    FeedServerProcess() : LoopbackServerProcess(QString::fromLocal8Bit(FRESHET_FEEDSERVER_BINARY)) {}
    ~FeedServerProcess() = default;
};
