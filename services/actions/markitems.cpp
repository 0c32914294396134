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
    if (marking.mark == ItemMark::Starred) {
        return marking.value ? MarkItemsMessages::tr("Starred %n item(s).", nullptr, changed)
                             : MarkItemsMessages::tr("Took the star off %n item(s).", nullptr, changed);
    }
    return marking.value ? MarkItemsMessages::tr("Published %n item(s) in the account's public feed.", nullptr, changed)
                         : MarkItemsMessages::tr("Took %n item(s) out of the account's public feed.", nullptr, changed);
}

QString undoneMessage(const ItemMarking &undo, int changed)
{
    if (undo.mark == ItemMark::Read) {
        return undo.value ? MarkItemsMessages::tr("Undone: %n item(s) read again.", nullptr, changed)
                          : MarkItemsMessages::tr("Undone: %n item(s) unread again.", nullptr, changed);
    }
    if (undo.mark == ItemMark::Starred) {
        return undo.value ? MarkItemsMessages::tr("Undone: %n item(s) starred again.", nullptr, changed)
                          : MarkItemsMessages::tr("Undone: %n item(s) without a star again.", nullptr, changed);
    }
    return undo.value ? MarkItemsMessages::tr("Undone: %n item(s) published again.", nullptr, changed)
                      : MarkItemsMessages::tr("Undone: %n item(s) out of the public feed again.", nullptr, changed);
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
    if (marking.mark == ItemMark::Published) {
        // Only Tiny Tiny RSS keeps a public feed; a whole feed is never what a person publishes.
        if (marking.itemIds.isEmpty())
            return Outcome::failed(Failure::Input, MarkItemsMessages::tr("Name the articles to publish: a whole feed is not published."));
        const Result<QList<qint64>> refused = unpublishableItems(store, marking.itemIds);
        if (!refused)
            return Outcome::failed(Failure::Storage, refused.error());
        if (!refused.value().isEmpty()) {
            QStringList ids;
            for (qint64 id : refused.value())
                ids << QString::number(id);
            return Outcome::failed(Failure::Input, MarkItemsMessages::tr("Only the articles of a Tiny Tiny RSS account can be published, in "
                                                                         "its public feed; %n item(s) are not: %1. Nothing was marked.",
                                                                         nullptr, int(ids.size()))
                                                       .arg(ids.join(u", ")));
        }
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
