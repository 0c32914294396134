// SPDX-License-Identifier: MIT
// GoogleReaderClient's calls, sessions and HTTP: how every request is sent, recovered (a new
// write token, a new login) and answered exactly once.
#include "sync/greader/greaderclient.h"

#include "network/authorization.h"
#include "network/boundedbody.h"
#include "network/httppolicy.h"
#include "network/redirecttarget.h"
#include "sync/connectionerror.h"
#include "sync/greader/greaderjson.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

namespace {
const char *const TimedOutProperty = "freshetTimedOut";
const char *const RefusedRedirectProperty = "freshetRefusedRedirect";

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}
} // namespace

void GoogleReaderClient::start(ApiRequest request, BodyCallback done)
{
    if (m_destroying) {
        done(SyncResult<QByteArray>::failure(cancelled()));
        return;
    }
    const quint64 id = ++m_lastCallId;
    m_calls.emplace(id, Call{std::move(request), std::move(done), false, false, {}, {}, {}});
    // Never answer inside the call itself: the first step runs on the next turn of the loop
    // (and a client destroyed before then answers Cancelled from its destructor).
    QMetaObject::invokeMethod(
        this, [this, id] { advance(id); }, Qt::QueuedConnection);
}

void GoogleReaderClient::advance(quint64 id)
{
    const auto found = m_calls.find(id);
    if (found == m_calls.end())
        return;
    const Call &call = found->second;
    if (call.request.kind == ApiRequest::Kind::Nothing) {
        finish(id, SyncResult<QByteArray>::success({}));
        return;
    }
    const QUrl &server = m_credentials.server;
    if (!server.isValid() || (server.scheme() != u"http"_s && server.scheme() != u"https"_s) || server.host().isEmpty()) {
        finish(id, SyncResult<QByteArray>::failure({SyncErrorKind::Login, tr("The account has no valid server address (http or https)."), 0}));
        return;
    }
    if (m_auth.isEmpty()) {
        waitForLogin(id);
        return;
    }
    if (call.request.kind == ApiRequest::Kind::Session) {
        finish(id, SyncResult<QByteArray>::success({}));
        return;
    }
    if (call.request.write && m_writeToken.isEmpty()) {
        waitForToken(id);
        return;
    }
    send(id);
}

void GoogleReaderClient::send(quint64 id)
{
    Call &call = m_calls.at(id);
    call.sentAuth = m_auth;
    call.sentToken = m_writeToken;
    QNetworkReply *reply = nullptr;
    if (call.request.method == "POST") {
        QList<QPair<QString, QString>> form = call.request.form;
        if (call.request.write)
            form.append({u"T"_s, QString::fromUtf8(m_writeToken)});
        QNetworkRequest request = networkRequest(call.request.path, call.request.query, true);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, formBody(form));
    } else {
        reply = m_network.get(networkRequest(call.request.path, call.request.query, true));
    }
    watch(reply);
    call.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onCallFinished(id, reply); });
}

void GoogleReaderClient::onCallFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_calls.find(id);
    if (found == m_calls.end())
        return;
    Call &call = found->second;
    call.reply = nullptr;
    Outcome outcome = outcomeOf(reply);
    if (outcome.status == 401) {
        // A stale write token is named as such (X-Reader-Google-Bad-Token): a new token and one
        // more try. Any other refusal (or the same one again) means the session is gone.
        if (call.request.write && outcome.badToken && !call.tokenRefreshed) {
            call.tokenRefreshed = true;
            if (m_writeToken == call.sentToken)
                m_writeToken.clear();
            advance(id);
            return;
        }
        retryWithNewSession(id, call.sentAuth);
        return;
    }
    if (outcome.error) {
        finish(id, SyncResult<QByteArray>::failure(std::move(*outcome.error)));
        return;
    }
    finish(id, SyncResult<QByteArray>::success(std::move(outcome.body)));
}

void GoogleReaderClient::retryWithNewSession(quint64 id, QByteArray refusedAuth)
{
    const auto found = m_calls.find(id);
    if (found == m_calls.end())
        return;
    Call &call = found->second;
    if (call.reloggedIn) {
        finish(id, SyncResult<QByteArray>::failure({SyncErrorKind::Login,
                                                    tr("The server ended the session and did not accept the new login either."), 401}));
        return;
    }
    call.reloggedIn = true;
    // Only the session this call was refused with is dropped: another call may have logged in
    // again already.
    if (m_auth == refusedAuth) {
        m_auth.clear();
        m_writeToken.clear();
    }
    advance(id);
}

void GoogleReaderClient::finish(quint64 id, SyncResult<QByteArray> result)
{
    const auto found = m_calls.find(id);
    if (found == m_calls.end())
        return;
    BodyCallback done = std::move(found->second.done);
    m_calls.erase(found);
    done(std::move(result));
}

// --- the shared login and write-token fetch --------------------------------------------

void GoogleReaderClient::waitForLogin(quint64 id)
{
    m_waitingForLogin.append(id);
    if (!m_loginReply)
        startLogin();
}

void GoogleReaderClient::startLogin()
{
    // ClientLogin: Email and Passwd in a POST form (never in the URL, so never in a log).
    const QByteArray body = formBody({{u"Email"_s, m_credentials.user}, {u"Passwd"_s, m_credentials.secret}});
    QNetworkRequest request = networkRequest(u"/accounts/ClientLogin"_s, {}, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(request, body);
    watch(reply);
    m_loginReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onLoginFinished(reply); });
}

void GoogleReaderClient::onLoginFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_loginReply = nullptr;
    const QList<quint64> waiting = std::exchange(m_waitingForLogin, {});
    const Outcome outcome = outcomeOf(reply);
    std::optional<SyncError> error;
    if (outcome.status == 401 || outcome.status == 403) {
        error = loginRefused();
    } else if (outcome.status == 404 || outcome.status == 405) {
        error = SyncError{SyncErrorKind::Protocol,
                          tr("No Google Reader API answers at this address (HTTP %1). For FreshRSS the address ends in "
                             "/api/greader.php.")
                              .arg(outcome.status),
                          outcome.status};
    } else if (outcome.error) {
        error = outcome.error;
    } else if (const std::optional<QByteArray> auth = greader::parseClientLogin(outcome.body)) {
        m_auth = *auth;
        m_writeToken.clear();
    } else {
        error = protocolError();
    }
    for (quint64 id : waiting) {
        if (error)
            finish(id, SyncResult<QByteArray>::failure(*error));
        else
            advance(id);
    }
}

void GoogleReaderClient::waitForToken(quint64 id)
{
    m_waitingForToken.append(id);
    if (!m_tokenReply)
        startTokenFetch();
}

void GoogleReaderClient::startTokenFetch()
{
    m_tokenAuth = m_auth;
    QNetworkReply *reply = m_network.get(networkRequest(u"/reader/api/0/token"_s, {}, true));
    watch(reply);
    m_tokenReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenFinished(reply); });
}

void GoogleReaderClient::onTokenFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_tokenReply = nullptr;
    const QList<quint64> waiting = std::exchange(m_waitingForToken, {});
    const Outcome outcome = outcomeOf(reply);
    if (outcome.status == 401) {
        for (quint64 id : waiting)
            retryWithNewSession(id, m_tokenAuth);
        return;
    }
    const QByteArray token = outcome.body.trimmed();
    std::optional<SyncError> error = outcome.error;
    if (!error && (token.isEmpty() || token.contains('\n') || token.contains('<')))
        error = protocolError();
    if (!error && m_auth == m_tokenAuth)
        m_writeToken = token;
    for (quint64 id : waiting) {
        if (error)
            finish(id, SyncResult<QByteArray>::failure(*error));
        else
            advance(id);
    }
}

// --- HTTP ------------------------------------------------------------------------------

QNetworkRequest GoogleReaderClient::networkRequest(const QString &path, const QUrlQuery &query, bool authenticated) const
{
    QUrl url = m_credentials.server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    url.setFragment({});
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (authenticated)
        request.setRawHeader("Authorization", "GoogleLogin auth=" + m_auth);
    return request;
}

void GoogleReaderClient::watch(QNetworkReply *reply)
{
    // Every request of a session carries the password, the session token or both, so a
    // redirect is followed only where they may go: never off https, never to another origin.
    connect(reply, &QNetworkReply::redirected, reply, [this, reply](const QUrl &to) {
        const QUrl target = reply->url().resolved(to);
        if (!redirectDowngrades(reply->url(), target) && loginMayGoTo(m_credentials.server, target)) {
            emit reply->redirectAllowed();
            return;
        }
        reply->setProperty(RefusedRedirectProperty, target);
        // Not from inside Qt's own redirect handling: the answer may start the next request.
        QMetaObject::invokeMethod(
            reply, [reply] { reply->abort(); }, Qt::QueuedConnection);
    });
    // The whole exchange, not just a silent stretch, must end within the timeout.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    timer->start(m_timeoutMs);
    BoundedBody::read(reply, MaxResponseBytes);
}

GoogleReaderClient::Outcome GoogleReaderClient::outcomeOf(QNetworkReply *reply) const
{
    Outcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Google and Miniflux say X-Reader-Google-Bad-Token, FreshRSS Google-Bad-Token.
    outcome.badToken = reply->rawHeader("X-Reader-Google-Bad-Token") == "true" || reply->rawHeader("Google-Bad-Token") == "true";
    const QString host = reply->url().host();
    if (const QUrl refused = reply->property(RefusedRedirectProperty).toUrl(); refused.isValid()) {
        outcome.error = redirectRefused(reply->url(), refused, outcome.status);
        return outcome;
    }
    if (reply->property(TimedOutProperty).toBool()) {
        outcome.status = 0;
        outcome.error = SyncError{SyncErrorKind::Network,
                                  tr("The server %1 did not answer within %2 seconds.").arg(host).arg(std::ceil(m_timeoutMs / 1000.0)), 0};
        return outcome;
    }
    BoundedBody *body = BoundedBody::of(reply);
    if (body->tooLarge()) {
        outcome.error = SyncError{SyncErrorKind::Protocol,
                                  tr("The server's answer was larger than %1 MB.").arg(MaxResponseBytes / (1024 * 1024)), outcome.status};
        return outcome;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (outcome.status == 0 || (outcome.status >= 200 && outcome.status < 300 && error != QNetworkReply::NoError)) {
        outcome.error = SyncError{SyncErrorKind::Network, connectionErrorMessage(reply), 0};
        return outcome;
    }
    if (outcome.status >= 200 && outcome.status < 300) {
        outcome.body = body->body();
        return outcome;
    }
    if (outcome.status == 401 || outcome.status == 403)
        outcome.error = loginRefused();
    else if (outcome.status == 501)
        outcome.error = SyncError{SyncErrorKind::Unsupported, tr("The server does not support this request (HTTP 501)."), 501};
    else if (outcome.status >= 500)
        outcome.error = SyncError{SyncErrorKind::Server, tr("The server failed (HTTP %1). Try again later.").arg(outcome.status),
                                  outcome.status};
    else
        outcome.error = SyncError{SyncErrorKind::Server, tr("The server refused the request (HTTP %1).").arg(outcome.status),
                                  outcome.status};
    return outcome;
}

SyncError GoogleReaderClient::redirectRefused(const QUrl &from, const QUrl &to, int status) const
{
    if (redirectDowngrades(from, to)) {
        return {SyncErrorKind::Protocol,
                tr("The server sent the request on from https to an insecure address (%1); it was not followed.").arg(to.toDisplayString(QUrl::RemoveUserInfo)),
                status};
    }
    return {SyncErrorKind::Protocol,
            tr("The server sent the request on to %1, where this account's login for %2 is not sent. If the service moved "
               "there, change the account's server address.")
                .arg(originText(to), originText(m_credentials.server)),
            status};
}

SyncError GoogleReaderClient::protocolError() const
{
    return {SyncErrorKind::Protocol, tr("The server's answer is not what the Google Reader API sends."), 0};
}

SyncError GoogleReaderClient::loginRefused() const
{
    return {SyncErrorKind::Login, tr("The server did not accept the user name or password."), 401};
}

SyncError GoogleReaderClient::cancelled() const
{
    return {SyncErrorKind::Cancelled, tr("The request was cancelled."), 0};
}

} // namespace freshet::sync
