// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"

#include <QStringView>

#include <optional>

/// Reading numbers out of query strings and paths. Absent or unreadable values fall back to a
/// default and every value is clamped, so no request can ask for an unbounded resource.
namespace QueryValues {
/// "1048576", "64K", "50M", "10G" (binary multiples).
std::optional<qint64> parseSize(QStringView text);
qint64 size(const HttpRequest &request, const QString &key, qint64 fallback, qint64 maximum);
qint64 integer(const HttpRequest &request, const QString &key, qint64 fallback, qint64 minimum, qint64 maximum);
bool flag(const HttpRequest &request, const QString &key);
} // namespace QueryValues
