// SPDX-License-Identifier: MIT
#include "queryvalues.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace QueryValues {

std::optional<qint64> parseSize(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 multiplier = 1;
    switch (text.back().toUpper().unicode()) {
    case 'K': multiplier = qint64(1) << 10; break;
    case 'M': multiplier = qint64(1) << 20; break;
    case 'G': multiplier = qint64(1) << 30; break;
    default: break;
    }
    if (multiplier != 1)
        text.chop(1);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // 2^62 keeps the multiplication below from overflowing for any accepted input.
    if (!ok || value < 0 || value > (qint64(1) << 62) / multiplier)
        return std::nullopt;
    return value * multiplier;
}

qint64 size(const HttpRequest &request, const QString &key, qint64 fallback, qint64 maximum)
{
    if (!request.hasQuery(key))
        return fallback;
    return std::min(parseSize(request.queryValue(key)).value_or(fallback), maximum);
}

qint64 integer(const HttpRequest &request, const QString &key, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!request.hasQuery(key))
        return fallback;
    bool ok = false;
    const qint64 value = request.queryValue(key).toLongLong(&ok);
    return std::clamp(ok ? value : fallback, minimum, maximum);
}

bool flag(const HttpRequest &request, const QString &key)
{
    if (!request.hasQuery(key))
        return false;
    const QString value = request.queryValue(key);
    return value.isEmpty() || value == u"1"_s || value == u"true"_s || value == u"yes"_s;
}

} // namespace QueryValues
