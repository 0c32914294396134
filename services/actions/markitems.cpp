// SPDX-License-Identifier: MIT
#include "markitems.h"

#include "storage/itemmarks.h"
#include "storage/storethread.h"

#include <QCoreApplication>
#include <QStringList>

namespace freshet::actions {

namespace {

class MarkItemsMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::MarkItemsMessages)
};

QString doneMessage(const ItemMarking &marking, int changed)
{
    if (marking.mark == ItemMark::Read) {
        return marking.value ? MarkItemsMessages::tr("Marked %n item(s) as read.", nullptr, changed)
                             : MarkItemsMessages::tr("Marked %n item(s) as unread.", nullptr, changed);
    }
    return marking.value ? MarkItemsMessages::tr("Starred %n item(s).", nullptr, changed)
                         : MarkItemsMessages::tr("Took the star off %n item(s).", nullptr, changed);
}

QString undoneMessage(const ItemMarking &undo, int changed)
{
    if (undo.mark == ItemMark::Read) {
        return undo.value ? MarkItemsMessages::tr("Undone: %n item(s) read again.", nullptr, changed)
                          : MarkItemsMessages::tr("Undone: %n item(s) unread again.", nullptr, changed);
    }
    return undo.value ? MarkItemsMessages::tr("Undone: %n item(s) starred again.", nullptr, changed)
                      : MarkItemsMessages::tr("Undone: %n item(s) without a star again.", nullptr, changed);
}

Outcome mark(FeedStore &store, const ItemMarking &marking, QList<qint64> *changedIds = nullptr)
{
    const Result<QList<qint64>> unknown = unknownItems(store, marking.itemIds);
    if (!unknown)
        return Outcome::failed(Failure::Storage, unknown.error());
    if (!unknown.value().isEmpty()) {
        QStringList ids;
        for (qint64 id : unknown.value())
            ids << QString::number(id);
        return Outcome::failed(Failure::NotFound,
                               MarkItemsMessages::tr("No item has the id %1: nothing was marked.", nullptr, int(ids.size())).arg(ids.join(u", ")));
    }
    const Result<int> changed = applyItemMarking(store, marking, changedIds);
    if (!changed)
        return Outcome::failed(Failure::Storage, changed.error());
    Outcome outcome = Outcome::done(doneMessage(marking, changed.value()));
    outcome.changed = changed.value();
    return outcome;
}

} // namespace

void markItems(const ActionServices &services, const ItemMarking &marking, QObject *context, std::function<void(const Outcome &)> done)
{
    services.store->post([marking](FeedStore &store) { return mark(store, marking); }, context, std::move(done));
}

void markItemsUndoably(const ActionServices &services, const ItemMarking &marking, QObject *context,
                       std::function<void(const Outcome &, const ItemMarking &undo)> done)
{
    services.store->post(
        [marking](FeedStore &store) {
            ItemMarking undo;
            undo.mark = marking.mark;
            undo.value = !marking.value;
            const Outcome outcome = mark(store, marking, &undo.itemIds);
            if (!outcome.succeeded())
                undo.itemIds.clear();
            return std::pair{outcome, undo};
        },
        context, [done](const std::pair<Outcome, ItemMarking> &answer) { done(answer.first, answer.second); });
}

void undoMarking(const ActionServices &services, const ItemMarking &undo, QObject *context, std::function<void(const Outcome &)> done)
{
    services.store->post(
        [undo](FeedStore &store) {
            const Result<int> changed = applyItemMarking(store, undo);
            if (!changed)
                return Outcome::failed(Failure::Storage, changed.error());
            Outcome outcome = Outcome::done(undoneMessage(undo, changed.value()));
            outcome.changed = changed.value();
            return outcome;
        },
        context, std::move(done));
}

} // namespace freshet::actions
