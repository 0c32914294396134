// SPDX-License-Identifier: MIT
#pragma once

#include <QPoint>
#include <QWidget>

namespace freshet {

/// Back by swiping in from the left edge, as on iOS and Android's gesture navigation.
///
/// An invisible strip along the left edge of the pages, above them: the lists and the article
/// scroll kinetically through QScroller, whose gesture recogniser takes presses before any
/// event filter on their viewports could see them, so the edge gets a widget of its own. The
/// strip is a finger's width; a drag that starts on it and ends a quarter of the width further
/// right, more sideways than up or down, asks to go back.
class EdgeSwipe final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeSwipe)

public:
    explicit EdgeSwipe(QWidget *area);

signals:
    void swipedBack();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void fitToArea();

    QWidget *m_area;
    QPoint m_pressedAt;
    bool m_pressed = false;
};

} // namespace freshet
