// SPDX-License-Identifier: MIT
#include "notify/desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
class NotifierMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::NotifierMessages)
};

/// How long the notice stays up, in ms, unless the server has its own policy.
constexpr int expireTimeoutMs = 10000;
} // namespace

Status postDesktopNotification(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Status::failure(NotifierMessages::tr("No desktop session bus, so no notification was shown."));
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
                                                       u"org.freedesktop.Notifications"_s, u"Notify"_s);
    // The desktop-entry hint lets the shell open Freshet when the notice is clicked, after
    // this short-lived process has gone.
    const QVariantMap hints{{u"desktop-entry"_s, u"freshet"_s}};
    call << u"Freshet"_s << uint(0) << u"freshet"_s << title << body << QStringList{u"default"_s, NotifierMessages::tr("Open")}
         << hints << expireTimeoutMs;
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid())
        return Status::failure(NotifierMessages::tr("The desktop did not show the notification: %1").arg(reply.error().message()));
    return Status::success();
}

} // namespace freshet
