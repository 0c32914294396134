// SPDX-License-Identifier: MIT
#pragma once

#include "profile/profile.h"

namespace freshet {

class BackgroundFetch;
class BackgroundScheduler;
class Reachability;
class StoreItemReader;
class StoreThread;

/// What the windows work with, created and owned by the application: the writer thread, the
/// GUI thread's reader connection and the one fetch path every trigger uses.
struct AppServices
{
    Profile profile;
    StoreThread *store = nullptr;
    StoreItemReader *reader = nullptr;
    BackgroundFetch *fetch = nullptr;
    /// "Refresh while Freshet is closed" through the OS; none where the platform has no backend.
    BackgroundScheduler *osScheduler = nullptr;
    /// What gates the in-app scheduler; the system's when none is given.
    Reachability *reachability = nullptr;
};

} // namespace freshet
