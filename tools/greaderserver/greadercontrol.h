// SPDX-License-Identifier: MIT
#pragma once

#include "requesthandler.h"

#include <optional>

class FeedFetcher;
class GoogleReaderApi;
class ItemStore;
struct ServerStats;

/// /control/: how a test plays the world around the account — the server polling feeds, another
/// device changing state, sessions expiring, a changed password, failures — and reads counters.
class GReaderControl final
{
    Q_DISABLE_COPY_MOVE(GReaderControl)

public:
    GReaderControl(ServerStats &stats, ItemStore &store, GoogleReaderApi &api, FeedFetcher &fetcher);

    void handle(const HttpRequest &request, const RequestHandler::Respond &respond);
    /// The failure armed by /control/fault for the next API call, if any.
    std::optional<HttpResponse> takeFault();
    /// How long /control/latency says an answer to an API call on this path waits.
    int latencyMs(const QString &path) const;

private:
    HttpResponse stats() const;
    HttpResponse items(const HttpRequest &request) const;
    HttpResponse mark(const HttpRequest &request);
    HttpResponse fault(const HttpRequest &request);
    HttpResponse latency(const HttpRequest &request);
    void refresh(const RequestHandler::Respond &respond);

    ServerStats &m_stats;
    ItemStore &m_store;
    GoogleReaderApi &m_api;
    FeedFetcher &m_fetcher;
    int m_faultsLeft = 0;
    int m_faultStatus = 503;
    bool m_faultGarbage = false;
    bool m_faultStall = false;
    int m_latencyMs = 0;
    QString m_latencyPath;
};
