// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "feedloginactions.h"
#include "outcome.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace freshet::actions {

/// Feeds to subscribe to on this device, their addresses already looked up (a web page's feed
/// found). A login goes with exactly one address.
struct NewFeeds
{
    QStringList addresses;
    /// The folder they go in ("/" nests); empty: none.
    QString folder;
    std::optional<LoginGiven> login;
};

/// Subscribes on this device, all or nothing: a feed already subscribed (or given twice) adds
/// none of them. With a login, an address already subscribed gets the new login instead (its
/// items stay), and a feed whose secret the keychain refuses is taken out again, since it could
/// never log in. done gets the feeds added or given the login; it runs once on context's
/// thread, unless context is gone by then.
void subscribeHere(const ActionServices &services, const NewFeeds &wanted, QObject *context,
                   std::function<void(const Outcome &, const QList<Feed> &feeds)> done);

} // namespace freshet::actions
