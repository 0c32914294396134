#pragma once

#include <QString>

namespace freshet {

struct ParsedItem;

/// The key that makes an item unique within its feed across refreshes: the guid, else the link,
/// else a hash of title and date. Stable as long as the publisher keeps the item's identity.
QString itemKey(const ParsedItem &item);

/// A hash of everything shown for an item, so an edited item is updated and an unchanged one
/// is left alone (its read state too).
QString itemContentHash(const ParsedItem &item);

/// The authors as one line for the table: names, else e-mail addresses.
QString authorLine(const ParsedItem &item);

} // namespace freshet
