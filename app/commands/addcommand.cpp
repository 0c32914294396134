// SPDX-License-Identifier: MIT
// freshet add: subscribing from the command line. Addresses are checked and looked up as the
// window's Add Feed does (validateFeedUrl, FeedDiscovery), so both accept and refuse alike.
#include "accountfeeds.h"
#include "commandsupport.h"
#include "feedlookup.h"
#include "keychainwait.h"
#include "network/authorization.h"
#include "network/feedurl.h"
#include "secretinput.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAdd(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s,
                                 Cli::tr("The feed's address, or a web page's that links to its feed; several may be given."),
                                 u"URL..."_s);
    parser.addOption({u"category"_s, Cli::tr("Put the feeds in this folder (\"/\" nests)."), Cli::tr("PATH")});
    parser.addOption({u"user"_s,
                      Cli::tr("The feed needs a login (HTTP Basic) with this user name; the password is read from the "
                              "terminal or from standard input, never from the command line, and kept in the system keychain."),
                      Cli::tr("NAME")});
    parser.addOption({u"token"_s,
                      Cli::tr("The feed needs a bearer token, read from the terminal or from standard input and kept in "
                              "the system keychain.")});
    parser.addOption({u"account"_s, Cli::tr("Subscribe on this sync account's server instead of on this device."), Cli::tr("NAME")});
}

/// The login asked for with --user or --token, its secret already read; kind None without one.
struct LoginRequest
{
    LoginKind kind = LoginKind::None;
    QString user;
    QString secret;
    /// The address typed: the login is for its origin, even if the feed is subscribed at
    /// another one it moved to.
    QUrl givenFor;
};

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

/// Files the secret in the keychain, then notes the login on the feed. Nothing is kept when
/// the keychain fails: the caller removes the feed again.
Status saveLogin(FeedStore &store, qint64 feedId, const LoginRequest &login)
{
    Result<FeedLogin> stored = store.login(feedId);
    if (!stored)
        return Status::failure(stored.error());
    if (Status kept = storeSecretAndWait(stored.value().credentialKey, login.secret); !kept)
        return kept;
    return store.setLogin(feedId, login.kind, login.user, login.givenFor);
}

/// One address to subscribe to, decided before anything is stored.
struct NewSubscription
{
    QString address;
    /// The address answered 401 to the lookup: it is subscribed as given, and says so.
    bool answeredNeedsLogin = false;
    /// Already subscribed: only a new login can be given to it.
    std::optional<Feed> existing;
};

/// Looks up every address and checks it against the subscriptions, all before storing any, so
/// a typo or a duplicate in the third leaves nothing half-done. Nothing when one fails (reported).
std::optional<QList<NewSubscription>> decideSubscriptions(CommandContext &context, FeedStore &store, const QList<QUrl> &urls,
                                                          const LoginRequest &login)
{
    const QList<FeedDiscovery::Outcome> outcomes =
        lookUpFeedsAndWait(urls, loginAuthorization(login.kind, login.user, login.secret));
    QList<NewSubscription> subscriptions;
    QSet<QString> addresses;
    for (const FeedDiscovery::Outcome &outcome : outcomes) {
        const std::optional<QUrl> feed = singleFeedOrReport(context, outcome);
        if (!feed)
            return std::nullopt;
        NewSubscription subscription{feed->toString(QUrl::FullyEncoded), outcome.needsLogin, std::nullopt};
        Result<std::optional<Feed>> existing = store.localFeedByUrl(subscription.address);
        if (!existing) {
            reportFailure(context, existing.error());
            return std::nullopt;
        }
        // With --user or --token an existing feed gets the new login (the README promises it).
        if ((existing.value() && login.kind == LoginKind::None) || addresses.contains(subscription.address)) {
            reportFailure(context, Cli::tr("Already subscribed to %1; nothing was added.").arg(subscription.address));
            return std::nullopt;
        }
        addresses.insert(subscription.address);
        subscription.existing = existing.value();
        subscriptions << subscription;
    }
    return subscriptions;
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
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<QList<NewSubscription>> subscriptions = decideSubscriptions(context, *store, urls, *login);
    if (!subscriptions)
        return ExitUsageOrInput;
    // One transaction: a feed the store refuses (a full disk, another Freshet subscribing to it
    // meanwhile) leaves none of the others added, as the check above promises.
    QSqlDatabase db = store->database();
    if (!db.transaction())
        return reportFailure(context, describeSqlError(db.lastError()));
    const auto refuse = [&](const QString &message) {
        db.rollback();
        return reportFailure(context, Cli::tr("Nothing was added: %1").arg(message));
    };
    QStringList done;
    QStringList needLogin;
    for (const NewSubscription &subscription : *subscriptions) {
        if (subscription.existing) {
            // Already subscribed: a new password or token replaces the old one, keeping the items.
            if (Status saved = saveLogin(*store, subscription.existing->id, *login); !saved)
                return refuse(saved.error());
            done << Cli::tr("Updated the login of %1").arg(subscription.existing->url);
        } else {
            Result<Feed> added = store->addFeed(subscription.address, parser.value(u"category"_s));
            if (!added)
                return refuse(added.error());
            // A feed that cannot log in is not half-added: the rollback takes it, and its login.
            if (login->kind != LoginKind::None) {
                if (Status saved = saveLogin(*store, added.value().id, *login); !saved)
                    return refuse(saved.error());
            }
            done << Cli::tr("Added %1").arg(added.value().url);
        }
        if (subscription.answeredNeedsLogin)
            needLogin << subscription.address;
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        return refuse(error);
    }
    for (const QString &line : std::as_const(done))
        context.out << line << '\n';
    context.out.flush();
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
