// SPDX-License-Identifier: MIT
// freshet login: the window's Edit Login and Forget Login for a feed already subscribed.
#include "actionrunner.h"
#include "actions/feedloginactions.h"
#include "commandsupport.h"
#include "secretinput.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareLogin(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed whose login changes."));
    parser.addOption({u"user"_s,
                      Cli::tr("Log in with HTTP Basic as this user; the password is read from the terminal or from "
                              "standard input, never from the command line, and kept in the system keychain."),
                      Cli::tr("NAME")});
    parser.addOption({u"token"_s, Cli::tr("Log in with a bearer token, read from the terminal or from standard input.")});
    parser.addOption({u"forget"_s, Cli::tr("Forget the feed's login: its secret leaves the keychain.")});
    parser.addOption(feedAccountOption());
    parser.addOption(outcomeJsonOption());
}

int runLogin(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    const bool basic = parser.isSet(u"user"_s);
    const bool bearer = parser.isSet(u"token"_s);
    const bool forget = parser.isSet(u"forget"_s);
    if (int(basic) + int(bearer) + int(forget) != 1)
        return reportFailure(context, Cli::tr("Give one of --user NAME, --token or --forget."));
    if (forget) {
        return ActionRunner::runOnFeed(context, parser,
                                       [](const actions::ActionServices &services, const Feed &feed, QObject *waiting, ActionRunner::Done done) {
                                           actions::forgetFeedLogin(services, feed, waiting, std::move(done));
                                       });
    }
    if (basic && parser.value(u"user"_s).isEmpty())
        return reportFailure(context, Cli::tr("--user needs a user name."));
    return ActionRunner::runOnFeed(context, parser, [&](const actions::ActionServices &services, const Feed &feed, QObject *waiting, ActionRunner::Done done) {
        // Asked once the feed is known: a mistyped address costs nobody a typed password.
        const QUrl at(feed.url);
        Result<QString> secret = readSecret(basic ? Cli::tr("Password for %1 at %2: ").arg(parser.value(u"user"_s), at.host())
                                                  : Cli::tr("Token for %1: ").arg(at.host()),
                                            context.err);
        if (!secret) {
            done(actions::Outcome::failed(actions::Failure::Input, secret.error()));
            return;
        }
        const actions::LoginGiven given{basic ? LoginKind::Basic : LoginKind::Bearer, parser.value(u"user"_s), secret.value(), at};
        actions::setFeedLogin(services, feed, given, waiting, std::move(done));
    });
}

} // namespace

Command loginCommand()
{
    return {"login", QT_TRANSLATE_NOOP("freshet::Cli", "Give a subscribed feed a login (HTTP Basic or a token), or forget it."),
            "URL", declareLogin, runLogin};
}

} // namespace freshet
