// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundfetch.h"
#include "background/refreshfollowup.h"
#include "fetchrun.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace freshet {

class Profile;

/// What a headless `freshet fetch --background` or `freshet notify` asks the running window
/// of the same profile, one JSON object per line over a QLocalSocket; and what a command that
/// changed the profile (`freshet add`, `mark`, `rename`…) tells it, so it shows the change.
struct InstanceRequest
{
    enum class Kind { Fetch, Activate, StoreChanged };
    Kind kind = Kind::Fetch;
    FetchTrigger trigger = FetchTrigger::Os;
    std::chrono::milliseconds budget = BackgroundFetch::defaultBudget;
    FetchScope scope;
};

QJsonObject instanceRequestToJson(const InstanceRequest &request);
std::optional<InstanceRequest> instanceRequestFromJson(const QJsonObject &object);

/// The summary as `freshet fetch --json` prints it and as the window replies with it.
QJsonObject fetchSummaryToJson(const FetchRunSummary &summary);
std::optional<FetchRunSummary> fetchSummaryFromJson(const QJsonObject &object);
/// The reply also carries what the window did with the rest of the budget (downloads); these
/// keys sit beside the summary's.
void insertFollowUpReport(QJsonObject &object, const FollowUpReport &report);
FollowUpReport followUpReportFromJson(const QJsonObject &object);

/// The local socket name of the window running on this profile: one per profile folder, so
/// two people (or two profiles) never reach each other's window.
QString instanceServerName(const Profile &profile);

} // namespace freshet
