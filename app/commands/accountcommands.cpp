// SPDX-License-Identifier: MIT
// freshet account add|list|remove|login: sync accounts on feed servers.
#include "actionrunner.h"
#include "actions/addaccount.h"
#include "actions/loginaccount.h"
#include "actions/readaccounts.h"
#include "actions/removeaccount.h"
#include "commandsupport.h"
#include "secretinput.h"
#include "sync/syncclients.h"
#include "syncaccounts.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAccount(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ACTION"_s, Cli::tr("add PROTOCOL URL, list, remove NAME, or login NAME. PROTOCOL is "
                                                      "ttrss (Tiny Tiny RSS) or greader (Google Reader API: FreshRSS, "
                                                      "Miniflux)."));
    parser.addOption({u"user"_s,
                      Cli::tr("add: the user name on the server; the password is read from the terminal or from standard "
                              "input, never from the command line, and kept in the system keychain."),
                      Cli::tr("NAME")});
    parser.addOption({u"name"_s, Cli::tr("add: what to call the account (default: the server's host name)."), Cli::tr("NAME")});
    parser.addOption({u"json"_s, Cli::tr("list: print the accounts as JSON; add, remove and login: print the outcome as JSON.")});
}

QJsonObject accountJson(const Account &account)
{
    return QJsonObject{
        {u"name"_s, account.name},
        {u"protocol"_s, account.protocol},
        {u"server"_s, account.server},
        {u"user"_s, account.user},
        {u"feeds"_s, account.feedCount},
        {u"unread"_s, account.unreadCount},
        {u"pendingChanges"_s, account.pendingChanges},
        {u"lastSync"_s, jsonTime(account.lastSyncAt)},
        {u"lastResult"_s, account.lastSyncResult},
        {u"lastError"_s, account.lastSyncError},
        {u"loginNeeded"_s, account.loginNeeded},
    };
}

int runAdd(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 3, 3))
        return ExitUsageOrInput;
    actions::NewAccount wanted{context.arguments.at(1), context.arguments.at(2), parser.value(u"user"_s), parser.value(u"name"_s), {}};
    if (parser.isSet(u"name"_s) && wanted.name.trimmed().isEmpty())
        return reportFailure(context, Cli::tr("--name needs a name."));
    if (wanted.user.isEmpty())
        return reportFailure(context, Cli::tr("Give the user name on the server with --user NAME."));
    const Result<QUrl> server = actions::checkNewAccount(wanted);
    if (!server)
        return reportFailure(context, server.error());
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    // Asked before the password, so a taken name costs nobody a typed password.
    const QString name = actions::newAccountName(wanted, server.value());
    const auto existing = runner->ask<Result<std::optional<Account>>>(Result<std::optional<Account>>::failure({}),
                                                                      [&](const actions::ActionServices &services, QObject *waiting, auto answer) {
                                                                          actions::findAccount(services, name, waiting, std::move(answer));
                                                                      });
    if (!existing || existing.value())
        return reportFailure(context, existing ? actions::accountNameTakenMessage(name) + u' ' + Cli::tr("Give one with --name.")
                                               : existing.error());
    Result<QString> secret = readSecret(Cli::tr("Password for %1 at %2: ").arg(wanted.user, server.value().host()), context.err);
    if (!secret)
        return reportFailure(context, secret.error());
    wanted.secret = secret.value();
    const actions::Outcome added = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::addAccount(services, wanted, waiting, [done](const actions::Outcome &outcome, const Account &) { done(outcome); });
    });
    const int status = ActionRunner::report(context, added);
    if (status == ExitOk && !context.json)
        context.out << Cli::tr("`freshet sync` fetches its feeds.") << Qt::endl;
    return status;
}

int runList(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    const auto accounts = runner->ask<Result<QList<Account>>>(Result<QList<Account>>::failure({}),
                                                              [](const actions::ActionServices &services, QObject *waiting, auto answer) {
                                                                  actions::readAccounts(services, waiting, std::move(answer));
                                                              });
    if (!accounts)
        return reportFailure(context, accounts.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Account &account : accounts.value())
            array << accountJson(account);
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    for (const Account &account : accounts.value()) {
        context.out << account.name << "  (" << sync::protocolDisplayName(account.protocol) << ")\n";
        if (!account.isLocal())
            context.out << "    " << Cli::tr("%1 as %2").arg(account.server, account.user) << '\n';
        context.out << "    " << Cli::tr("%1 feeds, %2 unread").arg(account.feedCount).arg(account.unreadCount);
        if (!account.isLocal()) {
            context.out << "; " << Cli::tr("last sync: %1").arg(lastSyncText(account.lastSyncAt, account.lastSyncResult));
            if (account.pendingChanges > 0)
                context.out << "; " << Cli::tr("%1 read/star changes waiting to be sent").arg(account.pendingChanges);
            if (account.loginNeeded)
                context.out << '\n' << "    " << Cli::tr("login needed: freshet account login %1").arg(account.name);
            else if (!account.lastSyncError.isEmpty())
                context.out << '\n' << "    " << Cli::tr("error: %1").arg(account.lastSyncError);
        }
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

/// The sync account named by the command's second argument, with the runner that acts on it;
/// no runner, with the reason printed, when there is none.
std::unique_ptr<ActionRunner> syncAccountNamed(CommandContext &context, std::optional<Account> &account)
{
    {
        // Closed before the action starts: the action's store thread is the one writer.
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return nullptr;
        account = findSyncAccountOrReport(context, *store, context.arguments.at(1));
        if (!account)
            return nullptr;
    }
    return ActionRunner::openOrReport(context);
}

int runRemove(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 2, 2))
        return ExitUsageOrInput;
    std::optional<Account> account;
    std::unique_ptr<ActionRunner> runner = syncAccountNamed(context, account);
    if (!runner)
        return ExitUsageOrInput;
    return ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::removeAccount(services, *account, waiting, std::move(done));
    }));
}

int runLogin(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 2, 2))
        return ExitUsageOrInput;
    std::optional<Account> account;
    std::unique_ptr<ActionRunner> runner = syncAccountNamed(context, account);
    if (!runner)
        return ExitUsageOrInput;
    Result<QString> secret = readSecret(Cli::tr("Password for %1 at %2: ").arg(account->user, QUrl(account->server).host()), context.err);
    if (!secret)
        return reportFailure(context, secret.error());
    return ActionRunner::report(context, runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::logInToAccount(services, *account, secret.value(), waiting, std::move(done));
    }));
}

int runAccount(CommandContext &context, const QCommandLineParser &parser)
{
    const QString action = context.arguments.value(0);
    if (action == u"add"_s)
        return runAdd(context, parser);
    if (action == u"list"_s)
        return runList(context, parser);
    if (action == u"remove"_s)
        return runRemove(context, parser);
    if (action == u"login"_s)
        return runLogin(context, parser);
    return reportFailure(context, action.isEmpty() ? Cli::tr("Say what to do: add, list, remove or login.")
                                                   : Cli::tr("Unknown action “%1”: use add, list, remove or login.").arg(action));
}

} // namespace

Command accountCommand()
{
    return {"account", QT_TRANSLATE_NOOP("freshet::Cli", "Manage sync accounts on feed servers: add, list, remove, log in again."),
            "ACTION [ARGUMENTS]", declareAccount, runAccount};
}

} // namespace freshet
