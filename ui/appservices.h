#pragma once

#include "profile/profile.h"

namespace freshet {

class BackgroundFetch;
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
};

} // namespace freshet
