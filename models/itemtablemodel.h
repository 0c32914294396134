// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"
#include "itemquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

namespace freshet {

class ItemReader;

/// The item table. It knows how many rows match (one COUNT) and holds only the rows around
/// what the view shows: a row asked for is read with its neighbours by key from the nearest
/// held row (or either end), far rows are let go. refresh() and insertNewItems() apply what
/// changed in the store as inserts, removals and changes, never a reset, so selection and
/// scroll position survive a background fetch. Sorting and filtering are resets: a different
/// question, not a change to the same one.
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
        SortAtRole, ///< the UTC date the table orders by, for an age ("5 min")
    };

    explicit ItemTableModel(ItemReader *reader, QObject *parent = nullptr);

    /// Which items to show (feed, unread only, starred only, search) and in which order.
    void setFilter(const ItemQuery &filter);
    const ItemQuery &filter() const { return m_filter; }
    /// Whether setFilter(filter) would list the rows it lists now, in the same order.
    bool isFilteredBy(const ItemQuery &filter) const;

    /// The order a column sorts by: Title, Feed, Author and Date sort; the marker and picture
    /// columns do not (none).
    static std::optional<ItemSortColumn> sortColumnOf(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_filter.sort.order; }

    /// Re-reads the held rows and recounts the rest, applying the difference: for changes a
    /// person made, where any row may have changed.
    void refresh();
    /// Adds only the rows stored since the last look, each at its place: cheap at any table
    /// size, for the stream of new items during a fetch. A flood (thousands of rows: a first
    /// fetch of many feeds) is placed keysPerTurn rows at a time, the rest in later turns of the
    /// event loop, so the window keeps answering in between.
    void insertNewItems();

    /// Changes a row's flags after the store was told, so the view answers at once.
    void setItemFlags(qint64 itemId, bool read, bool starred);
    void setItemPublished(qint64 itemId, bool inPublishedFeed);
    /// Marks every held row of a feed (0: of all feeds) read.
    void markLoadedRead(qint64 feedId);

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = std::max(rows, 2); }
    /// About how many rows are held at most (rows the view still points at are kept as well).
    int capacity() const { return m_capacity; }
    void setCapacity(int rows) { m_capacity = std::max(rows, 2 * m_pageSize); }

    /// The row, read from the store when it is not held (a copy: reading may let others go).
    std::optional<Item> itemAt(int row) const;
    bool isHeld(int row) const { return heldAt(row) != nullptr; }
    int heldRowCount() const;
    /// The row of a held item; -1 when it is not held.
    int rowOfItem(qint64 itemId) const;
    /// The next (step > 0) or previous unread row after `row` (-1: from the top) in the table's
    /// order: one indexed query, whatever lies between. nullopt when there is none.
    std::optional<int> unreadRowFrom(int row, int step) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// A read failed; the rows shown stay as they were.
    void readFailed(const QString &message);

private:
    /// A run of held rows: rows [start, start + rows.size()). Runs are sorted, never touch (touching
    /// runs merge), and every row between them is one the store has between their keys.
    struct Run
    {
        int start = 0;
        QList<Item> rows;
        int end() const { return start + int(rows.size()); }
    };
    /// Where a new row goes among the held ones: at `offset` inside run `run`, or (not inRun)
    /// in the gap before it (run == m_runs.size(): after the last).
    struct Place
    {
        qsizetype run = 0;
        qsizetype offset = 0;
        bool inRun = false;
        bool operator==(const Place &) const = default;
    };
    struct Insert
    {
        int row = 0; ///< where the rows go, before any other insert of the batch
        int count = 0;
    };
    /// Marks the time rows move: reads that would change what is held wait until it is over.
    class Busy
    {
    public:
        explicit Busy(int &count) : m_count(count) { ++m_count; }
        ~Busy() { --m_count; }
        Q_DISABLE_COPY_MOVE(Busy)

    private:
        int &m_count;
    };

    static constexpr int maximumInsertRuns = 32;
    static constexpr int floodRows = 400;
    /// The keys of a flood one turn places: about 10 ms of the GUI thread's time at 2000 on the
    /// two-core test machine (docs/performance.md, "GUI stalls").
    static constexpr int keysPerTurn = 2000;

    ItemQuery baseQuery() const;
    /// The row's title; for a title-less row the first words of item.summary, which a table row
    /// (read without its bodies) holds only for such rows (kept once worked out).
    QString shownTitle(const Item &item) const;
    const Item *heldAt(int row) const;
    /// Where a row with this sort key is, held or not; -1 when the store no longer has it.
    int rowOfKey(const Item &key) const;
    qsizetype runAtOrAfter(int row) const;
    bool loadAround(int row);
    bool readRange(qsizetype next, int first, int end);
    void addRun(qsizetype next, Run run);
    void letGoFarRows(int center);
    bool matchesFilter(const Item &item) const;
    Place placeOf(const Item &item) const;
    /// insertNewItems(), placing at most keysAtMost rows of a flood (-1: all of them).
    void placeNewItems(int keysAtMost);
    void insertRows(QList<Item> sorted, bool holdable);
    Insert applyInsert(const Place &place, QList<Item> rows, bool holdable, bool announce);
    void removeHeldRows(qsizetype run, qsizetype offset, int count);
    bool refreshRun(qsizetype run);
    void recountGaps();
    void fail(const QString &error) const;
    void resyncLater() const;

    ItemReader *m_reader;
    ItemQuery m_filter;
    int m_total = 0;
    QList<Run> m_runs;
    qint64 m_seenMaxId = 0; ///< the rows counted are exactly those up to this id
    int m_pageSize = 200;
    int m_capacity = 3000;
    bool m_started = false;       ///< setFilter() ran
    bool m_floodGoesOn = false;   ///< the last turn placed part of a flood; more keys wait
    bool m_nextTurnAsked = false; ///< a turn to place them is queued
    int m_busy = 0;               ///< > 0 while rows move: nothing is read then
    mutable int m_lastWanted = 0;
    mutable bool m_readsBroken = false;
    mutable bool m_resyncPending = false;
    mutable QString m_lastError;
    mutable QHash<qint64, QString> m_untitled;
};

} // namespace freshet
