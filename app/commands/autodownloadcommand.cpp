// SPDX-License-Identifier: MIT
// freshet auto-download: a feed's "download new enclosures automatically", its size limit and
// "only on unmetered networks"; the same setting as the window's Automatic Downloads… dialog.
#include "actionrunner.h"
#include "actions/feeddownloadsettings.h"
#include "commandsupport.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareAutoDownload(QCommandLineParser &parser)
{
    parser.addOption({u"max-size"_s, Cli::tr("Skip enclosures larger than SIZE (500M, 2G, 700K or bytes); none: no limit."), Cli::tr("SIZE")});
    parser.addOption({u"unmetered-only"_s, Cli::tr("Download only on networks that are not metered: on or off."), Cli::tr("on|off")});
    parser.addOption({u"json"_s, Cli::tr("Print the setting as JSON.")});
    parser.addOption(feedAccountOption());
}

/// Bytes, or -1 for "none"; nothing when the text is not a size. K, M, G and T count in 1024s,
/// as the dialog's megabytes do.
std::optional<qint64> parseMaxSize(const QString &text)
{
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        return -1;
    static const QRegularExpression size(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = size.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * int(u"kmgt"_s.indexOf(unit) + 1);
    const double bytes = match.captured(1).toDouble() * double(qint64(1) << shift);
    if (bytes < 1 || bytes > double(qint64(1) << 50))
        return std::nullopt;
    return qint64(bytes);
}

int runAutoDownload(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 1, 2))
        return ExitUsageOrInput;
    std::optional<bool> automatic;
    if (context.arguments.size() == 2) {
        automatic = onOff(context.arguments.at(1));
        if (!automatic)
            return reportFailure(context, Cli::tr("'%1' is neither on nor off.").arg(context.arguments.at(1)));
    }
    std::optional<qint64> maxBytes;
    if (parser.isSet(u"max-size"_s)) {
        maxBytes = parseMaxSize(parser.value(u"max-size"_s));
        if (!maxBytes)
            return reportFailure(context,
                                 Cli::tr("--max-size takes a size such as 500M, 2G or 700K, or none; not '%1'.").arg(parser.value(u"max-size"_s)));
    }
    std::optional<bool> unmeteredOnly;
    if (parser.isSet(u"unmetered-only"_s)) {
        unmeteredOnly = onOff(parser.value(u"unmetered-only"_s));
        if (!unmeteredOnly)
            return reportFailure(context, Cli::tr("--unmetered-only takes on or off."));
    }

    std::optional<Feed> feed;
    {
        // Closed before the actions start: their store thread is the one writer.
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        feed = findFeedOrReport(context, *store, context.arguments.constFirst(), parser.value(u"account"_s));
        if (!feed)
            return ExitUsageOrInput;
    }
    std::unique_ptr<ActionRunner> runner = ActionRunner::openWithDownloadsOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    using Answer = Result<FeedDownloadSettings>;
    const Answer current = runner->ask<Answer>(Answer::failure({}), [&](const actions::ActionServices &services, QObject *waiting,
                                                                        std::function<void(const Answer &)> answer) {
        actions::readFeedDownloadSettings(services, feed->id, waiting, std::move(answer));
    });
    if (!current)
        return reportFailure(context, current.error());
    FeedDownloadSettings settings = current.value();
    if (automatic || maxBytes || unmeteredOnly) {
        settings.automatic = automatic.value_or(settings.automatic);
        settings.maxBytes = maxBytes.value_or(settings.maxBytes);
        settings.unmeteredOnly = unmeteredOnly.value_or(settings.unmeteredOnly);
        const actions::Outcome saved = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
            actions::saveFeedDownloadSettings(services, feed->id, settings, waiting, std::move(done));
        });
        if (!saved.succeeded())
            return ActionRunner::report(context, saved);
    }

    if (parser.isSet(u"json"_s)) {
        printJson(context, QJsonDocument(QJsonObject{
                               {u"feed"_s, feed->url},
                               {u"automatic"_s, settings.automatic},
                               {u"maxBytes"_s, settings.maxBytes >= 0 ? QJsonValue(settings.maxBytes) : QJsonValue()},
                               {u"unmeteredOnly"_s, settings.unmeteredOnly},
                           }));
        return ExitOk;
    }
    context.out << Cli::tr("Automatic downloads for %1: %2").arg(feed->url, settings.automatic ? Cli::tr("on") : Cli::tr("off")) << '\n'
                << Cli::tr("Size limit: %1").arg(settings.maxBytes >= 0 ? QLocale().formattedDataSize(settings.maxBytes) : Cli::tr("none"))
                << '\n'
                << Cli::tr("Only on unmetered networks: %1").arg(settings.unmeteredOnly ? Cli::tr("on") : Cli::tr("off")) << '\n';
    if (automatic == true && !current.value().automatic)
        context.out << Cli::tr("Enclosures of items that arrive from now on are downloaded after each refresh.") << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace

Command autoDownloadCommand()
{
    return {"auto-download", QT_TRANSLATE_NOOP("freshet::Cli", "Show or change whether a feed's new enclosures download automatically."),
            "FEED_URL [on|off]", declareAutoDownload, runAutoDownload};
}

} // namespace freshet
