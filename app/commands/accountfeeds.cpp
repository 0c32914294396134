// Subscriptions of sync accounts from the command line: they live on the server.
#include "accountfeeds.h"

#include "backgroundrun.h"
#include "commandsupport.h"
#include "keychainwait.h"
#include "network/feedurl.h"
#include "sync/subscriptionedit.h"
#include "syncaccounts.h"

#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

struct AccountLogin
{
    Account account;
    QString secret;
};

std::optional<AccountLogin> accountOrReport(CommandContext &context, FeedStore &store, const QString &name)
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

/// Waits for an edit's answer: the command has nothing else to do meanwhile.
sync::SyncError wait(sync::SubscriptionEdit *edit)
{
    QEventLoop loop;
    sync::SyncError error;
    QObject::connect(edit, &sync::SubscriptionEdit::done, &loop, [&](const sync::SyncError &answer, const sync::RemoteFeed &) {
        error = answer;
        loop.quit();
    });
    loop.exec();
    return error;
}

} // namespace

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
        login = accountOrReport(context, *store, parser.value(u"account"_s));
        if (!login)
            return ExitUsageOrInput;
    }
    const QString address = url.value().toString(QUrl::FullyEncoded);
    const sync::SyncError error = wait(sync::SubscriptionEdit::subscribe(login->account, login->secret, address, parser.value(u"category"_s)));
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

int removeFromAccount(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<AccountLogin> login = accountOrReport(context, *store, parser.value(u"account"_s));
    if (!login)
        return ExitUsageOrInput;
    Result<QList<Feed>> feeds = store->feeds();
    if (!feeds)
        return reportFailure(context, feeds.error());
    const QString wanted = context.arguments.constFirst();
    const QString normalised = validateFeedUrl(wanted) ? validateFeedUrl(wanted).value().toString(QUrl::FullyEncoded) : wanted;
    std::optional<Feed> found;
    for (const Feed &feed : feeds.value()) {
        if (feed.accountId == login->account.id && (feed.url == wanted || feed.url == normalised))
            found = feed;
    }
    if (!found)
        return reportFailure(context, Cli::tr("Account “%1” has no feed %2.").arg(login->account.name, wanted));
    const sync::SyncError error = wait(sync::SubscriptionEdit::unsubscribe(login->account, login->secret, found->remoteId));
    if (!error.message.isEmpty()) {
        return reportFailure(context, Cli::tr("%1 could not unsubscribe from %2; nothing was removed: %3")
                                          .arg(login->account.name, found->url, error.message));
    }
    if (Status removed = store->removeFeed(found->id); !removed)
        return reportFailure(context, removed.error());
    context.out << Cli::tr("Unsubscribed from %1 on account “%2” and removed its %n item(s) here.", nullptr, found->itemCount)
                       .arg(found->url, login->account.name)
                << Qt::endl;
    return ExitOk;
}

} // namespace freshet
