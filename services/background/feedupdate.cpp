// SPDX-License-Identifier: MIT
#include "feedupdate.h"

#include "background/documentfingerprint.h"
#include "background/refreshpolicy.h"
#include "diagnostics/logcategories.h"
#include "parsing/feedparser.h"
#include "parsing/syndicationperiod.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class FeedUpdateMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedUpdateMessages)
};

namespace {

QByteArray charsetOf(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith("charset="))
            return trimmed.mid(8).trimmed().replace('"', "");
    }
    return {};
}

/// A fresh document's own hints replace the stored ones: they are what the next fetch obeys.
void takeDocumentHints(RefreshSignals &hints, const ParsedFeed &parsed)
{
    hints.ttlMinutes = parsed.ttlMinutes;
    hints.updatePeriodSeconds = updatePeriodSeconds(parsed.updatePeriod, parsed.updateFrequency);
    hints.skipHours = parsed.skipHours;
    hints.skipDays = parsed.skipDays;
    QList<QDateTime> dates;
    for (const ParsedItem &item : parsed.items) {
        const QDateTime date = item.published.isValid() ? item.published : item.updated;
        if (date.isValid())
            dates << date;
    }
    std::sort(dates.begin(), dates.end(), std::greater<>());
    dates = dates.mid(0, 10);
    if (dates.size() >= 3 && dates.constLast() < dates.constFirst())
        hints.postingIntervalSeconds = dates.constLast().secsTo(dates.constFirst()) / (dates.size() - 1);
}

/// What decides the feed's next fetch, as far as the response and the document tell.
RefreshSignals hintsFrom(const FeedResponse &response, const QDateTime &now, bool failed, int consecutiveErrors, double jitterUnit,
                         const ParsedFeed *parsed)
{
    RefreshSignals hints;
    hints.now = now;
    hints.failed = failed;
    hints.consecutiveErrors = consecutiveErrors;
    hints.jitterUnit = jitterUnit;
    hints.retryAfter = response.retryAfter;
    hints.maxAgeSeconds = response.maxAgeSeconds;
    hints.expires = response.expires;
    if (parsed)
        takeDocumentHints(hints, *parsed);
    return hints;
}

/// The fetch log is what a person reads later to see why; the run itself stands without it,
/// so a line it cannot keep is said on the terminal instead of failing the feed.
void logOutcome(FeedStore &store, qint64 runId, const FeedOutcomeRecord &record)
{
    if (Status logged = store.addOutcome(runId, record); !logged)
        qCWarning(lcStore).noquote() << "the fetch log could not record" << redactedUrl(QUrl(record.feedUrl)) << logged.error();
}

/// What the feed's row says fills in what the document did not (and all of it without one).
void addStoredHints(const FeedRefreshHints &stored, bool haveDocument, RefreshSignals &hints)
{
    if (!haveDocument) {
        hints.ttlMinutes = stored.ttlMinutes;
        hints.updatePeriodSeconds = stored.updatePeriodSeconds;
        hints.skipHours = stored.skipHours;
        hints.skipDays = stored.skipDays;
    }
    if (!hints.postingIntervalSeconds)
        hints.postingIntervalSeconds = stored.postingIntervalSeconds;
}

} // namespace

PreparedResponse prepareResponse(qint64 runId, const Feed &feed, const FeedResponse &response, double jitterUnit)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PreparedResponse prepared;
    prepared.runId = runId;
    prepared.feed = feed;
    prepared.documentBytes = response.body.size();
    FeedOutcomeRecord &record = prepared.record;
    record.feedId = feed.id;
    record.feedUrl = feed.url;
    record.httpStatus = response.httpStatus;
    record.bytes = response.bytes;
    record.elapsedMs = response.elapsedMs;

    FeedFetchUpdate &update = prepared.update;
    update.fetchedAt = now;
    update.httpStatus = response.httpStatus;
    update.etag = feed.etag;
    update.lastModified = feed.lastModified;
    update.bodyHash = feed.bodyHash;
    if (response.permanentUrl.isValid())
        update.permanentUrl = response.permanentUrl.toString(QUrl::FullyEncoded);

    ParsedFeed &parsed = prepared.parsed;
    QString failure;

    if (response.error == FetchError::Cancelled) {
        // Not the feed's fault: no error counted, still due next time.
        prepared.skipped = true;
        record.outcome = FeedOutcome::Skipped;
        record.message = response.errorText;
        return prepared;
    }
    if (response.error == FetchError::Gone) {
        update.outcome = FeedOutcome::Disabled;
        update.disabledReason = response.errorText;
        update.error = response.errorText;
        update.consecutiveErrors = feed.consecutiveErrors + 1;
        update.nextDueReason = FeedUpdateMessages::tr("disabled: %1").arg(response.errorText);
    } else if (!response.ok()) {
        failure = response.errorText;
    } else if (response.notModified) {
        update.outcome = FeedOutcome::NotModified;
        if (!response.etag.isEmpty())
            update.etag = response.etag;
        if (!response.lastModified.isEmpty())
            update.lastModified = response.lastModified;
    } else {
        const QString bodyHash = documentFingerprint(response.body);
        update.etag = response.etag;
        update.lastModified = response.lastModified;
        if (bodyHash == feed.bodyHash) {
            update.outcome = FeedOutcome::NotModified;
            record.message = FeedUpdateMessages::tr("Same document as last time; not parsed.");
        } else {
            ParseOptions options;
            options.documentUrl = response.finalUrl.isValid() ? response.finalUrl : QUrl(feed.url);
            options.httpCharset = charsetOf(response.contentType);
            parsed = FeedParser::parse(QByteArrayView(response.body), options);
            if (!parsed.ok() && parsed.items.isEmpty()) {
                failure = FeedUpdateMessages::tr("The document is not a feed I can read: %1").arg(parsed.error);
                // Keep the old validators: the next fetch must bring the document again.
                update.etag = feed.etag;
                update.lastModified = feed.lastModified;
            } else {
                prepared.haveDocument = true;
                prepared.identities = itemIdentities(parsed.items);
                // A partly broken document is stored for what it had, but fetched again in full.
                update.bodyHash = parsed.ok() ? bodyHash : QString();
                if (!parsed.ok())
                    record.message = FeedUpdateMessages::tr("Only part of the document could be read: %1").arg(parsed.error);
            }
        }
    }

    if (!failure.isEmpty()) {
        update.outcome = FeedOutcome::Failed;
        update.error = failure;
        update.consecutiveErrors = feed.consecutiveErrors + 1;
    }
    if (update.outcome != FeedOutcome::Disabled) {
        prepared.hints = hintsFrom(response, now, !failure.isEmpty(), update.consecutiveErrors, jitterUnit,
                                   prepared.haveDocument ? &parsed : nullptr);
        addStoredHints(feed.refreshHints, prepared.haveDocument, prepared.hints);
        if (feed.refreshMinutes > 0)
            prepared.hints.chosenSeconds = qint64(feed.refreshMinutes) * 60;
        // Only a 429/503 makes the feed rate-limited (see Feed::isRateLimitedAt): a Retry-After
        // on another answer still moves the next fetch, as RefreshPolicy reads it from hints.
        if (response.retryAfter && response.error == FetchError::RateLimited)
            update.retryAfterAt = *response.retryAfter;
    }
    if (prepared.haveDocument)
        update.outcome = FeedOutcome::Updated; // refined by the store once it knows what changed
    else
        parsed = ParsedFeed(); // a failed parse's partial result is not kept around
    return prepared;
}

FeedUpdateOutcome writeResponse(FeedStore &store, const PreparedResponse &prepared)
{
    FeedUpdateOutcome result;
    result.runId = prepared.runId;
    FeedOutcomeRecord &record = result.record;
    record = prepared.record;
    if (prepared.skipped) {
        logOutcome(store, prepared.runId, record);
        return result;
    }

    FeedFetchUpdate update = prepared.update;
    if (update.outcome != FeedOutcome::Disabled) {
        const NextRefresh next = nextRefresh(prepared.hints);
        update.nextDueAt = next.at;
        update.nextDueReason = next.reason;
    }

    Result<ItemChanges> written = store.applyFetch(prepared.feed.id, update, prepared.haveDocument ? &prepared.parsed : nullptr,
                                                   &prepared.identities);
    if (!written) {
        record.outcome = FeedOutcome::Failed;
        record.message = FeedUpdateMessages::tr("Could not save: %1").arg(written.error());
        result.storeError = written.error();
    } else {
        result.changes = written.value();
        record.newItems = result.changes.newItems;
        record.updatedItems = result.changes.updatedItems;
        record.outcome = update.outcome;
        if (prepared.haveDocument && result.changes.newItems + result.changes.updatedItems == 0)
            record.outcome = FeedOutcome::NoNewItems;
        if (record.message.isEmpty())
            record.message = update.error.isEmpty() ? update.nextDueReason : update.error;
    }
    logOutcome(store, prepared.runId, record);
    return result;
}

QList<FeedUpdateOutcome> writeResponses(FeedStore &store, const QList<PreparedResponse> &prepared)
{
    QList<FeedUpdateOutcome> outcomes;
    outcomes.reserve(prepared.size());
    // Even one feed is a batch: its items and its log line then share one commit.
    if (store.beginBatch()) {
        for (const PreparedResponse &response : prepared)
            outcomes.append(writeResponse(store, response));
        if (store.commitBatch())
            return outcomes;
        outcomes.clear();
    }
    for (const PreparedResponse &response : prepared)
        outcomes.append(writeResponse(store, response));
    return outcomes;
}

} // namespace freshet
