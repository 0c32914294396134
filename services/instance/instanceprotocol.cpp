// SPDX-License-Identifier: MIT
#include "instanceprotocol.h"

#include "profile/profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
const QString fetchKind = u"fetch"_s;
const QString activateKind = u"activate"_s;
const QString storeChangedKind = u"storeChanged"_s;

bool parseResult(const QString &name, FetchResult *result)
{
    for (FetchResult candidate : {FetchResult::NewData, FetchResult::NoData, FetchResult::Failed}) {
        if (fetchResultName(candidate) == name) {
            *result = candidate;
            return true;
        }
    }
    return false;
}
} // namespace

QJsonObject instanceRequestToJson(const InstanceRequest &request)
{
    if (request.kind == InstanceRequest::Kind::Activate)
        return {{u"request"_s, activateKind}};
    if (request.kind == InstanceRequest::Kind::StoreChanged)
        return {{u"request"_s, storeChangedKind}};
    return {
        {u"request"_s, fetchKind},
        {u"trigger"_s, fetchTriggerName(request.trigger)},
        {u"budgetMs"_s, qint64(request.budget.count())},
        {u"all"_s, request.scope.all},
        {u"feeds"_s, QJsonArray::fromStringList(request.scope.feedUrls)},
        {u"accountsOfFeeds"_s, QJsonArray::fromStringList(request.scope.accountsOfNamedFeeds)},
        {u"localFeeds"_s, request.scope.localFeeds},
        {u"account"_s, request.scope.accountName},
    };
}

std::optional<InstanceRequest> instanceRequestFromJson(const QJsonObject &object)
{
    InstanceRequest request;
    const QString kind = object.value(u"request"_s).toString();
    if (kind == activateKind) {
        request.kind = InstanceRequest::Kind::Activate;
        return request;
    }
    if (kind == storeChangedKind) {
        request.kind = InstanceRequest::Kind::StoreChanged;
        return request;
    }
    if (kind != fetchKind || !parseFetchTrigger(object.value(u"trigger"_s).toString(), &request.trigger))
        return std::nullopt;
    const qint64 budgetMs = object.value(u"budgetMs"_s).toInteger(-1);
    // The same bounds `freshet fetch --deadline` accepts: a peer cannot park the window forever.
    if (budgetMs <= 0 || budgetMs > 24 * 3600 * 1000)
        return std::nullopt;
    request.budget = std::chrono::milliseconds(budgetMs);
    request.scope.all = object.value(u"all"_s).toBool();
    request.scope.localFeeds = object.value(u"localFeeds"_s).toBool(true);
    request.scope.accountName = object.value(u"account"_s).toString();
    for (const QJsonValue &feed : object.value(u"feeds"_s).toArray())
        request.scope.feedUrls << feed.toString();
    for (const QJsonValue &account : object.value(u"accountsOfFeeds"_s).toArray())
        request.scope.accountsOfNamedFeeds << account.toString();
    return request;
}

QJsonObject fetchSummaryToJson(const FetchRunSummary &summary)
{
    QJsonObject object{
        {u"result"_s, fetchResultName(summary.result)},
        {u"trigger"_s, fetchTriggerName(summary.trigger)},
        {u"attempted"_s, summary.attempted},
        {u"updated"_s, summary.updated},
        {u"notModified"_s, summary.notModified},
        {u"failed"_s, summary.failed},
        {u"skipped"_s, summary.skipped},
        {u"rateLimited"_s, summary.rateLimited},
        {u"newItems"_s, summary.newItems},
        {u"updatedItems"_s, summary.updatedItems},
        {u"bytes"_s, summary.bytes},
        {u"elapsedMs"_s, summary.elapsedMs},
        {u"storeTransactions"_s, summary.storeTransactions},
        {u"deadlineHit"_s, summary.deadlineHit},
        {u"pendingChanges"_s, summary.pendingChanges},
    };
    if (!summary.error.isEmpty())
        object.insert(u"error"_s, summary.error);
    if (!summary.loginNeeded.isEmpty())
        object.insert(u"loginNeeded"_s, QJsonArray::fromStringList(summary.loginNeeded));
    return object;
}

std::optional<FetchRunSummary> fetchSummaryFromJson(const QJsonObject &object)
{
    FetchRunSummary summary;
    if (!parseResult(object.value(u"result"_s).toString(), &summary.result))
        return std::nullopt;
    parseFetchTrigger(object.value(u"trigger"_s).toString(), &summary.trigger);
    summary.attempted = object.value(u"attempted"_s).toInt();
    summary.updated = object.value(u"updated"_s).toInt();
    summary.notModified = object.value(u"notModified"_s).toInt();
    summary.failed = object.value(u"failed"_s).toInt();
    summary.skipped = object.value(u"skipped"_s).toInt();
    summary.rateLimited = object.value(u"rateLimited"_s).toInt();
    summary.newItems = object.value(u"newItems"_s).toInt();
    summary.updatedItems = object.value(u"updatedItems"_s).toInt();
    summary.bytes = object.value(u"bytes"_s).toInteger();
    summary.elapsedMs = object.value(u"elapsedMs"_s).toInteger();
    summary.storeTransactions = object.value(u"storeTransactions"_s).toInt();
    summary.deadlineHit = object.value(u"deadlineHit"_s).toBool();
    summary.pendingChanges = object.value(u"pendingChanges"_s).toInt();
    summary.error = object.value(u"error"_s).toString();
    for (const QJsonValue &name : object.value(u"loginNeeded"_s).toArray())
        summary.loginNeeded << name.toString();
    return summary;
}

void insertFollowUpReport(QJsonObject &object, const FollowUpReport &report)
{
    object.insert(u"downloadsCompleted"_s, report.downloadsCompleted);
    object.insert(u"downloadsLeft"_s, report.downloadsLeft);
}

FollowUpReport followUpReportFromJson(const QJsonObject &object)
{
    return {object.value(u"downloadsCompleted"_s).toInt(), object.value(u"downloadsLeft"_s).toInt()};
}

QString instanceServerName(const Profile &profile)
{
    const QString folder = QFileInfo(profile.dataDir()).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(QDir::cleanPath(folder).toUtf8(), QCryptographicHash::Sha256);
    // Short enough for the 108-byte limit of a Unix socket path under any temp folder.
    return u"freshet-"_s + QString::fromLatin1(digest.toHex().left(20));
}

} // namespace freshet
