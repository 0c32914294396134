// SPDX-License-Identifier: MIT
// freshet account add|list|remove|login: sync accounts on feed servers.
#include "commandsupport.h"
#include "keychainwait.h"
#include "network/feedurl.h"
#include "secretinput.h"
#include "syncaccounts.h"
#include "sync/syncclient.h"
#include "sync/syncclients.h"

#include <QEventLoop>
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
                                                      "Miniflux, Inoreader)."));
    parser.addOption({u"user"_s,
                      Cli::tr("add: the user name on the server; the password is read from the terminal or from standard "
                              "input, never from the command line, and kept in the system keychain."),
                      Cli::tr("NAME")});
    parser.addOption({u"name"_s, Cli::tr("add: what to call the account (default: the server's host name)."), Cli::tr("NAME")});
    parser.addOption({u"json"_s, Cli::tr("list: print the accounts as JSON.")});
}

/// Logs in once, so a mistyped address or password is said now, not at the first sync: why
/// the server refused, or nothing when it let us in.
std::optional<sync::SyncError> loginRefusal(const QString &protocol, const sync::AccountCredentials &credentials)
{
    std::unique_ptr<sync::SyncClient> client(sync::createSyncClient(protocol));
    client->setCredentials(credentials);
    client->setRequestTimeout(20000);
    QEventLoop loop;
    std::optional<sync::SyncError> refusal;
    client->login([&](sync::SyncResult<sync::Done> answer) {
        if (!answer)
            refusal = answer.error();
        loop.quit();
    });
    loop.exec();
    return refusal;
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
    const QString protocol = context.arguments.at(1);
    if (!sync::syncProtocols().contains(protocol)) {
        return reportFailure(context, Cli::tr("Unknown protocol “%1”: use %2.").arg(protocol, sync::syncProtocols().join(u", "_s)));
    }
    Result<QUrl> server = validateFeedUrl(context.arguments.at(2));
    if (!server)
        return reportFailure(context, server.error());
    const QString user = parser.value(u"user"_s);
    if (user.isEmpty())
        return reportFailure(context, Cli::tr("Give the user name on the server with --user NAME."));
    const QString name = parser.isSet(u"name"_s) ? parser.value(u"name"_s).trimmed() : server.value().host();
    if (name.isEmpty())
        return reportFailure(context, Cli::tr("--name needs a name."));
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    if (Result<std::optional<Account>> existing = store->accountByName(name); !existing || existing.value()) {
        return reportFailure(context, existing ? Cli::tr("There is already an account named “%1”; choose another with --name.").arg(name)
                                               : existing.error());
    }
    Result<QString> secret = readSecret(Cli::tr("Password for %1 at %2: ").arg(user, server.value().host()), context.err);
    if (!secret)
        return reportFailure(context, secret.error());
    const QString address = server.value().toString(QUrl::FullyEncoded);
    if (const auto refusal = loginRefusal(protocol, {server.value(), user, secret.value()}))
        return reportFailure(context, Cli::tr("Could not log in to %1: %2").arg(address, refusal->message));
    Result<Account> added = store->addAccount(name, protocol, address, user);
    if (!added)
        return reportFailure(context, added.error());
    if (Status kept = storeSecretAndWait(added.value().credentialKey, secret.value()); !kept) {
        // Without its password the account could never sync: it is not kept half-made.
        if (Status removed = store->removeAccount(added.value().id); !removed) {
            return reportFailure(context, kept.error() + u' '
                                              + Cli::tr("The account could not be taken out again either (%1); remove it with "
                                                        "`freshet account remove %2`.")
                                                    .arg(removed.error(), added.value().name));
        }
        return reportFailure(context, kept.error());
    }
    context.out << Cli::tr("Added account “%1” (%2 at %3). `freshet sync` fetches its feeds.")
                       .arg(name, sync::protocolDisplayName(protocol), address)
                << Qt::endl;
    return ExitOk;
}

int runList(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    Result<QList<Account>> accounts = store->accounts();
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
            context.out << "; " << Cli::tr("last sync: %1 (%2)").arg(account.lastSyncResult.isEmpty() ? Cli::tr("never") : account.lastSyncResult,
                                                                      humanTime(account.lastSyncAt));
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

int runRemove(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 2, 2))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<Account> account = findSyncAccountOrReport(context, *store, context.arguments.at(1));
    if (!account)
        return ExitUsageOrInput;
    if (Status removed = store->removeAccount(account->id); !removed)
        return reportFailure(context, removed.error());
    const Status forgotten = removeSecretAndWait(account->credentialKey);
    context.out << Cli::tr("Removed account “%1” with its %2 feeds from this device (nothing changed on the server).")
                       .arg(account->name).arg(account->feedCount)
                << Qt::endl;
    if (!forgotten)
        return reportFailure(context, Cli::tr("Its password could not be removed from the keychain: %1").arg(forgotten.error()));
    return ExitOk;
}

int runLogin(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 2, 2))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<Account> account = findSyncAccountOrReport(context, *store, context.arguments.at(1));
    if (!account)
        return ExitUsageOrInput;
    Result<QString> secret = readSecret(Cli::tr("Password for %1 at %2: ").arg(account->user, QUrl(account->server).host()), context.err);
    if (!secret)
        return reportFailure(context, secret.error());
    if (const auto refusal = loginRefusal(account->protocol, {QUrl(account->server), account->user, secret.value()}))
        return reportFailure(context, Cli::tr("Could not log in to %1: %2").arg(account->server, refusal->message));
    if (Status kept = storeSecretAndWait(account->credentialKey, secret.value()); !kept)
        return reportFailure(context, kept.error());
    if (Status cleared = store->setAccountLoginNeeded(account->id, false); !cleared)
        return reportFailure(context, cleared.error());
    context.out << Cli::tr("Logged in to account “%1”.").arg(account->name) << Qt::endl;
    return ExitOk;
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
