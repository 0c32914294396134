// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Compares a `feed-conformance/1` result with an expectation by the rules of SCHEMA.md: an absent
/// key asserts nothing unless `complete_fields` names it, null means absent or empty, dates are
/// compared as instants, items are positional and `item_count` pins the length.
class ConformanceCompare final
{
public:
    /// Every mismatch, one line each ("items[0].title: expected 'a', got 'b'"); empty when it passes.
    static QStringList mismatches(const QJsonObject &expected, const QJsonObject &actual);
};
