#include "commandsupport.h"

#include "network/feedurl.h"

#include <QJsonValue>

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
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    context.out.flush();
}

std::optional<Feed> findFeedOrReport(CommandContext &context, FeedStore &store, const QString &address)
{
    Result<std::optional<Feed>> feed = store.feedByUrl(address);
    if (feed && !feed.value()) {
        if (Result<QUrl> normalised = validateFeedUrl(address); normalised)
            feed = store.feedByUrl(normalised.value().toString(QUrl::FullyEncoded));
    }
    if (!feed) {
        reportFailure(context, feed.error());
        return std::nullopt;
    }
    if (!feed.value())
        reportFailure(context, Cli::tr("Not subscribed to %1. 'freshet list' shows the feeds.").arg(address));
    return feed.value();
}

std::optional<bool> onOff(const QString &value)
{
    if (value == u"on"_s || value == u"yes"_s || value == u"true"_s)
        return true;
    if (value == u"off"_s || value == u"no"_s || value == u"false"_s)
        return false;
    return std::nullopt;
}

std::optional<int> positiveOptionOrReport(CommandContext &context, const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0) {
        reportFailure(context, Cli::tr("--%1 takes a positive whole number.").arg(name));
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

QJsonValue jsonTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

} // namespace freshet
