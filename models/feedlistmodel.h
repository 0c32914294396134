// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QList>

namespace freshet {

class ItemReader;

/// The feed list: "All items" and "Starred" first, then every feed with its unread count and,
/// when its last fetch failed, an error badge whose tooltip says what and when.
class FeedListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedListModel)

public:
    enum class RowKind { AllItems, Starred, Feed };
    /// The rows above the feeds: All items and Starred.
    static constexpr int fixedRows = 2;
    enum Role {
        FeedIdRole = Qt::UserRole + 1,
        KindRole,
        UnreadRole,
        HasErrorRole,
        UrlRole,
        NameRole, ///< the row's own name ("All items", a feed's title): no folder, account or count
    };

    explicit FeedListModel(ItemReader *reader, QObject *parent = nullptr);

    void setErrorIcon(const QIcon &icon) { m_errorIcon = icon; }
    /// Re-reads the feeds; counts and errors change in place, a new or removed feed resets.
    void refresh();
    /// Re-reads only these feeds (the ones a running fetch just wrote): with a thousand feeds,
    /// reading all of them for each few that changed is what kept the window waiting.
    void refreshFeeds(const QList<qint64> &feedIds);

    int totalUnread() const;
    /// When the first of the feeds is next due to be checked; invalid when none is scheduled.
    QDateTime nextCheck() const;
    const Feed *feedAt(int row) const;
    int rowOfFeed(qint64 feedId) const;
    RowKind kindAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void readFailed(const QString &message);

private:
    ItemReader *m_reader;
    QList<Feed> m_feeds;
    QIcon m_errorIcon;
};

} // namespace freshet
