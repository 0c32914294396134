// SPDX-License-Identifier: MIT
// Parse throughput of FeedParser per format over large generated feeds, next to a bare
// QXmlStreamReader scan (QJsonDocument for JSON) of the same bytes and, when Debian's
// python3-feedparser is installed, feedparser on the same file. Prints figures; never fails on time.
#include "feedgenerator.h"

#include "parsing/feedparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <malloc.h>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Resident-set figures from /proc: the peak can be reset, so each run measures its own peak.
qint64 procStatusKb(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeak()
{
    // Hand freed heap back to the system first, or the previous run's memory hides this one's peak.
    malloc_trim(0);
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

struct Run
{
    double seconds = 0;
    qint64 peakExtraKb = -1;
    qsizetype items = 0;
};

/// Best of `repeats` runs (the least disturbed by the other engineers sharing the machine).
Run measure(int repeats, const std::function<qsizetype()> &work)
{
    Run best;
    for (int i = 0; i < repeats; ++i) {
        resetPeak();
        const qint64 before = procStatusKb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        const qsizetype items = work();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const qint64 peak = procStatusKb("VmHWM:");
        if (i == 0 || seconds < best.seconds) {
            best.seconds = seconds;
            best.items = items;
        }
        if (peak >= 0 && before >= 0)
            best.peakExtraKb = qMax(best.peakExtraKb, peak - before);
    }
    return best;
}

qsizetype bareScan(const QByteArray &bytes, bool json)
{
    if (json)
        return QJsonDocument::fromJson(bytes).isNull() ? 0 : 1;
    QXmlStreamReader reader(bytes);
    qsizetype elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    return elements;
}

QString feedparserPython()
{
    // Debian's package lives in the system interpreter, which may not be the first python3 on PATH.
    for (const QString &candidate : {u"/usr/bin/python3"_s, u"python3"_s}) {
        QProcess probe;
        probe.start(candidate, {u"-c"_s, u"import feedparser"_s});
        if (probe.waitForFinished(20000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

/// Seconds feedparser needs for the file (its own timer, so interpreter start-up is excluded).
double runFeedparser(const QString &python, const QString &path, qsizetype &items, qint64 &peakKb)
{
    QProcess process;
    process.start(python, {u"-c"_s,
                           u"import feedparser, resource, sys, time\n"
                           "t = time.perf_counter()\n"
                           "d = feedparser.parse(sys.argv[1])\n"
                           "print(time.perf_counter() - t, len(d.entries), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"_s,
                           path});
    if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0)
        return -1;
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    items = fields.value(1).toLongLong();
    peakKb = fields.value(2).toLongLong();
    return fields.value(0).toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"FeedParser throughput benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"items"_s, u"Items per generated feed (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"repeats"_s, u"Runs per measurement; the best is kept (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"no-feedparser"_s, u"Skip python3-feedparser even when installed."_s});
    parser.process(app);
    const int items = qMax(1, parser.value(u"items"_s).toInt());
    const int repeats = qMax(1, parser.value(u"repeats"_s).toInt());
    const QString python = parser.isSet(u"no-feedparser"_s) ? QString() : feedparserPython();
    QTemporaryDir scratch;

    std::printf("FeedParser benchmark: %d items per feed, best of %d runs\n", items, repeats);
    const char *skipped = parser.isSet(u"no-feedparser"_s) ? "skipped (--no-feedparser)" : "not available (Debian package python3-feedparser)";
    std::printf("feedparser: %s\n\n", python.isEmpty() ? skipped : qPrintable(python));
    std::printf("%-10s %7s | %9s %10s %9s %8s | %9s %7s | %9s %9s %7s\n", "format", "MB", "ours MB/s", "items/s", "peak MB",
                "peak/doc", "scan MB/s", "ours/scan", "fp MB/s", "fp peakMB", "x fp");
    for (const auto kind : {feedgenerator::Kind::Rss, feedgenerator::Kind::Atom, feedgenerator::Kind::Rdf, feedgenerator::Kind::Json}) {
        const QByteArray bytes = feedgenerator::generate(kind, items);
        const double megabytes = double(bytes.size()) / (1024.0 * 1024.0);
        freshet::ParseOptions options;
        options.maxBytes = bytes.size() + 1;
        options.documentUrl = QUrl(u"https://bench.example/feed"_s);
        const Run ours = measure(repeats, [&] {
            const freshet::ParsedFeed feed = freshet::FeedParser::parse(bytes, options);
            return feed.ok() ? feed.items.size() : -1;
        });
        const bool json = kind == feedgenerator::Kind::Json;
        const Run scan = measure(repeats, [&] { return bareScan(bytes, json); });

        QString fpRate = u"-"_s, fpPeak = u"-"_s, fpFactor = u"-"_s;
        if (!python.isEmpty()) {
            const QString path = scratch.filePath(u"feed-%1"_s.arg(int(kind)));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size()) {
                file.close();
                qsizetype fpItems = 0;
                qint64 fpPeakKb = 0;
                const double seconds = runFeedparser(python, path, fpItems, fpPeakKb);
                if (seconds > 0 && fpItems == 0) {
                    fpRate = u"no items"_s; // feedparser does not read this format
                } else if (seconds > 0) {
                    fpRate = QString::number(megabytes / seconds, 'f', 2);
                    fpPeak = QString::number(double(fpPeakKb) / 1024.0, 'f', 0);
                    fpFactor = QString::number(seconds / ours.seconds, 'f', 1);
                }
            }
        }
        std::printf("%-10s %7.1f | %9.1f %10.0f %9.1f %8.2f | %9.1f %7.2fx | %9s %9s %7s\n", feedgenerator::name(kind), megabytes,
                    megabytes / ours.seconds, double(ours.items) / ours.seconds, double(ours.peakExtraKb) / 1024.0,
                    double(ours.peakExtraKb) / 1024.0 / megabytes, megabytes / scan.seconds, ours.seconds / scan.seconds,
                    qPrintable(fpRate), qPrintable(fpPeak), qPrintable(fpFactor));
        if (ours.items != items)
            std::printf("  warning: our parser returned %lld items, expected %d\n", static_cast<long long>(ours.items), items);
        std::fflush(stdout);
    }
    std::printf("\nours/scan: time of our parse over a bare QXmlStreamReader scan (QJsonDocument for JSON) of the same bytes.\n"
                "peak MB: extra resident memory at the peak of one parse; the document itself is held before it starts.\n"
                "x fp: how many times faster than python3-feedparser on the same file.\n");
    return 0;
}
