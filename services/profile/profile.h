// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

class QSettings;

namespace freshet {

/// Where one person's Freshet data lives: the database, the settings file and the caches.
/// Chosen, in this order, by `--profile DIR`, the FRESHET_PROFILE environment variable, or
/// the platform's standard application data and cache locations.
class Profile final
{
public:
    static constexpr const char *environmentVariable = "FRESHET_PROFILE";

    /// explicitDir wins when non-empty; otherwise the environment, then the platform default.
    static Profile resolve(const QString &explicitDir);

    QString dataDir() const { return m_dataDir; }
    QString cacheDir() const { return m_cacheDir; }
    QString databasePath() const;
    QString settingsPath() const;
    /// Held by whichever process is fetching into this profile (see RunLock).
    QString fetchLockPath() const;
    /// True when the person chose the location (option or environment) rather than the default.
    bool isChosen() const { return m_chosen; }

    /// Creates the folders if needed and checks they are writable, with a message saying which
    /// folder failed and why.
    Status ensureExists() const;

private:
    Profile(QString dataDir, QString cacheDir, bool chosen);

    QString m_dataDir;
    QString m_cacheDir;
    bool m_chosen = false;
};

} // namespace freshet
