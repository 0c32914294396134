// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundfetch.h"
#include "instance/instanceprotocol.h"
#include "profile/profile.h"
#include "result.h"

namespace freshet {

struct BackgroundRunRequest
{
    FetchTrigger trigger = FetchTrigger::Cli;
    std::chrono::milliseconds budget = BackgroundFetch::defaultBudget;
    FetchScope scope;
    FetchService::Limits limits;
    /// Launched by the OS or a push: prefer the running window, notify the desktop otherwise.
    bool background = false;
};

struct BackgroundRunOutcome
{
    FetchRunSummary summary;
    bool handedOff = false; ///< the window ran it
    QStringList warnings;   ///< things that went wrong around the run (the notification)
    /// Set when an OS launch found the adaptive interval not yet over and fetched nothing.
    QString adaptiveSkip;
    /// Background runs spend the rest of the budget on the download queue, here or in the
    /// window they were handed to; downloadsLeft is -1 when the window could not tell.
    int downloadsCompleted = 0;
    int downloadsLeft = 0;
};

/// One run from a command-line process, blocking until it reports: handed to the window on
/// this profile when asked to and one is running, otherwise performed here under the
/// profile's run lock. Fails only when the store cannot be opened.
Result<BackgroundRunOutcome> runBackground(const Profile &profile, const BackgroundRunRequest &request);

} // namespace freshet
