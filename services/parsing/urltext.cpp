// SPDX-License-Identifier: MIT
#include "parsing/urltext.h"

namespace freshet::urltext {

namespace {

/// The five parts of a reference (RFC 3986 appendix B); an absent part differs from an empty one.
struct Parts
{
    QStringView scheme;
    QStringView authority;
    QStringView path;
    QStringView query;
    QStringView fragment;
    bool hasScheme = false;
    bool hasAuthority = false;
    bool hasQuery = false;
    bool hasFragment = false;
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

qsizetype schemeLength(QStringView text)
{
    if (text.isEmpty() || !isAsciiLetter(text.front()))
        return -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u':')
            return i;
        if (!isAsciiLetter(c) && !(c >= u'0' && c <= u'9') && c != u'+' && c != u'-' && c != u'.')
            return -1;
    }
    return -1;
}

qsizetype firstOf(QStringView text, qsizetype from, QStringView delimiters)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (delimiters.contains(text[i]))
            return i;
    }
    return text.size();
}

Parts split(QStringView text)
{
    Parts parts;
    qsizetype at = 0;
    if (const qsizetype colon = schemeLength(text); colon > 0) {
        parts.scheme = text.first(colon);
        parts.hasScheme = true;
        at = colon + 1;
    }
    if (text.sliced(at).startsWith(u"//")) {
        const qsizetype end = firstOf(text, at + 2, u"/?#");
        parts.authority = text.sliced(at + 2, end - at - 2);
        parts.hasAuthority = true;
        at = end;
    }
    const qsizetype pathEnd = firstOf(text, at, u"?#");
    parts.path = text.sliced(at, pathEnd - at);
    at = pathEnd;
    if (at < text.size() && text[at] == u'?') {
        const qsizetype end = firstOf(text, at + 1, u"#");
        parts.query = text.sliced(at + 1, end - at - 1);
        parts.hasQuery = true;
        at = end;
    }
    if (at < text.size() && text[at] == u'#') {
        parts.fragment = text.sliced(at + 1);
        parts.hasFragment = true;
    }
    return parts;
}

void dropLastSegment(QString &output)
{
    output.truncate(qMax<qsizetype>(0, output.lastIndexOf(u'/')));
}

/// RFC 3986 section 5.2.4, step by step on the text.
QString removeDotSegments(QStringView path)
{
    if (!path.contains(u'.'))
        return path.toString();
    QString output;
    output.reserve(path.size());
    QStringView input = path;
    while (!input.isEmpty()) {
        if (input.startsWith(u"../")) {
            input = input.sliced(3);
        } else if (input.startsWith(u"./")) {
            input = input.sliced(2);
        } else if (input.startsWith(u"/./")) {
            input = input.sliced(2);
        } else if (input == u"/.") {
            input = u"/";
        } else if (input.startsWith(u"/../")) {
            input = input.sliced(3);
            dropLastSegment(output);
        } else if (input == u"/..") {
            input = u"/";
            dropLastSegment(output);
        } else if (input == u"." || input == u"..") {
            input = {};
        } else {
            qsizetype next = input.indexOf(u'/', 1);
            if (next < 0)
                next = input.size();
            output += input.first(next);
            input = input.sliced(next);
        }
    }
    return output;
}

/// RFC 3986 section 5.2.3: the reference's path put in place of the base's last segment.
QString mergedPath(const Parts &base, QStringView referencePath)
{
    QString merged;
    if (base.hasAuthority && base.path.isEmpty())
        merged += u'/';
    else
        merged += base.path.first(base.path.lastIndexOf(u'/') + 1);
    merged += referencePath;
    return merged;
}

bool mustEscape(QChar c)
{
    const char16_t u = c.unicode();
    if (u <= 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
        return true;
    switch (u) {
    case u'"':
    case u'<':
    case u'>':
    case u'\\':
    case u'^':
    case u'`':
    case u'{':
    case u'|':
    case u'}': return true;
    default: return false;
    }
}

bool isLoneInPercent(const QString &text, qsizetype i)
{
    return text[i] == u'%' && !(i + 2 < text.size() && isHexDigit(text[i + 1]) && isHexDigit(text[i + 2]));
}

} // namespace

bool hasScheme(QStringView reference)
{
    return schemeLength(reference) > 0;
}

QString resolved(QStringView base, QStringView reference)
{
    reference = reference.trimmed();
    if (base.isEmpty() || hasScheme(reference))
        return escapeIllegal(reference.toString());
    const Parts b = split(base);
    const Parts r = split(reference);
    QString out;
    out.reserve(base.size() + reference.size());
    if (b.hasScheme) {
        out += b.scheme;
        out += u':';
    }
    QStringView query = r.query;
    bool hasQuery = r.hasQuery;
    if (r.hasAuthority) {
        out += u"//";
        out += r.authority;
        out += removeDotSegments(r.path);
    } else {
        if (b.hasAuthority) {
            out += u"//";
            out += b.authority;
        }
        if (r.path.isEmpty()) {
            out += b.path;
            if (!r.hasQuery) {
                query = b.query;
                hasQuery = b.hasQuery;
            }
        } else if (r.path.startsWith(u'/')) {
            out += removeDotSegments(r.path);
        } else {
            out += removeDotSegments(mergedPath(b, r.path));
        }
    }
    if (hasQuery) {
        out += u'?';
        out += query;
    }
    if (r.hasFragment) {
        out += u'#';
        out += r.fragment;
    }
    return escapeIllegal(out);
}

QString escapeIllegal(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !mustEscape(text[first]) && !isLoneInPercent(text, first))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.first(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        if (!mustEscape(text[i]) && !isLoneInPercent(text, i)) {
            out += text[i];
            continue;
        }
        static constexpr char16_t hex[] = u"0123456789ABCDEF";
        for (const char byte : QString(text[i]).toUtf8()) {
            const auto value = static_cast<uchar>(byte);
            out += u'%';
            out += QChar(hex[value >> 4]);
            out += QChar(hex[value & 0xf]);
        }
    }
    return out;
}

} // namespace freshet::urltext
