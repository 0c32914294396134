// SPDX-License-Identifier: MIT
#include "companionexecutable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace freshet {

QString companionExecutable(const QString &name, const QString &installedDir)
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(here.filePath(installedDir + u'/' + name));
}

} // namespace freshet
