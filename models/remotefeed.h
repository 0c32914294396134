// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// In freshet::sync with the client that serves it; here in models/ because storage writes it
// too, and storage must not depend on the sync engine.
namespace freshet::sync {

/// A subscription as the server lists it.
struct RemoteFeed
{
    QString id; ///< the server's id: tt-rss's number, Google Reader's "feed/…" stream id
    QString title;
    QString url; ///< the feed document's own address
    QString siteUrl;
    QString category; ///< category/folder title; empty when none
};

} // namespace freshet::sync
