// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// In freshet::sync with the client that sends it; here in models/ because storage queues it,
// and storage must not depend on the sync engine.
namespace freshet::sync {

/// Mark All as Read of one synced feed, made on this device and waiting to be sent: the
/// protocols do it in one call (Google Reader's mark-all-as-read, tt-rss's catchupFeed), where a
/// change per article would cost thousands.
struct FeedReadMark
{
    QString feedId; ///< RemoteFeed::id
    /// The account's sync cursor when the mark was made: the server's articles after it were
    /// never seen here, so they stay unread. Empty: the client uses the time of sending.
    QString upTo;
    qint64 queuedAt = 0; ///< ms since the epoch: tells this mark from one made again since
};

} // namespace freshet::sync
