// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "sync/syncclient.h"

namespace freshet {
class FeedStore;
}

namespace freshet::sync {

/// Where a synced feed's new name was kept.
enum class RenameKept {
    OnServer, ///< the server renamed it: every device, and every later sync, shows the name
    HereOnly, ///< the protocol cannot rename (tt-rss): this device alone shows the name
};

/// Stores a synced feed's new name once its server answered SubscriptionEdit::rename: as the
/// server's title when it renamed, as this device's own name when the protocol answered
/// Unsupported (no sync overwrites that), and not at all when the server failed otherwise (the
/// error is the server's message). Call it on the store's thread.
Result<RenameKept> storeSyncedRename(FeedStore &store, qint64 feedId, const QString &title, const SyncError &serverAnswer);

/// The sentence that tells a person the name stays on this device, for the CLI and the window.
QString keptHereOnlyMessage(const QString &accountName);

} // namespace freshet::sync
