// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QFocusEvent;
class QTableView;

namespace freshet {

/// What the item table does with the mouse and keys beyond a plain table's: a click on a
/// row's ● or ★ toggles that flag without opening the item (it is not read by being marked),
/// and Home and End go to the first and last item rather than to the row's first and last
/// column. The window becoming active does not open (and read) the first item.
class ItemTableInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTableInput)

public:
    /// Watches table, whose model is an ItemTableModel; parented to it.
    explicit ItemTableInput(QTableView *table);

signals:
    void readToggleClicked(int row);
    void starToggleClicked(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool onMouse(QEvent *event);
    bool onKey(QEvent *event);
    bool onFocusIn(QFocusEvent *event);
    void goToRow(int row);

    QTableView *m_table;
    QObject *m_viewport;
    /// The flag cell a press toggled: its release and a double click there belong to it too.
    bool m_pressTaken = false;
};

} // namespace freshet
