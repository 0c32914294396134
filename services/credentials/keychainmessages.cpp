// SPDX-License-Identifier: MIT
#include "keychainmessages.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace freshet {

namespace {
class KeychainMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::KeychainMessages)
};

QString noKeychain()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return KeychainMessages::tr("No keychain is available: Freshet stores passwords only in the system keychain. "
                                "Unlock the login keychain (Keychain Access) and try again.");
#elif defined(Q_OS_WIN)
    return KeychainMessages::tr("No keychain is available: Freshet stores passwords only in the system keychain. "
                                "Windows Credential Manager must be running.");
#elif defined(Q_OS_ANDROID)
    return KeychainMessages::tr("No keychain is available: Freshet stores passwords only in the Android keystore, "
                                "which did not answer.");
#else
    return KeychainMessages::tr("No keychain is available: Freshet stores passwords only in the system keychain. "
                                "On Linux install and unlock GNOME Keyring or KWallet (a Secret Service, for example "
                                "'apt install gnome-keyring'), in a session with a D-Bus session bus, and try again.");
#endif
}
/// The Secret Service's "nobody is there" (no session bus, no daemon, no service file) arrives
/// as OtherError with GDBus's or QtDBus's text.
bool looksUnreachable(const QString &detail)
{
    static const char *const signs[] = {
        "Could not connect", "org.freedesktop.DBus.Error", "D-Bus",          "DBUS_SESSION_BUS_ADDRESS",
        "autolaunch",        "org.freedesktop.secrets",    "ServiceUnknown", "No such secret collection"};
    for (const char *sign : signs) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString describeKeychainError(int error, const QString &detail)
{
    QString message;
    switch (error) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound:
        return KeychainMessages::tr("The keychain has no password or token for this feed; set the login again.");
    case QKeychain::AccessDeniedByUser:
        return KeychainMessages::tr("Access to the keychain was refused, so the login could not be used or saved.");
    case QKeychain::AccessDenied:
        message = KeychainMessages::tr("The keychain is locked or refused access; unlock it and try again.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: message = noKeychain(); break;
    case QKeychain::CouldNotDeleteEntry: message = KeychainMessages::tr("The keychain could not delete the stored login."); break;
    default:
        // Secret Service errors that mean "nobody is there" arrive as OtherError.
        if (looksUnreachable(detail)) {
            message = noKeychain();
        } else {
            message = KeychainMessages::tr("The keychain failed.");
        }
        break;
    }
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + KeychainMessages::tr("(The keychain said: %1)").arg(detail);
    return message;
}

} // namespace freshet
