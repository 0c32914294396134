// freshet fetch: one background fetch, exactly as the OS scheduler would run it.
#include "background/backgroundfetch.h"
#include "commandsupport.h"
#include "storage/storethread.h"

#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareFetch(QCommandLineParser &parser)
{
    parser.addOption({u"all"_s, Cli::tr("Fetch every feed, not only the ones that are due.")});
    parser.addOption({u"deadline"_s, Cli::tr("The time budget in seconds (default 30, as the OS gives)."), Cli::tr("SECONDS"),
                      u"30"_s});
    parser.addOption({u"json"_s, Cli::tr("Print the summary as JSON.")});
    // The defaults are the manners owed to publishers; benchmarks against one loopback host
    // (and people with their own servers) may need to match another client's concurrency.
    const FetchService::Limits defaults;
    parser.addOption({u"concurrency"_s, Cli::tr("At most N requests at once (default %1).").arg(defaults.maxConcurrent),
                      Cli::tr("N"), QString::number(defaults.maxConcurrent)});
    parser.addOption({u"per-host"_s, Cli::tr("At most N requests at once to one host (default %1).").arg(defaults.maxPerHost),
                      Cli::tr("N"), QString::number(defaults.maxPerHost)});
}

/// A request count between 1 and 256, or nothing when the option's value is not one.
std::optional<int> requestCount(const QCommandLineParser &parser, const QString &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > 256)
        return std::nullopt;
    return value;
}

QJsonObject summaryJson(const FetchRunSummary &summary)
{
    return QJsonObject{
        {u"result"_s, fetchResultName(summary.result)},
        {u"attempted"_s, summary.attempted},
        {u"updated"_s, summary.updated},
        {u"notModified"_s, summary.notModified},
        {u"failed"_s, summary.failed},
        {u"skipped"_s, summary.skipped},
        {u"newItems"_s, summary.newItems},
        {u"updatedItems"_s, summary.updatedItems},
        {u"bytes"_s, summary.bytes},
        {u"elapsedMs"_s, summary.elapsedMs},
        {u"deadlineHit"_s, summary.deadlineHit},
    };
}

int runFetch(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    bool ok = false;
    const double seconds = parser.value(u"deadline"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600)
        return reportFailure(context, Cli::tr("--deadline takes a number of seconds between 0 and 86400."));

    FetchService::Limits limits;
    const std::optional<int> concurrency = requestCount(parser, u"concurrency"_s);
    const std::optional<int> perHost = requestCount(parser, u"per-host"_s);
    if (!concurrency || !perHost)
        return reportFailure(context, Cli::tr("--concurrency and --per-host take a number of requests between 1 and 256."));
    limits.maxConcurrent = *concurrency;
    limits.maxPerHost = *perHost;

    StoreThread store(context.profile.databasePath());
    if (Status started = store.start(); !started)
        return reportFailure(context, started.error());
    BackgroundFetch fetch(&store, limits);
    FetchRunSummary summary;
    QObject::connect(&fetch, &BackgroundFetch::completed, &fetch, [&summary](const FetchRunSummary &result) {
        summary = result;
        QCoreApplication::quit();
    });
    FetchScope scope;
    scope.all = parser.isSet(u"all"_s);
    const auto budget = std::chrono::milliseconds(qint64(seconds * 1000));
    QTimer::singleShot(0, &fetch, [&fetch, &scope, budget] { fetch.perform(FetchTrigger::Cli, budget, scope); });
    QCoreApplication::exec();

    if (parser.isSet(u"json"_s)) {
        printJson(context, QJsonDocument(summaryJson(summary)));
    } else {
        const QLocale locale;
        context.out << Cli::tr("Result: %1").arg(fetchResultName(summary.result)) << '\n'
                    << Cli::tr("Feeds attempted: %1, updated: %2, not modified: %3, failed: %4, skipped: %5")
                           .arg(summary.attempted).arg(summary.updated).arg(summary.notModified).arg(summary.failed).arg(summary.skipped)
                    << '\n'
                    << Cli::tr("New items: %1, updated items: %2").arg(summary.newItems).arg(summary.updatedItems) << '\n'
                    << Cli::tr("Received %1 in %2 ms").arg(locale.formattedDataSize(summary.bytes)).arg(summary.elapsedMs);
        if (summary.deadlineHit)
            context.out << '\n' << Cli::tr("The deadline was reached; unfinished feeds will be fetched next time.");
        context.out << Qt::endl;
    }
    return summary.result == FetchResult::Failed ? ExitFetchFailed : ExitOk;
}

} // namespace

Command fetchCommand()
{
    return {"fetch", QT_TRANSLATE_NOOP("freshet::Cli", "Run one background fetch of the due feeds, within a deadline."), "",
            declareFetch, runFetch};
}

} // namespace freshet
