// SPDX-License-Identifier: MIT
#pragma once

#include "instanceprotocol.h"

#include <QString>

namespace freshet {

/// The headless end of the hand-off. Blocking, for command-line processes only.
class InstanceClient final
{
public:
    struct Answer
    {
        enum class Kind {
            NoInstance, ///< nobody listens: run headless
            Answered,   ///< the window ran it; summary holds its result
            Lost,       ///< the window went away mid-run: run headless
        };
        Kind kind = Kind::NoInstance;
        FetchRunSummary summary;
        /// What the window did with the rest of the budget.
        FollowUpReport followUp;
    };

    static bool isRunning(const QString &serverName);
    /// Hands a fetch to the window, waiting for its result somewhat past the run's budget.
    static Answer requestFetch(const QString &serverName, const InstanceRequest &request);
    /// Asks the window to come to the front; false when no window answered.
    static bool activate(const QString &serverName);
    /// Tells the window that this process changed the profile; false when no window answered.
    static bool tellStoreChanged(const QString &serverName);

private:
    /// Sends a request that needs no answer.
    static bool tell(const QString &serverName, InstanceRequest::Kind kind);
};

} // namespace freshet
