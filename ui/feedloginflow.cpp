// SPDX-License-Identifier: MIT
#include "feedloginflow.h"

#include "actions/feedloginactions.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"
#include "network/authorization.h"

#include <QMessageBox>
#include <QWidget>

namespace freshet {

FeedLoginFlow::FeedLoginFlow(const AppServices &services, QWidget *window)
    : QObject(window), m_services(services), m_window(window), m_actions{services.store, new CredentialStore(this)}
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
    actions::readFeedLogin(m_actions, feedId, this, [this, afterRefusal](const Result<actions::FeedAndLogin> &found) {
        if (!found) {
            showFailure(actions::Outcome::failed(actions::Failure::Storage, found.error()));
            return;
        }
        if (m_dialog)
            return;
        const Feed feed = found.value().feed;
        const FeedLogin login = found.value().login;
        LoginDialog::Reason reason = LoginDialog::Reason::Edit;
        if (afterRefusal)
            // A login left behind by a move to another origin was not sent, so not refused either.
            reason = loginBelongsTo(login, QUrl(feed.url)) ? LoginDialog::Reason::LoginRefused : LoginDialog::Reason::NeedsLogin;
        m_dialog = new LoginDialog(feed.displayTitle(), reason, login, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, feed, dialog = m_dialog.data()] {
            // Asked about the feed where it is now: the login is for that origin.
            const actions::LoginGiven given{dialog->kind(), dialog->user(), dialog->secret(), QUrl(feed.url)};
            actions::setFeedLogin(m_actions, feed, given, this, [this, feed](const actions::Outcome &saved) {
                if (!saved.succeeded()) {
                    showFailure(saved);
                    return;
                }
                // A new login that is refused again is worth asking about again.
                m_asked.remove(feed.id);
                emit loginChanged(feed.id);
                fetchSoon(feed.url);
            });
        });
        connect(m_dialog, &QDialog::finished, this,
                [this] { QMetaObject::invokeMethod(this, &FeedLoginFlow::askNext, Qt::QueuedConnection); });
        m_dialog->open();
    });
}

void FeedLoginFlow::forget(qint64 feedId)
{
    actions::readFeedLogin(m_actions, feedId, this, [this](const Result<actions::FeedAndLogin> &found) {
        if (!found) {
            showFailure(actions::Outcome::failed(actions::Failure::Storage, found.error()));
            return;
        }
        const qint64 id = found.value().feed.id;
        actions::forgetFeedLogin(m_actions, found.value().feed, this, [this, id](const actions::Outcome &forgotten) {
            if (!forgotten.succeeded())
                showFailure(forgotten);
            else
                emit loginChanged(id);
        });
    });
}

void FeedLoginFlow::fetchSoon(const QString &feedUrl)
{
    if (m_services.fetch->isRunning()) {
        m_refetchAfterRun << feedUrl;
        return;
    }
    m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, FetchScope::onlyFeeds({feedUrl}));
}

void FeedLoginFlow::showFailure(const actions::Outcome &outcome)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Feed Login"), outcome.message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace freshet
