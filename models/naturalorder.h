// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QString>

namespace freshet {

/// Names in the order people count: "Feed 9" before "Feed 10", "a" next to "A". Runs of digits
/// compare by their value, the text between them by the locale's collation. QCollator's own
/// numeric mode is not used: Qt ignores it in the C locale and on systems without ICU.
class NaturalOrder
{
public:
    NaturalOrder();
    /// Negative, zero or positive, as a comes before, with or after b.
    int compare(QStringView a, QStringView b) const;
    bool operator()(QStringView a, QStringView b) const { return compare(a, b) < 0; }

private:
    QCollator m_collator;
    bool m_byCodePoint = false;
};

} // namespace freshet
