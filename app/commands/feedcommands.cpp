// freshet add, remove, list: managing subscriptions from the command line.
#include "accountfeeds.h"
#include "commandsupport.h"
#include "keychainwait.h"
#include "network/feedurl.h"
#include "secretinput.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAdd(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The feed's address; several may be given."), u"URL..."_s);
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
    return store.setLogin(feedId, login.kind, login.user);
}

int runAdd(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.isSet(u"account"_s))
        return addToAccount(context, parser);
    if (!checkArgumentCount(context, 1, 1000))
        return ExitUsageOrInput;
    // Check every address before storing any, so a typo in the third leaves nothing half-done.
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
    int failures = 0;
    for (const QUrl &url : urls) {
        Result<Feed> added = store->addFeed(url.toString(QUrl::FullyEncoded), parser.value(u"category"_s));
        if (!added && login->kind != LoginKind::None) {
            // Already subscribed: a new password or token replaces the old one, keeping the items.
            Result<std::optional<Feed>> existing = store->localFeedByUrl(url.toString(QUrl::FullyEncoded));
            if (existing && existing.value()) {
                if (Status saved = saveLogin(*store, existing.value()->id, *login); !saved)
                    return reportFailure(context, saved.error());
                context.out << Cli::tr("Updated the login of %1").arg(existing.value()->url) << Qt::endl;
                continue;
            }
        }
        if (!added) {
            reportFailure(context, added.error());
            ++failures;
            continue;
        }
        if (login->kind != LoginKind::None) {
            if (Status saved = saveLogin(*store, added.value().id, *login); !saved) {
                // A feed that cannot log in is not half-added: it goes, and its login with it.
                store->removeFeed(added.value().id);
                reportFailure(context, saved.error());
                ++failures;
                continue;
            }
        }
        context.out << Cli::tr("Added %1").arg(added.value().url) << Qt::endl;
    }
    return failures == 0 ? ExitOk : ExitUsageOrInput;
}

void declareRemove(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, Cli::tr("The address of the feed to unsubscribe from."));
    parser.addOption(feedAccountOption());
}

int runRemove(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const std::optional<Feed> feed = findFeedOrReport(context, *store, context.arguments.constFirst(), parser.value(u"account"_s));
    if (!feed)
        return ExitUsageOrInput;
    // A synced feed left only here would come back with the next sync: its server unsubscribes.
    if (feed->isSynced())
        return removeFromAccount(context, *store, *feed);
    const Feed &found = *feed;
    Result<FeedLogin> login = store->login(found.id);
    if (!login)
        return reportFailure(context, login.error());
    if (Status removed = store->removeFeed(found.id); !removed)
        return reportFailure(context, removed.error());
    context.out << Cli::tr("Removed %1 and its %n item(s).", nullptr, found.itemCount).arg(found.url) << Qt::endl;
    if (login.value().isSet()) {
        if (Status forgotten = removeSecretAndWait(login.value().credentialKey); !forgotten)
            reportFailure(context, Cli::tr("The feed is removed, but its password or token could not be deleted from the keychain: %1")
                                       .arg(forgotten.error()));
    }
    return ExitOk;
}

void declareList(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
}

QJsonObject feedJson(const Feed &feed, const FeedLogin &login)
{
    // The kind and user name only: the secret never leaves the keychain.
    const QJsonValue loginKind = login.isSet() ? QJsonValue(loginKindName(login.kind)) : QJsonValue();
    const QJsonValue user = login.kind == LoginKind::Basic ? QJsonValue(login.user) : QJsonValue();
    return QJsonObject{
        {u"url"_s, feed.url},
        {u"account"_s, feed.accountName},
        {u"title"_s, feed.shownTitle()},
        {u"customTitle"_s, feed.customTitle},
        {u"siteLink"_s, feed.siteLink},
        {u"category"_s, feed.category},
        {u"unread"_s, feed.unreadCount},
        {u"items"_s, feed.itemCount},
        {u"lastFetch"_s, jsonTime(feed.lastFetchAt)},
        {u"lastResult"_s, feed.lastResult},
        {u"lastHttpStatus"_s, feed.lastHttpStatus},
        {u"lastError"_s, feed.lastError},
        {u"consecutiveErrors"_s, feed.consecutiveErrors},
        {u"nextDue"_s, jsonTime(feed.nextDueAt)},
        {u"nextDueReason"_s, feed.nextDueReason},
        {u"disabledReason"_s, feed.disabledReason},
        {u"login"_s, loginKind},
        {u"user"_s, user},
    };
}

int runList(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    Result<QList<Feed>> feeds = store->feeds();
    if (!feeds)
        return reportFailure(context, feeds.error());
    Result<QHash<qint64, FeedLogin>> logins = store->logins();
    if (!logins)
        return reportFailure(context, logins.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Feed &feed : feeds.value())
            array << feedJson(feed, logins.value().value(feed.id));
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    if (feeds.value().isEmpty()) {
        context.out << Cli::tr("No feeds yet. Add one with 'freshet add URL' or 'freshet import FILE.opml'.") << Qt::endl;
        return ExitOk;
    }
    for (const Feed &feed : feeds.value()) {
        context.out << feed.displayTitle();
        if (!feed.category.isEmpty())
            context.out << "  [" << feed.category << ']';
        context.out << '\n' << "    " << feed.url << '\n'
                    << "    " << Cli::tr("%1 unread of %2").arg(feed.unreadCount).arg(feed.itemCount) << "; "
                    << Cli::tr("last: %1 (%2)").arg(feed.lastResult.isEmpty() ? Cli::tr("not fetched yet") : feed.lastResult,
                                                      humanTime(feed.lastFetchAt));
        if (feed.isSynced())
            context.out << "; " << Cli::tr("synced through the account “%1”").arg(feed.accountName);
        else if (feed.isDisabled())
            context.out << "; " << Cli::tr("disabled: %1").arg(feed.disabledReason);
        else
            context.out << "; " << Cli::tr("next: %1 (%2)").arg(feed.nextDueAt <= QDateTime::currentDateTimeUtc() ? Cli::tr("now") : humanTime(feed.nextDueAt),
                                                                  feed.nextDueReason == u"new"_s ? Cli::tr("new feed") : feed.nextDueReason);
        if (const FeedLogin login = logins.value().value(feed.id); login.kind == LoginKind::Basic)
            context.out << '\n' << "    " << Cli::tr("login: user name %1, password in the keychain").arg(login.user);
        else if (login.kind == LoginKind::Bearer)
            context.out << '\n' << "    " << Cli::tr("login: token in the keychain");
        if (!feed.lastError.isEmpty())
            context.out << '\n' << "    " << Cli::tr("error: %1").arg(feed.lastError);
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command addCommand()
{
    return {"add", QT_TRANSLATE_NOOP("freshet::Cli", "Subscribe to one or more feeds."), "URL...", declareAdd, runAdd};
}

Command removeCommand()
{
    return {"remove", QT_TRANSLATE_NOOP("freshet::Cli", "Unsubscribe from a feed and delete its items."), "URL", declareRemove, runRemove};
}

Command listCommand()
{
    return {"list", QT_TRANSLATE_NOOP("freshet::Cli", "List the feeds: unread counts, last result, next fetch and why."), "",
            declareList, runList};
}

} // namespace freshet
