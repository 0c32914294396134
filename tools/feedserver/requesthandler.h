// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <functional>

/// What answers the requests an HttpConnection reads. The answer may be given at once or later
/// (a server that must fetch something first); either way `respond` is called exactly once, on
/// the connection's thread. Calling it after the connection closed is harmless.
class RequestHandler
{
public:
    using Respond = std::function<void(HttpResponse)>;

    virtual ~RequestHandler() = default;
    virtual void handle(const HttpRequest &request, Respond respond) = 0;

protected:
    RequestHandler() = default;
    RequestHandler(const RequestHandler &) = default;
    RequestHandler &operator=(const RequestHandler &) = default;
};
