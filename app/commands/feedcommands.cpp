// freshet add, remove, list: managing subscriptions from the command line.
#include "commandsupport.h"
#include "network/feedurl.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAdd(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The feed's address; several may be given."), u"URL..."_s);
    parser.addOption({u"category"_s, Cli::tr("Put the feeds in this folder (\"/\" nests)."), Cli::tr("PATH")});
}

int runAdd(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1000))
        return ExitUsageOrInput;
    // Check every address before storing any, so a typo in the third leaves nothing half-done.
    QList<QUrl> urls;
    for (const QString &argument : context.arguments) {
        Result<QUrl> url = validateFeedUrl(argument);
        if (!url)
            return reportFailure(context, url.error());
        urls << url.value();
    }
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    int failures = 0;
    for (const QUrl &url : urls) {
        Result<Feed> added = store->addFeed(url.toString(QUrl::FullyEncoded), parser.value(u"category"_s));
        if (!added) {
            reportFailure(context, added.error());
            ++failures;
            continue;
        }
        context.out << Cli::tr("Added %1").arg(added.value().url) << Qt::endl;
    }
    return failures == 0 ? ExitOk : ExitUsageOrInput;
}

void declareRemove(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed to unsubscribe from."));
}

int runRemove(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<Feed> feed = findFeedOrReport(context, *store, context.arguments.constFirst());
    if (!feed)
        return ExitUsageOrInput;
    const Feed &found = *feed;
    if (Status removed = store->removeFeed(found.id); !removed)
        return reportFailure(context, removed.error());
    context.out << Cli::tr("Removed %1 and its %n item(s).", nullptr, found.itemCount).arg(found.url) << Qt::endl;
    return ExitOk;
}

void declareList(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
}

QJsonObject feedJson(const Feed &feed)
{
    return QJsonObject{
        {u"url"_s, feed.url},
        {u"title"_s, feed.title},
        {u"siteLink"_s, feed.siteLink},
        {u"category"_s, feed.category},
        {u"unread"_s, feed.unreadCount},
        {u"items"_s, feed.itemCount},
        {u"lastFetch"_s, jsonTime(feed.lastFetchAt)},
        {u"lastResult"_s, feed.lastResult},
        {u"lastHttpStatus"_s, feed.lastHttpStatus},
        {u"lastError"_s, feed.lastError},
        {u"consecutiveErrors"_s, feed.consecutiveErrors},
        {u"nextDue"_s, jsonTime(feed.nextDueAt)},
        {u"nextDueReason"_s, feed.nextDueReason},
        {u"disabledReason"_s, feed.disabledReason},
    };
}

int runList(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    Result<QList<Feed>> feeds = store->feeds();
    if (!feeds)
        return reportFailure(context, feeds.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Feed &feed : feeds.value())
            array << feedJson(feed);
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    if (feeds.value().isEmpty()) {
        context.out << Cli::tr("No feeds yet. Add one with 'freshet add URL' or 'freshet import FILE.opml'.") << Qt::endl;
        return ExitOk;
    }
    for (const Feed &feed : feeds.value()) {
        context.out << feed.displayTitle();
        if (!feed.category.isEmpty())
            context.out << "  [" << feed.category << ']';
        context.out << '\n' << "    " << feed.url << '\n'
                    << "    " << Cli::tr("%1 unread of %2").arg(feed.unreadCount).arg(feed.itemCount) << "; "
                    << Cli::tr("last: %1 (%2)").arg(feed.lastResult.isEmpty() ? Cli::tr("not fetched yet") : feed.lastResult,
                                                      humanTime(feed.lastFetchAt));
        if (feed.isDisabled())
            context.out << "; " << Cli::tr("disabled: %1").arg(feed.disabledReason);
        else
            context.out << "; " << Cli::tr("next: %1 (%2)").arg(feed.nextDueAt <= QDateTime::currentDateTimeUtc() ? Cli::tr("now") : humanTime(feed.nextDueAt),
                                                                  feed.nextDueReason == u"new"_s ? Cli::tr("new feed") : feed.nextDueReason);
        if (!feed.lastError.isEmpty())
            context.out << '\n' << "    " << Cli::tr("error: %1").arg(feed.lastError);
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command addCommand()
{
    return {"add", QT_TRANSLATE_NOOP("freshet::Cli", "Subscribe to one or more feeds."), "URL...", declareAdd, runAdd};
}

Command removeCommand()
{
    return {"remove", QT_TRANSLATE_NOOP("freshet::Cli", "Unsubscribe from a feed and delete its items."), "URL", declareRemove, runRemove};
}

Command listCommand()
{
    return {"list", QT_TRANSLATE_NOOP("freshet::Cli", "List the feeds: unread counts, last result, next fetch and why."), "",
            declareList, runList};
}

} // namespace freshet
