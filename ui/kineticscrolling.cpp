// SPDX-License-Identifier: MIT
#include "kineticscrolling.h"

#include <QAbstractItemView>
#include <QScroller>
#include <QScrollerProperties>

namespace freshet {

void enableKineticScrolling(QAbstractScrollArea *area, bool overshootAtTop)
{
    QWidget *viewport = area->viewport();
    QScroller::grabGesture(viewport, QScroller::LeftMouseButtonGesture);
    QScroller *scroller = QScroller::scroller(viewport);
    QScrollerProperties properties = scroller->scrollerProperties();
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy, QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff));
    if (overshootAtTop)
        properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy, QVariant::fromValue(QScrollerProperties::OvershootAlwaysOn));
    scroller->setScrollerProperties(properties);
    // Row-by-row scrolling would make a flick jump in whole rows; pixels follow the finger.
    if (auto *view = qobject_cast<QAbstractItemView *>(area)) {
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    }
}

} // namespace freshet
