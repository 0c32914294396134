// SPDX-License-Identifier: MIT
// freshet edit: what Edit Feed changes in the window, for a feed of this device: its address,
// its folder and how often it is checked. Its name is `rename`'s.
#include "actionrunner.h"
#include "actions/editfeed.h"
#include "commandsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The longest interval a feed can be given: what Freshet waits at most anyway, a day.
constexpr int longestIntervalMinutes = 24 * 60;

void declareEdit(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed to change."));
    parser.addOption({u"address"_s, Cli::tr("Its new address (it is fetched from there at the next refresh)."), Cli::tr("URL")});
    parser.addOption({u"category"_s, Cli::tr("Put it in this folder (\"/\" nests; empty: none)."), Cli::tr("PATH")});
    parser.addOption({u"every"_s, Cli::tr("Check it every MINUTES, or \"auto\" as the feed and its new items suggest."), Cli::tr("MINUTES")});
    parser.addOption(feedAccountOption());
    parser.addOption(outcomeJsonOption());
}

int runEdit(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::optional<int> minutes;
    if (parser.isSet(u"every"_s) && parser.value(u"every"_s) != u"auto"_s) {
        minutes = wholeNumberOptionOrReport(context, parser, u"every"_s, 15, longestIntervalMinutes);
        if (!minutes)
            return ExitUsageOrInput;
    } else if (parser.isSet(u"every"_s)) {
        minutes = 0;
    }
    const auto start = [&](const actions::ActionServices &services, const Feed &feed, QObject *waiting, ActionRunner::Done done) {
        // What is not given stays as it is.
        FeedEdit edit;
        edit.url = parser.isSet(u"address"_s) ? parser.value(u"address"_s) : feed.url;
        edit.title = feed.customTitle;
        edit.folder = parser.isSet(u"category"_s) ? parser.value(u"category"_s) : feed.category;
        edit.refreshMinutes = minutes.value_or(feed.refreshMinutes);
        actions::editFeed(services, feed, edit, waiting, std::move(done));
    };
    return ActionRunner::runOnFeed(context, parser, start);
}

} // namespace

Command editCommand()
{
    return {"edit", QT_TRANSLATE_NOOP("freshet::Cli", "Change a feed's address, folder or how often it is checked."), "URL", declareEdit, runEdit};
}

} // namespace freshet
