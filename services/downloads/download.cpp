// SPDX-License-Identifier: MIT
#include "download.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

class DownloadMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::DownloadMessages)
};

QString downloadStateKey(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return u"queued"_s;
    case DownloadState::Running: return u"running"_s;
    case DownloadState::Paused: return u"paused"_s;
    case DownloadState::Completed: return u"completed"_s;
    case DownloadState::Failed: return u"failed"_s;
    case DownloadState::Cancelled: return u"cancelled"_s;
    }
    return u"queued"_s;
}

Status checkDownloadUrl(const QString &url)
{
    const QUrl address(url);
    const QString scheme = address.scheme().toLower();
    const bool web = scheme == u"http"_s || scheme == u"https"_s;
    if (web && address.isValid() && !address.host().isEmpty())
        return Status::success();
    if (web || scheme.isEmpty() || !address.isValid())
        return Status::failure(DownloadMessages::tr("The enclosure's address is not a web address, so it cannot be downloaded."));
    return Status::failure(DownloadMessages::tr("The enclosure's address is a %1: address, not http or https, so it cannot be "
                                                "downloaded.")
                               .arg(scheme));
}

DownloadState downloadStateFromKey(const QString &key)
{
    for (DownloadState state : {DownloadState::Queued, DownloadState::Running, DownloadState::Paused, DownloadState::Completed,
                                DownloadState::Failed, DownloadState::Cancelled}) {
        if (downloadStateKey(state) == key)
            return state;
    }
    return DownloadState::Failed;
}

QString transferRateText(double bytesPerSecond)
{
    return DownloadMessages::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString downloadStateLabel(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return DownloadMessages::tr("Queued");
    case DownloadState::Running: return DownloadMessages::tr("Downloading");
    case DownloadState::Paused: return DownloadMessages::tr("Paused");
    case DownloadState::Completed: return DownloadMessages::tr("Done");
    case DownloadState::Failed: return DownloadMessages::tr("Failed");
    case DownloadState::Cancelled: return DownloadMessages::tr("Cancelled");
    }
    return {};
}

QString Download::displayName() const
{
    if (!targetPath.isEmpty())
        return QFileInfo(targetPath).fileName();
    QString name = QFileInfo(partPath).fileName();
    if (name.endsWith(u".part"_s))
        name.chop(5);
    return name;
}

} // namespace freshet
