// SPDX-License-Identifier: MIT
#include "downloadsfolder.h"

#include "profile/profile.h"

#include <QDir>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
const QString folderKey = u"downloads/folder"_s;
}

QString downloadsFolder(const Profile &profile)
{
    const QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    const QString chosen = settings.value(folderKey).toString();
    return chosen.isEmpty() ? QDir(profile.dataDir()).absoluteFilePath(u"downloads"_s) : chosen;
}

void setDownloadsFolder(const Profile &profile, const QString &folder)
{
    QSettings settings(profile.settingsPath(), QSettings::IniFormat);
    if (folder.isEmpty())
        settings.remove(folderKey);
    else
        settings.setValue(folderKey, QDir(folder).absolutePath());
}

} // namespace freshet
