// SPDX-License-Identifier: MIT
// freshet import, export: moving subscriptions in and out as OPML.
#include "commandsupport.h"
#include "opml/opmlfile.h"
#include "opml/opmlimport.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareImport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("An OPML file exported by a feed reader (\"-\" for standard input)."));
}

int runImport(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    const QString path = context.arguments.constFirst();
    const Result<QByteArray> bytes = readOpmlFile(path);
    if (!bytes)
        return reportFailure(context, bytes.error());
    Result<OpmlDocument> document = readOpml(bytes.value());
    if (!document)
        return reportFailure(context, Cli::tr("%1: %2").arg(path, document.error()));

    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    Result<OpmlImport> imported = importSubscriptions(*store, document.value());
    if (!imported)
        return reportFailure(context, Cli::tr("Nothing was imported: %1").arg(imported.error()));
    const QStringList &problems = imported.value().problems;
    for (const QString &problem : problems)
        context.err << "freshet: " << Cli::tr("skipped: %1").arg(problem) << '\n';
    context.err.flush();
    context.out << Cli::tr("Imported %n feed(s)", nullptr, imported.value().added) << "; "
                << Cli::tr("%n already subscribed", nullptr, imported.value().alreadySubscribed) << "; "
                << Cli::tr("%n skipped", nullptr, int(problems.size())) << '.' << Qt::endl;
    return ExitOk;
}

void declareExport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("Where to write the OPML file (\"-\" for standard output)."));
}

int runExport(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 1, 1))
        return ExitUsageOrInput;
    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    Result<QList<Feed>> feeds = store->feeds();
    if (!feeds)
        return reportFailure(context, feeds.error());
    const OpmlDocument document = subscriptionsDocument(feeds.value(), Cli::tr("Freshet subscriptions"));
    const QByteArray bytes = writeOpml(document);

    const QString path = context.arguments.constFirst();
    if (path == u"-"_s) {
        context.out << QString::fromUtf8(bytes);
        context.out.flush();
        if (context.out.status() != QTextStream::Ok)
            return reportFailure(context, Cli::tr("Cannot write the OPML to standard output."));
        return ExitOk;
    }
    if (const Status written = writeOpmlFile(path, bytes); !written)
        return reportFailure(context, written.error());
    context.out << Cli::tr("Exported %n feed(s) to %1", nullptr, int(document.feeds.size())).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace

Command importCommand()
{
    return {"import", QT_TRANSLATE_NOOP("freshet::Cli", "Subscribe to the feeds of an OPML file, keeping its folders."), "FILE.opml",
            declareImport, runImport};
}

Command exportCommand()
{
    return {"export", QT_TRANSLATE_NOOP("freshet::Cli", "Write the subscriptions to an OPML file, with folders."), "FILE.opml",
            declareExport, runExport};
}

} // namespace freshet
