// SPDX-License-Identifier: MIT
#include "elidinglabel.h"

namespace freshet {

ElidingLabel::ElidingLabel(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidingLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    setAccessibleName(text);
    elide();
}

QSize ElidingLabel::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(u'\u2026') * 3, QLabel::minimumSizeHint().height()};
}

QSize ElidingLabel::sizeHint() const
{
    // What the whole text would take, so spare room goes to it, but never a reason to widen
    // the bar it sits in (minimumSizeHint() is what it insists on).
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + margins.left() + margins.right(), QLabel::sizeHint().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidingLabel::elide()
{
    const int room = contentsRect().width();
    setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0)));
}

} // namespace freshet
