// SPDX-License-Identifier: MIT
// freshet add: subscribing from the command line. Addresses are checked and looked up as the
// window's Add Feed does (validateFeedUrl, FeedDiscovery), so both accept and refuse alike.
#include "accountfeeds.h"
#include "actionrunner.h"
#include "actions/subscribehere.h"
#include "commandsupport.h"
#include "feedlookup.h"
#include "network/authorization.h"
#include "network/feedurl.h"
#include "secretinput.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAdd(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The feed's address, or a web page's that links to its feed; several may be given."), u"URL..."_s);
    parser.addOption({u"category"_s, Cli::tr("Put the feeds in this folder (\"/\" nests)."), Cli::tr("PATH")});
    parser.addOption({u"user"_s,
                      Cli::tr("The feed needs a login (HTTP Basic) with this user name; the password is read from the "
                              "terminal or from standard input, never from the command line, and kept in the system keychain."),
                      Cli::tr("NAME")});
    parser.addOption({u"token"_s, Cli::tr("The feed needs a bearer token, read from the terminal or from standard input and kept in "
                                          "the system keychain.")});
    parser.addOption({u"account"_s, Cli::tr("Subscribe on this sync account's server instead of on this device."), Cli::tr("NAME")});
    parser.addOption(outcomeJsonOption());
}

/// The login asked for with --user or --token, its secret already read; kind None without one.
/// It is for the typed address's origin, even if the feed is subscribed at another it moved to.
using LoginRequest = actions::LoginGiven;

std::optional<LoginRequest> loginFromOptions(CommandContext &context, const QCommandLineParser &parser, const QUrl &url)
{
    LoginRequest login;
    const bool basic = parser.isSet(u"user"_s);
    const bool bearer = parser.isSet(u"token"_s);
    if (!basic && !bearer)
        return login;
    if (basic && bearer) {
        reportFailure(context, Cli::tr("Give either --user or --token, not both."));
        return std::nullopt;
    }
    if (context.arguments.size() != 1) {
        reportFailure(context, Cli::tr("--user and --token take exactly one feed address."));
        return std::nullopt;
    }
    login.kind = basic ? LoginKind::Basic : LoginKind::Bearer;
    login.givenFor = url;
    login.user = parser.value(u"user"_s);
    if (basic && login.user.isEmpty()) {
        reportFailure(context, Cli::tr("--user needs a user name."));
        return std::nullopt;
    }
    Result<QString> secret = readSecret(basic ? Cli::tr("Password for %1 at %2: ").arg(login.user, url.host())
                                              : Cli::tr("Token for %1: ").arg(url.host()),
                                        context.err);
    if (!secret) {
        reportFailure(context, secret.error());
        return std::nullopt;
    }
    login.secret = secret.value();
    return login;
}

/// Every address looked up (a web page's feed found) before anything is stored: a typo in the
/// third leaves nothing half-done. Nothing when one fails (reported); addresses that answered
/// 401 are noted in needLogin.
std::optional<QStringList> lookUpOrReport(CommandContext &context, const QList<QUrl> &urls, const LoginRequest &login, QStringList &needLogin)
{
    const QList<FeedDiscovery::Outcome> outcomes = lookUpFeedsAndWait(urls, loginAuthorization(login.kind, login.user, login.secret));
    QStringList addresses;
    for (const FeedDiscovery::Outcome &outcome : outcomes) {
        const std::optional<QUrl> feed = singleFeedOrReport(context, outcome);
        if (!feed)
            return std::nullopt;
        addresses << feed->toString(QUrl::FullyEncoded);
        if (outcome.needsLogin)
            needLogin << addresses.constLast();
    }
    return addresses;
}

/// A 401 at the lookup does not stop the subscription (the feed is there, behind its login),
/// but the person hears what the first fetch will say.
void reportLoginAnswer(CommandContext &context, const QString &address, const LoginRequest &login)
{
    if (login.kind == LoginKind::None)
        reportFailure(context, Cli::tr("%1 needs a login; give it with 'freshet add %1 --user NAME' (or --token).").arg(address));
    else
        reportFailure(context, Cli::tr("%1 refused this login; 'freshet add %1 --user NAME' (or --token) replaces it.").arg(address));
}

int runAdd(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(u"account"_s))
        return addToAccount(context, parser);
    if (!checkArgumentCount(context, 1, 1000))
        return ExitUsageOrInput;
    // Every address is checked before the network is asked about any, and before a password is.
    QList<QUrl> urls;
    for (const QString &argument : context.arguments) {
        Result<QUrl> url = validateFeedUrl(argument);
        if (!url)
            return reportFailure(context, url.error());
        urls << url.value();
    }
    const std::optional<LoginRequest> login = loginFromOptions(context, parser, urls.constFirst());
    if (!login)
        return ExitUsageOrInput;
    QStringList needLogin;
    const std::optional<QStringList> addresses = lookUpOrReport(context, urls, *login, needLogin);
    if (!addresses)
        return ExitUsageOrInput;
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    actions::NewFeeds wanted{*addresses, parser.value(u"category"_s), std::nullopt};
    if (login->kind != LoginKind::None)
        wanted.login = *login;
    const actions::Outcome added = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
        actions::subscribeHere(services, wanted, waiting,
                               [done](const actions::Outcome &outcome, const QList<Feed> &) { done(outcome); });
    });
    if (const int status = ActionRunner::report(context, added); status != ExitOk)
        return status;
    for (const QString &address : std::as_const(needLogin))
        reportLoginAnswer(context, address, *login);
    return ExitOk;
}

} // namespace

Command addCommand()
{
    return {"add", QT_TRANSLATE_NOOP("freshet::Cli", "Subscribe to one or more feeds."), "URL...", declareAdd, runAdd};
}

} // namespace freshet
