// SPDX-License-Identifier: MIT
// freshet downloads: the download queue; freshet download ITEM_ID: one enclosure, now, in the
// foreground, resuming whatever .part an earlier attempt (or a killed process) left.
#include "commandsupport.h"
#include "terminaloutput.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadsfolder.h"
#include "storage/storethread.h"

#include <QDir>
#include <QFile>
#include <QEventLoop>
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

void declareDownloads(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
    parser.addOption({u"folder"_s, Cli::tr("Put finished downloads in DIR from now on (empty: the default)."), Cli::tr("DIR")});
}

void declareDownload(QCommandLineParser &) {}

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
    if (Status exists = context.profile.ensureExists(); !exists)
        return reportFailure(context, exists.error());
    if (parser.isSet(u"folder"_s)) {
        if (Status set = setDownloadsFolder(context.profile, parser.value(u"folder"_s)); !set)
            return reportFailure(context, set.error());
        context.out << Cli::tr("Downloads go to %1").arg(QDir::toNativeSeparators(downloadsFolder(context.profile))) << '\n';
        context.out.flush();
        return ExitOk;
    }
    StoreThread store(context.profile.databasePath());
    if (Status started = store.start(); !started)
        return reportFailure(context, started.error());
    DownloadManager manager(&store, downloadsFolder(context.profile));
    if (Status opened = manager.open(); !opened)
        return reportFailure(context, opened.error());
    const Result<QList<Download>> downloads = manager.downloads();
    if (!downloads)
        return reportFailure(context, downloads.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Download &d : downloads.value())
            array << downloadJson(d);
        printJson(context, QJsonDocument(QJsonObject{{u"folder"_s, downloadsFolder(context.profile)}, {u"downloads"_s, array}}));
        return ExitOk;
    }
    if (downloads.value().isEmpty())
        context.out << Cli::tr("No downloads. Start one with 'freshet download ITEM_ID'.") << '\n';
    for (const Download &d : downloads.value()) {
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

    StoreThread store(context.profile.databasePath());
    if (Status started = store.start(); !started)
        return reportFailure(context, started.error());
    DownloadManager manager(&store, downloadsFolder(context.profile));
    if (Status opened = manager.open(); !opened)
        return reportFailure(context, opened.error());
    const Result<Download> queued = manager.queueItem(itemId);
    if (!queued)
        return reportFailure(context, queued.error());
    const qint64 id = queued.value().id;
    if (queued.value().state == DownloadState::Completed) {
        context.out << queued.value().targetPath << '\n';
        context.out.flush();
        return ExitOk;
    }
    // Asked for by name, so it runs whatever network this is.
    manager.setOnly(id);
    if (Status resumed = manager.resume(id); !resumed)
        return reportFailure(context, resumed.error());

    // Back to the line's start and clear it: the progress line rewrites itself.
    static constexpr QByteArrayView clearLine("\r\x1b[K");
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDERR_FILENO);
#else
    const bool terminal = false;
#endif
    QElapsedTimer sinceLine;
    sinceLine.start();
    QObject::connect(&manager, &DownloadManager::progressed, &manager, [&](const DownloadProgress &p) {
        if (sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        QString line = u"%1  %2"_s.arg(percentText(p.bytesDone, p.totalBytes), QLocale().formattedDataSize(p.bytesDone));
        if (p.totalBytes >= 0)
            line += u" / "_s + QLocale().formattedDataSize(p.totalBytes);
        if (p.bytesPerSecond > 0)
            line += u"  "_s + transferRateText(p.bytesPerSecond);
        if (p.secondsLeft >= 0)
            line += u"  "_s + timeLeftText(p.secondsLeft);
        // On a terminal the line rewrites itself; in a log each is kept.
        if (terminal)
            writeTerminalControl(context.err, clearLine);
        context.err << line << (terminal ? QString() : u"\n"_s);
        context.err.flush();
    });
    QObject::connect(&manager, &DownloadManager::changed, &manager, [&](const Download &d) {
        if (d.id == id && d.state == DownloadState::Queued && !d.error.isEmpty()) {
            if (terminal)
                writeTerminalControl(context.err, clearLine);
            context.err << d.error << '\n';
            context.err.flush();
        }
    });
    QEventLoop loop;
    QObject::connect(&manager, &DownloadManager::idle, &loop, &QEventLoop::quit);
    manager.schedule();
    if (!manager.isIdle())
        loop.exec();
    if (terminal)
        writeTerminalControl(context.err, clearLine);

    const Result<std::optional<Download>> finished = manager.download(id);
    if (!finished || !finished.value())
        return reportFailure(context, finished.error());
    const Download &d = *finished.value();
    if (d.state == DownloadState::Completed) {
        context.out << d.targetPath << '\n';
        context.out.flush();
        return ExitOk;
    }
    if (manager.isBusyElsewhere(id))
        reportFailure(context, Cli::tr("Another Freshet process is downloading this file; try again when it is done."));
    else if (QFile::exists(d.partPath))
        reportFailure(context, Cli::tr("The download stopped: %1 The partial file %2 was kept; run the same command to resume.")
                                   .arg(d.error, QDir::toNativeSeparators(d.partPath)));
    else
        reportFailure(context, d.error);
    return ExitFetchFailed;
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
