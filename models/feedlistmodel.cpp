// SPDX-License-Identifier: MIT
#include "feedlistmodel.h"

#include "itemreader.h"
#include "ratelimit.h"

#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

FeedListModel::FeedListModel(ItemReader *reader, QObject *parent) : QAbstractListModel(parent), m_reader(reader) {}

void FeedListModel::refresh()
{
    Result<QList<Feed>> feeds = m_reader->readFeeds();
    if (!feeds) {
        emit readFailed(feeds.error());
        return;
    }
    const QList<Feed> &fresh = feeds.value();
    bool sameRows = fresh.size() == m_feeds.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_feeds.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_feeds = fresh;
        endResetModel();
        return;
    }
    m_feeds = fresh;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void FeedListModel::refreshFeeds(const QList<qint64> &feedIds)
{
    if (feedIds.isEmpty())
        return;
    Result<QList<Feed>> feeds = m_reader->readFeeds(feedIds);
    if (!feeds) {
        emit readFailed(feeds.error());
        return;
    }
    if (feeds.value().size() != feedIds.size()) {
        refresh(); // one was removed meanwhile: the rows change
        return;
    }
    for (const Feed &feed : feeds.value()) {
        const int row = rowOfFeed(feed.id);
        if (row < 0) {
            refresh(); // one was added meanwhile
            return;
        }
        m_feeds[row - fixedRows] = feed;
        emit dataChanged(index(row), index(row));
    }
    // "All items" shows the total.
    emit dataChanged(index(0), index(0));
}

int FeedListModel::totalUnread() const
{
    int total = 0;
    for (const Feed &feed : m_feeds)
        total += feed.unreadCount;
    return total;
}

QDateTime FeedListModel::nextCheck() const
{
    QDateTime first;
    for (const Feed &feed : m_feeds) {
        // Retired feeds are never checked, and a sync account's come with its sync.
        if (feed.isDisabled() || feed.isSynced())
            continue;
        if (feed.nextDueAt.isValid() && (!first.isValid() || feed.nextDueAt < first))
            first = feed.nextDueAt;
    }
    return first;
}

const Feed *FeedListModel::feedAt(int row) const
{
    const int feedRow = row - fixedRows;
    return feedRow >= 0 && feedRow < m_feeds.size() ? &m_feeds.at(feedRow) : nullptr;
}

int FeedListModel::rowOfFeed(qint64 feedId) const
{
    for (qsizetype i = 0; i < m_feeds.size(); ++i) {
        if (m_feeds.at(i).id == feedId)
            return int(i) + fixedRows;
    }
    return -1;
}

FeedListModel::RowKind FeedListModel::kindAt(int row) const
{
    return row == 0 ? RowKind::AllItems : row == 1 ? RowKind::Starred : RowKind::Feed;
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size()) + fixedRows;
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowKind kind = kindAt(index.row());
    const Feed *feed = feedAt(index.row());
    const int unread = kind == RowKind::AllItems ? totalUnread() : feed ? feed->unreadCount : 0;
    const auto ownName = [&] {
        return kind == RowKind::AllItems ? tr("All items") : kind == RowKind::Starred ? tr("Starred") : feed->displayTitle();
    };
    switch (role) {
    case NameRole: return ownName();
    case Qt::DisplayRole: {
        QString name = ownName();
        if (feed && !feed->category.isEmpty())
            name = feed->category + u" \u203A "_s + name;
        // Synced feeds come after the local ones, account by account (the store's order),
        // each under its account's name.
        if (feed && feed->isSynced())
            name = feed->accountName + u" \u203A "_s + name;
        return unread > 0 ? u"%1 (%2)"_s.arg(name, QLocale().toString(unread)) : name;
    }
    case Qt::ToolTipRole:
        if (feed) {
            QString tip = feed->url;
            if (feed->isSynced())
                tip += u'\n' + tr("Synced through the account “%1”").arg(feed->accountName);
            if (feed->isDisabled())
                tip += u'\n' + tr("Disabled: %1").arg(feed->disabledReason);
            else if (!feed->lastError.isEmpty())
                tip += u'\n' + tr("Last error (%1): %2").arg(QLocale().toString(feed->lastErrorAt.toLocalTime(), QLocale::ShortFormat), feed->lastError);
            if (feed->isRateLimitedAt(QDateTime::currentDateTimeUtc()))
                tip += u'\n' + rateLimitedUntilText(feed->retryAfterAt);
            return tip;
        }
        break;
    case Qt::AccessibleTextRole: {
        const QString name = kind == RowKind::AllItems  ? tr("All items")
                             : kind == RowKind::Starred ? tr("Starred")
                                                        : feed->displayTitle();
        QString text = tr("%1, %n unread", nullptr, unread).arg(name);
        if (feed && (!feed->lastError.isEmpty() || feed->isDisabled()))
            text += u", "_s + tr("last fetch failed");
        return text;
    }
    case Qt::DecorationRole:
        if (feed && (feed->isDisabled() || (!feed->lastError.isEmpty() && feed->consecutiveErrors > 0)))
            return m_errorIcon;
        break;
    case Qt::FontRole:
        if (unread > 0 || kind != RowKind::Feed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case FeedIdRole: return feed ? feed->id : qint64(0);
    case KindRole: return int(kind);
    case UnreadRole: return unread;
    case HasErrorRole: return feed && feed->consecutiveErrors > 0;
    case UrlRole: return feed ? feed->url : QString();
    default: break;
    }
    return {};
}

} // namespace freshet
