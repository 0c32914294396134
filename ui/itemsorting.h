// SPDX-License-Identifier: MIT
#pragma once

#include "itemorder.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QHeaderView;

namespace freshet {

class ItemTableModel;
class StoreItemReader;
class StoreThread;

/// Puts the order chosen in the item table's header (or kept from the last session) into the
/// model. The title and author orders get their indexes the first time they are chosen
/// (storage/sortindexes.h): until the store thread has built them, the table keeps the order it
/// has and preparing() says what is being done (seconds at a million items). The model itself
/// would sort without them, but then SQLite sorts every row again for each page it reads, on
/// the GUI thread.
class ItemSorting final : public QObject
{
    Q_OBJECT

public:
    ItemSorting(QHeaderView *header, ItemTableModel *model, StoreThread *store, StoreItemReader *reader, QObject *parent = nullptr);

    /// Sorts by a model column; a column that does not sort puts the indicator back.
    void choose(int column, Qt::SortOrder order);

signals:
    /// The status to show while an order is prepared; empty once it is in place.
    void preparing(const QString &message);
    /// Preparing the order failed (its indexes could not be built): the table keeps its order.
    void failed(const QString &message);
    /// The model is sorted this way now: the choice to keep.
    void sorted(int column, Qt::SortOrder order);

private:
    void apply(int column, Qt::SortOrder order);
    void onBuilt(ItemSortColumn sortBy, const QString &error);
    void showModelOrder();

    QHeaderView *m_header;
    ItemTableModel *m_model;
    StoreThread *m_store;
    StoreItemReader *m_reader;
    std::optional<int> m_building;                         ///< the column whose indexes the store thread is building
    std::optional<std::pair<int, Qt::SortOrder>> m_wanted; ///< the latest choice, once it can be applied
};

} // namespace freshet
