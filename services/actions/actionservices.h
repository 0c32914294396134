// SPDX-License-Identifier: MIT
#pragma once

namespace freshet {
class CredentialStore;
class DownloadThread;
class StoreThread;
} // namespace freshet

namespace freshet::actions {

/// What actions work with, owned by whoever runs them (the window's application, a command):
/// the one writer of the database and the keychain. Both live on the thread that starts the
/// actions, which is where every action answers.
struct ActionServices
{
    StoreThread *store = nullptr;
    CredentialStore *credentials = nullptr;
    /// The download queue on its own thread; only the actions about downloads need it.
    DownloadThread *downloads = nullptr;
};

} // namespace freshet::actions
