// SPDX-License-Identifier: MIT
// freshet mark: read, unread, starred or not, for the items named, a feed's or every item; on a
// sync account queued like the window's changes and sent with the next sync.
#include "actionrunner.h"
#include "actions/markitems.h"
#include "commandsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareMark(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"MARK"_s, Cli::tr("read, unread, star, unstar, publish or unpublish (a Tiny Tiny RSS account's public feed)."));
    parser.addPositionalArgument(u"ITEM_ID"_s, Cli::tr("The items to mark, by the ids `freshet items` shows."), u"[ITEM_ID...]"_s);
    parser.addOption({u"feed"_s, Cli::tr("Every item of the feed at this address instead."), u"URL"_s});
    parser.addOption(feedAccountOption());
    parser.addOption({u"all"_s, Cli::tr("Every item of every feed instead.")});
    parser.addOption({u"before"_s, Cli::tr("With --feed or --all: only items dated before this day (YYYY-MM-DD, local time) or moment (ISO 8601)."),
                      u"DATE"_s});
    parser.addOption(outcomeJsonOption());
}

std::optional<std::pair<ItemMark, bool>> markNamed(const QString &name)
{
    if (name == u"read"_s)
        return std::pair{ItemMark::Read, true};
    if (name == u"unread"_s)
        return std::pair{ItemMark::Read, false};
    if (name == u"star"_s)
        return std::pair{ItemMark::Starred, true};
    if (name == u"unstar"_s)
        return std::pair{ItemMark::Starred, false};
    if (name == u"publish"_s)
        return std::pair{ItemMark::Published, true};
    if (name == u"unpublish"_s)
        return std::pair{ItemMark::Published, false};
    return std::nullopt;
}

/// A day means its start in local time; a moment without a zone is local time too.
QDateTime parseBefore(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return day.startOfDay();
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    return moment;
}

/// What the options select, or nothing with the reason printed.
std::optional<ItemMarking> markingOrReport(CommandContext &context, const QCommandLineParser &parser)
{
    if (context.arguments.isEmpty()) {
        reportFailure(context, Cli::tr("missing argument. Try 'freshet COMMAND --help'."));
        return std::nullopt;
    }
    const std::optional<std::pair<ItemMark, bool>> mark = markNamed(context.arguments.constFirst());
    if (!mark) {
        reportFailure(context,
                      Cli::tr("“%1” is not a mark: use read, unread, star, unstar, publish or unpublish.").arg(context.arguments.constFirst()));
        return std::nullopt;
    }
    ItemMarking marking;
    marking.mark = mark->first;
    marking.value = mark->second;
    const QStringList ids = context.arguments.mid(1);
    const bool byFeed = parser.isSet(u"feed"_s);
    const bool all = parser.isSet(u"all"_s);
    if (int(!ids.isEmpty()) + int(byFeed) + int(all) != 1) {
        reportFailure(context, Cli::tr("Name the items: item ids, --feed URL or --all (one of them)."));
        return std::nullopt;
    }
    for (const QString &text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0) {
            reportFailure(context, Cli::tr("“%1” is not an item id: ids are the whole numbers `freshet items` shows.").arg(text));
            return std::nullopt;
        }
        marking.itemIds << id;
    }
    if (parser.isSet(u"before"_s)) {
        if (!ids.isEmpty()) {
            reportFailure(context, Cli::tr("--before goes with --feed or --all, not with item ids."));
            return std::nullopt;
        }
        marking.before = parseBefore(parser.value(u"before"_s));
        if (!marking.before.isValid()) {
            reportFailure(context, Cli::tr("--before takes a day (2026-12-31) or a moment (2026-12-31T18:00 or with a zone, …Z)."));
            return std::nullopt;
        }
    }
    if (byFeed) {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return std::nullopt;
        const std::optional<Feed> feed = findFeedOrReport(context, *store, parser.value(u"feed"_s), parser.value(u"account"_s));
        if (!feed)
            return std::nullopt;
        marking.feedId = feed->id;
    }
    return marking;
}

int runMark(CommandContext &context, const QCommandLineParser &parser)
{
    const std::optional<ItemMarking> marking = markingOrReport(context, parser);
    if (!marking)
        return ExitUsageOrInput;
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const actions::Outcome outcome = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::markItems(services, *marking, waiting, std::move(done));
    });
    return ActionRunner::report(context, outcome);
}

} // namespace

Command markCommand()
{
    return {"mark", QT_TRANSLATE_NOOP("freshet::Cli", "Mark items read or unread, starred or not (on a sync account too), published or not."),
            "read|unread|star|unstar|publish|unpublish ITEM_ID...|--feed URL|--all", declareMark, runMark};
}

} // namespace freshet
