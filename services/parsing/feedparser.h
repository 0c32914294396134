// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QByteArrayView>

namespace freshet {

/// Turns the bytes of a feed document (RSS, RDF, Atom, JSON Feed or the legacy photo list) into a
/// ParsedFeed. Pure and reentrant: call it from any thread; it never touches the network, never
/// resolves DTDs or external entities, and reports hostile or broken input as an error value.
class FeedParser final
{
public:
    static ParsedFeed parse(QByteArrayView bytes, const ParseOptions &options = {});
};

} // namespace freshet
