// SPDX-License-Identifier: MIT
#pragma once

#include "download.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace freshet {

/// An enclosure a feed's automatic downloads should fetch.
struct AutomaticCandidate
{
    qint64 itemId = 0;
    QString url;
    qint64 length = -1;
    FeedDownloadSettings settings;
};

/// The downloads table and each feed's automatic-download choice, on a connection the caller
/// owns (FeedStore::database() on the caller's thread). Separate from FeedStore so downloads
/// grow without touching the fetch path.
class DownloadStore final
{
public:
    explicit DownloadStore(QSqlDatabase database) : m_db(std::move(database)) {}
    QSqlDatabase database() const { return m_db; }

    /// The download of this item's enclosure, created Queued if there is none. An existing
    /// one is returned as it is (the caller decides whether to resume or retry it).
    Result<Download> add(qint64 itemId, const QString &url, qint64 enclosureLength, const QString &partPath, bool automatic = false,
                         bool unmeteredOnly = false, qint64 maxBytes = -1);
    Result<std::optional<Download>> byId(qint64 id) const;
    Result<std::optional<Download>> byItem(qint64 itemId, const QString &url) const;
    /// Every download, newest first.
    Result<QList<Download>> all() const;
    /// Queued ones (and Running ones a killed process left behind), oldest first.
    Result<QList<Download>> runnable() const;
    /// Writes state, progress, validators, paths and error; updated_at becomes now.
    Status save(const Download &download);
    Status remove(qint64 id);
    /// True when another download already streams to this .part path.
    Result<bool> partPathTaken(const QString &partPath) const;
    /// True when the item has an enclosure to download.
    Result<bool> hasEnclosure(qint64 itemId) const;

    Result<FeedDownloadSettings> feedSettings(qint64 feedId) const;
    Status setFeedSettings(qint64 feedId, const FeedDownloadSettings &settings);
    /// Enclosures of feeds that download automatically, of items that arrived after it was
    /// turned on, that have no download yet (so a run killed before queueing loses none).
    Result<QList<AutomaticCandidate>> automaticCandidates() const;

private:
    QSqlDatabase m_db;
};

} // namespace freshet
