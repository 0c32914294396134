// SPDX-License-Identifier: MIT
#pragma once

namespace freshet {

/// What applying a fetched document changed.
struct ItemChanges
{
    int newItems = 0;
    int updatedItems = 0;
};

} // namespace freshet
