// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "itemmarking.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Marks items read or unread, starred or not: the ones named, or one feed's or every feed's,
/// optionally only those dated before a moment. A synced item's change is queued in the same
/// transaction and reaches its server with the next sync. Ids that name no item mark nothing
/// (NotFound, the ids named). Outcome::changed counts the items whose mark changed. done runs
/// once on context's thread, unless context is gone by then.
void markItems(const ActionServices &services, const ItemMarking &marking, QObject *context, std::function<void(const Outcome &)> done);

/// markItems, answering also with the marking that undoes it: the same mark the other way on
/// exactly the items this one changed (no ids: nothing changed, nothing to undo). Undone, the
/// sync accounts' servers get the items' first state back with the next sync.
void markItemsUndoably(const ActionServices &services, const ItemMarking &marking, QObject *context,
                       std::function<void(const Outcome &, const ItemMarking &undo)> done);
/// Runs the undo markItemsUndoably answered with; items deleted since are left out.
void undoMarking(const ActionServices &services, const ItemMarking &undo, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
