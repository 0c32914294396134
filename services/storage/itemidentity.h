// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace freshet {

struct ParsedItem;

/// An item's key and content hash, worked out once: hashing every item is a good part of
/// storing a feed, so the fetch engine does it on a worker thread, not the store's.
struct ItemIdentity
{
    QString key;
    QString contentHash;
};

/// The key that makes an item unique within its feed across refreshes: the guid, else the link,
/// else a hash of title and date. Stable as long as the publisher keeps the item's identity.
QString itemKey(const ParsedItem &item);

/// A hash of everything shown for an item, so an edited item is updated and an unchanged one
/// is left alone (its read state too).
QString itemContentHash(const ParsedItem &item);

/// itemKey() and itemContentHash() of each item, in the same order.
QList<ItemIdentity> itemIdentities(const QList<ParsedItem> &items);

/// The authors as one line for the table: names, else e-mail addresses.
QString authorLine(const ParsedItem &item);

} // namespace freshet
