// SPDX-License-Identifier: MIT
#include "itemsorting.h"

#include "itemtablemodel.h"
#include "storage/sortindexes.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace freshet {

ItemSorting::ItemSorting(QHeaderView *header, ItemTableModel *model, StoreThread *store, StoreItemReader *reader, QObject *parent)
    : QObject(parent), m_header(header), m_model(model), m_store(store), m_reader(reader)
{
    // The header shows the indicator and turns it on a click; the model is sorted here, not
    // by QTableView's own sorting, which would sort before the indexes exist.
    m_header->setSortIndicatorShown(true);
    m_header->setSectionsClickable(true);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ItemSorting::choose);
}

void ItemSorting::choose(int column, Qt::SortOrder order)
{
    const std::optional<ItemSortColumn> by = ItemTableModel::sortColumnOf(column);
    if (!by) {
        showModelOrder();
        return;
    }
    m_wanted = std::make_pair(column, order);
    if (!sortindexes::builtOnDemand(*by)) {
        apply(column, order);
        return;
    }
    const Result<bool> present = m_reader->store().sortIndexesPresent(*by);
    if (present && present.value()) {
        apply(column, order);
        return;
    }
    if (m_building == column)
        return; // the choice is kept; it is applied when the build ends
    if (m_building)
        return; // one build at a time: the next choice is looked at when this one ends
    m_building = column;
    showModelOrder();
    emit preparing(*by == ItemSortColumn::Author ? tr("Preparing the order by author…") : tr("Preparing the order by title…"));
    const ItemSortColumn sortBy = *by;
    m_store->post([sortBy](FeedStore &store) { return store.createSortIndexes(sortBy); }, this,
                  [this, sortBy](const Status &built) { onBuilt(sortBy, built ? QString() : built.error()); });
}

void ItemSorting::onBuilt(ItemSortColumn sortBy, const QString &error)
{
    m_building.reset();
    emit preparing(QString());
    if (!error.isEmpty()) {
        m_wanted.reset();
        showModelOrder();
        emit failed(sortBy == ItemSortColumn::Author ? tr("Could not prepare the order by author: %1").arg(error)
                                                     : tr("Could not prepare the order by title: %1").arg(error));
        return;
    }
    if (m_wanted)
        choose(m_wanted->first, m_wanted->second);
}

void ItemSorting::apply(int column, Qt::SortOrder order)
{
    m_wanted.reset();
    m_model->sort(column, order);
    showModelOrder();
    emit sorted(m_model->sortColumn(), m_model->sortOrder());
}

void ItemSorting::showModelOrder()
{
    // While an order is prepared the indicator shows the choice; otherwise the model's order.
    if (m_building && m_wanted) {
        const QSignalBlocker quiet(m_header);
        m_header->setSortIndicator(m_wanted->first, m_wanted->second);
        return;
    }
    const QSignalBlocker quiet(m_header);
    m_header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace freshet
