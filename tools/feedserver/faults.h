// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

/// The misbehaving server, one path per fault under /fault/ (see README.md for the list).
/// Stateless: every fault is fully described by its path and query.
namespace Faults {
HttpResponse handle(const HttpRequest &request);
}
