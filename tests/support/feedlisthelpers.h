// SPDX-License-Identifier: MIT
#pragma once

#include "feedlistmodel.h"

#include <QModelIndex>

/// The n-th feed (0: the first) of the feed list, reading its tree top to bottom; invalid when
/// there are fewer.
inline QModelIndex nthFeed(const freshet::FeedListModel &model, int n = 0)
{
    QModelIndex feed = model.adjacentFeed(model.allItemsIndex(), 1, false);
    for (int i = 0; i < n && feed.isValid(); ++i)
        feed = model.adjacentFeed(feed, 1, false);
    return feed;
}
