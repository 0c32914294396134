// SPDX-License-Identifier: MIT
// freshet repair: checks the database and, when it is damaged, keeps a copy and rebuilds what
// can still be read.
#include "background/runlock.h"
#include "commandsupport.h"
#include "instance/instanceclient.h"
#include "instance/instanceprotocol.h"
#include "storage/databaserepair.h"

#include <QDir>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareRepair(QCommandLineParser &) {}

/// "items: 1,234 rows kept, 56 lost" in the person's locale.
QString tableLine(const SalvagedTable &table)
{
    const QString lost = table.lost < 0 ? Cli::tr("an unknown number lost") : Cli::tr("%1 lost").arg(QLocale().toString(table.lost));
    return Cli::tr("%1: %Ln row(s) kept, %2", nullptr, int(table.kept)).arg(table.name, lost);
}

int runRepair(CommandContext &context, const QCommandLineParser &)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    // The file is replaced: nobody may have it open.
    if (InstanceClient::isRunning(instanceServerName(context.profile)))
        return reportFailure(context, Cli::tr("A Freshet window is open on this profile; close it, then run “freshet repair” again."));
    RunLock lock(context.profile.fetchLockPath());
    if (!lock.tryAcquire()) {
        return reportFailure(context, lock.failure().isEmpty()
                                          ? Cli::tr("%1 is refreshing this profile; run “freshet repair” again when it ends.").arg(lock.holderDescription())
                                          : lock.failure());
    }
    const Result<RepairReport> repaired = repairDatabase(context.profile.databasePath());
    lock.release();
    if (!repaired)
        return reportFailure(context, repaired.error());
    const RepairReport &report = repaired.value();
    if (report.wasSound) {
        context.out << Cli::tr("The database is sound: nothing was changed.") << Qt::endl;
        return ExitOk;
    }
    context.out << Cli::tr("The database was damaged:") << '\n';
    for (const QString &problem : report.problems)
        context.out << "  " << problem << '\n';
    context.out << Cli::tr("The damaged file is kept as %1.").arg(QDir::toNativeSeparators(report.damagedCopy)) << '\n'
                << Cli::tr("Rebuilt from what could be read:") << '\n';
    qint64 lostRows = 0;
    for (const SalvagedTable &table : report.tables) {
        if (table.kept == 0 && table.lost == 0)
            continue;
        context.out << "  " << tableLine(table) << '\n';
        lostRows += std::max<qint64>(table.lost, 0);
    }
    if (lostRows > 0)
        context.out << Cli::tr("Items lost that their feeds still list come back at the next fetch.") << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace

Command repairCommand()
{
    return {"repair",
            QT_TRANSLATE_NOOP("freshet::Cli", "Check the database and, if it is damaged, keep a copy of it and rebuild "
                                              "what can still be read."),
            "", declareRepair, runRepair};
}

} // namespace freshet
