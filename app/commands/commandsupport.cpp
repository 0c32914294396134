// SPDX-License-Identifier: MIT
#include "commandsupport.h"

#include "network/feedurl.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

std::unique_ptr<FeedStore> openStoreOrReport(CommandContext &context)
{
    Result<std::unique_ptr<FeedStore>> store = FeedStore::open(context.profile.databasePath(), u"freshet-cli"_s);
    if (!store) {
        reportFailure(context, store.error());
        return nullptr;
    }
    return std::move(store).value();
}

int reportFailure(CommandContext &context, const QString &message)
{
    context.err << "freshet: " << message << Qt::endl;
    return ExitUsageOrInput;
}

bool checkArgumentCount(CommandContext &context, qsizetype minimum, qsizetype maximum)
{
    if (context.arguments.size() < minimum) {
        reportFailure(context, Cli::tr("missing argument. Try 'freshet COMMAND --help'."));
        return false;
    }
    if (context.arguments.size() > maximum) {
        reportFailure(context, QCoreApplication::translate("main", "unexpected argument '%1'.").arg(context.arguments.at(maximum)));
        return false;
    }
    return true;
}

void printJson(CommandContext &context, const QJsonDocument &document)
{
    // QJsonDocument escapes C0 but writes DEL and C1 as they are; as \u escapes they are the same
    // JSON, and the terminal, which would otherwise act on them, never sees them.
    const QByteArray json = document.toJson(QJsonDocument::Indented);
    QByteArray escaped;
    escaped.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json.at(i + 1)) : 0;
        if (byte == 0x7F) {
            escaped += "\\u007f";
        } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {
            escaped += QByteArray("\\u00") + QByteArray::number(next, 16);
            ++i;
        } else {
            escaped += json.at(i);
        }
    }
    context.out << QString::fromUtf8(escaped);
    context.out.flush();
}

std::optional<Feed> findFeedOrReport(CommandContext &context, FeedStore &store, const QString &address, const QString &accountName)
{
    QStringList addresses{address};
    if (const Result<QUrl> normalised = validateFeedUrl(address); normalised)
        addresses << normalised.value().toString(QUrl::FullyEncoded);
    Result<QList<Feed>> found = store.feedsByUrl(addresses);
    if (!found) {
        reportFailure(context, found.error());
        return std::nullopt;
    }
    QList<Feed> feeds = std::move(found).value();
    if (!accountName.isEmpty()) {
        const Result<std::optional<Account>> account = store.accountByName(accountName);
        if (!account || !account.value()) {
            reportFailure(context, account ? Cli::tr("There is no account named “%1”.").arg(accountName) : account.error());
            return std::nullopt;
        }
        feeds.removeIf([&](const Feed &feed) { return feed.accountId != account.value()->id; });
        if (feeds.isEmpty()) {
            reportFailure(context, Cli::tr("Account “%1” has no feed %2.").arg(account.value()->name, address));
            return std::nullopt;
        }
    }
    // The address as typed wins over its normalised form when both are subscribed.
    if (std::any_of(feeds.cbegin(), feeds.cend(), [&](const Feed &feed) { return feed.url == address; }))
        feeds.removeIf([&](const Feed &feed) { return feed.url != address; });
    if (feeds.isEmpty()) {
        reportFailure(context, Cli::tr("Not subscribed to %1. 'freshet list' shows the feeds.").arg(address));
        return std::nullopt;
    }
    if (feeds.size() > 1) {
        QStringList accounts;
        for (const Feed &feed : std::as_const(feeds))
            accounts << u"“%1”"_s.arg(feed.accountName);
        reportFailure(context,
                      Cli::tr("%1 is a feed of more than one account (%2); say which with --account NAME.").arg(address, accounts.join(u", "_s)));
        return std::nullopt;
    }
    return feeds.constFirst();
}

QCommandLineOption feedAccountOption()
{
    return {u"account"_s, Cli::tr("The account holding the feed, needed only when more than one account has this address."), Cli::tr("NAME")};
}

QCommandLineOption outcomeJsonOption()
{
    return {u"json"_s, Cli::tr("Print the outcome as JSON.")};
}

std::optional<bool> onOff(const QString &value)
{
    if (value == u"on"_s || value == u"yes"_s || value == u"true"_s)
        return true;
    if (value == u"off"_s || value == u"no"_s || value == u"false"_s)
        return false;
    return std::nullopt;
}

std::optional<int> wholeNumberOptionOrReport(CommandContext &context, const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    const QString text = parser.value(name);
    bool ok = false;
    const qint64 value = QLocale::c().toLongLong(text.trimmed(), &ok);
    if (!ok || value < minimum || value > maximum) {
        reportFailure(context, Cli::tr("--%1 takes a whole number from %2 to %3, not '%4'.").arg(name).arg(minimum).arg(maximum).arg(text));
        return std::nullopt;
    }
    return int(value);
}

std::optional<double> numberOptionOrReport(CommandContext &context, const QCommandLineParser &parser, const QString &name,
                                           double minimum, double maximum)
{
    const QString text = parser.value(name);
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    // Written so that NaN, which fails every comparison, fails this one too.
    if (!ok || !std::isfinite(value) || !(value >= minimum && value <= maximum)) {
        reportFailure(context, Cli::tr("--%1 takes a number from %2 to %3, not '%4'.")
                                   .arg(name, QLocale::c().toString(minimum), QLocale::c().toString(maximum), text));
        return std::nullopt;
    }
    return value;
}

QString humanTime(const QDateTime &time)
{
    if (!time.isValid())
        return Cli::tr("never");
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString lastSyncText(const QDateTime &at, const QString &resultName)
{
    if (!at.isValid())
        return Cli::tr("never");
    QString ended = resultName;
    if (resultName == u"newData"_s)
        ended = Cli::tr("new data");
    else if (resultName == u"noData"_s)
        ended = Cli::tr("no new data");
    else if (resultName == u"failed"_s)
        ended = Cli::tr("failed");
    return Cli::tr("%1, %2", "an account's last sync: its time, then how it ended").arg(humanTime(at), ended);
}

QJsonValue jsonTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace freshet
