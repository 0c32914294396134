// SPDX-License-Identifier: MIT
#include "itemorder.h"

namespace freshet {

namespace {

char32_t nextCodePoint(QStringView text, qsizetype &at)
{
    const char16_t unit = text.at(at++).unicode();
    if (QChar::isHighSurrogate(unit) && at < text.size() && QChar::isLowSurrogate(text.at(at).unicode()))
        return QChar::surrogateToUcs4(unit, text.at(at++).unicode());
    return unit;
}

char32_t foldAscii(char32_t c)
{
    return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
}

int compareNumbers(qint64 a, qint64 b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

} // namespace

int compareNoCase(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const char32_t x = foldAscii(nextCodePoint(a, i));
        const char32_t y = foldAscii(nextCodePoint(b, j));
        if (x != y)
            return x < y ? -1 : 1;
    }
    // A prefix sorts first, as in SQLite (equal bytes, then the shorter text).
    return (i < a.size()) - (j < b.size());
}

int compareInOrder(const ItemSort &sort, const Item &a, const Item &b)
{
    int result = 0;
    switch (sort.column) {
    case ItemSortColumn::Date: result = compareNumbers(a.sortAt.toMSecsSinceEpoch(), b.sortAt.toMSecsSinceEpoch()); break;
    case ItemSortColumn::Title: result = compareNoCase(a.title, b.title); break;
    case ItemSortColumn::Author: result = compareNoCase(a.author, b.author); break;
    case ItemSortColumn::Feed:
        result = compareNoCase(a.feedSortName, b.feedSortName);
        if (result == 0)
            result = compareNumbers(a.feedId, b.feedId);
        if (result == 0)
            result = compareNumbers(a.sortAt.toMSecsSinceEpoch(), b.sortAt.toMSecsSinceEpoch());
        break;
    }
    if (result == 0)
        result = compareNumbers(a.id, b.id);
    return sort.order == Qt::AscendingOrder ? result : -result;
}

} // namespace freshet
