// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

// A sync account's folders are its server's categories (Google Reader's labels): each sync
// writes the server's back over this device's. So these change them on the server first and
// here only once it agreed; a protocol that cannot (tt-rss) is refused with where to change
// them instead, and nothing changes. Folders inside folders are categories named by the whole
// path ("Tech/Linux"). Each done runs once on context's thread, unless context is gone.

/// A folder no feed is in yet lives on this device only: a server makes a category when a feed
/// goes into it.
void createSyncFolder(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                      std::function<void(const Outcome &)> done);
void renameSyncFolder(const ActionServices &services, qint64 accountId, const QString &from, const QString &to, QObject *context,
                      std::function<void(const Outcome &)> done);
/// Without removeFeeds its feeds move up a level; with it they are unsubscribed on the server.
void deleteSyncFolder(const ActionServices &services, qint64 accountId, const QString &path, bool removeFeeds, QObject *context,
                      std::function<void(const Outcome &)> done);
/// Feeds of one sync account into the folder (empty: the top level).
void moveSyncedFeeds(const ActionServices &services, const QList<Feed> &feeds, const QString &path, QObject *context,
                     std::function<void(const Outcome &)> done);

} // namespace freshet::actions
