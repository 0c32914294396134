// SPDX-License-Identifier: MIT
#pragma once

#include "actions/actionservices.h"
#include "itemmarking.h"

#include <QObject>

class QAction;
class QMainWindow;
class QPushButton;
class QTimer;

namespace freshet {

/// Feeds > Mark All as Read, and its undo: asks first when many items would change, marks
/// them, then offers Undo in the status bar for a while and as Undo Mark All as Read (Ctrl+Z)
/// until the next one. Undo marks exactly the items it changed unread again.
class MarkAllRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkAllRead)

public:
    /// From this many unread items on, Mark All as Read asks first.
    static constexpr int askFrom = 100;

    MarkAllRead(const actions::ActionServices &services, QMainWindow *window);

    QAction *undoAction() const { return m_undoAction; }
    /// Marks every item in `which` read (its feed, or account and folder; nothing set: every
    /// item); scope names it for the question (empty: all items), unread says how many are
    /// unread now.
    void markAll(const ItemMarking &which, const QString &scope, int unread);
    void undo();

signals:
    /// About to mark: the table can show it at once (0: every row it has, as for a folder).
    void marking(qint64 feedId);
    /// The store changed (marked, or undone): counts and rows are to be read again.
    void changed();

private:
    void offerUndo(const QString &message, const ItemMarking &undo);
    void withdrawUndo();

    actions::ActionServices m_services;
    QMainWindow *m_window;
    QAction *m_undoAction;
    QPushButton *m_undoButton;
    QTimer *m_offerEnds;
    ItemMarking m_undo;
};

} // namespace freshet
