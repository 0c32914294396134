// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

// The folders of an account's feeds: this device's own, or a sync account's, which are its
// server's categories and change there first (syncfolders.h).
// Each done runs once on context's thread, unless context is gone by then.

void createFolder(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                  std::function<void(const Outcome &)> done);
/// Renames the folder; its feeds and the folders inside it go with it.
void renameFolder(const ActionServices &services, qint64 accountId, const QString &from, const QString &to, QObject *context,
                  std::function<void(const Outcome &)> done);
/// Without removeFeeds its feeds and folders move up a level; with it they are unsubscribed,
/// their items deleted and their passwords removed from the keychain, as Delete Feed does.
void deleteFolder(const ActionServices &services, qint64 accountId, const QString &path, bool removeFeeds, QObject *context,
                  std::function<void(const Outcome &)> done);
/// Puts the feeds in the folder (empty: the top level).
void moveFeedsToFolder(const ActionServices &services, const QList<Feed> &feeds, const QString &path, QObject *context,
                       std::function<void(const Outcome &)> done);

} // namespace freshet::actions
