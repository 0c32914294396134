// SPDX-License-Identifier: MIT
#include "downloadsfolder.h"

#include "profile/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

const QString folderKey = u"downloads/folder"_s;

class FolderMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FolderMessages)
};

} // namespace

QString downloadsFolder(const Profile &profile)
{
    const QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    const QString chosen = settings.value(folderKey).toString();
    return chosen.isEmpty() ? QDir(profile.dataDir()).absoluteFilePath(u"downloads"_s) : chosen;
}

Status checkDownloadsFolder(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Status::failure(FolderMessages::tr("%1 is a file, not a folder; choose a folder for downloads.").arg(shown));
    if (!QDir().mkpath(path))
        return Status::failure(FolderMessages::tr("Cannot create the folder %1; choose a folder you can write to.").arg(shown));
    // Permission bits do not tell (root passes them, /proc refuses everyone): only a file
    // actually written there does.
    QTemporaryFile probe(QDir(path).filePath(u".freshet-probe-XXXXXX"_s));
    if (!probe.open())
        return Status::failure(FolderMessages::tr("Cannot write to the folder %1; choose a folder you can write to.").arg(shown));
    return Status::success();
}

Status setDownloadsFolder(const Profile &profile, const QString &folder)
{
    QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    if (folder.isEmpty()) {
        settings.remove(folderKey);
        return Status::success();
    }
    if (Status usable = checkDownloadsFolder(folder); !usable)
        return usable;
    settings.setValue(folderKey, QDir(folder).absolutePath());
    return Status::success();
}

} // namespace freshet
