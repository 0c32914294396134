// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QByteArrayView>

namespace freshet {

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org), including 1.0's single `author`.
class JsonFeedReader final
{
public:
    /// Fills `feed`; sets feed.error when the bytes are not a JSON Feed.
    static void read(QByteArrayView bytes, const ParseOptions &options, ParsedFeed &feed);
};

} // namespace freshet
