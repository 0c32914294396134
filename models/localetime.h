// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QLocale>

namespace freshet {

/// The locale's short time without seconds, which some locales (C, a few others) include.
QString shortTime(const QLocale &locale, QTime time);
/// A moment as people say it in a line of text: the time when it is today ("08:02"), else
/// the date and time, in the locale, without seconds.
QString shortMoment(const QLocale &locale, const QDateTime &moment);

} // namespace freshet
