// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Readable, varied text for the demo feeds, a pure function of an item number, so the same
/// minute always yields the same headline.
namespace DemoText {
QString headline(qint64 number);
QString note(qint64 number);
QString paragraph(qint64 number);
/// For one note in three, HTML that shows what an article can hold besides text: a table, code
/// with a line wider than the column, and an embedded video. Empty for the others.
QString noteDetails(qint64 number);
QString photoTitle(int number);
QString author(qint64 number);
} // namespace DemoText
