// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"
#include "profile/profile.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Puts finished downloads in folder from now on (empty: the profile's own downloads folder),
/// once a file could be written there. The check runs on the queue's thread: a slow or network
/// disk never holds up the caller's. done runs once on context's thread, unless context is gone.
void changeDownloadsFolder(const ActionServices &services, const Profile &profile, const QString &folder, QObject *context,
                           std::function<void(const Outcome &)> done);

} // namespace freshet::actions
