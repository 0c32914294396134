// SPDX-License-Identifier: MIT
#include "newitemsnotice.h"

#include <QCoreApplication>
#include <QSet>

namespace freshet {

namespace {
class NoticeMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::NoticeMessages)
};
} // namespace

QString newItemsNotice(const FetchRunSummary &summary)
{
    QSet<qint64> feeds;
    for (const FeedOutcomeRecord &outcome : summary.outcomes) {
        if (outcome.newItems > 0)
            feeds.insert(outcome.feedId);
    }
    const QString items = NoticeMessages::tr("%n new item(s)", nullptr, summary.newItems);
    // A summary handed over from another process carries no per-feed lines.
    if (feeds.isEmpty())
        return items;
    return NoticeMessages::tr("%1 in %n feed(s)", nullptr, int(feeds.size())).arg(items);
}

} // namespace freshet
