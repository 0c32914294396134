// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

class XmlCursor;

/// Reads the legacy photo list of the original iOS demo, `<photos><photo id title relurl/></photos>`:
/// each photo becomes an item whose link and image are relurl resolved against the document URL.
class PhotosReader final
{
public:
    static void read(XmlCursor &cursor, ParsedFeed &feed);
};

} // namespace freshet
