// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

namespace freshet {

/// The one-writer-per-profile rule: whichever process runs a fetch on a profile holds this
/// lock file for the run, so a systemd timer and a push arriving together never fetch the same
/// feed twice. A process that dies keeps no lock: the holder's pid is checked, not its age.
class RunLock final
{
    Q_DISABLE_COPY_MOVE(RunLock)

public:
    explicit RunLock(const QString &path);

    /// Never blocks: true when this process now holds the lock. False either because another
    /// run holds it (wait and try again) or because the lock file cannot be made (failure()).
    [[nodiscard]] bool tryAcquire();
    /// Why the last tryAcquire() could not make the lock file (a full disk, a folder that cannot
    /// be written); empty when it failed only because another run holds the lock.
    QString failure() const { return m_failure; }
    void release();
    bool isHeld() const { return m_lock.isLocked(); }
    /// Who holds it, for the message the waiting run gives up with.
    QString holderDescription() const;

private:
    QString m_path;
    QLockFile m_lock;
    QString m_failure;
};

} // namespace freshet
