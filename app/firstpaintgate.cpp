// SPDX-License-Identifier: MIT
#include "firstpaintgate.h"

#include "afterfirstpaint.h"

namespace freshet {

FirstPaintGate::FirstPaintGate() : m_state(std::make_shared<State>()) {}

void FirstPaintGate::openAfterFirstPaint(QAbstractItemView *view) const
{
    runAfterFirstPaint(view, [gate = *this] { gate.open(); });
}

void FirstPaintGate::open() const
{
    if (m_state->openCalls.fetchAndAddOrdered(1) == 0)
        m_state->opened.release();
}

bool FirstPaintGate::waitUpTo(std::chrono::milliseconds bound) const
{
    if (!m_state->opened.tryAcquire(1, int(bound.count())))
        return false;
    // Others may wait as well.
    m_state->opened.release();
    return true;
}

} // namespace freshet
