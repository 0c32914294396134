// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace freshet {

enum class DownloadState { Queued, Running, Paused, Completed, Failed, Cancelled };

QString downloadStateKey(DownloadState state); ///< as stored and in JSON
DownloadState downloadStateFromKey(const QString &key);
QString downloadStateLabel(DownloadState state); ///< for people, translated
QString transferRateText(double bytesPerSecond); ///< "1.2 MB/s", in the person's locale

/// Only http and https enclosures are downloaded: a feed may name javascript:, file: or ftp:
/// addresses, and nothing (not a row, not a .part) may come of them.
[[nodiscard]] Status checkDownloadUrl(const QString &url);

/// One enclosure download, as the downloads table keeps it. The .part file, not bytesDone,
/// is the truth about what arrived: a killed process may have written more or less than it
/// managed to record.
struct Download
{
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemTitle;
    QString feedTitle;
    QString enclosureUrl;
    qint64 enclosureLength = -1;
    QString targetPath;
    QString partPath;
    DownloadState state = DownloadState::Queued;
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    QString etag;
    QString lastModified;
    QString error;
    bool automatic = false;
    bool unmeteredOnly = false;
    qint64 maxBytes = -1;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;

    bool isActive() const { return state == DownloadState::Queued || state == DownloadState::Running; }
    /// The name shown: the finished file's, else the .part's without the suffix.
    QString displayName() const;
};

/// What the transfer knows at a moment, for progress displays.
struct DownloadProgress
{
    qint64 id = 0;
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    double bytesPerSecond = 0;
    /// -1 while it cannot be told.
    qint64 secondsLeft = -1;
};

/// A feed's "download new enclosures automatically" choice.
struct FeedDownloadSettings
{
    bool automatic = false;
    qint64 maxBytes = -1; ///< -1: no limit
    bool unmeteredOnly = true;
};

} // namespace freshet

Q_DECLARE_METATYPE(freshet::Download)
Q_DECLARE_METATYPE(freshet::DownloadProgress)
