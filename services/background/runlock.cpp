// SPDX-License-Identifier: MIT
#include "runlock.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>

namespace freshet {

namespace {
class RunLockMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RunLockMessages)
};
} // namespace

RunLock::RunLock(const QString &path) : m_path(path), m_lock(path)
{
    // A run may legitimately last longer than QLockFile's 30 s default (a long deadline), and
    // a crashed holder is recognised by its pid anyway, so age never makes the lock stale.
    m_lock.setStaleLockTime(0);
}

bool RunLock::tryAcquire()
{
    m_failure.clear();
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return true;
    if (m_lock.error() != QLockFile::LockFailedError) {
        // Not another holder: the file could not be made or written, and waiting will not help.
        m_failure = diskIsFull(m_path) ? diskFullMessage()
                                       : RunLockMessages::tr("Cannot create the lock file %1: check that the profile folder can be "
                                                             "written.")
                                             .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // A lock file naming no holder (empty: its writer ran out of disk before the pid; or
    // garbage) can never be judged by pid, and with age switched off QLockFile would keep it
    // for ever. Removing it takes the file's native lock first, which a live holder keeps from
    // the moment it creates the file, so a run in progress is never broken into.
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application) && m_lock.removeStaleLockFile())
        return m_lock.tryLock(0);
    return false;
}

void RunLock::release()
{
    if (m_lock.isLocked())
        m_lock.unlock();
}

QString RunLock::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return RunLockMessages::tr("another Freshet process");
    return RunLockMessages::tr("Freshet process %1 on %2").arg(pid).arg(host);
}

} // namespace freshet
