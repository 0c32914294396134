// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// How downloading now ended: the outcome, and where the finished file is (empty unless done).
struct DownloadedNow
{
    Outcome outcome;
    QString file;
};

/// Downloads the item's enclosure now and nothing else, whatever the network: queues it (or
/// finds it), resumes from what an earlier attempt kept, and answers once the file is in place
/// or the transfer stopped. The queue's own signals (services.downloads) tell the progress
/// meanwhile. done runs once on context's thread, unless context is gone by then.
void downloadNow(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const DownloadedNow &)> done);

} // namespace freshet::actions
