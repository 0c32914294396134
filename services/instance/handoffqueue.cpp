// SPDX-License-Identifier: MIT
#include "handoffqueue.h"

#include "background/backgroundfetch.h"
#include "background/grantedrun.h"

#include <QTimer>

namespace freshet {

HandOffQueue::HandOffQueue(BackgroundFetch *fetch, QObject *parent) : QObject(parent), m_fetch(fetch)
{
    // Someone else's run ending may free the fetch for the next hand-off; after the other
    // listeners of that completion have seen it.
    connect(m_fetch, &BackgroundFetch::completed, this, [this] { QTimer::singleShot(0, this, &HandOffQueue::startNext); });
}

void HandOffQueue::enqueue(const InstanceRequest &request, std::shared_ptr<InstanceReply> reply)
{
    m_pending.enqueue({request, std::move(reply)});
    startNext();
}

void HandOffQueue::startNext()
{
    if (m_current || m_pending.isEmpty() || m_fetch->isRunning())
        return;
    Pending next = m_pending.dequeue();
    m_current = std::move(next.reply);
    performGrantedRun(m_fetch, next.request.trigger, next.request.budget, next.request.scope, this,
                      [this](const FetchRunSummary &summary, const FollowUpReport &followUp) {
                          m_current->send(summary, followUp);
                          m_current.reset();
                          QTimer::singleShot(0, this, &HandOffQueue::startNext);
                      });
}

} // namespace freshet
