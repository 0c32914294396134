// SPDX-License-Identifier: MIT
#include "actionrunner.h"

#include "commandsupport.h"
#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "syncaccounts.h"

namespace freshet {

ActionRunner::ActionRunner() = default;
ActionRunner::~ActionRunner() = default;

std::unique_ptr<ActionRunner> ActionRunner::openOrReport(CommandContext &context)
{
    std::unique_ptr<ActionRunner> runner(new ActionRunner);
    runner->m_store = std::make_unique<StoreThread>(context.profile.databasePath());
    if (Status opened = runner->m_store->start(); !opened) {
        reportFailure(context, opened.error());
        return nullptr;
    }
    runner->m_credentials = std::make_unique<CredentialStore>();
    return runner;
}

actions::Outcome ActionRunner::run(const Start &start)
{
    return ask<actions::Outcome>(actions::Outcome::failed(actions::Failure::Storage, {}), start);
}

int ActionRunner::runOnFeed(CommandContext &context, const QCommandLineParser &parser, const StartOnFeed &start)
{
    std::optional<Feed> feed;
    {
        // Closed before the action starts: the action's store thread is the one writer.
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        feed = findFeedOrReport(context, *store, context.arguments.constFirst(), parser.value(QStringLiteral("account")));
        if (!feed)
            return ExitUsageOrInput;
    }
    std::unique_ptr<ActionRunner> runner = openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const actions::Outcome outcome = runner->run([&](const actions::ActionServices &services, QObject *waiting, Done done) {
        start(services, *feed, waiting, std::move(done));
    });
    return report(context, outcome, feed->accountName);
}

int ActionRunner::report(CommandContext &context, const actions::Outcome &outcome, const QString &accountName)
{
    if (!outcome.succeeded()) {
        // The window offers its own way to log in again; here it is a command.
        reportFailure(context, outcome.failure == actions::Failure::LoginNeeded && !accountName.isEmpty()
                                   ? refusedLoginMessage(accountName)
                                   : outcome.message);
        return ExitUsageOrInput;
    }
    for (const QString &detail : outcome.details)
        context.err << "freshet: " << detail << '\n';
    context.err.flush();
    context.out << outcome.message << Qt::endl;
    if (!outcome.warning.isEmpty())
        reportFailure(context, outcome.warning);
    return ExitOk;
}

} // namespace freshet
