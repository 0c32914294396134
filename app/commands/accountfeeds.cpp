// SPDX-License-Identifier: MIT
// Subscriptions of sync accounts from the command line: they live on the server.
#include "accountfeeds.h"

#include "actionrunner.h"
#include "actions/subscribeonaccount.h"
#include "backgroundrun.h"
#include "commandsupport.h"
#include "feedlookup.h"
#include "network/feedurl.h"
#include "syncaccounts.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

int addToAccount(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    Result<QUrl> url = validateFeedUrl(context.arguments.constFirst());
    if (!url)
        return reportFailure(context, url.error());
    std::optional<Account> account;
    {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        account = findSyncAccountOrReport(context, *store, parser.value(u"account"_s));
        if (!account)
            return ExitUsageOrInput;
    }
    // As in the window's Add Feed: a page's address becomes its feed's, since the Google Reader
    // API subscribes to exactly what it is given. An address this device cannot read (or that
    // wants a login) goes to the server as given: the server fetches the feed, not this device.
    QString address = url.value().toString(QUrl::FullyEncoded);
    const FeedDiscovery::Outcome found = lookUpFeedsAndWait({url.value()}).constFirst();
    if (!found.needsLogin && found.error.isEmpty()) {
        const std::optional<QUrl> feed = singleFeedOrReport(context, found);
        if (!feed)
            return ExitUsageOrInput;
        address = feed->toString(QUrl::FullyEncoded);
    }
    {
        // Closed before the sync below, which opens the profile as a run of its own.
        std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
        if (!runner)
            return ExitUsageOrInput;
        const actions::Outcome outcome = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
            actions::subscribeOnAccount(
                services, *account, address, parser.value(u"category"_s), waiting,
                [done, localProblem = found.error](const actions::Outcome &subscribed, const QString &) {
                    // What this device saw at the address says what the server's refusal does not.
                    if (subscribed.failure == actions::Failure::Server && !localProblem.isEmpty())
                        done(actions::Outcome::failed(subscribed.failure,
                                                      subscribed.message + u' '
                                                          + Cli::tr("From this device the address answers: %1").arg(localProblem)));
                    else
                        done(subscribed);
                });
        });
        if (const int status = ActionRunner::report(context, outcome, account->name); status != ExitOk)
            return status;
    }

    BackgroundRunRequest request;
    request.trigger = FetchTrigger::Cli;
    request.scope.localFeeds = false;
    request.scope.accountName = account->name;
    const Result<BackgroundRunOutcome> synced = runBackground(context.profile, request);
    if (!synced || synced.value().summary.result == FetchResult::Failed) {
        return reportFailure(context, Cli::tr("The account could not be synced now; `freshet sync` tries again. %1")
                                          .arg(synced ? synced.value().summary.error : synced.error()));
    }
    return ExitOk;
}

} // namespace freshet
