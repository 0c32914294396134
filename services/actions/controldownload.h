// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "downloads/download.h"
#include "outcome.h"
#include "result.h"

#include <QList>

#include <functional>

class QObject;

namespace freshet::actions {

enum class DownloadStep {
    Pause,
    Resume,
    Cancel, ///< stops it and deletes its partial file
    Retry,
};

/// Pauses, resumes, cancels or retries one download of the queue. done runs once on context's
/// thread, unless context is gone by then.
void controlDownload(const ActionServices &services, qint64 downloadId, DownloadStep step, QObject *context,
                     std::function<void(const Outcome &)> done);

/// The queue as it stands, with the running downloads' figures read at the same moment, so
/// neither is older than the other.
struct DownloadsSnapshot
{
    Result<QList<Download>> downloads = Result<QList<Download>>::failure({});
    QList<DownloadProgress> running;
};
void readDownloads(const ActionServices &services, QObject *context, std::function<void(const DownloadsSnapshot &)> answered);

/// Whether the item has an enclosure to download.
void itemHasEnclosure(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const Result<bool> &)> answered);

} // namespace freshet::actions
