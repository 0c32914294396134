// SPDX-License-Identifier: MIT
#pragma once

#include "background/refreshpolicy.h"
#include "feed.h"
#include "fetchrun.h"
#include "network/feedrequest.h"
#include "parsing/parsedfeed.h"
#include "storage/feedstore.h"

namespace freshet {

/// What one feed's response did, for the run's totals and the fetch log.
struct FeedUpdateOutcome
{
    qint64 runId = 0;
    FeedOutcomeRecord record;
    ItemChanges changes;
    /// Why the store could not keep the feed (a damaged database, a full disk): the profile's
    /// problem, not the feed's, so the run reports it as its own failure.
    QString storeError;
};

/// Everything a response means that can be worked out without the database: the document's
/// fingerprint, the parsed feed, its items' keys and hashes, the new validators and most of
/// what decides the next fetch. Plain values, so it is made on a worker thread and written
/// on the store's.
struct PreparedResponse
{
    qint64 runId = 0;
    Feed feed;
    bool skipped = false; ///< cancelled by the deadline: only the log line is written
    FeedFetchUpdate update;
    FeedOutcomeRecord record;
    bool haveDocument = false;
    ParsedFeed parsed;
    QList<ItemIdentity> identities;
    RefreshSignals hints;     ///< the document's and the feed's row's, together
    qint64 documentBytes = 0; ///< the body's size, decompressed: the backlog BackgroundFetch bounds
};

/// The part of storing a response that needs no database: skips parsing when nothing changed
/// (304, or the same body as last time), parses otherwise. Thread-safe; the costly half.
PreparedResponse prepareResponse(qint64 runId, const Feed &feed, const FeedResponse &response, double jitterUnit);

/// Writes a prepared response: items and validators all or nothing, the next fetch time, and
/// the outcome in the fetch log. Runs on the store's thread; inside a FeedStore batch it adds
/// no commit of its own.
FeedUpdateOutcome writeResponse(FeedStore &store, const PreparedResponse &prepared);

/// Writes prepared responses as one FeedStore batch (one commit). If the batch cannot
/// be committed, nothing of it was stored, and each response is written again on its own, so
/// each still gets its own all-or-nothing result.
QList<FeedUpdateOutcome> writeResponses(FeedStore &store, const QList<PreparedResponse> &prepared);

} // namespace freshet
