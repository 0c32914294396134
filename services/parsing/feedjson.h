// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QJsonObject>

namespace freshet {

/// Writes a ParsedFeed in the `feed-conformance/1` shape (`format`, `title`, `items[]`, ...), the
/// form `freshet parse --json` prints and the conformance test compares.
class FeedJson final
{
public:
    static QJsonObject toJson(const ParsedFeed &feed);
    /// `YYYY-MM-DDTHH:MM:SSZ` (with `.mmm` before the Z when the date has milliseconds), or an
    /// empty string for an invalid date.
    static QString dateText(const QDateTime &date);
};

} // namespace freshet
