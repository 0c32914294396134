// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QAbstractItemView;

namespace freshet {

/// For --quit-after-first-paint: once the view has painted its first rows (or painted empty,
/// for an empty profile), prints "first-paint-ms N" (since the process started) and quits.
void installFirstPaintProbe(QAbstractItemView *view);

/// Milliseconds since the process started, from the kernel where it says so, else since main().
qint64 millisecondsSinceProcessStart();

} // namespace freshet
