// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Subscribes a sync account, on its server, to every usable feed of an OPML file (path, or `-`
/// for standard input), each in its folder (the server's category), one after another: the
/// server fetches each feed as it subscribes, so a long file takes a while, and progress tells
/// how far it is. Feeds the account has already are counted, not sent; a feed the server
/// refuses is skipped with its reason in details, and the rest go on. Nothing changes on this
/// device until the account's next sync brings the feeds. A login the server refuses stops the
/// import (LoginNeeded), as does a server that cannot be reached (the feeds sent before stay).
/// progress and done run on context's thread, unless context is gone by then.
void importOpmlToAccount(const ActionServices &services, const QString &path, qint64 accountId, QObject *context,
                         std::function<void(int sent, int total)> progress, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
