// SPDX-License-Identifier: MIT
// freshet rename: the name a feed shows, chosen by the person; on a sync account's server too
// when its protocol can rename.
#include "accountfeeds.h"
#include "commandsupport.h"
#include "sync/feedrename.h"
#include "sync/subscriptionedit.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareRename(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed to rename."));
    parser.addPositionalArgument(u"TITLE"_s, Cli::tr("Its new name; without it (or empty) the feed shows its own title again."),
                                 u"[TITLE]"_s);
    parser.addOption(feedAccountOption());
}

int reportReset(CommandContext &context, const Feed &feed)
{
    context.out << Cli::tr("%1 shows its own title again: %2").arg(feed.url, feed.ownDisplayTitle()) << Qt::endl;
    return ExitOk;
}

/// A synced feed is renamed on its server first, so other devices and later syncs agree.
int renameOnAccount(CommandContext &context, FeedStore &store, const Feed &feed, const QString &title)
{
    const std::optional<AccountLogin> login = accountLoginOrReport(context, store, feed.accountName);
    if (!login)
        return ExitUsageOrInput;
    const sync::SyncError answer = waitForEdit(sync::SubscriptionEdit::rename(login->account, login->secret, feed.remoteId, title));
    const Result<sync::RenameKept> kept = sync::storeSyncedRename(store, feed.id, title, answer);
    if (!kept) {
        return reportFailure(context, Cli::tr("%1 could not rename %2; nothing was changed: %3")
                                          .arg(login->account.name, feed.url, kept.error()));
    }
    if (kept.value() == sync::RenameKept::OnServer) {
        context.out << Cli::tr("Renamed %1 to “%2” on account “%3”.").arg(feed.url, title, login->account.name) << Qt::endl;
        return ExitOk;
    }
    context.out << Cli::tr("Renamed %1 to “%2”.").arg(feed.url, title) << '\n'
                << sync::keptHereOnlyMessage(login->account.name) << Qt::endl;
    return ExitOk;
}

int runRename(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 2))
        return ExitUsageOrInput;
    const QString title = context.arguments.value(1).simplified();
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<Feed> feed = findFeedOrReport(context, *store, context.arguments.constFirst(), parser.value(u"account"_s));
    if (!feed)
        return ExitUsageOrInput;
    // Only this device can have a name of its own for a feed: a reset never asks the server.
    if (feed->isSynced() && !title.isEmpty())
        return renameOnAccount(context, *store, *feed, title);
    if (Status renamed = store->renameFeed(feed->id, title); !renamed)
        return reportFailure(context, renamed.error());
    if (title.isEmpty())
        return reportReset(context, *feed);
    context.out << Cli::tr("Renamed %1 to “%2”.").arg(feed->url, title) << Qt::endl;
    return ExitOk;
}

} // namespace

Command renameCommand()
{
    return {"rename", QT_TRANSLATE_NOOP("freshet::Cli", "Give a feed a name of your own, or its own title back."), "URL [TITLE]",
            declareRename, runRename};
}

} // namespace freshet
