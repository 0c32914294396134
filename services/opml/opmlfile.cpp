// SPDX-License-Identifier: MIT
#include "opmlfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class OpmlFileMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::OpmlFileMessages)
};

QString opmlFileName(const QString &path)
{
    return path == u"-"_s ? OpmlFileMessages::tr("standard input") : path;
}

Result<QByteArray> readOpmlFile(const QString &path)
{
    const bool standardInput = path == u"-"_s;
    const QString shown = opmlFileName(path);
    QFile file(standardInput ? QString() : path);
    const bool opened = standardInput ? file.open(fileno(stdin), QIODevice::ReadOnly, QFileDevice::DontCloseHandle)
                                      : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Result<QByteArray>::failure(OpmlFileMessages::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    // size() is 0 for pipes and devices (and /dev/zero never ends), so the bound is applied to
    // what arrives; one byte past it is enough to know.
    QByteArray bytes;
    constexpr qint64 chunk = 64 * 1024;
    while (bytes.size() <= maximumOpmlFileSize) {
        const qsizetype before = bytes.size();
        bytes.resize(before + chunk);
        const qint64 got = file.read(bytes.data() + before, chunk);
        if (got < 0)
            return Result<QByteArray>::failure(OpmlFileMessages::tr("Cannot read %1: %2").arg(shown, file.errorString()));
        bytes.resize(before + got);
        if (got == 0)
            return Result<QByteArray>::success(std::move(bytes));
    }
    return Result<QByteArray>::failure(OpmlFileMessages::tr("%1 is larger than %2 MB, too large to be an OPML subscription list.")
                                           .arg(shown)
                                           .arg(maximumOpmlFileSize / (1024 * 1024)));
}

Status writeOpmlFile(const QString &path, const QByteArray &bytes)
{
    // QSaveFile renames its finished copy over the path: a pipe or a device node there would be
    // replaced by a regular file (as root even /dev/full), and a write that never happened
    // reported as done.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        return Status::failure(OpmlFileMessages::tr("%1 is not a regular file (it is a folder, a pipe or a device), so nothing was "
                                                    "written; choose a file name.")
                                   .arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(OpmlFileMessages::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace freshet
