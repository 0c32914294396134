// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// In freshet::sync with the client that sends it; here in models/ because storage queues it,
// and storage must not depend on the sync engine.
namespace freshet::sync {

enum class ItemFlag { Read, Starred, Published };

/// A read/star/publish change made on this device, waiting to be sent.
struct StateChange
{
    QString itemId; ///< RemoteItem::id
    ItemFlag flag = ItemFlag::Read;
    bool on = true;
};

} // namespace freshet::sync
