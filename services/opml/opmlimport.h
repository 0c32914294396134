// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "folder.h"
#include "opml/opml.h"
#include "result.h"

namespace freshet {

class FeedStore;

/// What an import did: new subscriptions, ones already there, and outlines it could not use.
struct OpmlImport
{
    int added = 0;
    int alreadySubscribed = 0;
    QStringList problems;
};

/// Subscribes to every usable feed of the document, keeping its folders, in one transaction:
/// a failure half-way (a full disk) leaves the subscriptions as they were and is the error.
Result<OpmlImport> importSubscriptions(FeedStore &store, const OpmlDocument &document);

/// The subscriptions as an OPML document, one outline per feed in its folder.
OpmlDocument subscriptionsDocument(const QList<Feed> &feeds, const QList<Folder> &folders, const QString &title);

} // namespace freshet
