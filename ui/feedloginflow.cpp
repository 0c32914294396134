// SPDX-License-Identifier: MIT
#include "feedloginflow.h"

#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"
#include "network/authorization.h"
#include "storage/storethread.h"

#include <QMessageBox>
#include <QWidget>

namespace freshet {

namespace {

struct FeedWithLogin
{
    std::optional<Feed> feed;
    FeedLogin login;
    QString error;
};

FeedWithLogin readFeedWithLogin(FeedStore &store, qint64 feedId)
{
    FeedWithLogin found;
    Result<std::optional<Feed>> feed = store.feedById(feedId);
    Result<FeedLogin> login = store.login(feedId);
    if (!feed || !login) {
        found.error = !feed ? feed.error() : login.error();
        return found;
    }
    found.feed = feed.value();
    found.login = login.value();
    return found;
}

} // namespace

FeedLoginFlow::FeedLoginFlow(const AppServices &services, QWidget *window)
    : QObject(window), m_services(services), m_window(window), m_credentials(new CredentialStore(this))
{
    connect(m_services.fetch, &BackgroundFetch::completed, this, &FeedLoginFlow::onRunCompleted);
}

void FeedLoginFlow::onRunCompleted(const FetchRunSummary &summary)
{
    // Runs that find the window hidden (in the tray) do not ask: the next one seen will.
    if (m_window->isVisible()) {
        for (const FeedOutcomeRecord &outcome : summary.outcomes) {
            if (outcome.httpStatus == 401 && !m_asked.contains(outcome.feedId) && !m_pending.contains(outcome.feedId))
                m_pending << outcome.feedId;
        }
    }
    if (!m_refetchAfterRun.isEmpty()) {
        const QStringList urls = std::exchange(m_refetchAfterRun, {});
        m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::onlyFeeds(urls));
    }
    askNext();
}

void FeedLoginFlow::askNext()
{
    if (m_dialog || m_pending.isEmpty())
        return;
    const qint64 feedId = m_pending.takeFirst();
    m_asked.insert(feedId);
    ask(feedId, true);
}

void FeedLoginFlow::edit(qint64 feedId)
{
    if (m_dialog)
        return;
    ask(feedId, false);
}

void FeedLoginFlow::ask(qint64 feedId, bool afterRefusal)
{
    m_services.store->post([feedId](FeedStore &store) { return readFeedWithLogin(store, feedId); }, this,
                           [this, afterRefusal](const FeedWithLogin &found) {
        if (!found.error.isEmpty()) {
            showError(found.error);
            return;
        }
        if (!found.feed || m_dialog)
            return;
        const Feed feed = *found.feed;
        LoginDialog::Reason reason = LoginDialog::Reason::Edit;
        if (afterRefusal)
            // A login left behind by a move to another origin was not sent, so not refused either.
            reason = loginBelongsTo(found.login, QUrl(feed.url)) ? LoginDialog::Reason::LoginRefused : LoginDialog::Reason::NeedsLogin;
        m_dialog = new LoginDialog(feed.displayTitle(), reason, found.login, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, feed, dialog = m_dialog.data()] {
            // Asked about the feed where it is now: the login is for that origin.
            save(feed.id, feed.url, dialog->kind(), dialog->user(), dialog->secret(), QUrl(feed.url));
        });
        connect(m_dialog, &QDialog::finished, this, [this] { QMetaObject::invokeMethod(this, &FeedLoginFlow::askNext, Qt::QueuedConnection); });
        m_dialog->open();
    });
}

void FeedLoginFlow::save(qint64 feedId, const QString &feedUrl, LoginKind kind, const QString &user, const QString &secret,
                         const QUrl &givenFor)
{
    m_services.store->post([feedId](FeedStore &store) { return store.login(feedId); }, this,
                           [this, feedId, feedUrl, kind, user, secret, givenFor](const Result<FeedLogin> &login) {
        if (!login) {
            showError(login.error());
            return;
        }
        // The keychain first: a login noted on the feed without its secret would only fail.
        m_credentials->write(login.value().credentialKey, secret, this, [this, feedId, feedUrl, kind, user, givenFor](const Status &kept) {
            if (!kept) {
                showError(kept.error());
                return;
            }
            m_services.store->post([feedId, kind, user, givenFor](FeedStore &store) { return store.setLogin(feedId, kind, user, givenFor); }, this,
                                   [this, feedId, feedUrl](const Status &noted) {
                if (!noted) {
                    showError(noted.error());
                    return;
                }
                // A new login that is refused again is worth asking about again.
                m_asked.remove(feedId);
                emit loginChanged(feedId);
                refetch(feedUrl);
            });
        });
    });
}

void FeedLoginFlow::forget(qint64 feedId)
{
    m_services.store->post([feedId](FeedStore &store) { return store.login(feedId); }, this, [this, feedId](const Result<FeedLogin> &login) {
        if (!login) {
            showError(login.error());
            return;
        }
        if (!login.value().isSet())
            return;
        m_credentials->remove(login.value().credentialKey, this, [this, feedId](const Status &removed) {
            if (!removed) {
                showError(removed.error());
                return;
            }
            m_services.store->post([feedId](FeedStore &store) { return store.setLogin(feedId, LoginKind::None, {}, {}); }, this,
                                   [this, feedId](const Status &noted) {
                if (!noted)
                    showError(noted.error());
                else
                    emit loginChanged(feedId);
            });
        });
    });
}

void FeedLoginFlow::refetch(const QString &feedUrl)
{
    if (m_services.fetch->isRunning()) {
        m_refetchAfterRun << feedUrl;
        return;
    }
    m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::onlyFeeds({feedUrl}));
}

void FeedLoginFlow::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Feed Login"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace freshet
