// SPDX-License-Identifier: MIT
#include "itemtableinput.h"

#include "itemtablemodel.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTableView>

namespace freshet {

ItemTableInput::ItemTableInput(QTableView *table) : QObject(table), m_table(table), m_viewport(table->viewport())
{
    table->installEventFilter(this);
    m_viewport->installEventFilter(this);
}

bool ItemTableInput::eventFilter(QObject *watched, QEvent *event)
{
    // Compared, never called: events still arrive while the table is being destroyed.
    if (watched == m_viewport)
        return onMouse(event);
    if (watched == m_table && event->type() == QEvent::KeyPress)
        return onKey(event);
    if (watched == m_table && event->type() == QEvent::FocusIn)
        return onFocusIn(static_cast<QFocusEvent *>(event));
    return false;
}

bool ItemTableInput::onFocusIn(QFocusEvent *event)
{
    // A table with no current row makes its first row current when it gets the focus, and
    // the item shown is read. Coming in with Tab that is the keyboard's way in; the window
    // merely becoming active (Freshet starting, a dialog closing) must not read anything.
    const Qt::FocusReason reason = event->reason();
    const bool passive = reason == Qt::ActiveWindowFocusReason || reason == Qt::PopupFocusReason || reason == Qt::MenuBarFocusReason;
    if (!passive || m_table->currentIndex().isValid())
        return false;
    m_table->viewport()->update();
    return true;
}

bool ItemTableInput::onMouse(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonDblClick && type != QEvent::MouseButtonRelease)
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    if (type == QEvent::MouseButtonRelease) {
        const bool taken = m_pressTaken;
        m_pressTaken = false;
        return taken;
    }
    const QModelIndex index = m_table->indexAt(mouse->position().toPoint());
    const bool readCell = index.column() == ItemTableModel::UnreadColumn;
    const bool starCell = index.column() == ItemTableModel::StarColumn;
    // With Shift or Ctrl a click still selects: the flag cells are part of the row there.
    if (!index.isValid() || (!readCell && !starCell) || mouse->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))
        return false;
    m_pressTaken = true;
    // Qt 6 sends a double click's second press and then the double click itself: the presses
    // are the two toggles the person made, the double click is eaten (no browser opens).
    if (type == QEvent::MouseButtonDblClick)
        return true;
    if (readCell)
        emit readToggleClicked(index.row());
    else
        emit starToggleClicked(index.row());
    return true;
}

bool ItemTableInput::onKey(QEvent *event)
{
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return false;
    const int rows = m_table->model()->rowCount();
    if (rows == 0)
        return false;
    if (key->key() == Qt::Key_Home)
        goToRow(0);
    else if (key->key() == Qt::Key_End)
        goToRow(rows - 1);
    else
        return false;
    return true;
}

void ItemTableInput::goToRow(int row)
{
    // Like an arrow key: the row becomes current and the only one selected, and is shown.
    const QModelIndex index = m_table->model()->index(row, ItemTableModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace freshet
