// SPDX-License-Identifier: MIT
#include "parsing/feedtext.h"

#include "parsing/htmlentities.h"
#include "parsing/urltext.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet::feedtext {

namespace {

bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at < text.size() - 1 && !text.contains(u' ');
}

bool isUriAttribute(QStringView name)
{
    for (const char *known : {"href", "src", "cite", "poster", "background", "longdesc", "action"}) {
        if (name.compare(QLatin1StringView(known), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

} // namespace

QString resolveHtmlUris(const QString &html, const QString &base)
{
    if (base.isEmpty() || !html.contains(u'<'))
        return html;
    QString out;
    qsizetype copied = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (html[i] != u'<' || i + 1 >= n || !html[i + 1].isLetter())
            continue;
        qsizetype p = i + 1;
        while (p < n && isNameChar(html[p]))
            ++p;
        // Attributes up to the end of this tag.
        while (p < n && html[p] != u'>') {
            while (p < n && (html[p].isSpace() || html[p] == u'/'))
                ++p;
            const qsizetype nameStart = p;
            while (p < n && isNameChar(html[p]))
                ++p;
            if (p == nameStart) {
                if (p < n && html[p] != u'>')
                    ++p; // stray character: step over it
                continue;
            }
            const QStringView name = QStringView(html).sliced(nameStart, p - nameStart);
            while (p < n && html[p].isSpace())
                ++p;
            if (p >= n || html[p] != u'=')
                continue;
            ++p;
            while (p < n && html[p].isSpace())
                ++p;
            qsizetype valueStart = p, valueEnd = p;
            if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                const QChar quote = html[p];
                valueStart = p + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0)
                    valueEnd = n;
                p = qMin(n, valueEnd + 1);
            } else {
                while (p < n && !html[p].isSpace() && html[p] != u'>')
                    ++p;
                valueEnd = p;
            }
            if (!isUriAttribute(name))
                continue;
            const QString value = html.mid(valueStart, valueEnd - valueStart).trimmed();
            if (value.isEmpty() || value.startsWith(u'#'))
                continue;
            // An absolute address is kept as written, except for characters no URL may hold raw
            // (a space), which every other address we give out has escaped too.
            const QString address = urltext::hasScheme(value) ? urltext::escapeIllegal(value) : urltext::resolved(base, value);
            if (address == value)
                continue;
            out += QStringView(html).sliced(copied, valueStart - copied);
            out += address;
            copied = valueEnd;
        }
        i = p;
    }
    if (copied == 0)
        return html;
    out += QStringView(html).sliced(copied);
    return out;
}

QString unescapeXml(QString text)
{
    if (!text.contains(u'&'))
        return text;
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&apos;"_s, u"'"_s).replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

ParsedPerson personFromText(const QString &text)
{
    ParsedPerson person;
    person.text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return person;
    const qsizetype open = trimmed.indexOf(u'(');
    if (open > 0 && trimmed.endsWith(u')')) {
        const QString before = trimmed.left(open).trimmed();
        const QString inside = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        if (looksLikeEmail(before)) {
            person.email = before;
            person.name = inside;
            return person;
        }
        if (looksLikeEmail(inside)) {
            person.name = before;
            person.email = inside;
            return person;
        }
    }
    const qsizetype angle = trimmed.indexOf(u'<');
    if (angle >= 0 && trimmed.endsWith(u'>')) {
        person.name = trimmed.left(angle).trimmed();
        person.email = trimmed.mid(angle + 1, trimmed.size() - angle - 2).trimmed();
        if (person.email.startsWith(u"mailto:"_s))
            person.email = person.email.mid(7);
        return person;
    }
    if (looksLikeEmail(trimmed))
        person.email = trimmed;
    else
        person.name = trimmed;
    return person;
}

qint64 lengthFromText(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

/// The next "<img" (any case). A case-insensitive indexOf folds every character; looking for
/// '<' first is a plain vectorised scan, which matters on every item of a large feed.
static qsizetype findImgTag(QStringView html, qsizetype from)
{
    while ((from = html.indexOf(u'<', from)) >= 0) {
        if (from + 4 <= html.size() && html.sliced(from + 1, 3).compare(u"img", Qt::CaseInsensitive) == 0)
            return from;
        ++from;
    }
    return -1;
}

QString firstImageSource(QStringView html)
{
    qsizetype pos = 0;
    while (true) {
        pos = findImgTag(html, pos);
        if (pos < 0)
            return {};
        const qsizetype end = html.indexOf(u'>', pos);
        const QStringView tag = html.mid(pos, end < 0 ? -1 : end - pos);
        qsizetype src = 0;
        while ((src = tag.indexOf(u"src"_s, src, Qt::CaseInsensitive)) > 0) {
            const QChar before = tag[src - 1];
            qsizetype p = src + 3;
            src = p;
            if (!before.isSpace())
                continue;
            while (p < tag.size() && tag[p].isSpace())
                ++p;
            if (p >= tag.size() || tag[p] != u'=')
                continue;
            ++p;
            while (p < tag.size() && tag[p].isSpace())
                ++p;
            if (p >= tag.size())
                break;
            QStringView value;
            if (tag[p] == u'"' || tag[p] == u'\'') {
                const qsizetype close = tag.indexOf(tag[p], p + 1);
                value = tag.mid(p + 1, close < 0 ? -1 : close - p - 1);
            } else {
                qsizetype q = p;
                while (q < tag.size() && !tag[q].isSpace() && tag[q] != u'/')
                    ++q;
                value = tag.mid(p, q - p);
            }
            const QString decoded = decodeHtmlReferences(value.trimmed());
            if (!decoded.isEmpty() && !decoded.startsWith(u"data:"_s, Qt::CaseInsensitive))
                return decoded;
            break;
        }
        pos += 4;
    }
}

void chooseItemImage(ParsedItem &item, const QString &base)
{
    if (!item.image.isEmpty())
        return;
    for (const ParsedEnclosure &enclosure : std::as_const(item.enclosures)) {
        if (enclosure.type.startsWith(u"image/"_s)) {
            item.image = enclosure.url;
            return;
        }
    }
    QString found = firstImageSource(item.content);
    if (found.isEmpty())
        found = firstImageSource(item.summary);
    if (found.isEmpty())
        return;
    item.image = urltext::resolved(base, found);
}

} // namespace freshet::feedtext
