// SPDX-License-Identifier: MIT
#include "afterfirstpaint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

namespace freshet {

namespace {

/// Watches the viewport itself, never asking the view for it: a view being destroyed still sends
/// its viewport events, when it is no longer a whole view.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *viewport, std::function<void()> action)
        : QObject(viewport), m_viewport(viewport), m_action(std::move(action))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint) {
            m_viewport->removeEventFilter(this);
            // After this paint is done, not before it: the filter sees the event first.
            QTimer::singleShot(0, this, [this] {
                m_action();
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_viewport;
    std::function<void()> m_action;
};

} // namespace

void runAfterFirstPaint(QAbstractItemView *view, std::function<void()> action)
{
    view->viewport()->installEventFilter(new FirstPaintWatcher(view->viewport(), std::move(action)));
}

} // namespace freshet
