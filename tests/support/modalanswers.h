// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

// A question box runs its own event loop (exec()), so a test answers it from a timer that
// looks for it, as a person would answer it once it shows.

/// Clicks the button labelled `text` of the next modal question box, once one shows (looked
/// for every 10 ms, for 10 s); `asked` (when given) records that one showed.
inline void clickInNextQuestion(const QString &text, bool *asked = nullptr)
{
    auto *watch = new QTimer(qApp);
    auto *deadline = new QDeadlineTimer(10000);
    watch->setInterval(10);
    QObject::connect(watch, &QTimer::timeout, qApp, [watch, deadline, text, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && !deadline->hasExpired())
            return;
        watch->stop();
        watch->deleteLater();
        delete deadline;
        if (!box)
            return;
        if (asked)
            *asked = true;
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text() == text)
                QTest::mouseClick(button, Qt::LeftButton);
        }
    });
    watch->start();
}
