// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// In freshet::sync with the client that serves it; here in models/ because storage writes it
// too, and storage must not depend on the sync engine.
namespace freshet::sync {

struct RemoteEnclosure
{
    QString url;
    QString type;
    qint64 length = 0;
};

/// An article as the server serves it.
struct RemoteItem
{
    QString id;     ///< the server's article id, as text (what state changes refer to)
    QString feedId; ///< RemoteFeed::id
    QString guid;   ///< stable across syncs; the server's own id when it has nothing better
    QString title;
    QString link;
    QString author;
    QString summary;
    QString content;
    QString imageUrl;
    QDateTime published;
    QDateTime updated;
    bool unread = true;
    bool starred = false;
    QList<RemoteEnclosure> enclosures;
};

} // namespace freshet::sync
