// SPDX-License-Identifier: MIT
#include "edgeswipe.h"

#include <QEvent>
#include <QMouseEvent>

namespace freshet {

EdgeSwipe::EdgeSwipe(QWidget *area) : QWidget(area), m_area(area)
{
    setObjectName(QStringLiteral("edgeSwipe"));
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    area->installEventFilter(this);
    fitToArea();
    raise();
}

bool EdgeSwipe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && event->type() == QEvent::Resize)
        fitToArea();
    // Pages added later are stacked above: stay on top of them.
    if (watched == m_area && event->type() == QEvent::ChildAdded)
        raise();
    return QWidget::eventFilter(watched, event);
}

void EdgeSwipe::fitToArea()
{
    // About a fingertip: wide enough to hit, narrow enough to leave the rows' thumbnails usable.
    const int width = std::max(12, fontMetrics().height());
    setGeometry(0, 0, width, m_area->height());
}

void EdgeSwipe::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressedAt = event->position().toPoint();
    event->accept();
}

void EdgeSwipe::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const QPoint moved = event->position().toPoint() - m_pressedAt;
    if (moved.x() > m_area->width() / 4 && std::abs(moved.y()) < moved.x())
        emit swipedBack();
    event->accept();
}

} // namespace freshet
