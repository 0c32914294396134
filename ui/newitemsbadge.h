// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

class QAbstractItemView;

namespace freshet {

/// "N new" floating over the top of a list: counts the rows its model inserts (a fetch
/// arriving while the list is shown, or in the background), and clicking it scrolls to the
/// topmost of them. A reset (another feed, a filter) starts over.
class NewItemsBadge final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewItemsBadge)

public:
    explicit NewItemsBadge(QAbstractItemView *view);

    int count() const { return m_count; }
    /// The topmost new row; -1 when there is none.
    int firstRow() const { return m_firstRow; }
    void clear();
    /// A column the view shows: scrolling to a hidden one does nothing.
    void setScrollColumn(int column) { m_column = column; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void scrollToNew();
    void place();

    QAbstractItemView *m_view;
    int m_count = 0;
    int m_firstRow = -1;
    int m_column = 0;
};

} // namespace freshet
