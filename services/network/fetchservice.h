// SPDX-License-Identifier: MIT
#pragma once

#include "network/feedrequest.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace freshet {

/// Fetches feed documents over HTTP with the manners a feed reader owes publishers: conditional
/// GET, a User-Agent, bounded concurrency overall and per host, redirects followed by hand
/// (so permanent moves are noticed and loops stopped), and a timeout and size cap on every
/// request. Lives on one thread with its own QNetworkAccessManager; never blocks it.
class FetchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchService)

public:
    struct Limits
    {
        int maxConcurrent = 32;
        int maxPerHost = 6;
        qint64 maxBodyBytes = 20 * 1024 * 1024;
        int maxRedirects = 10;
        int requestTimeoutMs = 20000;
        /// A request is not started when less than this is left before the deadline.
        int minimumStartBudgetMs = 750;
    };

    explicit FetchService(const Limits &limits, QObject *parent = nullptr);
    ~FetchService() override;

    /// Requests not finished by then are cancelled, and ones not started are not started.
    void setDeadline(QDeadlineTimer deadline);
    void enqueue(const FeedRequest &request);
    /// Every queued and running request finishes now, as FetchError::Cancelled.
    void cancelAll();
    /// Paused, no queued request starts (running ones go on): what came in waits to be stored
    /// first, so memory stays bounded however far the network outruns the store.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    int queuedCount() const { return int(m_queue.size()); }
    int runningCount() const { return int(m_running.size()); }
    const Limits &limits() const { return m_limits; }
    /// Applies to requests started from now on.
    void setLimits(const Limits &limits) { m_limits = limits; }

signals:
    void finished(const freshet::FeedResponse &response);

private:
    struct Transfer;
    /// A waiting request with its host key worked out once, not on every scan of the queue.
    struct Queued
    {
        FeedRequest request;
        QString host;
    };

    void startQueued();
    bool anyQueuedHostHasRoom() const;
    void startHop(const std::shared_ptr<Transfer> &transfer, const QUrl &url);
    void onReplyFinished(const std::shared_ptr<Transfer> &transfer);
    void complete(const std::shared_ptr<Transfer> &transfer, FetchError error, const QString &errorText);
    bool followRedirect(const std::shared_ptr<Transfer> &transfer);
    void fillFromHeaders(const std::shared_ptr<Transfer> &transfer);

    Limits m_limits;
    QNetworkAccessManager *m_network;
    QDeadlineTimer m_deadline = QDeadlineTimer::Forever;
    QList<Queued> m_queue;
    QList<std::shared_ptr<Transfer>> m_running;
    QHash<QString, int> m_perHost;
    QHash<QString, int> m_queuedPerHost;
    bool m_paused = false;
};

} // namespace freshet
