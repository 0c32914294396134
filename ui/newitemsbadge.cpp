// SPDX-License-Identifier: MIT
#include "newitemsbadge.h"

#include <QAbstractItemView>
#include <QEvent>

namespace freshet {

NewItemsBadge::NewItemsBadge(QAbstractItemView *view) : QPushButton(view), m_view(view)
{
    setObjectName(QStringLiteral("newItemsBadge"));
    setCursor(Qt::PointingHandCursor);
    hide();
    connect(this, &QPushButton::clicked, this, &NewItemsBadge::scrollToNew);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, &NewItemsBadge::clear);
    view->installEventFilter(this);
}

void NewItemsBadge::clear()
{
    m_count = 0;
    m_firstRow = -1;
    hide();
}

bool NewItemsBadge::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Resize && isVisible())
        place();
    return false;
}

void NewItemsBadge::onRowsInserted(int first, int last)
{
    const int added = last - first + 1;
    if (m_firstRow >= first)
        m_firstRow += added; // the earlier new rows moved down
    if (m_firstRow < 0 || first < m_firstRow)
        m_firstRow = first;
    m_count += added;
    setText(tr("%n new", nullptr, m_count));
    setAccessibleName(tr("%n new item(s): show them", nullptr, m_count));
    place();
    show();
    raise();
}

void NewItemsBadge::onRowsRemoved(int first, int last)
{
    if (m_firstRow < 0)
        return;
    if (m_firstRow > last)
        m_firstRow -= last - first + 1;
    else if (m_firstRow >= first)
        m_firstRow = first < m_view->model()->rowCount() ? first : -1;
    if (m_firstRow < 0)
        clear();
}

void NewItemsBadge::scrollToNew()
{
    if (m_firstRow >= 0)
        m_view->scrollTo(m_view->model()->index(m_firstRow, m_column), QAbstractItemView::PositionAtTop);
    clear();
}

void NewItemsBadge::place()
{
    adjustSize();
    const QRect viewport = m_view->viewport()->geometry();
    move(viewport.center().x() - width() / 2, viewport.top() + fontMetrics().height() / 2);
}

} // namespace freshet
