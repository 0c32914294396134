// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

class GeneratedFeeds;
class LargeFiles;
struct ServerStats;

/// /control/: what tests and benchmarks use to steer the server and read its counters.
class Control final
{
    Q_DISABLE_COPY_MOVE(Control)

public:
    Control(ServerStats &stats, GeneratedFeeds &feeds, LargeFiles &largeFiles);

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse bump(const HttpRequest &request);
    HttpResponse edit(const HttpRequest &request);
    HttpResponse largeVersion(const HttpRequest &request);
    HttpResponse largeDrop(const HttpRequest &request);

    ServerStats &m_stats;
    GeneratedFeeds &m_feeds;
    LargeFiles &m_largeFiles;
};
