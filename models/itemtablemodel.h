#pragma once

#include "item.h"
#include "itemquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace freshet {

class ItemReader;

/// The item table: newest first, loaded page by page through an ItemReader as the view
/// scrolls, never all at once. refresh() merges what changed in the store into the rows already
/// shown as inserts, removals and changes, never a reset, so selection and scroll position
/// survive a background fetch.
class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemTableModel)

public:
    enum Column { UnreadColumn, StarColumn, ThumbnailColumn, TitleColumn, FeedColumn, AuthorColumn, DateColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        FeedIdRole,
        ReadRole,
        StarredRole,
        LinkRole,
        ImageRole,
    };

    explicit ItemTableModel(ItemReader *reader, QObject *parent = nullptr);

    /// Which items to show (feed, unread only, starred only, search). Resets the model: a
    /// different question, not a change to the same one.
    void setFilter(const ItemQuery &filter);
    const ItemQuery &filter() const { return m_filter; }

    /// Re-reads the rows already loaded (and anything newer) and applies the difference: for
    /// changes a person made, where any row may have changed.
    void refresh();
    /// Adds only the rows stored since the last look, each at its place: cheap at any table
    /// size, for the stream of new items during a fetch.
    void insertNewItems();

    /// Changes a row's flags after the store was told, so the view answers at once.
    void setItemFlags(qint64 itemId, bool read, bool starred);
    /// Marks every loaded row of a feed (0: of all feeds) read.
    void markLoadedRead(qint64 feedId);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    const Item *itemAt(int row) const;
    int rowOfItem(qint64 itemId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// A read failed; the rows shown stay as they were.
    void readFailed(const QString &message);

private:
    static constexpr int maximumInsertRuns = 32;
    static ItemKey keyOf(const Item &item) { return {item.sortAt.toMSecsSinceEpoch(), item.id}; }
    void applyRows(const QList<Item> &fresh);

    ItemReader *m_reader;
    ItemQuery m_filter;
    QList<Item> m_rows;
    QSet<qint64> m_ids;          ///< ids of m_rows
    qint64 m_seenMaxId = 0;      ///< every item up to this id was considered already
    bool m_atEnd = false;
    int m_pageSize = 200;
    QString m_lastError;
};

} // namespace freshet
