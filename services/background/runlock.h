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

    /// Never blocks: true when this process now holds the lock.
    bool tryAcquire();
    void release();
    bool isHeld() const { return m_lock.isLocked(); }
    /// Who holds it, for the message the waiting run gives up with.
    QString holderDescription() const;

private:
    QLockFile m_lock;
};

} // namespace freshet
