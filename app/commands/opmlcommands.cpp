// SPDX-License-Identifier: MIT
// freshet import, export: moving subscriptions in and out as OPML.
#include "actionrunner.h"
#include "actions/exportopml.h"
#include "actions/importopml.h"
#include "actions/importopmltoaccount.h"
#include "commandsupport.h"
#include "storage/feedstore.h"
#include "syncaccounts.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareImport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("An OPML file exported by a feed reader (\"-\" for standard input)."));
    parser.addOption({u"account"_s, Cli::tr("Subscribe this sync account to the feeds, on its server, instead of this device."), Cli::tr("NAME")});
    parser.addOption(outcomeJsonOption());
}

/// One line a feed on standard error, as the server subscribes to each in turn (it fetches each one).
int importToAccount(CommandContext &context, const QString &path, const QString &accountName)
{
    std::optional<Account> account;
    {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        account = findSyncAccountOrReport(context, *store, accountName);
        if (!account)
            return ExitUsageOrInput;
    }
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const int status = ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::importOpmlToAccount(
            services, path, account->id, waiting,
            [&context, name = account->name](int sent, int total) {
                if (total > 0 && !context.json)
                    context.err << Cli::tr("Subscribing account “%1”: %2 of %3").arg(name).arg(sent).arg(total) << Qt::endl;
            },
            std::move(done));
    }));
    if (status != ExitOk)
        return status;
    if (!context.json)
        context.out
            << Cli::tr("The feeds and their articles come with the account's next sync: freshet sync --account %1").arg(account->name)
            << Qt::endl;
    return ExitOk;
}

int runImport(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    const QString path = context.arguments.constFirst();
    if (parser.isSet(u"account"_s))
        return importToAccount(context, path, parser.value(u"account"_s));
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    return ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::importOpml(services, path, waiting, std::move(done));
    }));
}

void declareExport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("Where to write the OPML file (\"-\" for standard output)."));
    parser.addOption(outcomeJsonOption());
}

/// `-`: the document on standard output, read from this thread's own connection.
int exportToStandardOutput(CommandContext &context)
{
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const Result<QByteArray> bytes = actions::subscriptionsOpml(*store);
    if (!bytes)
        return reportFailure(context, bytes.error());
    context.out << QString::fromUtf8(bytes.value());
    context.out.flush();
    if (context.out.status() != QTextStream::Ok)
        return reportFailure(context, Cli::tr("Cannot write the OPML to standard output."));
    return ExitOk;
}

int runExport(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    const QString path = context.arguments.constFirst();
    if (path == u"-"_s && context.json)
        return reportFailure(context, Cli::tr("--json cannot share standard output with the OPML document: give a file to export to."));
    if (path == u"-"_s)
        return exportToStandardOutput(context);
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    return ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::exportOpml(services, path, waiting, std::move(done));
    }));
}

} // namespace

Command importCommand()
{
    return {"import", QT_TRANSLATE_NOOP("freshet::Cli", "Subscribe to the feeds of an OPML file, keeping its folders."),
            "FILE.opml", declareImport, runImport};
}

Command exportCommand()
{
    return {"export", QT_TRANSLATE_NOOP("freshet::Cli", "Write the subscriptions to an OPML file, with folders."), "FILE.opml",
            declareExport, runExport};
}

} // namespace freshet
