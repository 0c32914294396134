#pragma once

#include "feed.h"
#include "fetchrun.h"
#include "network/feedrequest.h"
#include "storage/feedstore.h"

namespace freshet {

/// What one feed's response did, for the run's totals and the fetch log.
struct FeedUpdateOutcome
{
    FeedOutcomeRecord record;
    ItemChanges changes;
};

/// Turns one HTTP response into the feed's new state: skips parsing when nothing changed
/// (304, or the same body as last time), parses otherwise, writes items and validators in one
/// transaction, schedules the next fetch and logs the outcome. Runs on the store's thread.
FeedUpdateOutcome applyResponse(FeedStore &store, qint64 runId, const Feed &feed, const FeedResponse &response,
                                double jitterUnit);

} // namespace freshet
