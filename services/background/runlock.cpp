// SPDX-License-Identifier: MIT
#include "runlock.h"

#include <QCoreApplication>

namespace freshet {

namespace {
class RunLockMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RunLockMessages)
};
} // namespace

RunLock::RunLock(const QString &path) : m_lock(path)
{
    // A run may legitimately last longer than QLockFile's 30 s default (a long deadline), and
    // a crashed holder is recognised by its pid anyway, so age never makes the lock stale.
    m_lock.setStaleLockTime(0);
}

bool RunLock::tryAcquire()
{
    return m_lock.isLocked() || m_lock.tryLock(0);
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
