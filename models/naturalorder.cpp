// SPDX-License-Identifier: MIT
#include "naturalorder.h"

namespace freshet {

namespace {

/// The run of digits, or of anything else, that starts at `from`.
QStringView runAt(QStringView text, qsizetype from)
{
    const bool digits = text.at(from).isDigit();
    qsizetype end = from + 1;
    while (end < text.size() && text.at(end).isDigit() == digits)
        ++end;
    return text.sliced(from, end - from);
}

/// Two runs of digits by value, whatever their length or leading zeros.
int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.sliced(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

NaturalOrder::NaturalOrder()
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_byCodePoint = m_collator.locale().language() == QLocale::C;
}

int NaturalOrder::compare(QStringView a, QStringView b) const
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QStringView left = runAt(a, i);
        const QStringView right = runAt(b, j);
        const bool leftDigits = left.front().isDigit();
        int order = 0;
        if (leftDigits && right.front().isDigit()) {
            order = compareNumbers(left, right);
        } else {
            // The C locale's collation is by code point, where "b" follows "Z".
            order = m_byCodePoint ? left.compare(right, Qt::CaseInsensitive) : m_collator.compare(left, right);
        }
        if (order != 0)
            return order;
        i += left.size();
        j += right.size();
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b); // equal but for case or leading zeros: still one order
}

} // namespace freshet
