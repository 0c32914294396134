// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QObject>

#include <functional>

namespace freshet {

/// What a follow-up did with its share of a run's budget.
struct FollowUpReport
{
    int downloadsCompleted = 0;
    /// Downloads still waiting (unfinished at the deadline, or held back by the network); -1
    /// when the queue could not say in time.
    int downloadsLeft = 0;
};

/// What a run granted by the OS or handed over by a headless process does with the budget left
/// after refreshing: in the application, its download queue. Installed on the application's
/// BackgroundFetch by whoever owns that work (see BackgroundFetch::setFollowUp).
class RefreshFollowUp : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshFollowUp)

public:
    using QObject::QObject;

    /// Works until it runs out of work or the deadline passes, then calls done exactly once,
    /// on this object's thread, no later than the deadline. Called on this object's thread.
    virtual void spend(QDeadlineTimer deadline, std::function<void(const FollowUpReport &)> done) = 0;
    /// The OS withdrew the time (iOS's expiration handler): every spend() going answers now.
    virtual void cutShort() = 0;
};

} // namespace freshet
