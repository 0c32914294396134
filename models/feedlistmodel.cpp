// SPDX-License-Identifier: MIT
#include "feedlistmodel.h"

#include "itemreader.h"
#include "ratelimit.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Feeds being dragged: their ids, in this format only (no text, so nothing outside reads them).
const QString feedIdsMimeType = u"application/x-freshet-feed-ids"_s;

QList<qint64> draggedFeedIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(feedIdsMimeType))
        return ids;
    QByteArray bytes = data->data(feedIdsMimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace

FeedListModel::FeedListModel(ItemReader *reader, QObject *parent)
    : QAbstractItemModel(parent), m_reader(reader), m_tree({}, {}, names())
{}

FeedTree::Names FeedListModel::names() const
{
    return {tr("All items"), tr("Starred"), tr("On this computer")};
}

void FeedListModel::refresh()
{
    Result<QList<Feed>> feeds = m_reader->readFeeds();
    if (!feeds) {
        emit readFailed(feeds.error());
        return;
    }
    Result<QList<Folder>> folders = m_reader->readFolders();
    if (!folders) {
        emit readFailed(folders.error());
        return;
    }
    FeedTree fresh(feeds.value(), folders.value(), names());
    if (!fresh.root().sameShape(m_tree.root())) {
        beginResetModel();
        m_tree = std::move(fresh);
        endResetModel();
        return;
    }
    m_tree.adoptCounts(std::move(fresh));
    FeedTree::visit(m_tree.root(), [this](const FeedNode &node) {
        if (node.children.empty())
            return;
        const QModelIndex parent = indexOfNode(&node);
        emit dataChanged(index(0, 0, parent), index(int(node.children.size()) - 1, ColumnCount - 1, parent));
    });
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
        if (!m_tree.updateFeed(feed)) {
            refresh(); // one was added, renamed or moved meanwhile
            return;
        }
        emitChanged(m_tree.nodeOfFeed(feed.id));
    }
    // "All items" shows the total.
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

// The node's row and every node above it: their counts include its own.
void FeedListModel::emitChanged(const FeedNode *node)
{
    for (; node && node->kind != RowKind::Root; node = node->parent)
        emit dataChanged(indexOfNode(node, NameColumn), indexOfNode(node, UnreadColumn));
}

int FeedListModel::totalUnread() const
{
    int total = 0;
    for (const Feed &feed : m_tree.feeds())
        total += feed.unreadCount;
    return total;
}

QDateTime FeedListModel::nextCheck() const
{
    QDateTime first;
    for (const Feed &feed : m_tree.feeds()) {
        // Retired feeds are never checked, and a sync account's come with its sync.
        if (feed.isDisabled() || feed.isSynced())
            continue;
        if (feed.nextDueAt.isValid() && (!first.isValid() || feed.nextDueAt < first))
            first = feed.nextDueAt;
    }
    return first;
}

const FeedNode *FeedListModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? static_cast<const FeedNode *>(index.internalPointer()) : nullptr;
}

QModelIndex FeedListModel::indexOfNode(const FeedNode *node, int column) const
{
    if (!node || node->kind == RowKind::Root)
        return {};
    return createIndex(node->row, column, const_cast<FeedNode *>(node));
}

const Feed *FeedListModel::feedAt(const QModelIndex &index) const
{
    return m_tree.feedOf(nodeAt(index));
}

FeedListModel::RowKind FeedListModel::kindAt(const QModelIndex &index) const
{
    const FeedNode *node = nodeAt(index);
    return node ? node->kind : RowKind::Root;
}

QModelIndex FeedListModel::indexOfFeed(qint64 feedId) const
{
    return indexOfNode(m_tree.nodeOfFeed(feedId));
}

QModelIndex FeedListModel::indexOfKey(const QString &key) const
{
    return indexOfNode(m_tree.nodeOfKey(key));
}

QStringList FeedListModel::foldersOf(qint64 accountId) const
{
    QStringList folders;
    FeedTree::visit(m_tree.root(), [&](const FeedNode &node) {
        if (node.kind == RowKind::Folder && node.accountId == accountId)
            folders << node.folder;
    });
    return folders;
}

QList<qint64> FeedListModel::feedIdsUnder(const QModelIndex &index) const
{
    QList<qint64> ids;
    const FeedNode *top = nodeAt(index);
    if (!top || top->kind == RowKind::AllItems || top->kind == RowKind::Starred)
        return ids;
    FeedTree::visit(*top, [&](const FeedNode &node) {
        if (node.kind == RowKind::Feed)
            ids << node.feedId;
    });
    return ids;
}

QModelIndex FeedListModel::adjacentFeed(const QModelIndex &from, int step, bool withUnread) const
{
    const FeedNode *start = nodeAt(from);
    const int at = start ? start->order : -1;
    const QList<FeedNode *> &feeds = m_tree.feedsInOrder();
    const auto wanted = [&](const FeedNode *node) { return !withUnread || node->unread > 0; };
    if (step > 0) {
        for (const FeedNode *node : feeds) {
            if (node->order > at && wanted(node))
                return indexOfNode(node);
        }
    } else {
        for (auto it = feeds.crbegin(); it != feeds.crend(); ++it) {
            if ((*it)->order < at && wanted(*it))
                return indexOfNode(*it);
        }
    }
    return {};
}

QModelIndex FeedListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const FeedNode *parentNode = parent.isValid() ? nodeAt(parent) : &m_tree.root();
    if (!parentNode || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex FeedListModel::parent(const QModelIndex &child) const
{
    const FeedNode *node = nodeAt(child);
    return node ? indexOfNode(node->parent) : QModelIndex();
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const FeedNode *node = parent.isValid() ? nodeAt(parent) : &m_tree.root();
    return node ? int(node->children.size()) : 0;
}

int FeedListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FeedNode *node = nodeAt(index);
    const Feed *feed = m_tree.feedOf(node);
    const int unread = node->kind == RowKind::AllItems ? totalUnread() : node->unread;
    switch (role) {
    case NameRole: return node->name;
    case Qt::DisplayRole:
        if (index.column() == UnreadColumn)
            return unread > 0 ? QLocale().toString(unread) : QString();
        return node->name;
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
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
        QString text = tr("%1, %n unread", nullptr, unread).arg(node->name);
        if (feed && (!feed->lastError.isEmpty() || feed->isDisabled()))
            text += u", "_s + tr("last fetch failed");
        return text;
    }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            break;
        if (feed && (feed->isDisabled() || (!feed->lastError.isEmpty() && feed->consecutiveErrors > 0)))
            return m_errorIcon;
        if (node->kind == RowKind::Folder)
            return m_folderIcon;
        break;
    case Qt::FontRole:
        if (unread > 0 || node->kind != RowKind::Feed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case FeedIdRole: return feed ? feed->id : qint64(0);
    case KindRole: return int(node->kind);
    case UnreadRole: return unread;
    case HasErrorRole: return feed && feed->consecutiveErrors > 0;
    case UrlRole: return feed ? feed->url : QString();
    case NodeKeyRole: return node->key();
    case AccountIdRole: return node->accountId;
    case FolderRole: return node->folder;
    default: break;
    }
    return {};
}

bool FeedListModel::foldersEditableAt(const QModelIndex &index) const
{
    // A sync account's too: they change on its server (actions/syncfolders.h).
    const FeedNode *node = nodeAt(index);
    return node && (node->kind == RowKind::Account || node->kind == RowKind::Folder || node->kind == RowKind::Feed);
}

Qt::ItemFlags FeedListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    const FeedNode *node = nodeAt(index);
    if (!node)
        return flags;
    if (node->kind == RowKind::Feed)
        flags |= Qt::ItemIsDragEnabled;
    else if (node->kind == RowKind::Folder || node->kind == RowKind::Account)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList FeedListModel::mimeTypes() const
{
    return {feedIdsMimeType};
}

QMimeData *FeedListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const Feed *feed = feedAt(index);
        if (feed && !ids.contains(feed->id))
            ids << feed->id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(feedIdsMimeType, bytes);
    return data;
}

bool FeedListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const FeedNode *target = nodeAt(parent);
    if (action != Qt::MoveAction || !target || (target->kind != RowKind::Folder && target->kind != RowKind::Account))
        return false;
    // Within one account: a feed goes to another account by subscribing there, not by a drag.
    const QList<qint64> ids = draggedFeedIds(data);
    for (qint64 id : ids) {
        const FeedNode *dragged = m_tree.nodeOfFeed(id);
        if (!dragged || dragged->accountId != target->accountId)
            return false;
    }
    return !ids.isEmpty();
}

bool FeedListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit feedsDropped(draggedFeedIds(data), nodeAt(parent)->folder);
    // The store moves them; the list follows when it is read again. Answering false keeps the
    // view from removing the dragged rows itself (a move's source half).
    return false;
}

} // namespace freshet
