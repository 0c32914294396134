// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>

/// Counters a benchmark reads back through GET /control/stats. Owned by FeedServer and only
/// touched on its thread.
struct ServerStats
{
    qint64 requests = 0;
    qint64 bytesSent = 0; ///< every byte handed to the kernel: status lines, headers, bodies
    qint64 bodyBytesSent = 0;
    qint64 connectionsAccepted = 0;
    qint64 connectionsRejected = 0;
    qint64 connectionsOpen = 0;
    qint64 notModified = 0;
    qint64 gzipResponses = 0;
    QMap<int, qint64> byStatus;
    QElapsedTimer sinceReset;

    void reset();
    QByteArray toJson() const;
};
