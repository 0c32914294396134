// SPDX-License-Identifier: MIT
// freshet items: what is in the cache, newest first.
#include "commandsupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareItems(QCommandLineParser &parser)
{
    parser.addOption({u"feed"_s, Cli::tr("Only this feed's items."), u"URL"_s});
    parser.addOption(feedAccountOption());
    parser.addOption({u"unread"_s, Cli::tr("Only unread items.")});
    parser.addOption({u"starred"_s, Cli::tr("Only starred items.")});
    parser.addOption({u"search"_s, Cli::tr("Only items whose title or text contains these words."), Cli::tr("WORDS")});
    parser.addOption({u"limit"_s, Cli::tr("At most N items (default 50)."), u"N"_s, u"50"_s});
    parser.addOption({u"json"_s, Cli::tr("Print JSON, with each item's summary and content.")});
}

QJsonObject itemJson(const Item &item)
{
    QJsonArray enclosures;
    for (const Enclosure &enclosure : item.enclosures)
        enclosures << QJsonObject{{u"url"_s, enclosure.url}, {u"type"_s, enclosure.type}, {u"length"_s, enclosure.length}};
    return QJsonObject{
        {u"id"_s, item.id},
        {u"feed"_s, item.feedTitle},
        {u"title"_s, item.title},
        {u"link"_s, item.link},
        {u"author"_s, item.author},
        {u"image"_s, item.image},
        {u"published"_s, jsonTime(item.published)},
        {u"updated"_s, jsonTime(item.updated)},
        {u"fetched"_s, jsonTime(item.fetched)},
        {u"read"_s, item.read},
        {u"starred"_s, item.starred},
        {u"inPublishedFeed"_s, item.inPublishedFeed},
        {u"summary"_s, item.summary},
        {u"content"_s, item.content},
        {u"enclosures"_s, enclosures},
    };
}

int runItems(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    const std::optional<int> limit = wholeNumberOptionOrReport(context, parser, u"limit"_s, 1, maximumListLimit);
    if (!limit)
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;

    ItemQuery query;
    query.limit = *limit;
    query.unreadOnly = parser.isSet(u"unread"_s);
    query.starredOnly = parser.isSet(u"starred"_s);
    query.search = parser.value(u"search"_s);
    query.withContent = parser.isSet(u"json"_s);
    if (parser.isSet(u"feed"_s)) {
        const std::optional<Feed> feed = findFeedOrReport(context, *store, parser.value(u"feed"_s), parser.value(u"account"_s));
        if (!feed)
            return ExitUsageOrInput;
        query.feedId = feed->id;
    }
    if (!query.search.isEmpty()) {
        // Items waiting for the search index (a killed run's, or every item of a profile indexed
        // before this version) would not be found: they are indexed first. A failure leaves them
        // for the next refresh, and the search shows what is indexed.
        if (const Result<bool> waits = store->searchBacklogWaits(); waits && waits.value()) {
            if (const Status indexed = store->indexSearchBacklog(); !indexed)
                context.err << Cli::tr("Some items are not searchable yet: %1").arg(indexed.error()) << Qt::endl;
        }
    }
    Result<QList<Item>> items = store->items(query);
    if (!items)
        return reportFailure(context, items.error());

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Item &item : items.value())
            array << itemJson(item);
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    for (const Item &item : items.value()) {
        context.out << (item.read ? ' ' : '*') << (item.starred ? u'\u2605' : u' ') << ' ' << humanTime(item.sortAt) << "  "
                    << item.feedTitle << "  " << item.title;
        if (!item.link.isEmpty())
            context.out << "  <" << item.link << '>';
        context.out << "  #" << item.id << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command itemsCommand()
{
    return {"items", QT_TRANSLATE_NOOP("freshet::Cli", "List cached items, newest first (* unread, \u2605 starred)."), "", declareItems, runItems};
}

} // namespace freshet
