// SPDX-License-Identifier: MIT
// Subscriptions of sync accounts from the command line: they live on the server.
#include "accountfeeds.h"

#include "awaitanswer.h"
#include "backgroundrun.h"
#include "commandsupport.h"
#include "feedlookup.h"
#include "keychainwait.h"
#include "network/feedurl.h"
#include "sync/subscriptionedit.h"
#include "syncaccounts.h"


using namespace Qt::Literals::StringLiterals;

namespace freshet {

std::optional<AccountLogin> accountLoginOrReport(CommandContext &context, FeedStore &store, const QString &name)
{
    const std::optional<Account> account = findSyncAccountOrReport(context, store, name);
    if (!account)
        return std::nullopt;
    if (account->loginNeeded) {
        reportFailure(context, refusedLoginMessage(account->name));
        return std::nullopt;
    }
    Result<QString> secret = readSecretAndWait(account->credentialKey);
    if (!secret) {
        reportFailure(context, Cli::tr("The password of account “%1” could not be read: %2").arg(account->name, secret.error()));
        return std::nullopt;
    }
    return AccountLogin{*account, secret.value()};
}

sync::SyncError waitForEdit(sync::SubscriptionEdit *edit)
{
    return awaitAnswer(sync::SyncError{}, [edit](QObject *context, const std::function<void(const sync::SyncError &)> &answer) {
        QObject::connect(edit, &sync::SubscriptionEdit::done, context,
                         [answer](const sync::SyncError &error, const sync::RemoteFeed &) { answer(error); });
    });
}

int addToAccount(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    Result<QUrl> url = validateFeedUrl(context.arguments.constFirst());
    if (!url)
        return reportFailure(context, url.error());
    std::optional<AccountLogin> login;
    {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        login = accountLoginOrReport(context, *store, parser.value(u"account"_s));
        if (!login)
            return ExitUsageOrInput;
    }
    // As in the window's Add Feed: a page's address becomes its feed's, since the Google Reader
    // API subscribes to exactly what it is given. An address this device cannot read (or that
    // wants a login) goes to the server as given: the server fetches the feed, not this device.
    QString address = url.value().toString(QUrl::FullyEncoded);
    if (const FeedDiscovery::Outcome found = lookUpFeedsAndWait({url.value()}).constFirst(); !found.needsLogin && found.error.isEmpty()) {
        const std::optional<QUrl> feed = singleFeedOrReport(context, found);
        if (!feed)
            return ExitUsageOrInput;
        address = feed->toString(QUrl::FullyEncoded);
    }
    const sync::SyncError error = waitForEdit(sync::SubscriptionEdit::subscribe(login->account, login->secret, address, parser.value(u"category"_s)));
    if (!error.message.isEmpty())
        return reportFailure(context, Cli::tr("%1 could not subscribe to %2: %3").arg(login->account.name, address, error.message));
    context.out << Cli::tr("Subscribed to %1 on account “%2”.").arg(address, login->account.name) << Qt::endl;

    BackgroundRunRequest request;
    request.trigger = FetchTrigger::Cli;
    request.scope.localFeeds = false;
    request.scope.accountName = login->account.name;
    const Result<BackgroundRunOutcome> synced = runBackground(context.profile, request);
    if (!synced || synced.value().summary.result == FetchResult::Failed) {
        return reportFailure(context, Cli::tr("The account could not be synced now; `freshet sync` tries again. %1")
                                          .arg(synced ? synced.value().summary.error : synced.error()));
    }
    return ExitOk;
}

} // namespace freshet
