// SPDX-License-Identifier: MIT
// freshet folder: the window's New Folder, Rename and Delete on a folder of this device's feeds,
// or with --account of a sync account's (on its server first). Feeds go into folders with
// `add --category` and `edit --category`.
#include "actionrunner.h"
#include "actions/folders.h"
#include "commandsupport.h"
#include "folder.h"
#include "storage/feedstore.h"
#include "syncaccounts.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareFolder(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ACTION"_s, Cli::tr("new PATH, rename PATH NAME, or delete PATH. PATH nests with \"/\"."));
    parser.addOption({u"with-feeds"_s, Cli::tr("delete: unsubscribe from the folder's feeds too, with their items (without it they "
                                               "move up a level).")});
    parser.addOption({u"account"_s, Cli::tr("A folder of this sync account's (on its server) instead of this device's."), Cli::tr("NAME")});
    parser.addOption(outcomeJsonOption());
}

int runFolder(CommandContext &context, const QCommandLineParser &parser)
{
    const QString action = context.arguments.value(0);
    const bool known = action == u"new"_s || action == u"rename"_s || action == u"delete"_s;
    if (!known)
        return reportFailure(context, action.isEmpty() ? Cli::tr("Say what to do: new, rename or delete.")
                                                       : Cli::tr("Unknown action “%1”: use new, rename or delete.").arg(action));
    const qsizetype wanted = action == u"rename"_s ? 3 : 2;
    if (!checkArgumentCount(context, wanted, wanted))
        return ExitUsageOrInput;
    qint64 accountId = localAccountId;
    if (parser.isSet(u"account"_s)) {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        const std::optional<Account> account = findSyncAccountOrReport(context, *store, parser.value(u"account"_s));
        if (!account)
            return ExitUsageOrInput;
        accountId = account->id;
    }
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const QString path = context.arguments.at(1);
    return ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        if (action == u"new"_s) {
            actions::createFolder(services, accountId, path, waiting, std::move(done));
        } else if (action == u"rename"_s) {
            // A new name, not a new place: it stays in the folder it is in, as in the window.
            const QString parent = Folder::parentOf(Folder::normalized(path));
            const QString name = context.arguments.at(2);
            actions::renameFolder(services, accountId, path, parent.isEmpty() ? name : parent + u'/' + name, waiting, std::move(done));
        } else {
            actions::deleteFolder(services, accountId, Folder::normalized(path), parser.isSet(u"with-feeds"_s), waiting, std::move(done));
        }
    }));
}

} // namespace

Command folderCommand()
{
    return {"folder", QT_TRANSLATE_NOOP("freshet::Cli", "Make, rename or delete a folder of this device's feeds or of a sync account's."),
            "ACTION PATH [NAME]", declareFolder, runFolder};
}

} // namespace freshet
