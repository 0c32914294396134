// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

/// Asks the event loop to quit on SIGTERM/SIGINT and, optionally, when standard input
/// closes (so a test that crashed, and with it our stdin pipe, never leaves a server behind).
class ShutdownWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownWatcher)

public:
    explicit ShutdownWatcher(bool watchStdin, QObject *parent = nullptr);
    ~ShutdownWatcher() override;

signals:
    void shutdownRequested();

private:
    QSocketNotifier *m_signalNotifier = nullptr;
    QSocketNotifier *m_stdinNotifier = nullptr;
};
