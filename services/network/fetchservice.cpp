// SPDX-License-Identifier: MIT
#include "fetchservice.h"

#include "diagnostics/logcategories.h"
#include "network/authorization.h"
#include "network/boundedbody.h"
#include "network/httppolicy.h"
#include "network/redirecttarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

/// Qt's own messages are terse ("Connection closed"); say what it means for a feed.
QString describeNetworkError(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
        return FetchService::tr("The server closed the connection before the whole document arrived.");
    case QNetworkReply::ConnectionRefusedError: return FetchService::tr("The server refused the connection.");
    case QNetworkReply::HostNotFoundError:
        return FetchService::tr("The host name could not be found (%1).").arg(reply->url().host());
    case QNetworkReply::SslHandshakeFailedError:
        return FetchService::tr("The secure connection failed: %1").arg(reply->errorString());
    default: break;
    }
    if (reply->errorString().contains(u"ecompress"_s))
        return FetchService::tr("The server sent a compressed document that is corrupt or expands far too much.");
    return reply->errorString();
}

bool isPermanentRedirect(int status)
{
    return status == 301 || status == 308;
}

} // namespace

struct FetchService::Transfer
{
    FeedRequest request;
    FeedResponse response;
    QPointer<QNetworkReply> reply;
    QTimer *timeout = nullptr;
    QElapsedTimer clock;
    QSet<QUrl> visited;
    int hops = 0;
    bool allHopsPermanent = true;
    QString host;
};

FetchService::FetchService(const Limits &limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed by hand: a 301 must update the stored address, a 302 must not.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

FetchService::~FetchService()
{
    // Replies are children of the manager; stop them without emitting to a half-destroyed owner.
    blockSignals(true);
    cancelAll();
}

void FetchService::setDeadline(QDeadlineTimer deadline)
{
    m_deadline = deadline;
}

void FetchService::enqueue(const FeedRequest &request)
{
    const QString host = hostKey(request.url);
    m_queue << Queued{request, host};
    ++m_queuedPerHost[host];
    startQueued();
}

void FetchService::cancelAll()
{
    const QList<Queued> queued = std::exchange(m_queue, {});
    m_queuedPerHost.clear();
    for (const Queued &waiting : queued) {
        const FeedRequest &request = waiting.request;
        FeedResponse response;
        response.feedId = request.feedId;
        response.requestedUrl = request.url;
        response.error = FetchError::Cancelled;
        response.errorText = tr("Not started: the time for this refresh ran out.");
        emit finished(response);
    }
    const QList<std::shared_ptr<Transfer>> running = m_running;
    for (const std::shared_ptr<Transfer> &transfer : running)
        complete(transfer, FetchError::Cancelled, tr("Stopped: the time for this refresh ran out."));
}

/// Few hosts can be full at once (maxConcurrent / maxPerHost), so this stays short; it spares
/// startQueued() a walk over a long queue whose hosts are all busy, which made a run of N feeds
/// on one host cost O(N²).
bool FetchService::anyQueuedHostHasRoom() const
{
    for (auto it = m_queuedPerHost.cbegin(); it != m_queuedPerHost.cend(); ++it) {
        if (m_perHost.value(it.key()) < m_limits.maxPerHost)
            return true;
    }
    return false;
}

void FetchService::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        startQueued();
}

void FetchService::startQueued()
{
    if (m_paused)
        return;
    for (qsizetype i = 0; i < m_queue.size() && m_running.size() < m_limits.maxConcurrent && anyQueuedHostHasRoom();) {
        const QString host = m_queue.at(i).host;
        if (m_perHost.value(host) >= m_limits.maxPerHost) {
            ++i;
            continue;
        }
        if (!m_deadline.isForever() && m_deadline.remainingTime() < m_limits.minimumStartBudgetMs) {
            // Nothing left can finish in time: report the rest as not started, in queue order.
            cancelAll();
            return;
        }
        auto transfer = std::make_shared<Transfer>();
        transfer->request = m_queue.takeAt(i).request;
        if (--m_queuedPerHost[host] <= 0)
            m_queuedPerHost.remove(host);
        transfer->response.feedId = transfer->request.feedId;
        transfer->response.requestedUrl = transfer->request.url;
        transfer->response.started = true;
        transfer->host = host;
        transfer->clock.start();
        ++m_perHost[host];
        m_running << transfer;

        // The whole transfer, redirects included, must end before the deadline and the timeout.
        qint64 budget = m_limits.requestTimeoutMs;
        const bool cappedByDeadline = !m_deadline.isForever() && m_deadline.remainingTime() < budget;
        if (cappedByDeadline)
            budget = m_deadline.remainingTime();
        transfer->timeout = new QTimer(this);
        transfer->timeout->setSingleShot(true);
        transfer->timeout->setTimerType(Qt::PreciseTimer);
        connect(transfer->timeout, &QTimer::timeout, this, [this, transfer, cappedByDeadline] {
            // Cut short by the run's deadline, not by the server's slowness: not the feed's fault.
            if (cappedByDeadline) {
                complete(transfer, FetchError::Cancelled, tr("Stopped: the time for this refresh ran out."));
                return;
            }
            complete(transfer, FetchError::Timeout,
                     tr("No complete answer within %1 seconds.").arg(double(transfer->clock.elapsed()) / 1000.0, 0, 'f', 1));
        });
        transfer->timeout->start(int(budget));
        startHop(transfer, transfer->request.url);
    }
}

void FetchService::startHop(const std::shared_ptr<Transfer> &transfer, const QUrl &url)
{
    transfer->visited.insert(url);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                   "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5");
    if (!transfer->request.etag.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch(transfer->request.etag));
    if (!transfer->request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", transfer->request.lastModified.toLatin1());
    const QByteArray authorization = authorizationForHop(transfer->request, url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (lcFetch().isDebugEnabled()) {
        QString line = u"GET "_s + redactedUrl(url);
        if (!transfer->request.etag.isEmpty() || !transfer->request.lastModified.isEmpty())
            line += u" (conditional)"_s;
        if (!authorization.isEmpty())
            line += u" (with its login)"_s;
        qCDebug(lcFetch).noquote() << line;
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_limits.requestTimeoutMs);

    QNetworkReply *reply = m_network->get(request);
    transfer->reply = reply;
    // A redirect's body is never the feed, but it is bounded all the same.
    BoundedBody::read(reply, m_limits.maxBodyBytes);
    connect(reply, &QNetworkReply::finished, this, [this, transfer] { onReplyFinished(transfer); });
}

bool FetchService::followRedirect(const std::shared_ptr<Transfer> &transfer)
{
    QNetworkReply *reply = transfer->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = redirectTarget(reply);
    if (!location.isValid() || (location.scheme() != u"http"_s && location.scheme() != u"https"_s)) {
        complete(transfer, FetchError::HttpStatus, tr("HTTP %1 redirect to an unusable address.").arg(status));
        return true;
    }
    if (redirectDowngrades(reply->url(), location)) {
        // Not even the permanent hops before it move the feed: the chain as a whole was refused.
        transfer->response.permanentUrl = QUrl();
        complete(transfer, FetchError::InsecureRedirect,
                 tr("The server redirected this feed from https to an insecure address (%1); it was not followed and the feed keeps "
                    "its address, so subscribe to the new one yourself only if you trust it.")
                     .arg(location.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded)));
        return true;
    }
    if (transfer->visited.contains(location)) {
        complete(transfer, FetchError::RedirectLoop,
                 tr("The address redirects in a loop (back to %1).").arg(location.toString(QUrl::FullyEncoded)));
        return true;
    }
    if (++transfer->hops > m_limits.maxRedirects) {
        complete(transfer, FetchError::TooManyRedirects, tr("More than %1 redirects.").arg(m_limits.maxRedirects));
        return true;
    }
    qCDebug(lcFetch).noquote() << "HTTP" << status << "redirect from" << redactedUrl(reply->url()) << "to" << redactedUrl(location);
    transfer->allHopsPermanent = transfer->allHopsPermanent && isPermanentRedirect(status);
    if (transfer->allHopsPermanent)
        transfer->response.permanentUrl = location;
    reply->disconnect(this);
    reply->deleteLater();
    startHop(transfer, location);
    return true;
}

void FetchService::fillFromHeaders(const std::shared_ptr<Transfer> &transfer)
{
    QNetworkReply *reply = transfer->reply;
    FeedResponse &response = transfer->response;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    response.finalUrl = reply->url();
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader("Content-Type");
    response.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    response.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    response.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), now);
    response.maxAgeSeconds = parseCacheMaxAge(reply->rawHeader("Cache-Control"));
    response.expires = parseHttpDate(reply->rawHeader("Expires"));
}

void FetchService::onReplyFinished(const std::shared_ptr<Transfer> &transfer)
{
    QNetworkReply *reply = transfer->reply;
    if (!reply || !m_running.contains(transfer))
        return;
    BoundedBody *body = BoundedBody::of(reply);
    if (body->tooLarge()) {
        complete(transfer, FetchError::TooLarge,
                 tr("The document is larger than %1 MB; it was not read.").arg(m_limits.maxBodyBytes / (1024 * 1024)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400 && status != 304 && reply->hasRawHeader("Location")) {
        followRedirect(transfer);
        return;
    }
    transfer->response.body = body->body();
    fillFromHeaders(transfer);

    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        complete(transfer, timedOut ? FetchError::Timeout : FetchError::Network, describeNetworkError(reply));
        return;
    }
    if (status == 304) {
        transfer->response.notModified = true;
        complete(transfer, FetchError::None, {});
        return;
    }
    if (status == 410) {
        complete(transfer, FetchError::Gone, tr("The publisher removed this feed (HTTP 410 Gone)."));
        return;
    }
    if (status == 429 || status == 503) {
        complete(transfer, FetchError::RateLimited,
                 status == 429 ? tr("The server asks to slow down (HTTP 429).") : tr("The server is unavailable (HTTP 503)."));
        return;
    }
    if (status == 401) {
        // allHopsPermanent also holds with no redirect at all: then the hop is the feed's address.
        complete(transfer, FetchError::LoginRequired, loginRequiredMessage(transfer->request, reply->url(), transfer->allHopsPermanent));
        return;
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        complete(transfer, FetchError::HttpStatus, tr("The server answered HTTP %1 %2.").arg(status).arg(reason).trimmed());
        return;
    }
    complete(transfer, FetchError::None, {});
}

void FetchService::complete(const std::shared_ptr<Transfer> &transfer, FetchError error, const QString &errorText)
{
    if (!m_running.removeOne(transfer))
        return;
    if (--m_perHost[transfer->host] <= 0)
        m_perHost.remove(transfer->host);
    if (transfer->timeout) {
        transfer->timeout->stop();
        transfer->timeout->deleteLater();
    }
    if (QNetworkReply *reply = transfer->reply) {
        if (transfer->response.finalUrl.isEmpty())
            transfer->response.finalUrl = reply->url();
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    FeedResponse response = std::move(transfer->response);
    response.error = error;
    response.errorText = errorText;
    response.bytes = response.body.size();
    response.elapsedMs = transfer->clock.elapsed();
    if (!response.ok())
        response.body.clear();
    if (lcFetch().isDebugEnabled()) {
        QString line = u"%1 answered HTTP %2"_s.arg(redactedUrl(response.requestedUrl)).arg(response.httpStatus);
        if (response.notModified)
            line += u" (not modified)"_s;
        line += u", %1 bytes in %2 ms"_s.arg(response.bytes).arg(response.elapsedMs);
        if (!errorText.isEmpty())
            line += u": "_s + errorText;
        qCDebug(lcFetch).noquote() << line;
    }
    emit finished(response);
    startQueued();
}

} // namespace freshet
