#pragma once

#include <QDeadlineTimer>
#include <QObject>

namespace freshet {

class DownloadManager;

/// The step after a background refresh: queue what feeds download automatically, then spend
/// what is left of the OS's budget on the queue, stopping at the deadline with every .part
/// kept for the next run.
class BackgroundDownloads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundDownloads)

public:
    explicit BackgroundDownloads(DownloadManager *manager, QObject *parent = nullptr);

    /// Reports finished() once the queue is idle or the deadline passed.
    void run(QDeadlineTimer deadline, bool metered);

signals:
    void finished(int completed, int stillQueued);

private:
    void report();

    DownloadManager *m_manager;
    int m_completed = 0;
    bool m_running = false;
};

} // namespace freshet
