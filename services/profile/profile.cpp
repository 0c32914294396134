// SPDX-License-Identifier: MIT
#include "profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

Profile::Profile(QString dataDir, QString cacheDir, bool chosen)
    : m_dataDir(std::move(dataDir)), m_cacheDir(std::move(cacheDir)), m_chosen(chosen)
{}

Profile Profile::resolve(const QString &explicitDir)
{
    QString chosen = explicitDir;
    if (chosen.isEmpty())
        chosen = qEnvironmentVariable(environmentVariable);
    if (!chosen.isEmpty()) {
        // A chosen profile keeps everything together so it can be copied or deleted as one folder.
        const QString root = QDir::cleanPath(QFileInfo(chosen).absoluteFilePath());
        return Profile(root, root + u"/cache"_s, true);
    }
    return Profile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                   QStandardPaths::writableLocation(QStandardPaths::CacheLocation), false);
}

QString Profile::databasePath() const
{
    return m_dataDir + u"/freshet.db"_s;
}

QString Profile::settingsPath() const
{
    return m_dataDir + u"/settings.ini"_s;
}

QString Profile::fetchLockPath() const
{
    return m_dataDir + u"/fetch.lock"_s;
}

static Status ensureWritableDir(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Status::failure(QCoreApplication::translate("Profile", "%1 exists but is not a folder").arg(path));
    if (!QDir().mkpath(path))
        return Status::failure(QCoreApplication::translate("Profile", "Cannot create the folder %1").arg(path));
    // QFileInfo::isWritable() does not see read-only mounts or ACLs; writing a file does.
    QTemporaryFile probe(path + u"/.write-test-XXXXXX"_s);
    if (!probe.open())
        return Status::failure(QCoreApplication::translate("Profile", "Cannot write in the folder %1: %2").arg(path, probe.errorString()));
    return Status::success();
}

Status Profile::ensureExists() const
{
    if (Status data = ensureWritableDir(m_dataDir); !data)
        return data;
    return ensureWritableDir(m_cacheDir);
}

} // namespace freshet
