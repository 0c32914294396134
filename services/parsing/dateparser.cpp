// SPDX-License-Identifier: MIT
#include "parsing/dateparser.h"

#include <QList>

#include <array>
#include <optional>

namespace freshet {

namespace {

struct NamedZone
{
    const char *name;
    int offsetMinutes;
};

// The North American names RFC 822 lists plus the ones feeds keep writing anyway.
constexpr std::array<NamedZone, 20> namedZones = {{
    {"UT", 0},         {"UTC", 0},        {"GMT", 0},        {"Z", 0},         {"EST", -5 * 60}, {"EDT", -4 * 60}, {"CST", -6 * 60},
    {"CDT", -5 * 60},  {"MST", -7 * 60},  {"MDT", -6 * 60},  {"PST", -8 * 60}, {"PDT", -7 * 60}, {"AST", -4 * 60}, {"ADT", -3 * 60},
    {"HST", -10 * 60}, {"AKST", -9 * 60}, {"AKDT", -8 * 60}, {"CET", 60},      {"CEST", 120},    {"BST", 60},
}};

constexpr std::array<const char *, 12> monthNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

/// Reads exactly `count` digits at `pos`; advances on success.
std::optional<int> digits(QStringView s, qsizetype &pos, int count)
{
    if (pos + count > s.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    pos += count;
    return value;
}

std::optional<int> monthFromName(QStringView word)
{
    if (word.size() < 3)
        return std::nullopt;
    const QStringView prefix = word.left(3); // "Sept", "September" and "Sep" alike
    for (int i = 0; i < int(monthNames.size()); ++i) {
        if (prefix.compare(QLatin1StringView(monthNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<int> zoneFromName(QStringView word)
{
    for (const NamedZone &zone : namedZones) {
        if (word.compare(QLatin1StringView(zone.name), Qt::CaseInsensitive) == 0)
            return zone.offsetMinutes;
    }
    // RFC 822's single-letter military zones were specified with the wrong sign, so RFC 1123
    // says to read them as UTC rather than guess.
    if (word.size() == 1 && word[0].isLetter() && word[0].toUpper() != u'J')
        return 0;
    return std::nullopt;
}

/// "+hhmm", "-hh:mm", "+hh"; returns minutes east of UTC.
std::optional<int> numericZone(QStringView s)
{
    if (s.isEmpty() || (s[0] != u'+' && s[0] != u'-'))
        return std::nullopt;
    const int sign = s[0] == u'-' ? -1 : 1;
    qsizetype pos = 1;
    const auto hours = digits(s, pos, 2);
    if (!hours)
        return std::nullopt;
    int minutes = 0;
    if (pos < s.size() && s[pos] == u':')
        ++pos;
    if (pos < s.size()) {
        const auto m = digits(s, pos, 2);
        if (!m || pos != s.size())
            return std::nullopt;
        minutes = *m;
    }
    if (*hours > 23 || minutes > 59)
        return std::nullopt;
    return sign * (*hours * 60 + minutes);
}

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second, int msec, int offsetMinutes)
{
    const QDate date(year, month, day);
    // 24:00:00 is how ISO 8601 spells the end of a day; anything else past 23 is garbage.
    const bool endOfDay = hour == 24 && minute == 0 && second == 0;
    const QTime time(endOfDay ? 0 : hour, minute, second == 60 ? 59 : second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(endOfDay ? date.addDays(1) : date, time, Qt::UTC);
    return result.addSecs(-qint64(offsetMinutes) * 60);
}

int expandYear(int year, int written)
{
    // Two-digit years: the RFC 2822 rule (00-49 → 20xx, 50-99 → 19xx).
    if (written <= 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (written == 3)
        return 1900 + year;
    return year;
}

/// The shape nearly every RSS date has, "Mon, 02 Jan 2006 15:04:05 -0700" (weekday and seconds
/// optional, a named zone allowed), read in one pass: parseRfc's loose reading splits into
/// tokens first, which made dates 9% of parsing a feed. Gives what parseRfc would, or
/// nothing where the text strays from the shape (parseRfc then decides).
std::optional<QDateTime> parseCommonRfc(QStringView s)
{
    qsizetype pos = 0;
    const auto skipSpaces = [&s, &pos] {
        const qsizetype from = pos;
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
        return pos > from;
    };
    if (s.size() > 4 && s[3] == u',') {
        // A weekday, which parseRfc ignores; a month or zone name there it would not.
        const QStringView weekday = s.first(3);
        if (!weekday[0].isLetter() || !weekday[1].isLetter() || !weekday[2].isLetter() || monthFromName(weekday) || zoneFromName(weekday))
            return std::nullopt;
        pos = 4;
        skipSpaces();
    }
    int day = 0;
    const qsizetype dayStart = pos;
    while (pos < s.size() && isDigit(s[pos]) && pos - dayStart < 3)
        day = day * 10 + (s[pos++].unicode() - '0');
    if (pos == dayStart || pos - dayStart > 2 || !skipSpaces() || pos + 3 > s.size())
        return std::nullopt;
    const std::optional<int> month = monthFromName(s.sliced(pos, 3));
    pos += 3;
    if (!month || !skipSpaces())
        return std::nullopt;
    const std::optional<int> year = digits(s, pos, 4);
    if (!year || !skipSpaces())
        return std::nullopt;
    const std::optional<int> hour = digits(s, pos, 2);
    if (!hour || pos >= s.size() || s[pos] != u':')
        return std::nullopt;
    ++pos;
    const std::optional<int> minute = digits(s, pos, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        const std::optional<int> seconds = digits(s, pos, 2);
        if (!seconds)
            return std::nullopt;
        second = *seconds;
    }
    if (!skipSpaces())
        return std::nullopt;
    const QStringView zone = s.sliced(pos);
    std::optional<int> offset = numericZone(zone);
    if (!offset && !zone.startsWith(u'+') && !zone.startsWith(u'-'))
        offset = zoneFromName(zone);
    if (!offset)
        return std::nullopt;
    return makeUtc(*year, *month, day, *hour, *minute, second, 0, *offset);
}

} // namespace

QDateTime DateParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return {};
    if (trimmed.size() >= 4 && isDigit(trimmed[0]) && isDigit(trimmed[1]) && isDigit(trimmed[2]) && isDigit(trimmed[3])) {
        const QDateTime iso = parseIso(trimmed);
        if (iso.isValid())
            return iso;
    }
    if (const std::optional<QDateTime> common = parseCommonRfc(trimmed))
        return *common;
    return parseRfc(trimmed);
}

QDateTime DateParser::parseIso(QStringView s)
{
    qsizetype pos = 0;
    const auto year = digits(s, pos, 4);
    if (!year)
        return {};
    int month = 1, day = 1;
    const bool dashed = pos < s.size() && s[pos] == u'-';
    if (dashed)
        ++pos;
    if (pos < s.size() && isDigit(s[pos])) {
        const auto m = digits(s, pos, 2);
        if (!m)
            return {};
        month = *m;
        if (dashed && pos < s.size() && s[pos] == u'-')
            ++pos;
        if (pos < s.size() && isDigit(s[pos])) {
            const auto d = digits(s, pos, 2);
            if (!d)
                return {};
            day = *d;
        }
    }
    int hour = 0, minute = 0, second = 0, msec = 0, offset = 0;
    if (pos < s.size() && (s[pos] == u'T' || s[pos] == u't' || s[pos] == u' ')) {
        ++pos;
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
        const auto h = digits(s, pos, 2);
        if (!h)
            return {};
        hour = *h;
        if (pos < s.size() && s[pos] == u':')
            ++pos;
        const auto mi = digits(s, pos, 2);
        if (!mi)
            return {};
        minute = *mi;
        if (pos < s.size() && s[pos] == u':')
            ++pos;
        if (pos < s.size() && isDigit(s[pos])) {
            const auto sec = digits(s, pos, 2);
            if (!sec)
                return {};
            second = *sec;
            if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
                ++pos;
                int scale = 100;
                while (pos < s.size() && isDigit(s[pos])) {
                    msec += (s[pos].unicode() - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
            }
        }
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
        const QStringView zone = s.mid(pos).trimmed();
        if (!zone.isEmpty()) {
            if (const auto numeric = numericZone(zone))
                offset = *numeric;
            else if (const auto named = zoneFromName(zone))
                offset = *named;
            else
                return {};
        }
    } else if (pos != s.size()) {
        return {};
    }
    return makeUtc(*year, month, day, hour, minute, second, msec, offset);
}

QDateTime DateParser::parseRfc(QStringView s)
{
    // Tokenise loosely: commas, dashes between words and runs of spaces separate fields, so
    // "Mon,02 Jan 2006", "02-Jan-2006" and "Jan 2, 2006" all read the same.
    QList<QStringView> tokens;
    const auto addToken = [&tokens](QStringView token) {
        // "02-Jan-2006" is one field per dash; "-0500" and "10:00-05:00" keep theirs.
        if (token.contains(u'-') && !token.contains(u':') && token[0] != u'-' && token[0] != u'+') {
            for (const QStringView part : token.split(u'-', Qt::SkipEmptyParts))
                tokens.append(part);
        } else {
            tokens.append(token);
        }
    };
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size();
        const QChar c = end ? QChar() : s[i];
        if (end || c.isSpace() || c == u',' || c == u'(' || c == u')') {
            if (start >= 0)
                addToken(s.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    std::optional<int> day, month, year, offset;
    int yearDigits = 0;
    int hour = -1, minute = 0, second = 0;
    for (const QStringView token : std::as_const(tokens)) {
        if (token.contains(u':') && hour < 0 && isDigit(token[0])) {
            qsizetype pos = 0;
            const QStringView timePart = token;
            qsizetype len = 0;
            while (len < timePart.size() && (isDigit(timePart[len]) || timePart[len] == u':' || timePart[len] == u'.'))
                ++len;
            const QList<QStringView> parts = timePart.left(len).split(u':');
            if (parts.size() < 2 || parts.size() > 3)
                return {};
            bool ok1 = false, ok2 = false, ok3 = true;
            hour = parts[0].toInt(&ok1);
            minute = parts[1].toInt(&ok2);
            if (parts.size() == 3)
                second = int(parts[2].toDouble(&ok3));
            if (!ok1 || !ok2 || !ok3)
                return {};
            pos = len;
            if (pos < token.size()) {
                const QStringView rest = token.mid(pos);
                if (const auto z = numericZone(rest))
                    offset = z;
                else if (const auto zn = zoneFromName(rest))
                    offset = zn;
            }
            continue;
        }
        if (isDigit(token[0])) {
            bool ok = false;
            const int value = token.toInt(&ok);
            if (!ok) {
                // "2nd", "3rd": an ordinal day.
                qsizetype n = 0;
                while (n < token.size() && isDigit(token[n]))
                    ++n;
                if (!day && n > 0 && n <= 2)
                    day = token.left(n).toInt();
                continue;
            }
            if (!day && token.size() <= 2 && (month || !year)) {
                day = value;
            } else if (!year) {
                year = value;
                yearDigits = int(token.size());
            } else if (!day) {
                day = value;
            }
            continue;
        }
        if (token[0] == u'+' || token[0] == u'-') {
            if (const auto z = numericZone(token))
                offset = z;
            continue;
        }
        if (const auto m = monthFromName(token); m && !month) {
            month = m;
            continue;
        }
        if (const auto z = zoneFromName(token); z && !offset) {
            offset = z;
            continue;
        }
        // Weekday names and noise words are ignored.
    }
    if (!day || !month || !year)
        return {};
    if (hour < 0)
        hour = 0;
    return makeUtc(expandYear(*year, yearDigits), *month, *day, hour, minute, second, 0, offset.value_or(0));
}

} // namespace freshet
