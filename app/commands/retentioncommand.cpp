// SPDX-License-Identifier: MIT
// freshet retention: how long read items are kept, the setting Settings > Keep read items
// changes, and removing what it no longer keeps at once instead of after the next refresh.
#include "background/readretention.h"
#include "commandsupport.h"
#include "storage/feedstore.h"

#include <QJsonObject>
#include <QLocale>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareRetention(QCommandLineParser &parser)
{
    parser.addOption({u"keep-read"_s, Cli::tr("Keep read items this many days (30 or 30d), or forever."), Cli::tr("DAYS")});
    parser.addOption({u"now"_s, Cli::tr("Remove the read items the setting no longer keeps now, not after the next refresh.")});
    parser.addOption({u"json"_s, Cli::tr("Print the setting and what was removed as JSON.")});
}

/// 0 for ever; nullopt for anything else than a count of days up to ten years or "forever".
std::optional<int> parseKeepDays(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"forever"_s || value == u"never"_s)
        return 0;
    bool ok = false;
    const int days = (value.endsWith(u'd') ? value.chopped(1) : value).toInt(&ok);
    if (!ok || days < 0 || days > 3650)
        return std::nullopt;
    return days;
}

QString describeKeeping(int days)
{
    return days == 0 ? Cli::tr("Read items are kept for ever.") : Cli::tr("Read items are kept for %n day(s).", nullptr, days);
}

int runRetention(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    if (Status exists = context.profile.ensureExists(); !exists)
        return reportFailure(context, exists.error());
    QSettings settings(context.profile.settingsPath(), QSettings::IniFormat);
    if (parser.isSet(u"keep-read"_s)) {
        const std::optional<int> days = parseKeepDays(parser.value(u"keep-read"_s));
        if (!days)
            return reportFailure(context, Cli::tr("--keep-read takes a number of days up to 3650 (30 or 30d), or forever."));
        saveReadRetentionDays(settings, *days);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return reportFailure(context, Cli::tr("Cannot write %1.").arg(context.profile.settingsPath()));
    }
    const int days = loadReadRetentionDays(settings);

    ItemRecords::Pruned removed;
    if (parser.isSet(u"now"_s) && days > 0) {
        std::unique_ptr<FeedStore> store = openStoreOrReport(context);
        if (!store)
            return ExitUsageOrInput;
        const Result<ItemRecords::Pruned> pruned = store->pruneReadItems(QDateTime::currentDateTimeUtc().addDays(-days));
        if (!pruned)
            return reportFailure(context, pruned.error());
        removed = pruned.value();
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject answer{{u"keepReadDays"_s, days}};
        if (parser.isSet(u"now"_s)) {
            answer.insert(u"removedItems"_s, removed.items);
            answer.insert(u"freedBytes"_s, removed.bytes);
        }
        printJson(context, QJsonDocument(answer));
        return ExitOk;
    }
    context.out << describeKeeping(days) << '\n';
    if (days > 0) {
        // What the count leaves out, so that nobody looks for a starred item in vain.
        context.out << Cli::tr("Never removed: unread and starred items, items with a download, and a sync account's "
                               "(its server keeps its own).")
                    << '\n';
    }
    if (parser.isSet(u"now"_s)) {
        if (days == 0)
            context.out << Cli::tr("Nothing to remove: every read item is kept.") << '\n';
        else
            context.out << Cli::tr("Removed %n read item(s) older than %1; %2 freed.", nullptr, removed.items)
                               .arg(QLocale().toString(QDate::currentDate().addDays(-days), QLocale::ShortFormat),
                                    QLocale().formattedDataSize(removed.bytes))
                        << '\n';
    } else if (days > 0) {
        context.out << Cli::tr("They are removed after each refresh; --now removes them at once.") << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command retentionCommand()
{
    return {"retention", QT_TRANSLATE_NOOP("freshet::Cli", "Show or change how long read items are kept, or apply it now."), "",
            declareRetention, runRetention};
}

} // namespace freshet
