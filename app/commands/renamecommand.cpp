// SPDX-License-Identifier: MIT
// freshet rename: the name a feed shows, chosen by the person; on a sync account's server too
// when its protocol can rename.
#include "actionrunner.h"
#include "actions/renamefeed.h"
#include "commandsupport.h"

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

int runRename(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 2))
        return ExitUsageOrInput;
    std::optional<Feed> feed;
    {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        feed = findFeedOrReport(context, *store, context.arguments.constFirst(), parser.value(u"account"_s));
        if (!feed)
            return ExitUsageOrInput;
    }
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const actions::Outcome outcome = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::renameFeed(services, *feed, context.arguments.value(1), waiting, std::move(done));
    });
    return ActionRunner::report(context, outcome, feed->accountName);
}

} // namespace

Command renameCommand()
{
    return {"rename", QT_TRANSLATE_NOOP("freshet::Cli", "Give a feed a name of your own, or its own title back."), "URL [TITLE]",
            declareRename, runRename};
}

} // namespace freshet
