// SPDX-License-Identifier: MIT
#pragma once

#include "itemmarking.h"
#include "statechange.h"

#include <QString>

namespace freshet::pendingflags {

/// How pending_state_changes.flag spells a mark (its CHECK lists the same three). One
/// spelling for the marks a person makes here (ItemMark, itemmarks.cpp) and those the sync
/// engine reads back and sends (sync::ItemFlag, syncrecords.cpp).
inline QString name(sync::ItemFlag flag)
{
    switch (flag) {
    case sync::ItemFlag::Read: return QStringLiteral("read");
    case sync::ItemFlag::Starred: return QStringLiteral("starred");
    case sync::ItemFlag::Published: return QStringLiteral("published");
    }
    return {};
}

inline QString name(ItemMark mark)
{
    switch (mark) {
    case ItemMark::Read: return name(sync::ItemFlag::Read);
    case ItemMark::Starred: return name(sync::ItemFlag::Starred);
    case ItemMark::Published: return name(sync::ItemFlag::Published);
    }
    return {};
}

/// The flag a stored name stands for; the CHECK constraint admits no other names.
inline sync::ItemFlag named(const QString &stored)
{
    if (stored == name(sync::ItemFlag::Read))
        return sync::ItemFlag::Read;
    return stored == name(sync::ItemFlag::Starred) ? sync::ItemFlag::Starred : sync::ItemFlag::Published;
}

} // namespace freshet::pendingflags
