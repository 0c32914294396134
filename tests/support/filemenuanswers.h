// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>
#include <QtTest>

// The File menu and Qt's own file dialog driven as a person does, offscreen (the test sets
// Qt::AA_DontUseNativeDialogs so that the dialog is Qt's).

/// Clicks File, then the item called objectName, with the mouse.
inline bool clickFileMenuItem(freshet::MainWindow *window, const QString &objectName)
{
    QMenuBar *bar = window->menuBar();
    QAction *fileMenu = bar->actions().value(0);
    if (!fileMenu || !fileMenu->menu())
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(fileMenu).center());
    QMenu *menu = fileMenu->menu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
        return false;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            return true;
        }
    }
    return false;
}

/// Clicks into the name field of the next file dialog, types path and presses Return, as soon
/// as the dialog is open and active. Qt's dialog takes a file selected in its list over the name
/// typed (typing clears that selection only in a focused field), and its completion list, filled
/// in from a thread, takes keys and rewrites the name when it shows: a person reads past that
/// list, a test cannot, so the field is used without it. Polls without blocking: the menu click
/// that opens the dialog happens meanwhile.
inline void answerNextFileDialog(const QString &path)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        if (!name)
            return;
        // A dialog opens active on a desktop; offscreen, the window a test before left active
        // can keep that, and keys then go nowhere.
        if (!dialog->isActiveWindow()) {
            dialog->activateWindow();
            return;
        }
        poll->stop();
        poll->deleteLater();
        name->setCompleter(nullptr);
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    poll->start(50);
}
