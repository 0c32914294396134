// SPDX-License-Identifier: MIT
#pragma once

#include <QSemaphore>

#include <chrono>
#include <memory>

class QAbstractItemView;

namespace freshet {

/// Lets a job on another thread wait until the window has painted its first rows, or a bound
/// has passed (a window started hidden never paints). The start's integrity check reads every
/// page of the database and only has to come before the first write, so it waits here rather
/// than share the two cores with the first paint; at a million items that made no difference
/// beyond this machine's noise (medians 265 and 243 ms, docs/performance.md). Copies share one
/// gate.
class FirstPaintGate
{
public:
    FirstPaintGate();

    /// Opens the gate after the view's first paint (GUI thread).
    void openAfterFirstPaint(QAbstractItemView *view) const;
    /// Opens it now; a second call does nothing.
    void open() const;
    /// Returns once the gate is open, or after `bound`; true if it opened (any thread).
    bool waitUpTo(std::chrono::milliseconds bound) const;

private:
    struct State
    {
        QSemaphore opened;
        QAtomicInt openCalls;
    };
    std::shared_ptr<State> m_state;
};

} // namespace freshet
