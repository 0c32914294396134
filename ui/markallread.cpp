// SPDX-License-Identifier: MIT
#include "markallread.h"

#include "actions/markitems.h"

#include <QAction>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
/// As long as the status bar shows what was marked, in milliseconds as it takes them.
constexpr int undoOfferedMs = 15000;
} // namespace

MarkAllRead::MarkAllRead(const actions::ActionServices &services, QMainWindow *window)
    : QObject(window), m_services(services), m_window(window), m_undoAction(new QAction(tr("&Undo Mark All as Read"), this)),
      m_undoButton(new QPushButton(tr("Undo"), window)), m_offerEnds(new QTimer(this))
{
    m_undoAction->setObjectName(u"undoMarkAllReadAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, &MarkAllRead::undo);
    m_undoButton->setObjectName(u"undoMarkAllReadButton"_s);
    m_undoButton->setAccessibleName(tr("Undo Mark All as Read"));
    m_undoButton->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &MarkAllRead::undo);
    window->statusBar()->addPermanentWidget(m_undoButton);
    m_offerEnds->setSingleShot(true);
    m_offerEnds->setInterval(undoOfferedMs);
    connect(m_offerEnds, &QTimer::timeout, m_undoButton, &QWidget::hide);
}

void MarkAllRead::markAll(const ItemMarking &which, const QString &scope, int unread)
{
    if (unread >= askFrom) {
        const QString count = QLocale().toString(unread);
        const QString question = !scope.isEmpty() ? tr("Mark all %1 unread items of “%2” as read?").arg(count, scope)
                                                  : tr("Mark all %1 unread items as read?").arg(count);
        QMessageBox box(QMessageBox::Question, tr("Mark All as Read"), question, QMessageBox::Cancel, m_window);
        box.setObjectName(u"markAllReadQuestion"_s);
        box.setInformativeText(tr("Undo Mark All as Read (Ctrl+Z) takes it back."));
        QPushButton *mark = box.addButton(tr("Mark as Read"), QMessageBox::AcceptRole);
        box.setDefaultButton(mark);
        box.exec();
        if (box.clickedButton() != mark)
            return;
    }
    emit marking(which.feedId);
    ItemMarking marking;
    marking.feedId = which.feedId;
    marking.accountId = which.accountId;
    marking.folder = which.folder;
    actions::markItemsUndoably(m_services, marking, this, [this](const actions::Outcome &done, const ItemMarking &undo) {
        emit changed();
        if (!done.succeeded()) {
            m_window->statusBar()->showMessage(done.message, undoOfferedMs);
            return;
        }
        offerUndo(done.message, undo);
    });
}

void MarkAllRead::offerUndo(const QString &message, const ItemMarking &undo)
{
    m_window->statusBar()->showMessage(message, undoOfferedMs);
    if (undo.itemIds.isEmpty()) {
        withdrawUndo();
        return;
    }
    m_undo = undo;
    m_undoAction->setEnabled(true);
    m_undoButton->show();
    m_offerEnds->start();
}

void MarkAllRead::withdrawUndo()
{
    m_undo = {};
    m_undoAction->setEnabled(false);
    m_undoButton->hide();
    m_offerEnds->stop();
}

void MarkAllRead::undo()
{
    if (m_undo.itemIds.isEmpty())
        return;
    const ItemMarking undo = m_undo;
    withdrawUndo();
    actions::undoMarking(m_services, undo, this, [this](const actions::Outcome &done) {
        emit changed();
        m_window->statusBar()->showMessage(done.message, undoOfferedMs);
    });
}

} // namespace freshet
