// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"
#include "storage/feedstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

namespace freshet {

/// The store of the command's profile, opened on the command's own thread (no GUI there), or
/// the reason it cannot be opened, already printed.
std::unique_ptr<FeedStore> openStoreOrReport(CommandContext &context);

/// One line on stderr, prefixed like every other Freshet message; returns ExitUsageOrInput.
int reportFailure(CommandContext &context, const QString &message);

/// Rejects positional arguments beyond what a command takes.
bool checkArgumentCount(CommandContext &context, qsizetype minimum, qsizetype maximum);

void printJson(CommandContext &context, const QJsonDocument &document);

/// The subscribed feed at this address, as typed or as `add` would have normalised it, whichever
/// account holds it (local or synced); with `accountName`, that account's feed only. Every command
/// taking a feed address finds it here. Reports and returns nothing when no account holds it, or
/// when several do and none was named (the sentence lists them and asks for --account).
std::optional<Feed> findFeedOrReport(CommandContext &context, FeedStore &store, const QString &address, const QString &accountName = {});

/// The --account option of the commands that take a feed address.
QCommandLineOption feedAccountOption();
/// --json of a command that runs an action: its outcome, as JSON (ActionRunner::report).
QCommandLineOption outcomeJsonOption();

/// The most rows --limit may ask for: far more than a terminal shows, far less than overflows.
inline constexpr int maximumListLimit = 1'000'000;

/// A whole number from an option such as --limit, from minimum to maximum; reports one sentence
/// and returns nothing otherwise. Every numeric option of every command is read here or by
/// numberOptionOrReport, so none can let NaN, an infinity or an absurd value through.
[[nodiscard]] std::optional<int> wholeNumberOptionOrReport(CommandContext &context, const QCommandLineParser &parser,
                                                           const QString &name, int minimum, int maximum);

/// A number that may have a fraction (--deadline 1.5), finite and from minimum to maximum;
/// reports one sentence and returns nothing otherwise.
[[nodiscard]] std::optional<double> numberOptionOrReport(CommandContext &context, const QCommandLineParser &parser,
                                                         const QString &name, double minimum, double maximum);

/// on/yes/true or off/no/false, as the on|off options and arguments take them.
std::optional<bool> onOff(const QString &value);

/// Local time for people, or "never".
QString humanTime(const QDateTime &time);
/// An account's last sync for a person: "never", or its time and how it ended ("no new data").
QString lastSyncText(const QDateTime &at, const QString &resultName);
/// UTC, "YYYY-MM-DDTHH:MM:SSZ", for JSON; null when unknown.
QJsonValue jsonTime(const QDateTime &time);

/// The translation context of everything the commands print.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(freshet::Cli)
};

} // namespace freshet
