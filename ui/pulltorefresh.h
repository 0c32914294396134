// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAbstractScrollArea;
class QLabel;
class QTimer;

namespace freshet {

/// Pull-to-refresh on a kinetically scrolled view: dragging the content down past its top
/// shows "Pull to refresh", far enough "Release to refresh", and letting go there asks for a
/// refresh. It watches the overshoot the view's QScroller reports, so it needs
/// enableKineticScrolling(area, true).
class PullToRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullToRefresh)

public:
    explicit PullToRefresh(QAbstractScrollArea *area);

    /// How far (in pixels of overshoot) the content must be pulled; from the font, so it
    /// grows with the text scale.
    int threshold() const { return m_threshold; }
    /// What the label says now; empty when hidden.
    QString message() const;
    /// The refresh ended: says so briefly, then hides.
    void finish(const QString &message);

signals:
    void refreshRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onScrollerState(int state);
    void showMessage(const QString &text);

    QAbstractScrollArea *m_area;
    QLabel *m_label;
    QTimer *m_hide;
    int m_threshold;
    int m_pull = 0;
    bool m_dragging = false;
    bool m_refreshing = false;
};

} // namespace freshet
