// SPDX-License-Identifier: MIT
#include "subscriptionedit.h"

#include "sync/syncclients.h"

#include <QCoreApplication>

namespace freshet::sync {

namespace {

class SubscriptionEditMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SubscriptionEditMessages)
};

constexpr int requestTimeoutMs = 20000;

} // namespace

SubscriptionEdit::SubscriptionEdit(const Account &account, const QString &secret, QObject *parent)
    : QObject(parent), m_client(createSyncClient(account.protocol))
{
    if (m_client) {
        m_client->setParent(this);
        m_client->setCredentials({QUrl(account.server), account.user, secret});
        m_client->setRequestTimeout(requestTimeoutMs);
    }
}

SubscriptionEdit::~SubscriptionEdit()
{
    m_finished = true; // the client's Cancelled answers, as it goes, are not ours to report
    delete m_client;
}

SubscriptionEdit *SubscriptionEdit::begin(const Account &account, const QString &secret, QObject *parent,
                                          std::function<void(SubscriptionEdit *, SyncClient *)> ask)
{
    auto *edit = new SubscriptionEdit(account, secret, parent);
    // Queued: whoever asked connects to done() first.
    QMetaObject::invokeMethod(
        edit,
        [edit, ask = std::move(ask)] {
            if (!edit->m_client)
                return edit->finish({SyncErrorKind::Unsupported, SubscriptionEditMessages::tr("Unknown sync protocol."), 0});
            ask(edit, edit->m_client);
        },
        Qt::QueuedConnection);
    return edit;
}

SyncCallback<Done> SubscriptionEdit::answerDone()
{
    return [this](SyncResult<Done> answer) {
        if (!m_finished)
            finish(answer ? SyncError{} : answer.error());
    };
}

SyncCallback<RemoteFeed> SubscriptionEdit::answerFeed()
{
    return [this](SyncResult<RemoteFeed> answer) {
        if (!m_finished)
            finish(answer ? SyncError{} : answer.error(), answer ? answer.value() : RemoteFeed{});
    };
}

SubscriptionEdit *SubscriptionEdit::subscribe(const Account &account, const QString &secret, const QString &feedUrl,
                                              const QString &category, QObject *parent)
{
    return begin(account, secret, parent, [feedUrl, category](SubscriptionEdit *edit, SyncClient *client) {
        client->subscribe(feedUrl, category, edit->answerFeed());
    });
}

SubscriptionEdit *SubscriptionEdit::unsubscribe(const Account &account, const QString &secret, const QString &remoteFeedId, QObject *parent)
{
    return begin(account, secret, parent, [remoteFeedId](SubscriptionEdit *edit, SyncClient *client) {
        client->unsubscribe(remoteFeedId, edit->answerDone());
    });
}

SubscriptionEdit *SubscriptionEdit::rename(const Account &account, const QString &secret, const QString &remoteFeedId,
                                           const QString &title, QObject *parent)
{
    return begin(account, secret, parent, [remoteFeedId, title](SubscriptionEdit *edit, SyncClient *client) {
        client->rename(remoteFeedId, title, edit->answerDone());
    });
}

SubscriptionEdit *SubscriptionEdit::moveFeed(const Account &account, const QString &secret, const QString &remoteFeedId,
                                             const QString &fromCategory, const QString &toCategory, QObject *parent)
{
    return begin(account, secret, parent, [remoteFeedId, fromCategory, toCategory](SubscriptionEdit *edit, SyncClient *client) {
        client->moveFeed(remoteFeedId, fromCategory, toCategory, edit->answerFeed());
    });
}

SubscriptionEdit *SubscriptionEdit::renameCategory(const Account &account, const QString &secret, const QString &from,
                                                   const QString &to, QObject *parent)
{
    return begin(account, secret, parent,
                 [from, to](SubscriptionEdit *edit, SyncClient *client) { client->renameCategory(from, to, edit->answerDone()); });
}

SubscriptionEdit *SubscriptionEdit::deleteCategory(const Account &account, const QString &secret, const QString &name, QObject *parent)
{
    return begin(account, secret, parent,
                 [name](SubscriptionEdit *edit, SyncClient *client) { client->deleteCategory(name, edit->answerDone()); });
}

void SubscriptionEdit::finish(const SyncError &error, const RemoteFeed &feed)
{
    m_finished = true;
    emit done(error, feed);
    deleteLater();
}

} // namespace freshet::sync
