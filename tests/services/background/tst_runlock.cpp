// SPDX-License-Identifier: MIT
// The run lock's stale rule: a lock file that names no living holder never keeps a profile's
// runs out; one that names a living holder always does.
#include "background/runlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestRunLock final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString lockPath() const { return m_dir.filePath(u"fetch.lock"_s); }

    bool writeLockFile(const QByteArray &contents)
    {
        QFile file(lockPath());
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
    }

    /// The pid of a process that has ended.
    static qint64 deadPid()
    {
        QProcess process;
        process.start(u"true"_s, {});
        if (!process.waitForStarted())
            return 0;
        const qint64 pid = process.processId();
        process.waitForFinished();
        return pid;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(lockPath());
    }

    void anEmptyLockFileIsStale()
    {
        // What a full disk leaves: the file was created, its pid could not be written.
        QVERIFY(writeLockFile({}));
        RunLock lock(lockPath());
        QVERIFY(lock.tryAcquire());
        QVERIFY(lock.isHeld());
        lock.release();
        QVERIFY(!QFile::exists(lockPath()));
    }

    void aGarbageLockFileIsStale()
    {
        QVERIFY(writeLockFile("\x01\x02 not a lock file\n\xff"));
        RunLock lock(lockPath());
        QVERIFY(lock.tryAcquire());
        lock.release();
    }

    void theLockFileOfADeadProcessIsStale()
    {
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        QVERIFY(writeLockFile(QByteArray::number(pid) + "\nfreshet\n" + QSysInfo::machineHostName().toUtf8() + '\n'));
        RunLock lock(lockPath());
        QVERIFY(lock.tryAcquire());
        lock.release();
    }

    void aLiveHoldersLockIsKept()
    {
        RunLock holder(lockPath());
        QVERIFY(holder.tryAcquire());
        RunLock other(lockPath());
        QVERIFY(!other.tryAcquire());
        QVERIFY(holder.isHeld());
        QVERIFY(QFile::exists(lockPath()));
        holder.release();
        QVERIFY(other.tryAcquire());
        other.release();
    }

    void aLockFileThatCannotBeMadeIsAFailureNotAHolder()
    {
        // A folder that does not exist stands for one that cannot be written.
        RunLock lock(m_dir.filePath(u"missing/fetch.lock"_s));
        QVERIFY(!lock.tryAcquire());
        QVERIFY2(lock.failure().contains(u"Cannot create the lock file"_s), qPrintable(lock.failure()));
    }
};

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"
