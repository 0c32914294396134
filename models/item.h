// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace freshet {

struct Enclosure
{
    QString url;
    QString type;
    qint64 length = -1;
};

/// One stored item. Dates are UTC; sortAt is what the item table orders by.
struct Item
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString feedTitle;
    QString feedSortName; ///< what the Feed column sorts by (see itemorder.h)
    QString title;
    QString link;
    QString author;
    QString summary;
    QString content;
    QString image;
    QDateTime published;
    QDateTime updated;
    QDateTime fetched;
    QDateTime sortAt;
    bool read = false;
    bool starred = false;
    bool inPublishedFeed = false;
    bool publishable = false; ///< of a Tiny Tiny RSS account, which has a public feed to put it in
    QList<Enclosure> enclosures;
};

} // namespace freshet
