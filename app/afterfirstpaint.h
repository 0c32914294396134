// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QAbstractItemView;

namespace freshet {

/// Runs action once on the GUI thread, right after the view has painted for the first time
/// (the paint done, not only begun). Nothing runs if the view goes before it paints.
void runAfterFirstPaint(QAbstractItemView *view, std::function<void()> action);

} // namespace freshet
