// SPDX-License-Identifier: MIT
#pragma once

#include "auth.h"
#include "control.h"
#include "demo.h"
#include "fixtures.h"
#include "generatedfeeds.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "largefiles.h"
#include "requesthandler.h"

struct ServerOptions;
struct ServerStats;

/// Maps a request path to the part of the server that answers it, and applies the latency
/// every response shares (`--latency-ms`, or `?latency=MS` on any path).
class Router final : public RequestHandler
{
    Q_DISABLE_COPY_MOVE(Router)

public:
    Router(const ServerOptions &options, ServerStats &stats);

    HttpResponse route(const HttpRequest &request);
    void handle(const HttpRequest &request, Respond respond) override { respond(route(request)); }
    Demo &demo() { return m_demo; }

private:
    HttpResponse dispatch(const HttpRequest &request, int depth);

    int m_latencyMs = 0;
    GeneratedFeeds m_generated;
    Fixtures m_fixtures;
    LargeFiles m_largeFiles;
    Auth m_auth;
    Control m_control;
    Demo m_demo;
};
