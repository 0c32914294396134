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

SubscriptionEdit *SubscriptionEdit::subscribe(const Account &account, const QString &secret, const QString &feedUrl,
                                              const QString &category, QObject *parent)
{
    auto *edit = new SubscriptionEdit(account, secret, parent);
    QMetaObject::invokeMethod(
        edit,
        [edit, feedUrl, category] {
            if (!edit->m_client)
                return edit->finish({SyncErrorKind::Unsupported, SubscriptionEditMessages::tr("Unknown sync protocol."), 0});
            edit->m_client->subscribe(feedUrl, category, [edit](SyncResult<RemoteFeed> answer) {
                if (!edit->m_finished)
                    edit->finish(answer ? SyncError{} : answer.error(), answer ? answer.value() : RemoteFeed{});
            });
        },
        Qt::QueuedConnection);
    return edit;
}

SubscriptionEdit *SubscriptionEdit::unsubscribe(const Account &account, const QString &secret, const QString &remoteFeedId, QObject *parent)
{
    auto *edit = new SubscriptionEdit(account, secret, parent);
    QMetaObject::invokeMethod(
        edit,
        [edit, remoteFeedId] {
            if (!edit->m_client)
                return edit->finish({SyncErrorKind::Unsupported, SubscriptionEditMessages::tr("Unknown sync protocol."), 0});
            edit->m_client->unsubscribe(remoteFeedId, [edit](SyncResult<Done> answer) {
                if (!edit->m_finished)
                    edit->finish(answer ? SyncError{} : answer.error());
            });
        },
        Qt::QueuedConnection);
    return edit;
}

SubscriptionEdit *SubscriptionEdit::rename(const Account &account, const QString &secret, const QString &remoteFeedId,
                                           const QString &title, QObject *parent)
{
    auto *edit = new SubscriptionEdit(account, secret, parent);
    QMetaObject::invokeMethod(
        edit,
        [edit, remoteFeedId, title] {
            if (!edit->m_client)
                return edit->finish({SyncErrorKind::Unsupported, SubscriptionEditMessages::tr("Unknown sync protocol."), 0});
            edit->m_client->rename(remoteFeedId, title, [edit](SyncResult<Done> answer) {
                if (!edit->m_finished)
                    edit->finish(answer ? SyncError{} : answer.error());
            });
        },
        Qt::QueuedConnection);
    return edit;
}

void SubscriptionEdit::finish(const SyncError &error, const RemoteFeed &feed)
{
    m_finished = true;
    emit done(error, feed);
    deleteLater();
}

} // namespace freshet::sync
