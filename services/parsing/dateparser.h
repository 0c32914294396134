// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringView>

namespace freshet {

/// Reads the dates feeds write: RFC 822/1123 (with or without weekday, named, military or numeric
/// zones, two-digit years), RFC 3339/ISO 8601 (fractions, missing zone, date only) and the usual
/// sloppy mixtures. Pure functions; thread-safe.
class DateParser final
{
public:
    /// The instant in UTC, or an invalid QDateTime when the text is not a date we can trust.
    static QDateTime parse(QStringView text);

private:
    static QDateTime parseIso(QStringView text);
    static QDateTime parseRfc(QStringView text);
};

} // namespace freshet
