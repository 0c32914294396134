// SPDX-License-Identifier: MIT
// freshet remove, list: managing subscriptions from the command line (add: addcommand.cpp).
#include "actionrunner.h"
#include "actions/removefeed.h"
#include "commandsupport.h"
#include "network/authorization.h"
#include "ratelimit.h"
#include "storage/feedstore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareRemove(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed to unsubscribe from."));
    parser.addOption(feedAccountOption());
    parser.addOption(outcomeJsonOption());
}

int runRemove(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    const auto start = [&](const actions::ActionServices &services, const Feed &feed, QObject *waiting, ActionRunner::Done done) {
        actions::removeFeed(services, feed, waiting, std::move(done));
    };
    return ActionRunner::runOnFeed(context, parser, start);
}

void declareList(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
}

QJsonObject feedJson(const Feed &feed, const FeedLogin &login, const Account *account)
{
    // The kind and user name only: the secret never leaves the keychain.
    const QJsonValue loginKind = login.isSet() ? QJsonValue(loginKindName(login.kind)) : QJsonValue();
    const QJsonValue user = login.kind == LoginKind::Basic ? QJsonValue(login.user) : QJsonValue();
    const bool loginLeftBehind = login.isSet() && !loginBelongsTo(login, QUrl(feed.url));
    QJsonObject json{
        {u"url"_s, feed.url},
        {u"account"_s, feed.accountName},
        {u"title"_s, feed.shownTitle()},
        {u"customTitle"_s, feed.customTitle},
        {u"siteLink"_s, feed.siteLink},
        {u"category"_s, feed.category},
        {u"refreshMinutes"_s, feed.refreshMinutes},
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
        {u"rateLimitedUntil"_s, feed.isRateLimitedAt(QDateTime::currentDateTimeUtc()) ? jsonTime(feed.retryAfterAt) : QJsonValue()},
        {u"login"_s, loginKind},
        {u"user"_s, user},
        {u"loginOrigin"_s, login.isSet() ? QJsonValue(originText(login.givenFor)) : QJsonValue()},
        {u"loginMoved"_s, loginLeftBehind ? QJsonValue(loginMovedMessage(login.givenFor, QUrl(feed.url))) : QJsonValue()},
    };
    if (feed.isSynced()) {
        // Its account's sync brings it, not a fetch of its own: no fetch and no due time.
        json.insert(u"nextDue"_s, QJsonValue::Null);
        json.insert(u"lastSync"_s, account ? jsonTime(account->lastSyncAt) : QJsonValue());
        json.insert(u"lastSyncResult"_s, account ? QJsonValue(account->lastSyncResult) : QJsonValue());
    }
    return json;
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
    Result<QHash<qint64, FeedLogin>> logins = store->logins();
    if (!logins)
        return reportFailure(context, logins.error());
    const Result<QList<Account>> accountList = store->accounts();
    if (!accountList)
        return reportFailure(context, accountList.error());
    QHash<qint64, Account> accounts;
    for (const Account &account : accountList.value())
        accounts.insert(account.id, account);
    const auto accountOf = [&accounts](const Feed &feed) -> const Account * {
        const auto found = accounts.constFind(feed.accountId);
        return found == accounts.constEnd() ? nullptr : &found.value();
    };
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Feed &feed : feeds.value())
            array << feedJson(feed, logins.value().value(feed.id), accountOf(feed));
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
        context.out << '\n'
                    << "    " << feed.url << '\n'
                    << "    " << Cli::tr("%1 unread of %2").arg(feed.unreadCount).arg(feed.itemCount) << "; ";
        if (feed.isSynced()) {
            // Its account's sync brings it: it has no fetch or due time of its own.
            const Account *account = accountOf(feed);
            context.out << Cli::tr("synced through the account “%1”, last sync: %2")
                               .arg(feed.accountName, account ? lastSyncText(account->lastSyncAt, account->lastSyncResult) : Cli::tr("never"));
        } else {
            context.out << Cli::tr("last: %1 (%2)").arg(feed.lastResult.isEmpty() ? Cli::tr("not fetched yet") : feed.lastResult, humanTime(feed.lastFetchAt))
                        << "; ";
            if (feed.isDisabled())
                context.out << Cli::tr("disabled: %1").arg(feed.disabledReason);
            else
                context.out << Cli::tr("next: %1 (%2)")
                                   .arg(feed.nextDueAt <= QDateTime::currentDateTimeUtc() ? Cli::tr("now", "a feed's next refresh is already due")
                                                                                          : humanTime(feed.nextDueAt),
                                        feed.nextDueReason == u"new"_s ? Cli::tr("new feed") : feed.nextDueReason);
        }
        if (const FeedLogin login = logins.value().value(feed.id); login.kind == LoginKind::Basic)
            context.out << '\n' << "    " << Cli::tr("login: user name %1, password in the keychain").arg(login.user);
        else if (login.kind == LoginKind::Bearer)
            context.out << '\n' << "    " << Cli::tr("login: token in the keychain");
        if (const FeedLogin login = logins.value().value(feed.id); login.isSet() && !loginBelongsTo(login, QUrl(feed.url)))
            context.out << '\n' << "    " << loginMovedMessage(login.givenFor, QUrl(feed.url));
        if (!feed.lastError.isEmpty())
            context.out << '\n' << "    " << Cli::tr("error: %1").arg(feed.lastError);
        if (feed.isRateLimitedAt(QDateTime::currentDateTimeUtc()))
            context.out << '\n' << "    " << rateLimitedUntilText(feed.retryAfterAt);
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command removeCommand()
{
    return {"remove", QT_TRANSLATE_NOOP("freshet::Cli", "Unsubscribe from a feed and delete its items."), "URL", declareRemove, runRemove};
}

Command listCommand()
{
    return {"list", QT_TRANSLATE_NOOP("freshet::Cli", "List the feeds: unread counts, last result, next fetch and why."), "", declareList, runList};
}

} // namespace freshet
