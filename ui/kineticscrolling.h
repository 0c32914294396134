// SPDX-License-Identifier: MIT
#pragma once

class QAbstractScrollArea;

namespace freshet {

/// Flick scrolling with the finger (and, so tests and touch-less emulators act the same, with a
/// mouse drag) on a list, table or text view. With overshootAtTop the content can be pulled
/// down past its top even when it fits, which is what pull-to-refresh watches.
void enableKineticScrolling(QAbstractScrollArea *area, bool overshootAtTop = false);

} // namespace freshet
