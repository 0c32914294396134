// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;

namespace freshet::actions {

/// Logs in to a sync server once, so a mistyped address or password is said when it is typed,
/// not at the first sync. refused gets why the server said no, or nothing when it let us in; it
/// runs once on context's thread, and never if context goes first (the login is cancelled then).
void checkAccountLogin(const QString &protocol, const QUrl &server, const QString &user, const QString &secret, QObject *context,
                       std::function<void(const std::optional<QString> &refused)> answered);

} // namespace freshet::actions
