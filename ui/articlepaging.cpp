// SPDX-License-Identifier: MIT
#include "articlepaging.h"

#include <QAbstractScrollArea>
#include <QKeyEvent>
#include <QScrollBar>

namespace freshet {

ArticlePaging::ArticlePaging(QAbstractScrollArea *article, QWidget *list) : QObject(article), m_article(article)
{
    article->installEventFilter(this);
    list->installEventFilter(this);
}

bool ArticlePaging::eventFilter(QObject *, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || (key->modifiers() & ~Qt::ShiftModifier) != Qt::NoModifier)
        return false;
    QScrollBar *bar = m_article->verticalScrollBar();
    if (key->modifiers() & Qt::ShiftModifier) {
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return true;
    }
    if (bar->value() >= bar->maximum())
        emit nextUnreadWanted();
    else
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    return true;
}

} // namespace freshet
