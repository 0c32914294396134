// SPDX-License-Identifier: MIT
// freshet fetch: one background fetch, exactly as the OS scheduler would run it; and
// freshet notify: the push trigger. Both hand the run to a running window when asked to.
#include "actions/fetchreport.h"
#include "background/backgroundfetch.h"
#include "backgroundrun.h"
#include "commandsupport.h"
#include "syncaccounts.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareOutput(QCommandLineParser &parser)
{
    parser.addOption({u"deadline"_s, Cli::tr("The time budget in seconds (default 30, as the OS gives)."), Cli::tr("SECONDS"), u"30"_s});
    parser.addOption({u"json"_s, Cli::tr("Print the summary as JSON.")});
}

void declareFetch(QCommandLineParser &parser)
{
    parser.addOption({u"all"_s, Cli::tr("Fetch every feed, not only the ones that are due.")});
    parser.addOption({u"background"_s, Cli::tr("Run as the OS scheduler does: hand the run to a Freshet window open on this "
                                               "profile, otherwise fetch here and show a desktop notification on new items.")});
    declareOutput(parser);
    // The defaults are the manners owed to publishers; benchmarks against one loopback host
    // (and people with their own servers) may need to match another client's concurrency.
    const FetchService::Limits defaults;
    parser.addOption({u"concurrency"_s, Cli::tr("At most N requests at once (default %1).").arg(defaults.maxConcurrent),
                      Cli::tr("N"), QString::number(defaults.maxConcurrent)});
    parser.addOption({u"per-host"_s, Cli::tr("At most N requests at once to one host (default %1).").arg(defaults.maxPerHost),
                      Cli::tr("N"), QString::number(defaults.maxPerHost)});
}

void declareNotify(QCommandLineParser &parser)
{
    parser.addOption({u"feed"_s, Cli::tr("Fetch this feed (repeatable); without it, every due feed. A sync account's feed syncs its account."),
                      Cli::tr("URL")});
    parser.addOption(feedAccountOption());
    declareOutput(parser);
}

std::optional<std::chrono::milliseconds> budgetOrReport(CommandContext &context, const QCommandLineParser &parser)
{
    // Under a second there is no time for a request (none starts with less than 750 ms left).
    const std::optional<double> seconds = numberOptionOrReport(context, parser, u"deadline"_s, 1, 24 * 3600);
    if (!seconds)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(*seconds * 1000));
}

int printSummary(CommandContext &context, const BackgroundRunOutcome &outcome, bool background, bool json)
{
    const FetchRunSummary &summary = outcome.summary;
    if (json) {
        QJsonObject object = fetchSummaryToJson(summary);
        object.insert(u"handedOff"_s, outcome.handedOff);
        if (background)
            insertFollowUpReport(object, {outcome.downloadsCompleted, outcome.downloadsLeft});
        if (!outcome.adaptiveSkip.isEmpty())
            object.insert(u"adaptiveSkip"_s, outcome.adaptiveSkip);
        QJsonArray syncs;
        for (const FeedOutcomeRecord &record : summary.outcomes) {
            if (record.feedId == 0) {
                syncs.append(QJsonObject{{u"server"_s, record.feedUrl},
                                         {u"outcome"_s, feedOutcomeName(record.outcome)},
                                         {u"newItems"_s, record.newItems},
                                         {u"updatedItems"_s, record.updatedItems},
                                         {u"message"_s, record.message}});
            }
        }
        if (!syncs.isEmpty())
            object.insert(u"accounts"_s, syncs);
        printJson(context, QJsonDocument(object));
    } else {
        if (outcome.handedOff)
            context.out << Cli::tr("Run by the Freshet window open on this profile.") << '\n';
        if (!outcome.adaptiveSkip.isEmpty())
            context.out << outcome.adaptiveSkip << '\n';
        context.out << actions::FetchReport::summary(summary);
        if (background && (outcome.downloadsCompleted > 0 || outcome.downloadsLeft > 0))
            context.out
                << '\n'
                << Cli::tr("Downloads completed: %1, still queued: %2").arg(outcome.downloadsCompleted).arg(std::max(0, outcome.downloadsLeft));
        context.out << Qt::endl;
    }
    if (!summary.error.isEmpty())
        context.err << "freshet: " << summary.error << Qt::endl;
    for (const QString &warning : outcome.warnings)
        context.err << "freshet: " << warning << Qt::endl;
    for (const QString &account : summary.loginNeeded) {
        context.err << "freshet: "
                    << Cli::tr("The server of account “%1” refused its login (the session expired and logging in again "
                               "failed, or the password changed). Log in again with: freshet account login %1")
                           .arg(account)
                    << Qt::endl;
    }
    // A refused login needs the person, whatever else worked: a script must notice.
    if (!summary.loginNeeded.isEmpty())
        return ExitUsageOrInput;
    return summary.result == FetchResult::Failed ? ExitFetchFailed : ExitOk;
}

int runFetch(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    const std::optional<std::chrono::milliseconds> budget = budgetOrReport(context, parser);
    if (!budget)
        return ExitUsageOrInput;
    const std::optional<int> concurrency = wholeNumberOptionOrReport(context, parser, u"concurrency"_s, 1, 256);
    if (!concurrency)
        return ExitUsageOrInput;
    const std::optional<int> perHost = wholeNumberOptionOrReport(context, parser, u"per-host"_s, 1, 256);
    if (!perHost)
        return ExitUsageOrInput;

    BackgroundRunRequest request;
    request.background = parser.isSet(u"background"_s);
    request.trigger = request.background ? FetchTrigger::Os : FetchTrigger::Cli;
    request.budget = *budget;
    request.scope.all = parser.isSet(u"all"_s);
    request.limits.maxConcurrent = *concurrency;
    request.limits.maxPerHost = *perHost;
    const Result<BackgroundRunOutcome> outcome = runBackground(context.profile, request);
    if (!outcome)
        return reportFailure(context, outcome.error());
    return printSummary(context, outcome.value(), request.background, parser.isSet(u"json"_s));
}

int runNotify(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    const std::optional<std::chrono::milliseconds> budget = budgetOrReport(context, parser);
    if (!budget)
        return ExitUsageOrInput;
    BackgroundRunRequest request;
    request.background = true;
    request.trigger = FetchTrigger::Push;
    request.budget = *budget;
    const QStringList feeds = parser.values(u"feed"_s);
    if (!feeds.isEmpty()) {
        // Only subscribed feeds: a push naming an unknown address is a mistake worth saying.
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        for (const QString &address : feeds) {
            const std::optional<Feed> feed = findFeedOrReport(context, *store, address, parser.value(u"account"_s));
            if (!feed)
                return ExitUsageOrInput;
            request.scope.feedUrls << feed->url;
            // The server fetches a synced feed: what is new there comes with a sync of its account.
            if (feed->isSynced() && !request.scope.accountsOfNamedFeeds.contains(feed->accountName))
                request.scope.accountsOfNamedFeeds << feed->accountName;
        }
    }
    const Result<BackgroundRunOutcome> outcome = runBackground(context.profile, request);
    if (!outcome)
        return reportFailure(context, outcome.error());
    return printSummary(context, outcome.value(), request.background, parser.isSet(u"json"_s));
}

void declareSync(QCommandLineParser &parser)
{
    parser.addOption({u"account"_s, Cli::tr("Sync only this account (see `freshet account list`)."), Cli::tr("NAME")});
    declareOutput(parser);
}

int runSync(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    const std::optional<std::chrono::milliseconds> budget = budgetOrReport(context, parser);
    if (!budget)
        return ExitUsageOrInput;
    BackgroundRunRequest request;
    request.trigger = FetchTrigger::Cli;
    request.budget = *budget;
    request.scope.localFeeds = false;
    {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        Result<QList<Account>> accounts = store->accounts();
        if (!accounts)
            return reportFailure(context, accounts.error());
        const QString wanted = parser.value(u"account"_s);
        bool found = false;
        for (const Account &account : accounts.value()) {
            if (account.isLocal() || (!wanted.isEmpty() && account.name.compare(wanted, Qt::CaseInsensitive) != 0))
                continue;
            found = true;
            if (account.loginNeeded)
                return reportFailure(context, refusedLoginMessage(account.name));
        }
        if (!found) {
            return reportFailure(context, wanted.isEmpty() ? Cli::tr("There is no sync account; add one with `freshet account add`.")
                                                           : Cli::tr("There is no account named “%1”.").arg(wanted));
        }
        request.scope.accountName = wanted;
    }
    const Result<BackgroundRunOutcome> outcome = runBackground(context.profile, request);
    if (!outcome)
        return reportFailure(context, outcome.error());
    return printSummary(context, outcome.value(), false, parser.isSet(u"json"_s));
}

} // namespace

Command syncCommand()
{
    return {"sync",
            QT_TRANSLATE_NOOP("freshet::Cli", "Sync the accounts on feed servers (Tiny Tiny RSS, Google Reader API) now: "
                                              "read/star changes made here go up, new articles and the server's state come down."),
            "", declareSync, runSync};
}

Command fetchCommand()
{
    return {"fetch", QT_TRANSLATE_NOOP("freshet::Cli", "Run one background fetch of the due feeds, within a deadline."), "",
            declareFetch, runFetch};
}

Command notifyCommand()
{
    return {"notify",
            QT_TRANSLATE_NOOP("freshet::Cli", "The push trigger: fetch the named feeds (or every due feed) now, in the "
                                              "running window if there is one."),
            "", declareNotify, runNotify};
}

} // namespace freshet
