// SPDX-License-Identifier: MIT
#pragma once

#include "instance/instanceserver.h"

#include <QObject>
#include <QQueue>

#include <memory>

namespace freshet {

class BackgroundFetch;

/// Runs the fetches headless processes hand to the window, one after another, through the
/// window's own BackgroundFetch (so its table updates) and its follow-up (the download queue,
/// with what the budget has left), and answers each with its own run's result. A run already
/// going (the timer's, say) is let finish first, so a push naming feeds is never merged into a
/// run that does not include them.
class HandOffQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandOffQueue)

public:
    HandOffQueue(BackgroundFetch *fetch, QObject *parent = nullptr);

    void enqueue(const InstanceRequest &request, std::shared_ptr<InstanceReply> reply);

private:
    void startNext();

    struct Pending
    {
        InstanceRequest request;
        std::shared_ptr<InstanceReply> reply;
    };
    BackgroundFetch *m_fetch;
    QQueue<Pending> m_pending;
    std::shared_ptr<InstanceReply> m_current;
};

} // namespace freshet
