#include "handoffqueue.h"

#include "background/backgroundfetch.h"

#include <QTimer>

namespace freshet {

HandOffQueue::HandOffQueue(BackgroundFetch *fetch, QObject *parent) : QObject(parent), m_fetch(fetch)
{
    connect(m_fetch, &BackgroundFetch::completed, this, &HandOffQueue::onCompleted);
}

void HandOffQueue::enqueue(const InstanceRequest &request, std::shared_ptr<InstanceReply> reply)
{
    m_pending.enqueue({request, std::move(reply)});
    startNext();
}

void HandOffQueue::onCompleted(const FetchRunSummary &summary)
{
    if (m_current) {
        m_current->send(summary);
        m_current.reset();
    }
    // After the other listeners of this run's completion have seen it.
    QTimer::singleShot(0, this, &HandOffQueue::startNext);
}

void HandOffQueue::startNext()
{
    if (m_current || m_pending.isEmpty() || m_fetch->isRunning())
        return;
    Pending next = m_pending.dequeue();
    m_current = std::move(next.reply);
    m_fetch->perform(next.request.trigger, next.request.budget, next.request.scope);
}

} // namespace freshet
