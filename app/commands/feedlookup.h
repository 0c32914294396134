// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"
#include "network/feeddiscovery.h"

#include <optional>

namespace freshet {

/// Looks up every address at once with FeedDiscovery (the window's Add Feed does the same) and
/// waits for all the answers on this thread's event loop: a command has nothing else to do.
/// The outcomes come in the order of urls; authorization goes with the first only.
QList<FeedDiscovery::Outcome> lookUpFeedsAndWait(const QList<QUrl> &urls, const QByteArray &authorizationOfFirst = {});

/// The one feed a page or feed address leads to. Several: they are listed on stdout, title and
/// address one per line, and the person is asked to add one of them. Nothing is returned then,
/// nor on an error (reported); a 401 is no error here (see FeedDiscovery::Outcome::needsLogin).
std::optional<QUrl> singleFeedOrReport(CommandContext &context, const FeedDiscovery::Outcome &outcome);

} // namespace freshet
