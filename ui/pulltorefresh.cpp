// SPDX-License-Identifier: MIT
#include "pulltorefresh.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QScrollEvent>
#include <QScroller>
#include <QTimer>

#include <algorithm>

namespace freshet {

PullToRefresh::PullToRefresh(QAbstractScrollArea *area)
    : QObject(area), m_area(area), m_label(new QLabel(area)), m_hide(new QTimer(this)),
      m_threshold(std::max(3 * area->fontMetrics().height(), 48))
{
    setObjectName(QStringLiteral("pullToRefresh"));
    m_label->setObjectName(QStringLiteral("pullToRefreshLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAutoFillBackground(true);
    m_label->setBackgroundRole(QPalette::Window);
    m_label->hide();
    m_hide->setSingleShot(true);
    m_hide->setInterval(2000);
    connect(m_hide, &QTimer::timeout, m_label, &QWidget::hide);
    area->viewport()->installEventFilter(this);
    connect(QScroller::scroller(area->viewport()), &QScroller::stateChanged, this,
            [this](QScroller::State state) { onScrollerState(int(state)); });
}

QString PullToRefresh::message() const
{
    return m_label->isVisible() ? m_label->text() : QString();
}

void PullToRefresh::finish(const QString &message)
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    showMessage(message);
    m_hide->start();
}

bool PullToRefresh::eventFilter(QObject *, QEvent *event)
{
    // Overshoot past the top is negative: the view moves its viewport down by that much.
    if (event->type() == QEvent::Scroll && m_dragging && !m_refreshing) {
        const auto *scroll = static_cast<QScrollEvent *>(event);
        const bool atTop = m_area->verticalScrollBar()->value() == m_area->verticalScrollBar()->minimum();
        m_pull = atTop ? std::max(0, int(-scroll->overshootDistance().y())) : 0;
        if (m_pull > 0)
            showMessage(m_pull >= m_threshold ? tr("Release to refresh") : tr("Pull to refresh"));
        else
            m_label->hide();
    }
    return false;
}

void PullToRefresh::onScrollerState(int state)
{
    if (state == QScroller::Dragging) {
        m_dragging = true;
        m_pull = 0;
        return;
    }
    if (!m_dragging)
        return;
    // Dragging ends in Scrolling (the flick goes on) or Inactive: either way the finger is up.
    m_dragging = false;
    if (m_refreshing)
        return;
    if (m_pull >= m_threshold) {
        m_refreshing = true;
        showMessage(tr("Refreshing…"));
        emit refreshRequested();
    } else {
        m_label->hide();
    }
    m_pull = 0;
}

void PullToRefresh::showMessage(const QString &text)
{
    m_hide->stop();
    m_label->setText(text);
    const int height = m_label->fontMetrics().height() * 2;
    const QRect viewport = m_area->viewport()->geometry();
    m_label->setGeometry(viewport.left(), viewport.top(), viewport.width(), height);
    m_label->show();
    m_label->raise();
}

} // namespace freshet
