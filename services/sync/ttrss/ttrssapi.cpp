// SPDX-License-Identifier: MIT
#include "ttrssapi.h"

#include "network/boundedbody.h"
#include "network/httppolicy.h"
#include "network/redirecttarget.h"
#include "sync/connectionerror.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

namespace {

constexpr const char *TimedOutProperty = "freshetTimedOut";

} // namespace

TtRssApi::TtRssApi(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

TtRssApi::~TtRssApi()
{
    // Handlers must not run from here: whoever gave them may be half destroyed already.
    close();
}

void TtRssApi::close()
{
    m_closed = true;
    m_loginWaiters.clear();
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void TtRssApi::setCredentials(const AccountCredentials &credentials)
{
    if (credentials.server != m_credentials.server || credentials.user != m_credentials.user)
        m_sessionId.clear();
    m_credentials = credentials;
}

void TtRssApi::setRequestTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void TtRssApi::login(Handler done)
{
    m_sessionId.clear();
    withSession([done = std::move(done)](std::optional<SyncError> error) {
        TtRssReply reply;
        reply.error = std::move(error);
        done(std::move(reply));
    });
}

void TtRssApi::logout(Handler done)
{
    if (m_sessionId.isEmpty()) {
        // Nothing to end; still answer later, as every call does.
        QTimer::singleShot(0, this, [done = std::move(done)] { done({}); });
        return;
    }
    const QJsonObject body{{u"op"_s, u"logout"_s}, {u"sid"_s, std::exchange(m_sessionId, {})}};
    post(body, [done = std::move(done)](TtRssReply reply) {
        // A session the server had already forgotten is just as ended.
        if (reply.apiError == "NOT_LOGGED_IN"_L1)
            reply = {};
        done(std::move(reply));
    });
}

void TtRssApi::call(const QString &op, const QJsonObject &params, Handler done)
{
    callInSession(op, params, true, std::move(done));
}

void TtRssApi::callInSession(const QString &op, const QJsonObject &params, bool mayLogInAgain, Handler done)
{
    withSession([this, op, params, mayLogInAgain, done = std::move(done)](std::optional<SyncError> error) mutable {
        if (error) {
            TtRssReply reply;
            reply.error = std::move(error);
            done(std::move(reply));
            return;
        }
        QJsonObject body = params;
        body.insert(u"op"_s, op);
        body.insert(u"sid"_s, m_sessionId);
        const QString sessionId = m_sessionId;
        post(body, [this, op, params, mayLogInAgain, sessionId, done = std::move(done)](TtRssReply reply) mutable {
            if (reply.apiError != "NOT_LOGGED_IN"_L1) {
                done(std::move(reply));
                return;
            }
            if (!mayLogInAgain) {
                reply.error = SyncError{SyncErrorKind::Login, tr("The server ended the session, and logging in again did not help."), 0};
                done(std::move(reply));
                return;
            }
            // Expired or deleted on the server. Another call may have logged in again already.
            if (m_sessionId == sessionId)
                m_sessionId.clear();
            callInSession(op, params, false, std::move(done));
        });
    });
}

void TtRssApi::withSession(SessionHandler next)
{
    if (m_closed)
        return;
    if (!m_sessionId.isEmpty()) {
        next(std::nullopt);
        return;
    }
    m_loginWaiters.append(std::move(next));
    if (m_loginWaiters.size() == 1)
        startLogin();
}

void TtRssApi::startLogin()
{
    const QJsonObject body{{u"op"_s, u"login"_s}, {u"user"_s, m_credentials.user}, {u"password"_s, m_credentials.secret}};
    post(body, [this](TtRssReply reply) {
        std::optional<SyncError> error = reply.error;
        if (reply.ok()) {
            const QString sessionId = reply.content.toObject().value("session_id"_L1).toString();
            if (sessionId.isEmpty())
                error = SyncError{SyncErrorKind::Protocol, tr("The server's answer to the login has no session."), 0};
            else
                m_sessionId = sessionId;
        } else if (!reply.apiError.isEmpty()) {
            error = loginError(reply.apiError);
        }
        const QList<SessionHandler> waiters = std::exchange(m_loginWaiters, {});
        for (const SessionHandler &waiter : waiters)
            waiter(error);
    });
}

SyncError TtRssApi::loginError(const QString &apiError) const
{
    if (apiError == "API_DISABLED"_L1) {
        return {SyncErrorKind::Login,
                tr("The API is switched off for this tt-rss account: enable \"API access\" in tt-rss's "
                   "preferences, then log in again."),
                0};
    }
    if (apiError == "LOGIN_ERROR"_L1)
        return {SyncErrorKind::Login, tr("tt-rss did not accept the user name or password."), 0};
    return {SyncErrorKind::Login, tr("tt-rss refused the login (%1).").arg(apiError), 0};
}

QUrl TtRssApi::apiUrl() const
{
    QUrl url = m_credentials.server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    // People paste either the install's address or its API address.
    if (!path.endsWith("/api/"_L1))
        path += "api/"_L1;
    url.setPath(path);
    return url;
}

void TtRssApi::post(const QJsonObject &body, Handler done)
{
    if (m_closed)
        return;
    QNetworkRequest request(apiUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, freshet::userAgent());
    // A POST must not silently turn into a GET at another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));

    QTimer::singleShot(m_timeoutMs, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    BoundedBody::read(reply, MaxAnswerBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        done(readReply(reply));
    });
}

TtRssReply TtRssApi::readReply(QNetworkReply *reply) const
{
    TtRssReply result;
    const QString host = reply->url().host();
    if (reply->property(TimedOutProperty).toBool()) {
        result.error = SyncError{SyncErrorKind::Network,
                                 tr("%1 did not answer within %n second(s).", nullptr, (m_timeoutMs + 999) / 1000).arg(host), 0};
        return result;
    }
    BoundedBody *body = BoundedBody::of(reply);
    if (body->tooLarge()) {
        result.error = SyncError{SyncErrorKind::Protocol,
                                 tr("%1 sent an answer larger than %2 MB.").arg(host).arg(MaxAnswerBytes / (1024 * 1024)), 0};
        return result;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        // No HTTP answer at all: refused, unreachable, reset, TLS failure.
        result.error = SyncError{SyncErrorKind::Network, connectionErrorMessage(reply), 0};
        return result;
    }
    if (status >= 500) {
        result.error = SyncError{SyncErrorKind::Server, tr("%1 failed (HTTP %2). Try again later.").arg(host).arg(status), status};
        return result;
    }
    if (status == 401 || status == 403) {
        result.error = SyncError{SyncErrorKind::Login,
                                 tr("%1 refused access (HTTP %2): check the address and the login.").arg(host).arg(status), status};
        return result;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = redirectTarget(reply);
        result.error = SyncError{SyncErrorKind::Protocol,
                                 tr("%1 sends its API elsewhere (%2): use that address for the account.")
                                     .arg(host, target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::FullyEncoded)),
                                 status};
        return result;
    }
    if (status != 200) {
        result.error = SyncError{SyncErrorKind::Protocol, tr("%1 has no tt-rss API at this address (HTTP %2).").arg(host).arg(status), status};
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body->body(), &parseError);
    const QJsonObject answer = document.object();
    const QJsonValue apiStatus = answer.value("status"_L1);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !apiStatus.isDouble() || !answer.contains("content"_L1)) {
        result.error = SyncError{SyncErrorKind::Protocol, tr("%1 answered with something other than the tt-rss API's JSON.").arg(host), status};
        return result;
    }
    result.content = answer.value("content"_L1);
    if (apiStatus.toInt() != 0) {
        result.apiError = result.content.toObject().value("error"_L1).toString();
        if (result.apiError.isEmpty())
            result.apiError = u"UNKNOWN_ERROR"_s;
        result.error = SyncError{SyncErrorKind::Server, tr("tt-rss refused the request (%1).").arg(result.apiError), status};
        if (result.apiError == "API_DISABLED"_L1)
            result.error = loginError(result.apiError);
    }
    return result;
}

} // namespace freshet::sync
