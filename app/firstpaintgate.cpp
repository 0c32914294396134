// SPDX-License-Identifier: MIT
#include "firstpaintgate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace freshet {

namespace {

/// Watches the viewport itself, never asking the view for it: a view being destroyed still sends
/// its viewport events, when it is no longer a whole view.
class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QWidget *viewport, FirstPaintGate gate) : QObject(viewport), m_viewport(viewport), m_gate(std::move(gate)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint) {
            m_viewport->removeEventFilter(this);
            // After this paint is done, not before it: the filter sees the event first.
            QTimer::singleShot(0, this, [this] {
                m_gate.open();
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_viewport;
    FirstPaintGate m_gate;
};

} // namespace

FirstPaintGate::FirstPaintGate() : m_state(std::make_shared<State>()) {}

void FirstPaintGate::openAfterFirstPaint(QAbstractItemView *view) const
{
    view->viewport()->installEventFilter(new PaintWatcher(view->viewport(), *this));
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
