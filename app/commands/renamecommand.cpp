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
    parser.addPositionalArgument(u"TITLE"_s, Cli::tr("Its new name; without it (or empty) the feed shows its own title again."), u"[TITLE]"_s);
    parser.addOption(feedAccountOption());
    parser.addOption(outcomeJsonOption());
}

int runRename(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 2))
        return ExitUsageOrInput;
    const QString title = context.arguments.value(1);
    const auto start = [&](const actions::ActionServices &services, const Feed &feed, QObject *waiting, ActionRunner::Done done) {
        actions::renameFeed(services, feed, title, waiting, std::move(done));
    };
    return ActionRunner::runOnFeed(context, parser, start);
}

} // namespace

Command renameCommand()
{
    return {"rename", QT_TRANSLATE_NOOP("freshet::Cli", "Give a feed a name of your own, or its own title back."), "URL [TITLE]",
            declareRename, runRename};
}

} // namespace freshet
