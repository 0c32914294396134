// SPDX-License-Identifier: MIT
// freshet downloads: the download queue; freshet download ITEM_ID: one enclosure, now, in the
// foreground, resuming whatever .part an earlier attempt (or a killed process) left. Both run
// the actions the window's downloads run.
#include "actionrunner.h"
#include "actions/changedownloadsfolder.h"
#include "actions/controldownload.h"
#include "actions/downloadnow.h"
#include "commandsupport.h"
#include "terminaloutput.h"

#include "downloads/downloadsfolder.h"
#include "downloads/downloadthread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The options that change one download, as the Downloads window's buttons do.
QList<std::pair<QString, actions::DownloadStep>> downloadSteps()
{
    return {{u"pause"_s, actions::DownloadStep::Pause},
            {u"resume"_s, actions::DownloadStep::Resume},
            {u"retry"_s, actions::DownloadStep::Retry},
            {u"cancel"_s, actions::DownloadStep::Cancel}};
}

void declareDownloads(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
    parser.addOption({u"folder"_s, Cli::tr("Put finished downloads in DIR from now on (empty: the default)."), Cli::tr("DIR")});
    parser.addOption({u"pause"_s, Cli::tr("Pause download N (its number in the list); what it got is kept."), Cli::tr("N")});
    parser.addOption({u"resume"_s, Cli::tr("Queue paused download N again."), Cli::tr("N")});
    parser.addOption({u"retry"_s, Cli::tr("Queue failed download N again."), Cli::tr("N")});
    parser.addOption({u"cancel"_s, Cli::tr("Cancel download N and delete its partial file."), Cli::tr("N")});
}

void declareDownload(QCommandLineParser &parser)
{
    parser.addOption(outcomeJsonOption());
}

QString percentText(qint64 done, qint64 total)
{
    return total > 0 ? u"%1%"_s.arg(QLocale().toString(100.0 * double(done) / double(total), 'f', 1)) : u"?"_s;
}

QJsonObject downloadJson(const Download &d)
{
    return QJsonObject{
        {u"id"_s, d.id},
        {u"item"_s, d.itemId},
        {u"title"_s, d.itemTitle},
        {u"feed"_s, d.feedTitle},
        {u"url"_s, d.enclosureUrl},
        {u"state"_s, downloadStateKey(d.state)},
        {u"bytesDone"_s, d.bytesDone},
        {u"totalBytes"_s, d.totalBytes},
        {u"file"_s, d.state == DownloadState::Completed ? d.targetPath : d.partPath},
        {u"error"_s, d.error},
        {u"automatic"_s, d.automatic},
        {u"created"_s, jsonTime(d.createdAt)},
        {u"finished"_s, jsonTime(d.finishedAt)},
    };
}

int runDownloads(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    std::optional<std::pair<QString, actions::DownloadStep>> step;
    for (const auto &[option, meaning] : downloadSteps()) {
        if (!parser.isSet(option))
            continue;
        if (step || parser.isSet(u"folder"_s))
            return reportFailure(context, Cli::tr("Give one of --folder, --pause, --resume, --retry or --cancel at a time."));
        step = {parser.value(option), meaning};
    }
    if (Status exists = context.profile.ensureExists(); !exists)
        return reportFailure(context, exists.error());
    std::unique_ptr<ActionRunner> runner = ActionRunner::openWithDownloadsOrReport(context);
    if (!runner)
        return ExitUsageOrInput;

    if (parser.isSet(u"folder"_s)) {
        const actions::Outcome changed = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
            actions::changeDownloadsFolder(services, context.profile, parser.value(u"folder"_s), waiting, std::move(done));
        });
        return ActionRunner::report(context, changed);
    }
    if (step) {
        bool ok = false;
        const qint64 id = step->first.toLongLong(&ok);
        if (!ok || id <= 0)
            return reportFailure(context, Cli::tr("'%1' is not a download number; 'freshet downloads' lists them.").arg(step->first));
        const actions::Outcome taken = runner->run([&](const actions::ActionServices &services, QObject *waiting, ActionRunner::Done done) {
            actions::controlDownload(services, id, step->second, waiting, std::move(done));
        });
        const int status = ActionRunner::report(context, taken);
        // Queued here, it runs in the process that next works the queue.
        if (taken.succeeded() && !context.json && (step->second == actions::DownloadStep::Resume || step->second == actions::DownloadStep::Retry))
            context.err << Cli::tr("It continues with the next refresh or in the window; 'freshet download ITEM_ID' runs it now.") << Qt::endl;
        return status;
    }

    const actions::DownloadsSnapshot snapshot = runner->ask<actions::DownloadsSnapshot>(
        {}, [](const actions::ActionServices &services, QObject *waiting, std::function<void(const actions::DownloadsSnapshot &)> answer) {
            actions::readDownloads(services, waiting, std::move(answer));
        });
    if (!snapshot.downloads)
        return reportFailure(context, snapshot.downloads.error());
    const QList<Download> &downloads = snapshot.downloads.value();
    if (context.json) {
        QJsonArray array;
        for (const Download &d : downloads)
            array << downloadJson(d);
        printJson(context, QJsonDocument(QJsonObject{{u"folder"_s, downloadsFolder(context.profile)}, {u"downloads"_s, array}}));
        return ExitOk;
    }
    if (downloads.isEmpty())
        context.out << Cli::tr("No downloads. Start one with 'freshet download ITEM_ID'.") << '\n';
    for (const Download &d : downloads) {
        context.out << '#' << d.id << "  " << downloadStateLabel(d.state) << "  " << percentText(d.bytesDone, d.totalBytes) << "  "
                    << QLocale().formattedDataSize(d.bytesDone);
        if (d.totalBytes >= 0)
            context.out << " / " << QLocale().formattedDataSize(d.totalBytes);
        context.out << "  " << d.displayName() << "  (" << Cli::tr("item %1").arg(d.itemId) << ')';
        if (!d.error.isEmpty())
            context.out << "\n    " << d.error;
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

QString timeLeftText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    return Cli::tr("%1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString progressLine(const DownloadProgress &p)
{
    QString line = u"%1  %2"_s.arg(percentText(p.bytesDone, p.totalBytes), QLocale().formattedDataSize(p.bytesDone));
    if (p.totalBytes >= 0)
        line += u" / "_s + QLocale().formattedDataSize(p.totalBytes);
    if (p.bytesPerSecond > 0)
        line += u"  "_s + transferRateText(p.bytesPerSecond);
    if (p.secondsLeft >= 0)
        line += u"  "_s + timeLeftText(p.secondsLeft);
    return line;
}

int runDownload(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    bool ok = false;
    const qint64 itemId = context.arguments.first().toLongLong(&ok);
    if (!ok || itemId <= 0)
        return reportFailure(context, Cli::tr("'%1' is not an item id; 'freshet items' shows them.").arg(context.arguments.first()));
    if (Status exists = context.profile.ensureExists(); !exists)
        return reportFailure(context, exists.error());
    std::unique_ptr<ActionRunner> runner = ActionRunner::openWithDownloadsOrReport(context);
    if (!runner)
        return ExitUsageOrInput;

    // Back to the line's start and clear it: the progress line rewrites itself.
    static constexpr QByteArrayView clearLine("\r\x1b[K");
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDERR_FILENO);
#else
    const bool terminal = false;
#endif
    QElapsedTimer sinceLine;
    sinceLine.start();
    DownloadThread *queue = runner->downloads();
    QObject::connect(queue, &DownloadThread::progressed, queue, [&](const DownloadProgress &p) {
        if (sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        // On a terminal the line rewrites itself; in a log each is kept.
        if (terminal)
            writeTerminalControl(context.err, clearLine);
        context.err << progressLine(p) << (terminal ? QString() : u"\n"_s);
        context.err.flush();
    });
    // An attempt that failed and will be retried says why meanwhile.
    QObject::connect(queue, &DownloadThread::changed, queue, [&](const Download &d) {
        if (d.itemId == itemId && d.state == DownloadState::Queued && !d.error.isEmpty()) {
            if (terminal)
                writeTerminalControl(context.err, clearLine);
            context.err << d.error << '\n';
            context.err.flush();
        }
    });
    const actions::DownloadedNow downloaded = runner->ask<actions::DownloadedNow>(
        {actions::Outcome::failed(actions::Failure::Storage, {}), {}},
        [itemId](const actions::ActionServices &services, QObject *waiting, std::function<void(const actions::DownloadedNow &)> answer) {
            actions::downloadNow(services, itemId, waiting, std::move(answer));
        });
    if (terminal)
        writeTerminalControl(context.err, clearLine);
    // The file's path alone, for scripts: f=$(freshet download 42).
    if (downloaded.outcome.succeeded() && !context.json) {
        context.out << downloaded.file << Qt::endl;
        return ExitOk;
    }
    return ActionRunner::report(context, downloaded.outcome);
}

} // namespace

Command downloadsCommand()
{
    return {"downloads", QT_TRANSLATE_NOOP("freshet::Cli", "List enclosure downloads with their state and progress."), "",
            declareDownloads, runDownloads};
}

Command downloadCommand()
{
    return {"download", QT_TRANSLATE_NOOP("freshet::Cli", "Download an item's enclosure now, resuming a partial download."),
            "ITEM_ID", declareDownload, runDownload};
}

} // namespace freshet
