// SPDX-License-Identifier: MIT
#include "actionrunner.h"

#include "commandsupport.h"
#include "credentials/credentialstore.h"
#include "downloads/downloadsfolder.h"
#include "downloads/downloadthread.h"
#include "instance/instanceclient.h"
#include "storage/storethread.h"
#include "syncaccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

ActionRunner::ActionRunner() = default;

ActionRunner::~ActionRunner()
{
    // The window reads what is committed: the store thread has finished once it is gone.
    m_downloads.reset();
    m_store.reset();
    if (m_ranAction)
        InstanceClient::tellStoreChanged(m_windowName);
}

std::unique_ptr<ActionRunner> ActionRunner::openOrReport(CommandContext &context)
{
    std::unique_ptr<ActionRunner> runner(new ActionRunner);
    runner->m_windowName = instanceServerName(context.profile);
    runner->m_store = std::make_unique<StoreThread>(context.profile.databasePath());
    if (Status opened = runner->m_store->start(); !opened) {
        reportFailure(context, opened.error());
        return nullptr;
    }
    runner->m_credentials = std::make_unique<CredentialStore>();
    return runner;
}

std::unique_ptr<ActionRunner> ActionRunner::openWithDownloadsOrReport(CommandContext &context)
{
    std::unique_ptr<ActionRunner> runner = openOrReport(context);
    if (runner)
        runner->m_downloads = std::make_unique<DownloadThread>(runner->m_store.get(), downloadsFolder(context.profile), nullptr,
                                                               DownloadThread::Transfers::Hold);
    return runner;
}

actions::Outcome ActionRunner::run(const Start &start)
{
    // Even a failed action may have changed part of what it was given (three of four items).
    m_ranAction = true;
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

namespace {

QString failureKey(actions::Failure failure)
{
    switch (failure) {
    case actions::Failure::None: return {};
    case actions::Failure::NotFound: return u"notFound"_s;
    case actions::Failure::Input: return u"input"_s;
    case actions::Failure::LoginNeeded: return u"loginNeeded"_s;
    case actions::Failure::Keychain: return u"keychain"_s;
    case actions::Failure::Server: return u"server"_s;
    case actions::Failure::Storage: return u"storage"_s;
    case actions::Failure::System: return u"system"_s;
    case actions::Failure::Transfer: return u"transfer"_s;
    }
    return {};
}

/// The same outcome for scripts: one object on stdout, whether the action was done or not.
void printOutcomeJson(CommandContext &context, const actions::Outcome &outcome, const QString &message)
{
    printJson(context, QJsonDocument(QJsonObject{
                           {u"done"_s, outcome.succeeded()},
                           {u"failure"_s, outcome.succeeded() ? QJsonValue() : QJsonValue(failureKey(outcome.failure))},
                           {u"message"_s, message},
                           {u"warning"_s, outcome.warning.isEmpty() ? QJsonValue() : QJsonValue(outcome.warning)},
                           {u"details"_s, QJsonArray::fromStringList(outcome.details)},
                           {u"changed"_s, outcome.changed},
                       }));
}

} // namespace

int ActionRunner::report(CommandContext &context, const actions::Outcome &outcome, const QString &accountName)
{
    // The window offers its own way to log in again; here it is a command.
    const QString message = outcome.failure == actions::Failure::LoginNeeded && !accountName.isEmpty() ? refusedLoginMessage(accountName)
                                                                                                       : outcome.message;
    // A transfer that stopped is worth trying again, unlike input that can never work.
    const int failedStatus = outcome.failure == actions::Failure::Transfer ? ExitFetchFailed : ExitUsageOrInput;
    if (context.json) {
        printOutcomeJson(context, outcome, message);
        return outcome.succeeded() ? ExitOk : failedStatus;
    }
    if (!outcome.succeeded()) {
        reportFailure(context, message);
        return failedStatus;
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
