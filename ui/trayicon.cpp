// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "notify/newitemsnotice.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The app icon with the unread count drawn in a badge, so the tray tells without a tooltip.
QIcon badgedIcon(int unread)
{
    const QIcon base(u":/icons/freshet.svg"_s);
    if (unread <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 999 ? u"999+"_s : QString::number(unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(24);
    painter.setFont(font);
    const int width = std::max(30, painter.fontMetrics().horizontalAdvance(text) + 10);
    const QRect badge(64 - width, 0, width, 30);
    painter.setBrush(QColor(0xd0, 0x30, 0x30));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(badge, 15, 15);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return QIcon(pixmap);
}

} // namespace

TrayIcon::TrayIcon(QMainWindow *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(badgedIcon(0), this);
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Open Freshet"), this, &TrayIcon::showWindow);
    menu->addAction(tr("&Refresh"), this, &TrayIcon::refreshRequested);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    setUnreadCount(0);
    m_tray->show();
}

void TrayIcon::setUnreadCount(int unread)
{
    if (!m_tray || unread == m_unread)
        return;
    m_unread = unread;
    m_tray->setIcon(badgedIcon(unread));
    m_tray->setToolTip(tr("Freshet: %n unread", nullptr, unread));
}

void TrayIcon::reportFetch(const FetchRunSummary &summary)
{
    if (!m_tray || summary.newItems <= 0 || (m_window->isVisible() && m_window->isActiveWindow()))
        return;
    m_tray->showMessage(u"Freshet"_s, newItemsNotice(summary), QSystemTrayIcon::Information, 8000);
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace freshet
