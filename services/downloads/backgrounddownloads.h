// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace freshet {

class DownloadManager;

/// The step after a background refresh: queue what feeds download automatically, then spend
/// what is left of the OS's budget on the queue. Lives on the manager's thread.
class BackgroundDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundDownloads)

public:
    explicit BackgroundDownloads(DownloadManager *manager, QObject *parent = nullptr);

    /// For a process that ends after the run: the manager stops every transfer at the deadline,
    /// keeping each .part for the next run. Reports finished() once the queue is idle or then.
    /// isMetered is asked only when something is queued: on Linux the answer loads GLib's and
    /// NetworkManager's plugins and asks the system bus, which an empty queue need not pay for.
    void run(QDeadlineTimer deadline, const std::function<bool()> &isMetered);
    /// For a manager that lives on (the window's): reports finished() once the queue is idle or
    /// at the deadline, leaving transfers still going to carry on.
    void watch(QDeadlineTimer deadline);

signals:
    void finished(int completed, int stillQueued);

private:
    void queueAutomatic();
    void report();

    DownloadManager *m_manager;
    QTimer m_deadlineTimer;
    int m_completed = 0;
    bool m_running = false;
};

} // namespace freshet
